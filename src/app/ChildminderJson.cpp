#include "ChildminderJson.h"

#include <QJsonArray>

namespace parcours {

namespace {
QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const ChildminderSummary& row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("surname"), row.surname},
        {QStringLiteral("firstName"), row.firstName},
        {QStringLiteral("birthDate"), date(row.birthDate)},
        {QStringLiteral("commune"), row.communeName},
        {QStringLiteral("postalCode"), row.postalCode},
        {QStringLiteral("relay"), row.relayName},
        {QStringLiteral("status"), statusKey(row.status)},
        {QStringLiteral("approvalNumber"), row.approvalNumber},
        {QStringLiteral("approvalEnd"), date(row.approvalEnd)},
        {QStringLiteral("places"), row.places},
        {QStringLiteral("phone"), row.phone},
    };
}

QJsonObject toJson(const Approval& a)
{
    QJsonArray events;
    for (const auto& e : a.events)
        events.append(QJsonObject{{QStringLiteral("kind"), eventKindKey(e.kind)},
                                  {QStringLiteral("date"), date(e.date)},
                                  {QStringLiteral("endDate"), date(e.endDate)},
                                  {QStringLiteral("places"), e.places},
                                  {QStringLiteral("details"), e.details}});
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("number"), a.number},
        {QStringLiteral("decisionDate"), date(a.decisionDate)},
        {QStringLiteral("startDate"), date(a.startDate)},
        {QStringLiteral("endDate"), date(a.endDate)},
        {QStringLiteral("renewal"), a.isRenewal},
        {QStringLiteral("places"), a.places},
        {QStringLiteral("placesUnder3"), a.placesUnder3},
        {QStringLiteral("placeOfPractice"), placeKey(a.placeOfPractice)},
        {QStringLiteral("status"), approvalStatusKey(a.status)},
        {QStringLiteral("derogation"), a.derogation},
        {QStringLiteral("events"), events},
    };
}

QJsonObject toJson(const ChildminderFile& file)
{
    const Childminder& p = file.person;
    QJsonArray approvals;
    for (const auto& a : file.approvals)
        approvals.append(toJson(a));
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("usageName"), p.usageName},
        {QStringLiteral("birthName"), p.birthName},
        {QStringLiteral("firstName"), p.firstName},
        {QStringLiteral("birthDate"), date(p.birthDate)},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("postalCode"), p.postalCode},
        {QStringLiteral("inseeCode"), p.inseeCode},
        {QStringLiteral("commune"), p.communeName},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("status"), statusKey(p.status)},
        {QStringLiteral("relayId"), p.relayId},
        {QStringLiteral("relay"), file.relayName},
        {QStringLiteral("mamId"), p.mamId},
        {QStringLiteral("mam"), file.mamName},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("approvals"), approvals},
    };
}

} // namespace parcours
