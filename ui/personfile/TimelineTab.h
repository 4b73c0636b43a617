#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The « Chronologie » tab of the childminder editor: her whole timeline.
class TimelineTab : public QWidget
{
    Q_OBJECT
  public:
    explicit TimelineTab(AppContext& context, QWidget* parent = nullptr);
    // personId 0: a person not saved yet.
    void setPerson(qint64 personId);

  private:
    AppContext& m_context;
};

} // namespace parcours
