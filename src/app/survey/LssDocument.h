#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// The tables of a LimeSurvey structure export (.lss), as read from the XML and
// before any interpretation: section name ("questions", "answer_l10ns"...) ->
// rows, each row a field name -> text map. Both the old layout (texts in the
// rows, with a language field) and the DBVersion >= 400 one (*_l10ns tables)
// read the same way; LssImporter makes sense of them.
struct LssDocument
{
    using Row = QHash<QString, QString>;

    QString docType; // "Survey" for a survey structure
    int dbVersion = 0;
    QStringList languages;
    QHash<QString, QList<Row>> sections;

    QList<Row> rows(const QString& section) const { return sections.value(section); }

    // Reads the whole document or throws DomainError (not XML, truncated,
    // damaged, not a LimeSurvey survey export). Nothing partial is returned.
    static LssDocument parse(const QByteArray& data);
};

} // namespace parcours
