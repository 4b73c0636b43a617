#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The « Sessions » tab of the Formations area: sessions, enrolments, attendance.
class TrainingSessionsTab : public QWidget
{
    Q_OBJECT
  public:
    explicit TrainingSessionsTab(AppContext& context, QWidget* parent = nullptr);

  private:
    AppContext& m_context;
};

} // namespace parcours
