#include "ImportReport.h"

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

QByteArray issues(const QList<ImportIssue>& list, const char* textKey)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        out += "{\"line\":" + QByteArray::number(list.at(i).line) + ",\"" + textKey +
               "\":" + jsonString(list.at(i).message) + '}';
    }
    return out + ']';
}

} // namespace

QByteArray ImportReport::toJson() const
{
    QByteArray out("{");
    out += "\"created\":" + QByteArray::number(created);
    out += ",\"updated\":" + QByteArray::number(updated);
    out += ",\"unchanged\":" + QByteArray::number(unchanged);
    out += ",\"absent\":" + QByteArray::number(absent());
    out += ",\"rejected\":" + issues(rejected, "reason");
    out += ",\"warnings\":" + issues(warnings, "message");
    return out + '}';
}

} // namespace parcours
