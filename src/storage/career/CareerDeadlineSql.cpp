#include "CareerDeadlineSql.h"

#include "EnrolmentStatus.h"
#include "Obligation.h"
#include "SqlValues.h"

#include <QStringList>

namespace parcours::career_sql {

namespace {
QString quoted(const QStringList& keys)
{
    QStringList out;
    for (const auto& k : keys)
        out << QLatin1Char('\'') + k + QLatin1Char('\''); // stable ASCII keys, never user text
    return out.join(QStringLiteral(", "));
}

QString literal(QDate d)
{
    return QLatin1Char('\'') + dateToDb(d).toString() + QLatin1Char('\'');
}

QString hoursOf(TrainingHoursCategory category)
{
    return QStringLiteral("(SELECT coalesce(sum(e.hours_done), 0) FROM enrolments e "
                          "JOIN training_sessions s ON s.id = e.session_id "
                          "JOIN training_courses k ON k.id = s.course_id WHERE e.childminder_id = b.cid "
                          "AND e.status IN (%1) AND k.kind IN (%2))")
        .arg(countingStatusList(), kindList(category));
}
} // namespace

QString countingStatusList()
{
    QStringList keys;
    for (auto s : allEnrolmentStatuses())
        if (countsHours(s))
            keys << enrolmentStatusKey(s);
    return quoted(keys);
}

QString kindList(TrainingHoursCategory category)
{
    QStringList keys;
    for (auto k : allTrainingKinds())
        if (hoursCategory(k) == category)
            keys << trainingKindKey(k);
    return keys.isEmpty() ? QStringLiteral("NULL") : quoted(keys);
}

QString addMonthsSql(const SqlDialect& dialect, const QString& dateExpr, int months)
{
    // PostgreSQL's date + interval already stops at the month's last day.
    if (dialect.isPostgres())
        return QStringLiteral("to_char(CAST(%1 AS DATE) + INTERVAL '%2 months', 'YYYY-MM-DD')")
            .arg(dateExpr)
            .arg(months);
    return QStringLiteral("min(date(%1, '%2 months'), date(%1, 'start of month', '%3 months', '-1 day'))")
        .arg(dateExpr)
        .arg(months >= 0 ? QStringLiteral("+%1").arg(months) : QString::number(months))
        .arg(months + 1 >= 0 ? QStringLiteral("+%1").arg(months + 1) : QString::number(months + 1));
}

QString dueDeadlinesSql(const SqlDialect& dialect, const DueDeadlineQuery& query)
{
    const RuleSettings& r = query.rules;
    const QString reform = literal(QDate(r.trainingReformYear, 1, 1));
    const QString today = literal(query.today);
    QString window = QStringLiteral("deadline <= ") + literal(query.dueBy);
    if (query.overdueSince.isValid())
        window += QStringLiteral(" AND deadline >= ") + literal(query.overdueSince);
    auto dayBefore = [&](const QString& expr) {
        return dialect.isPostgres() ? QStringLiteral("to_char(CAST(%1 AS DATE) - 1, 'YYYY-MM-DD')").arg(expr)
                                    : QStringLiteral("date(%1, '-1 day')").arg(expr);
    };
    auto addMonths = [&](const QString& expr, int months) { return addMonthsSql(dialect, expr, months); };

    // The current agrément is the one that started last (as the register
    // keeps it in childminders.cur_*); only people whose agrément is in force
    // have deadlines to meet. Approvals and reviews are aggregated in one pass
    // each rather than looked up person by person: at 250,000 people that is
    // more than twice as fast. "Renewed" matches ObligationRules::renewedSince.
    const QString base =
        QStringLiteral(
            "base AS MATERIALIZED (SELECT c.id AS cid, c.sort_name, c.usage_name, c.birth_name, "
            "c.first_name, "
            "c.commune_name, c.cur_approval_end AS cur_end, a.first_start, a.cur_start, a.renewed, "
            "r.last_review "
            "FROM childminders c JOIN (SELECT childminder_id, min(start_date) AS first_start, "
            "max(start_date) AS cur_start, (max(start_date) > min(start_date) OR max(is_renewal) = 1) AS "
            "renewed "
            "FROM approvals GROUP BY childminder_id) a ON a.childminder_id = c.id "
            "LEFT JOIN (SELECT childminder_id, max(date) AS last_review FROM career_events "
            "WHERE kind = '%1' AND date <= %2 GROUP BY childminder_id) r ON r.childminder_id = c.id "
            "WHERE c.status IN ('active', 'suspended') AND c.cur_approval_status IN ('active', 'suspended') "
            "AND c.cur_approval_end >= %2)")
            .arg(careerEventKindKey(CareerEventKind::ProfessionalReview), today);

    // Initial training: only while she is on her first agrément (a renewal
    // means the PMI has checked it).
    const QString legacy = QStringLiteral("b.first_start < %1").arg(reform);
    const QString firstPart =
        QStringLiteral("SELECT cid, '%1' AS kind, deadline FROM (SELECT b.cid, %2 AS deadline, "
                       "%3 AS done, CASE WHEN %4 THEN %5 ELSE %6 END AS needed FROM base b "
                       "WHERE NOT b.renewed) x WHERE %7 AND done < needed")
            .arg(obligationKindKey(ObligationKind::InitialFirstPart),
                 dayBefore(addMonths(QStringLiteral("b.first_start"), r.initialFirstPartMonths)),
                 hoursOf(TrainingHoursCategory::InitialFirstPart), legacy)
            .arg(r.legacyFirstPartHours)
            .arg(r.initialFirstPartHours)
            .arg(window);
    const QString secondPart =
        QStringLiteral(
            "SELECT cid, '%1' AS kind, deadline FROM (SELECT b.cid, CASE WHEN %2 THEN %3 ELSE %4 END "
            "AS deadline, %5 AS done, CASE WHEN %2 THEN %6 ELSE %7 END AS needed FROM base b "
            "WHERE NOT b.renewed) x WHERE %8 AND done < needed")
            .arg(obligationKindKey(ObligationKind::InitialSecondPart), legacy,
                 dayBefore(addMonths(QStringLiteral("b.first_start"), 12 * r.legacySecondPartYears)),
                 dayBefore(addMonths(QStringLiteral("b.first_start"), 12 * r.initialSecondPartYears)),
                 hoursOf(TrainingHoursCategory::InitialSecondPart))
            .arg(r.legacySecondPartHours)
            .arg(r.initialSecondPartHours)
            .arg(window);
    // Professional review: every n years from the later of the agrément's
    // start and the last review.
    const QString lastReview =
        QStringLiteral("CASE WHEN b.last_review > b.cur_start THEN b.last_review ELSE b.cur_start END");
    const QString review =
        QStringLiteral(
            "SELECT cid, '%1' AS kind, deadline FROM (SELECT b.cid, %2 AS deadline FROM base b) x WHERE %3")
            .arg(obligationKindKey(ObligationKind::ProfessionalReview),
                 dayBefore(addMonths(lastReview, 12 * r.professionalReviewYears)), window);
    // EP1 / EP3 sat before the renewal file is due, for agréments under the
    // reform; the agrément's end (indexed) narrows the candidates first.
    const QDate latestEnd = query.dueBy.addMonths(r.renewalFileMonthsBefore).addDays(3);
    auto capTest = [&](ObligationKind kind, const QString& key) {
        return QStringLiteral(
                   "SELECT cid, '%1' AS kind, deadline FROM (SELECT b.cid, %2 AS deadline FROM base b "
                   "WHERE b.first_start >= %3 AND b.cur_end <= %4 AND NOT EXISTS (SELECT 1 FROM "
                   "qualifications q "
                   "WHERE q.childminder_id = b.cid AND (q.kind = '%5' OR (q.kind = 'cap_aepe' AND "
                   "q.result = 'passed')))) x WHERE %6")
            .arg(obligationKindKey(kind), addMonths(QStringLiteral("b.cur_end"), -r.renewalFileMonthsBefore),
                 reform, literal(latestEnd), key, window);
    };
    return QStringLiteral("WITH ") + base + QStringLiteral(", due AS (") + firstPart +
           QStringLiteral(" UNION ALL ") + secondPart + QStringLiteral(" UNION ALL ") + review +
           QStringLiteral(" UNION ALL ") + capTest(ObligationKind::CapEp1, QStringLiteral("cap_ep1")) +
           QStringLiteral(" UNION ALL ") + capTest(ObligationKind::CapEp3, QStringLiteral("cap_ep3")) +
           QStringLiteral(")");
}

} // namespace parcours::career_sql
