#include "LssDocument.h"

#include "DomainError.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace parcours {

namespace {

// The tables the importer reads; the others (themes, survey groups, quotas...)
// are skipped, but still read through so that a damaged end is noticed.
bool isWantedSection(QStringView name)
{
    static const QStringList wanted = {
        QStringLiteral("surveys"),        QStringLiteral("surveys_languagesettings"),
        QStringLiteral("groups"),         QStringLiteral("group_l10ns"),
        QStringLiteral("questions"),      QStringLiteral("subquestions"),
        QStringLiteral("question_l10ns"), QStringLiteral("answers"),
        QStringLiteral("answer_l10ns"),   QStringLiteral("conditions")};
    return wanted.contains(name.toString());
}

LssDocument::Row readRow(QXmlStreamReader& xml)
{
    LssDocument::Row row;
    while (xml.readNextStartElement()) {
        const QString field = xml.name().toString();
        row.insert(field, xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return row;
}

QList<LssDocument::Row> readSection(QXmlStreamReader& xml)
{
    QList<LssDocument::Row> rows;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("rows")) {
            xml.skipCurrentElement(); // <fields>: the rows name their fields themselves
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("row"))
                rows << readRow(xml);
            else
                xml.skipCurrentElement();
        }
    }
    return rows;
}

[[noreturn]] void throwXmlError(const QXmlStreamReader& xml, bool sawRoot)
{
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        throw DomainError(QCoreApplication::translate(
            "LssImporter", "The file stops before the end of the survey structure: it is incomplete "
                           "(an interrupted download or copy?). Nothing was imported. Export the survey "
                           "structure (.lss) from LimeSurvey again and import the new file."));
    if (!sawRoot)
        throw DomainError(QCoreApplication::translate(
            "LssImporter", "This file is not an XML file, so it is not a LimeSurvey survey structure "
                           "(.lss). Nothing was imported. In LimeSurvey, use \"Export > Survey structure "
                           "(.lss)\" and import that file."));
    throw DomainError(QCoreApplication::translate(
                          "LssImporter", "The survey structure file is damaged (XML error line %1: %2). "
                                         "Nothing was imported. Export the survey structure (.lss) from "
                                         "LimeSurvey again and import the new file.")
                          .arg(QString::number(xml.lineNumber()), xml.errorString()));
}

[[noreturn]] void throwNotLimeSurvey()
{
    throw DomainError(QCoreApplication::translate(
        "LssImporter", "This XML file is not a LimeSurvey survey structure export (.lss). Nothing was "
                       "imported. In LimeSurvey, use \"Export > Survey structure (.lss)\" and import that "
                       "file."));
}

} // namespace

LssDocument LssDocument::parse(const QByteArray& data)
{
    LssDocument doc;
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement()) {
        if (xml.hasError())
            throwXmlError(xml, false);
        throwNotLimeSurvey(); // an empty file, or only a prolog
    }
    if (xml.name() != QLatin1String("document"))
        throwNotLimeSurvey();

    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("LimeSurveyDocType")) {
            doc.docType = xml.readElementText().trimmed();
        } else if (name == QLatin1String("DBVersion")) {
            doc.dbVersion = xml.readElementText().trimmed().toInt();
        } else if (name == QLatin1String("languages")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("language"))
                    doc.languages << xml.readElementText().trimmed();
                else
                    xml.skipCurrentElement();
            }
        } else if (isWantedSection(name)) {
            const QString section = name.toString();
            doc.sections[section] += readSection(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    // Read to the end: trailing garbage or a cut after </document> is an error too.
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (xml.hasError())
        throwXmlError(xml, true);

    if (doc.docType.isEmpty())
        throwNotLimeSurvey();
    if (doc.docType != QLatin1String("Survey"))
        throw DomainError(QCoreApplication::translate(
                              "LssImporter", "This is a LimeSurvey \"%1\" export, not a whole survey "
                                             "structure. Nothing was imported. In LimeSurvey, use \"Export > "
                                             "Survey structure (.lss)\" and import that file.")
                              .arg(doc.docType));
    return doc;
}

} // namespace parcours
