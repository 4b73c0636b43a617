#include "PersonFileJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parcours {

namespace {
QJsonValue isoDate(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray linesToJson(const QList<PersonFileLine>& lines)
{
    QJsonArray out;
    for (const auto& l : lines)
        out.append(QJsonObject{{QStringLiteral("label"), l.label},
                               {QStringLiteral("value"), l.value},
                               {QStringLiteral("state"), l.state}});
    return out;
}
QJsonArray recordsToJson(const QList<PersonalRecordTable>& tables)
{
    QJsonArray out;
    for (const auto& t : tables) {
        QJsonArray rows;
        for (const auto& r : t.rows) {
            QJsonObject row;
            for (int c = 0; c < t.columns.size() && c < r.size(); ++c)
                row.insert(t.columns.at(c),
                           r.at(c).isNull() ? QJsonValue() : QJsonValue::fromVariant(r.at(c)));
            rows.append(row);
        }
        out.append(QJsonObject{{QStringLiteral("table"), t.table},
                               {QStringLiteral("count"), int(t.rows.size())},
                               {QStringLiteral("rows"), rows}});
    }
    return out;
}
} // namespace

QJsonObject personFileToJson(const PersonFile& f)
{
    QJsonObject identity{{QStringLiteral("id"), f.childminderId},
                         {QStringLiteral("name"), f.displayName},
                         {QStringLiteral("birthName"), f.birthName},
                         {QStringLiteral("firstName"), f.firstName},
                         {QStringLiteral("birthDate"), isoDate(f.birthDate)},
                         {QStringLiteral("address"), f.address},
                         {QStringLiteral("postalCode"), f.postalCode},
                         {QStringLiteral("commune"), f.communeName},
                         {QStringLiteral("phone"), f.phone},
                         {QStringLiteral("email"), f.email},
                         {QStringLiteral("status"), f.statusKey},
                         {QStringLiteral("statusLabel"), f.statusLabel}};
    QJsonValue approval;
    if (f.hasApproval)
        approval = QJsonObject{{QStringLiteral("number"), f.approvalNumber},
                               {QStringLiteral("start"), isoDate(f.approvalStart)},
                               {QStringLiteral("end"), isoDate(f.approvalEnd)},
                               {QStringLiteral("places"), f.places},
                               {QStringLiteral("status"), f.approvalStatusLabel},
                               {QStringLiteral("placeOfPractice"), f.placeOfPracticeLabel}};
    QJsonArray timeline;
    for (const auto& e : f.timeline)
        timeline.append(QJsonObject{{QStringLiteral("date"), isoDate(e.date)},
                                    {QStringLiteral("category"), timelineCategoryKey(e.category)},
                                    {QStringLiteral("categoryLabel"), timelineCategoryLabel(e.category)},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("detail"), e.detail},
                                    {QStringLiteral("sourceId"), e.sourceId}});
    QJsonObject out{{QStringLiteral("generatedOn"), isoDate(f.generatedOn)},
                    {QStringLiteral("identity"), identity},
                    {QStringLiteral("approval"), approval},
                    {QStringLiteral("relay"), f.relayName},
                    {QStringLiteral("mam"), f.mamName},
                    {QStringLiteral("obligations"), linesToJson(f.obligations)},
                    {QStringLiteral("checklist"), linesToJson(f.checklist)},
                    {QStringLiteral("timeline"), timeline}};
    // Right of access: every row about her, raw, grouped by table.
    if (!f.records.isEmpty())
        out.insert(QStringLiteral("records"), recordsToJson(f.records));
    return out;
}

QByteArray personFileJsonText(const PersonFile& file)
{
    return QJsonDocument(personFileToJson(file)).toJson(QJsonDocument::Indented);
}

} // namespace parcours
