#pragma once

#include "ContactCoverage.h"
#include "ContactEntry.h"
#include "FieldError.h"

#include <QCoreApplication>

namespace parcours {

class AppContext;

// Logging exchanges with childminders and the annual coverage: who has been
// reached this year, who has not, and who has had no exchange for a year.
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

  public:
    explicit ContactService(AppContext& context) : m_context(context) {}

    FieldErrors validate(const ContactEntry& entry) const;
    // Validates then stores in one transaction; nothing is written when there are problems.
    FieldErrors log(ContactEntry& entry);
    QList<ContactEntry> history(qint64 childminderId) const;

    CoverageRow coverage(int year, qint64 relayId = 0) const;
    QList<CoverageRow> coverageByRelay(int year) const;
    QList<CoverageRow> coverageByStaff(int year) const;
    QList<NotReachedRow> notReached(int year, qint64 relayId = 0, int offset = 0, int limit = 100) const;
    // Working childminders with no completed exchange in the last 12 months.
    int withoutContactForAYear() const;
    QList<ContactEntry> openFollowUps(int limit = 100) const;

  private:
    AppContext& m_context;
};

} // namespace parcours
