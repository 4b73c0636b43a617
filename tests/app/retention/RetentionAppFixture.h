#pragma once

#include "AppContext.h"
#include "ApprovalService.h"
#include "ChildminderService.h"
#include "CollectiveActivity.h"
#include "FixedClock.h"
#include "MamService.h"
#include "RelayService.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

namespace parcours::testing {

// An in-memory register on a fixed day (15/06/2026) built through the services.
struct RetentionApp
{
    FixedClock clock{QDate(2026, 6, 15)};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);

    qint64 relay(const QString& name)
    {
        Relay r;
        r.name = name;
        REQUIRE(RelayService(*ctx).save(r).isEmpty());
        return r.id;
    }

    qint64 mam(const QString& name)
    {
        Mam m;
        m.name = name;
        REQUIRE(MamService(*ctx).save(m).isEmpty());
        return m.id;
    }

    // A working childminder with an agrément granted on `granted` (5 years).
    qint64 person(const QString& surname, qint64 relayId, QDate granted = QDate(2023, 9, 1))
    {
        Childminder p;
        p.usageName = surname;
        p.firstName = QStringLiteral("Claire");
        p.birthDate = QDate(1978, 5, 2);
        p.relayId = relayId;
        p.relayOverridden = relayId > 0;
        p.status = ChildminderStatus::Active;
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        Approval a;
        a.number = QStringLiteral("55-2023-%1").arg(p.id, 4, 10, QLatin1Char('0'));
        a.decisionDate = granted;
        a.startDate = granted;
        a.places = 3;
        REQUIRE(ApprovalService(*ctx).grant(p.id, a).isEmpty());
        return p.id;
    }
};

// An activity with what the tests vary; the rest left to the defaults.
inline CollectiveActivity makeActivity(ActivityKind kind, const QString& title, QDate date, double hours,
                                       qint64 relayId, const QString& place = QString())
{
    CollectiveActivity a;
    a.kind = kind;
    a.title = title;
    a.date = date;
    a.hours = hours;
    a.relayId = relayId;
    a.place = place;
    return a;
}

inline QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}

} // namespace parcours::testing
