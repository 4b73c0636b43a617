#pragma once

#include <QtGlobal>

namespace parcours {

class AppContext;

// Demo training catalogue for Meuse on top of a demo register: organisations
// (when the partners directory has none), courses, sessions over last year and
// the coming months, and enrolments of existing people in every status with
// realistic hours. Deterministic for a seed; people are read page by page and
// each course's sessions are written in one transaction.
class DemoTrainings
{
  public:
    explicit DemoTrainings(AppContext& context) : m_context(context) {}

    // Returns the number of enrolments written.
    int generate(quint32 seed);
    int coursesWritten() const { return m_courses; }
    int sessionsWritten() const { return m_sessions; }

  private:
    AppContext& m_context;
    int m_courses = 0;
    int m_sessions = 0;
};

} // namespace parcours
