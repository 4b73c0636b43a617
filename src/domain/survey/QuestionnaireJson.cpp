#include "QuestionnaireJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parcours {

namespace {

const QString kFormat = QStringLiteral("parcours-questionnaire");
// Bumped only if a key changes meaning; readers refuse a newer format rather
// than silently dropping what they do not know.
constexpr int kFormatVersion = 1;

QJsonObject questionToJson(const Question& q)
{
    QJsonObject o;
    o[QStringLiteral("code")] = q.code;
    o[QStringLiteral("text")] = q.text;
    if (!q.help.isEmpty())
        o[QStringLiteral("help")] = q.help;
    o[QStringLiteral("type")] = questionTypeKey(q.type);
    o[QStringLiteral("required")] = q.required;
    if (q.allowOther)
        o[QStringLiteral("allowOther")] = true;
    if (!q.options.isEmpty()) {
        QJsonArray options;
        for (const AnswerOption& option : q.options) {
            QJsonObject o2{{QStringLiteral("code"), option.code}, {QStringLiteral("label"), option.label}};
            if (option.stopWithinYears > 0)
                o2[QStringLiteral("stopWithinYears")] = option.stopWithinYears;
            options.append(o2);
        }
        o[QStringLiteral("options")] = options;
    }
    if (q.condition.isSet())
        o[QStringLiteral("condition")] =
            QJsonObject{{QStringLiteral("question"), q.condition.questionCode},
                        {QStringLiteral("values"), QJsonArray::fromStringList(q.condition.expectedValues)}};
    if (!q.followUpValues.isEmpty())
        o[QStringLiteral("followUpValues")] = QJsonArray::fromStringList(q.followUpValues);
    if (!q.role.isEmpty())
        o[QStringLiteral("role")] = q.role;
    return o;
}

std::optional<Question> questionFromJson(const QJsonObject& o, QString& error)
{
    Question q;
    q.code = o.value(QStringLiteral("code")).toString();
    q.text = o.value(QStringLiteral("text")).toString();
    q.help = o.value(QStringLiteral("help")).toString();
    const QString typeKey = o.value(QStringLiteral("type")).toString();
    const auto type = questionTypeFromKey(typeKey);
    if (!type) {
        error = QCoreApplication::translate("QuestionnaireJson", "Question %1 has an unknown type \"%2\".")
                    .arg(q.code, typeKey);
        return std::nullopt;
    }
    q.type = *type;
    q.required = o.value(QStringLiteral("required")).toBool();
    q.allowOther = o.value(QStringLiteral("allowOther")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("options")).toArray()) {
        const QJsonObject option = v.toObject();
        q.options.append(AnswerOption{option.value(QStringLiteral("code")).toString(),
                                      option.value(QStringLiteral("label")).toString(),
                                      option.value(QStringLiteral("stopWithinYears")).toInt()});
    }
    const QJsonObject condition = o.value(QStringLiteral("condition")).toObject();
    q.condition.questionCode = condition.value(QStringLiteral("question")).toString();
    for (const QJsonValue& v : condition.value(QStringLiteral("values")).toArray())
        q.condition.expectedValues.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("followUpValues")).toArray())
        q.followUpValues.append(v.toString());
    q.role = o.value(QStringLiteral("role")).toString();
    return q;
}

} // namespace

QByteArray questionnaireToJson(const QuestionnaireTemplate& t, bool indented)
{
    QJsonObject root;
    root[QStringLiteral("format")] = kFormat;
    root[QStringLiteral("formatVersion")] = kFormatVersion;
    root[QStringLiteral("name")] = t.name;
    root[QStringLiteral("version")] = t.version;
    if (t.createdAt.isValid())
        root[QStringLiteral("createdAt")] = t.createdAt.toUTC().toString(Qt::ISODate);
    QJsonArray sections;
    for (const QuestionnaireSection& section : t.sections) {
        QJsonArray questions;
        for (const Question& q : section.questions)
            questions.append(questionToJson(q));
        sections.append(
            QJsonObject{{QStringLiteral("title"), section.title}, {QStringLiteral("questions"), questions}});
    }
    root[QStringLiteral("sections")] = sections;
    return QJsonDocument(root).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

std::optional<QuestionnaireTemplate> questionnaireFromJson(const QByteArray& json, QString* error)
{
    QString problem;
    auto fail = [&](const QString& message) -> std::optional<QuestionnaireTemplate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(
            QCoreApplication::translate("QuestionnaireJson", "The questionnaire is not valid JSON (%1).")
                .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QCoreApplication::translate("QuestionnaireJson",
                                                "This file is not a Parcours Pro questionnaire."));
    if (root.value(QStringLiteral("formatVersion")).toInt() > kFormatVersion)
        return fail(QCoreApplication::translate(
            "QuestionnaireJson", "This questionnaire was made by a newer version of Parcours Pro."));

    QuestionnaireTemplate t;
    t.name = root.value(QStringLiteral("name")).toString();
    t.version = root.value(QStringLiteral("version")).toInt(1);
    const QString created = root.value(QStringLiteral("createdAt")).toString();
    if (!created.isEmpty())
        t.createdAt = QDateTime::fromString(created, Qt::ISODate);
    for (const QJsonValue& s : root.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject sectionObject = s.toObject();
        QuestionnaireSection section;
        section.title = sectionObject.value(QStringLiteral("title")).toString();
        for (const QJsonValue& q : sectionObject.value(QStringLiteral("questions")).toArray()) {
            auto question = questionFromJson(q.toObject(), problem);
            if (!question)
                return fail(problem);
            section.questions.append(*question);
        }
        t.sections.append(section);
    }
    return t;
}

} // namespace parcours
