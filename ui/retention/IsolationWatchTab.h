#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The isolation watch, per RPE.
class IsolationWatchTab : public QWidget
{
    Q_OBJECT
  public:
    explicit IsolationWatchTab(AppContext& context, QWidget* parent = nullptr);

  private:
    AppContext& m_context;
};

} // namespace parcours
