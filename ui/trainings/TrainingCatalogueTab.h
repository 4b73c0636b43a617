#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The « Catalogue » tab of the Formations area: courses and organisations.
class TrainingCatalogueTab : public QWidget
{
    Q_OBJECT
  public:
    explicit TrainingCatalogueTab(AppContext& context, QWidget* parent = nullptr);

  private:
    AppContext& m_context;
};

} // namespace parcours
