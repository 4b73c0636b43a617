#include "LimeImportResult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parcours {

namespace {

// A JSON string literal with Qt's escaping (quotes, control characters).
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip the brackets
}

QByteArray jsonBool(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray issues(const QList<LimeRowIssue>& list)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const LimeRowIssue& issue = list.at(i);
        if (i)
            out += ',';
        out +=
            "{\"line\":" + QByteArray::number(issue.line) + ",\"reference\":" + jsonString(issue.reference) +
            ",\"question\":" + jsonString(issue.question) + ",\"reason\":" + jsonString(issue.reason) + '}';
    }
    return out + ']';
}

} // namespace

int LimeImportResult::imported() const
{
    int n = 0;
    for (const LimeImportedRow& row : stored)
        n += row.replaced ? 0 : 1;
    return n;
}

int LimeImportResult::replaced() const
{
    return int(stored.size()) - imported();
}

int LimeImportResult::followUps() const
{
    int n = 0;
    for (const LimeImportedRow& row : stored)
        n += row.followUp ? 1 : 0;
    return n;
}

QByteArray LimeImportResult::toJson() const
{
    // Written by hand: QJsonObject would sort the keys.
    QByteArray out("{");
    out += "\"dryRun\":" + jsonBool(dryRun);
    out += ",\"imported\":" + QByteArray::number(imported());
    out += ",\"replaced\":" + QByteArray::number(replaced());
    out += ",\"skipped\":" + QByteArray::number(skippedCount());
    out += ",\"rejected\":" + QByteArray::number(rejectedCount());
    out += ",\"duplicates\":" + QByteArray::number(duplicates.size());
    out += ",\"followUps\":" + QByteArray::number(followUps());
    out += ",\"stored\":[";
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const LimeImportedRow& row = stored.at(i);
        if (i)
            out += ',';
        out += "{\"line\":" + QByteArray::number(row.line) + ",\"reference\":" + jsonString(row.reference) +
               ",\"childminderId\":" + QByteArray::number(row.childminderId) +
               ",\"replaced\":" + jsonBool(row.replaced) + ",\"followUp\":" + jsonBool(row.followUp) + '}';
    }
    out += "],\"rejectedRows\":" + issues(rejected);
    out += ",\"skippedRows\":" + issues(skipped);
    out += ",\"duplicateRows\":" + issues(duplicates);
    out += ",\"warnings\":" + issues(warnings);
    out += ",\"ignoredColumns\":[";
    for (qsizetype i = 0; i < ignoredColumns.size(); ++i)
        out += (i ? "," : "") + jsonString(ignoredColumns.at(i));
    out += "],\"encoding\":" + jsonString(encodingName);
    out += ",\"separator\":" + jsonString(separator.isNull() ? QString() : QString(separator));
    return out + '}';
}

} // namespace parcours
