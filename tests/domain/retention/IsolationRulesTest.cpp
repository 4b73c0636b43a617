#include "IsolationRules.h"
#include "QtStringMaker.h"
#include "TimelineText.h"

#include <catch2/catch.hpp>

using namespace parcours;

TEST_CASE("Isolation: a working childminder with nothing in the window is isolated")
{
    const IsolationRules rules(12);
    const QDate today(2028, 2, 29); // a leap day: the window starts on 28/02/2027
    CHECK(rules.windowStart(today) == QDate(2027, 2, 28));
    IsolationFacts f;
    f.statusActive = true;
    f.approvalValid = true;
    CHECK(rules.isIsolated(f, today));
    f.lastContact = QDate(2027, 2, 27); // the day before the window
    CHECK(rules.isIsolated(f, today));
    f.lastContact = QDate(2027, 2, 28); // the first day counts
    CHECK_FALSE(rules.isIsolated(f, today));
    f.lastContact = {};
    f.lastActivity = QDate(2028, 3, 10); // planned, not yet done
    CHECK(rules.isIsolated(f, today));
    f.lastRpeTraining = QDate(2027, 6, 1);
    CHECK_FALSE(rules.isIsolated(f, today));
}

TEST_CASE("Isolation: only working childminders are watched")
{
    const IsolationRules rules(6);
    const QDate today(2026, 8, 31);
    CHECK(rules.windowStart(today) == QDate(2026, 2, 28));
    IsolationFacts f;
    f.statusActive = true;
    CHECK_FALSE(rules.isIsolated(f, today)); // agrément not in force
    f.approvalValid = true;
    f.statusActive = false;
    CHECK_FALSE(rules.isIsolated(f, today));
}

TEST_CASE("Timeline text: unknown keys still read as words, known ones get their label")
{
    TimelineRawRow row;
    row.date = QDate(2026, 1, 5);
    row.category = QStringLiteral("career");
    row.kind = QStringLiteral("some_new_kind");
    row.a = QStringLiteral("MAM Les Lutins");
    const TimelineEntry e = timelineEntryFromRaw(row);
    CHECK(e.category == TimelineCategory::Career);
    CHECK(e.title == QStringLiteral("Some new kind"));
    CHECK(e.detail == QStringLiteral("MAM Les Lutins"));

    row.category = QStringLiteral("approval");
    row.kind = QStringLiteral("grant");
    row.a = QStringLiteral("55-2019-0001");
    row.b = QStringLiteral("2024-02-29");
    row.c = 3;
    const TimelineEntry grant = timelineEntryFromRaw(row);
    CHECK(grant.title == QStringLiteral("Agrément granted"));
    CHECK(grant.detail == QStringLiteral("No. 55-2019-0001 · until 29/02/2024 · 3 place(s)"));
}
