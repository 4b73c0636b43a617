#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The « Partenaires » area: the partners directory.
class PartnersPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PartnersPage(AppContext& context, QWidget* parent = nullptr);

  private:
    AppContext& m_context;
};

} // namespace parcours
