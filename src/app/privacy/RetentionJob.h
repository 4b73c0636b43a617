#pragma once

#include "PersonalDataRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace parcours {

class AppContext;

// What the retention rules make due today (RuleSettings, "privacy/..."
// settings). A cutoff is invalid when its rule is off (0 years).
struct RetentionPlan
{
    QDate today;
    QDate approvalCutoff;                   // agrément ended before: anonymise the childminder
    QDate prospectCutoff;                   // no activity since: delete the prospect
    QDate contactCutoff;                    // contact older: empty its notes
    QList<RetentionItem> toAnonymise;       // childminder ids, since = end of her agrément
    QList<RetentionItem> prospectsToDelete; // prospect ids, since = last activity
    QList<RetentionItem> contactsToClear;   // contact ids, since = contact date

    bool isEmpty() const
    {
        return toAnonymise.isEmpty() && prospectsToDelete.isEmpty() && contactsToClear.isEmpty();
    }
};

struct RetentionResult
{
    int anonymised = 0;
    int prospectsDeleted = 0;
    int contactNotesCleared = 0;
};

// The retention job: plan() is the dry run (reads only, in SQL), apply() does
// it all in one write transaction and records one "retention" event with the
// counts (never names). Both are coordinator-only (Permission::Anonymise).
class RetentionJob
{
    Q_DECLARE_TR_FUNCTIONS(RetentionJob)

  public:
    explicit RetentionJob(AppContext& context);

    RetentionPlan plan() const;
    // Plans again inside the transaction (what is due at that moment) and
    // applies it.
    RetentionResult apply();

    // The plan for scripts (parcours-cli retention run --dry-run --json).
    static QJsonObject planToJson(const RetentionPlan& plan);
    static QJsonObject resultToJson(const RetentionResult& result);
    // One translated line per rule: "3 childminders to anonymise (agrément ended before 01/01/2021)".
    static QStringList planSummary(const RetentionPlan& plan);

  private:
    AppContext& m_context;
};

} // namespace parcours
