#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// What a collective time organised with (or by) an RPE is. Stable keys are
// stored in collective_activities.kind (CollectiveActivity.cpp).
enum class ActivityKind {
    RpeWorkshop,     // atelier d'éveil RPE
    PooledTraining,  // formation mutualisée
    PracticeSharing, // temps d'échange de pratiques
    ThematicEvening, // soirée thématique
    Other
};

QString activityKindKey(ActivityKind kind);
std::optional<ActivityKind> activityKindFromKey(const QString& key);
QString activityKindLabel(ActivityKind kind);
QList<ActivityKind> allActivityKinds();

// One collective activity; who came is stored apart (activity_attendance).
struct CollectiveActivity
{
    qint64 id = 0;
    ActivityKind kind = ActivityKind::RpeWorkshop;
    QString title;
    QDate date;
    double hours = 0;
    QString place;
    qint64 relayId = 0;   // 0: not organised with an RPE
    qint64 partnerId = 0; // 0: no partner
    QString notes;
    int version = 0;
};

// A line of the activity list, with how many people came.
struct ActivityRow
{
    CollectiveActivity activity;
    QString relayName;
    int attendance = 0;
};

// The list filter: a period (either bound may be null) and an RPE
// (0: every activity).
struct ActivityQuery
{
    QDate from;
    QDate to;
    qint64 relayId = 0;
    int offset = 0;
    int limit = 100;
};

// One person who attended.
struct AttendeeRow
{
    qint64 childminderId = 0;
    QString name;
    QString communeName;
};

} // namespace parcours
