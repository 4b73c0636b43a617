#include "QtStringMaker.h"
#include "RetentionStorageFixture.h"

#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {
// One person with a row in every table the timeline merges, on distinct dates.
struct Career : RetentionStore
{
    qint64 rpe = relay(QStringLiteral("RPE Nord"));
    qint64 her = 0;

    Career()
    {
        Childminder p = makePerson(QStringLiteral("Martin"), QStringLiteral("Léa"));
        p.relayId = rpe;
        people.insert(p);
        her = p.id;
        Approval first =
            makeApproval(her, QStringLiteral("55-2019-0001"), QDate(2019, 3, 1), QDate(2024, 2, 29));
        ApprovalEvent grant;
        grant.kind = ApprovalEventKind::FirstGrant; // not repeated: the decision itself is on the timeline
        grant.date = QDate(2019, 3, 1);
        first.events.append(grant);
        approvals.save(first);
        Approval renewal =
            makeApproval(her, QStringLiteral("55-2024-0007"), QDate(2024, 3, 1), QDate(2034, 2, 28));
        renewal.isRenewal = true;
        ApprovalEvent suspension;
        suspension.kind = ApprovalEventKind::Suspension;
        suspension.date = QDate(2025, 1, 10);
        suspension.endDate = QDate(2025, 3, 10);
        renewal.events.append(suspension);
        approvals.save(renewal);

        enrol(session(QStringLiteral("Le sommeil du jeune enfant"), QDate(2025, 5, 1), rpe), her,
              QStringLiteral("attended"), 7);
        contact(her, QStringLiteral("2025-11-02T10:00:00"), QStringLiteral("completed"));
        const qint64 questionnaire = insert(
            QStringLiteral(
                "INSERT INTO questionnaires(name, version, created_at, body) VALUES ('Q', 1, '', '{}')"),
            {});
        const qint64 campaign = insert(
            QStringLiteral("INSERT INTO campaigns(year, questionnaire_id, created_at) VALUES (2025, ?, '')"),
            {questionnaire});
        execute(
            QStringLiteral("INSERT INTO campaign_people(campaign_id, childminder_id, status, reference_code) "
                           "VALUES (?, ?, 'answered', 'ABC')"),
            {campaign, her});
        insert(
            QStringLiteral("INSERT INTO survey_responses(campaign_id, childminder_id, questionnaire_id, "
                           "submitted_at, source, channel) VALUES (?, ?, ?, '2025-10-01T14:00:00', 'paper', "
                           "'letter')"),
            {campaign, her, questionnaire});
        insert(QStringLiteral("INSERT INTO career_events(childminder_id, date, kind, detail, created_at) "
                              "VALUES (?, '2026-01-05', 'joined_mam', 'MAM Les Lutins', '')"),
               {her});
        insert(QStringLiteral("INSERT INTO qualifications(childminder_id, kind, result, date, label) "
                              "VALUES (?, 'cap_ep1', 'passed', '2024-06-20', 'CAP AEPE EP1')"),
               {her});
        insert(QStringLiteral("INSERT INTO immersions(childminder_id, host_name, start_date, end_date) "
                              "VALUES (?, 'Crèche Les Coccinelles', '2023-04-10', '2023-05-09')"),
               {her});
        retention.addAttendance(activity(QStringLiteral("Éveil musical"), QDate(2026, 3, 1), rpe), her);
        const qint64 prospect = insert(
            QStringLiteral("INSERT INTO prospects(last_name, channel, stage, stage_date, first_contact, "
                           "childminder_id, created_at, updated_at) VALUES ('Martin', 'forum', 'approved', "
                           "'2019-03-01', '2018-09-01', ?, '', '')"),
            {her});
        insert(QStringLiteral("INSERT INTO prospect_stages(prospect_id, stage, date) VALUES (?, "
                              "'information_meeting', '2018-09-01')"),
               {prospect});

        // Someone else's rows never show on her timeline.
        Childminder other = makePerson(QStringLiteral("Autre"), QStringLiteral("Eve"));
        people.insert(other);
        contact(other.id, QStringLiteral("2026-05-01T10:00:00"), QStringLiteral("completed"));
    }
};

QList<QDate> datesOf(const QList<TimelineEntry>& entries)
{
    QList<QDate> dates;
    for (const auto& e : entries)
        dates << e.date;
    return dates;
}
} // namespace

TEST_CASE("The timeline merges every source newest first")
{
    Career c;
    TimelineQuery query;
    query.childminderId = c.her;
    const auto entries = c.timeline.entries(query);
    const QList<QDate> expected = {QDate(2026, 3, 1),  QDate(2026, 1, 5), QDate(2025, 11, 2),
                                   QDate(2025, 10, 1), QDate(2025, 5, 1), QDate(2025, 1, 10),
                                   QDate(2024, 6, 20), QDate(2024, 3, 1), QDate(2023, 4, 10),
                                   QDate(2019, 3, 1),  QDate(2018, 9, 1)};
    CHECK(datesOf(entries) == expected);
    REQUIRE(entries.size() == 11);
    CHECK(entries[0].category == TimelineCategory::Activity);
    CHECK(entries[0].title == QStringLiteral("Éveil musical"));
    CHECK(entries[1].category == TimelineCategory::Career);
    CHECK(entries[1].detail.contains(QStringLiteral("MAM Les Lutins")));
    CHECK(entries[2].category == TimelineCategory::Contact);
    CHECK(entries[3].category == TimelineCategory::Survey);
    CHECK(entries[3].title.contains(QStringLiteral("2025")));
    CHECK(entries[4].category == TimelineCategory::Training);
    CHECK(entries[4].title == QStringLiteral("Le sommeil du jeune enfant"));
    CHECK(entries[5].category == TimelineCategory::Approval); // the suspension
    CHECK(entries[5].detail.contains(QStringLiteral("10/03/2025")));
    CHECK(entries[6].title == QStringLiteral("CAP AEPE EP1"));
    CHECK(entries[7].detail.contains(QStringLiteral("55-2024-0007")));
    CHECK(entries[7].detail.contains(QStringLiteral("28/02/2034")));
    CHECK(entries[8].category == TimelineCategory::Immersion);
    CHECK(entries[8].title.contains(QStringLiteral("Crèche Les Coccinelles")));
    CHECK(entries[9].detail.contains(QStringLiteral("55-2019-0001")));
    CHECK(entries[10].category == TimelineCategory::Prospect);
}

TEST_CASE("The timeline filters by category and honours the limit")
{
    Career c;
    TimelineQuery query;
    query.childminderId = c.her;
    query.categories = {TimelineCategory::Approval};
    CHECK(datesOf(c.timeline.entries(query)) ==
          QList<QDate>{QDate(2025, 1, 10), QDate(2024, 3, 1), QDate(2019, 3, 1)});

    query.categories = {TimelineCategory::Contact, TimelineCategory::Career};
    CHECK(datesOf(c.timeline.entries(query)) ==
          QList<QDate>{QDate(2026, 1, 5), QDate(2025, 11, 2), QDate(2024, 6, 20)});

    query.categories.clear();
    query.limit = 3;
    CHECK(datesOf(c.timeline.entries(query)) ==
          QList<QDate>{QDate(2026, 3, 1), QDate(2026, 1, 5), QDate(2025, 11, 2)});
}
