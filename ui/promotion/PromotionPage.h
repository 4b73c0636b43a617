#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The « Promotion » area: prospects, promotion actions and the funnel.
class PromotionPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PromotionPage(AppContext& context, QWidget* parent = nullptr);

  private:
    AppContext& m_context;
};

} // namespace parcours
