#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// Collective activities and pooled trainings with their attendance.
class CollectiveActivitiesTab : public QWidget
{
    Q_OBJECT
  public:
    explicit CollectiveActivitiesTab(AppContext& context, QWidget* parent = nullptr);

  private:
    AppContext& m_context;
};

} // namespace parcours
