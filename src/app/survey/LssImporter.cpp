#include "LssImporter.h"

#include "DomainError.h"
#include "HtmlText.h"
#include "LssDocument.h"
#include "LssLanguage.h"
#include "LssRelevance.h"
#include "LssTypeMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <algorithm>

namespace parcours {

namespace {

using Row = LssDocument::Row;
using Texts = QHash<QString, QString>; // language -> text

// A structure export is a few hundred kilobytes; far more is another file.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

bool isSubquestion(const Row& row)
{
    const QString parent = row.value(QStringLiteral("parent_qid")).trimmed();
    return !parent.isEmpty() && parent != QLatin1String("0");
}

int number(const Row& row, const char* field)
{
    return row.value(QLatin1String(field)).trimmed().toInt();
}

// Sorts rows on an order field, then on their id, as LimeSurvey shows them.
void sortRows(QList<Row>& rows, const char* orderField, const char* idField)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const int oa = number(a, orderField), ob = number(b, orderField);
        return oa != ob ? oa < ob : number(a, idField) < number(b, idField);
    });
}

class Builder
{
  public:
    explicit Builder(const LssDocument& doc) : m_doc(doc) {}

    LssImportResult build();

  private:
    void collectTexts();
    QString pick(const Texts& texts) const { return m_language.pick(texts); }
    QString plain(const Texts& texts) const { return htmlToPlainText(pick(texts)); }
    void addQuestion(const Row& row, QuestionnaireSection& section);
    bool fillOptions(const Row& row, bool fromSubquestions, Question& q);
    void addCondition(const Row& row, Question& q);
    QString targetProblem(const QString& targetCode) const;
    void report(const QString& line) { m_result.notMapped << line; }

    const LssDocument& m_doc;
    LssImportResult m_result;
    LssLanguage m_language;
    QHash<QString, Texts> m_groupNames, m_questionTexts, m_helpTexts, m_scripts, m_answerTexts;
    QList<Row> m_groups, m_questions;
    QHash<QString, QList<Row>> m_subquestions, m_answers, m_conditions;
    QHash<QString, QString> m_codeOfQid; // every top-level question
    QHash<QString, QString> m_qidOfCode;
    QSet<QString> m_mappedCodes; // mapped so far, i.e. earlier in the form
    QSet<QString> m_seenCodes;   // met so far, mapped or not
};

void Builder::collectTexts()
{
    const QString language = QStringLiteral("language");
    QSet<QString> groupIds, questionIds, answerKeys;

    for (const QString& section : {QStringLiteral("groups"), QStringLiteral("group_l10ns")})
        for (const Row& row : m_doc.rows(section)) {
            const QString gid = row.value(QStringLiteral("gid"));
            if (row.contains(QStringLiteral("group_name")))
                m_groupNames[gid][row.value(language)] = row.value(QStringLiteral("group_name"));
            if (section == QLatin1String("groups") && !groupIds.contains(gid)) {
                groupIds.insert(gid);
                m_groups << row;
            }
        }

    // Old layouts repeat each question row once per language; newer ones keep a
    // single row and put the texts in question_l10ns.
    for (const QString& section : {QStringLiteral("questions"), QStringLiteral("subquestions")})
        for (const Row& row : m_doc.rows(section)) {
            const QString qid = row.value(QStringLiteral("qid"));
            if (row.contains(QStringLiteral("question")))
                m_questionTexts[qid][row.value(language)] = row.value(QStringLiteral("question"));
            if (row.contains(QStringLiteral("help")))
                m_helpTexts[qid][row.value(language)] = row.value(QStringLiteral("help"));
            if (questionIds.contains(qid))
                continue;
            questionIds.insert(qid);
            if (isSubquestion(row)) {
                m_subquestions[row.value(QStringLiteral("parent_qid")).trimmed()] << row;
            } else {
                m_questions << row;
                m_codeOfQid.insert(qid, row.value(QStringLiteral("title")));
                m_qidOfCode.insert(row.value(QStringLiteral("title")), qid);
            }
        }
    for (const Row& row : m_doc.rows(QStringLiteral("question_l10ns"))) {
        const QString qid = row.value(QStringLiteral("qid"));
        m_questionTexts[qid][row.value(language)] = row.value(QStringLiteral("question"));
        m_helpTexts[qid][row.value(language)] = row.value(QStringLiteral("help"));
        m_scripts[qid][row.value(language)] = row.value(QStringLiteral("script"));
    }

    // Answers are keyed by aid when there is one (l10n layout), else by
    // question, scale and code (old layout, one row per language).
    for (const Row& row : m_doc.rows(QStringLiteral("answers"))) {
        const QString aid = row.value(QStringLiteral("aid"));
        const QString key = !aid.isEmpty() ? aid
                                           : row.value(QStringLiteral("qid")) + QLatin1Char('/') +
                                                 row.value(QStringLiteral("scale_id")) + QLatin1Char('/') +
                                                 row.value(QStringLiteral("code"));
        if (row.contains(QStringLiteral("answer")))
            m_answerTexts[key][row.value(language)] = row.value(QStringLiteral("answer"));
        if (answerKeys.contains(key))
            continue;
        answerKeys.insert(key);
        Row kept = row;
        kept.insert(QStringLiteral("#key"), key);
        m_answers[row.value(QStringLiteral("qid"))] << kept;
    }
    for (const Row& row : m_doc.rows(QStringLiteral("answer_l10ns")))
        m_answerTexts[row.value(QStringLiteral("aid"))][row.value(language)] =
            row.value(QStringLiteral("answer"));

    for (const Row& row : m_doc.rows(QStringLiteral("conditions")))
        m_conditions[row.value(QStringLiteral("qid"))] << row;
}

LssImportResult Builder::build()
{
    m_result.dbVersion = m_doc.dbVersion;
    m_language = LssLanguage::choose(m_doc);
    m_result.language = m_language.chosen;
    collectTexts();

    Texts titles;
    for (const Row& row : m_doc.rows(QStringLiteral("surveys_languagesettings")))
        titles[row.value(QStringLiteral("surveyls_language"))] = row.value(QStringLiteral("surveyls_title"));
    m_result.surveyTitle = plain(titles);

    if (m_questions.isEmpty())
        throw DomainError(QCoreApplication::translate(
            "LssImporter", "This LimeSurvey survey structure contains no question. Nothing was imported. "
                           "Add the questions in LimeSurvey, export the structure (.lss) again and import "
                           "the new file."));

    // Questions whose group is missing from the export still get a section.
    QSet<QString> knownGroups;
    for (const Row& g : m_groups)
        knownGroups.insert(g.value(QStringLiteral("gid")));
    for (const Row& q : m_questions) {
        const QString gid = q.value(QStringLiteral("gid"));
        if (!knownGroups.contains(gid)) {
            knownGroups.insert(gid);
            m_groups << Row{{QStringLiteral("gid"), gid},
                            {QStringLiteral("group_order"), QStringLiteral("999999")}};
        }
    }
    sortRows(m_groups, "group_order", "gid");
    sortRows(m_questions, "question_order", "qid");

    for (const Row& group : m_groups) {
        const QString gid = group.value(QStringLiteral("gid"));
        QuestionnaireSection section;
        section.title = plain(m_groupNames.value(gid));
        const QString relevance = group.value(QStringLiteral("grelevance"));
        if (!isAlwaysRelevant(relevance))
            report(QCoreApplication::translate("LssImporter", "Section \"%1\": its display condition "
                                                              "(%2) was not imported; its questions are "
                                                              "always shown.")
                       .arg(section.title, relevance.trimmed()));
        for (const Row& q : m_questions)
            if (q.value(QStringLiteral("gid")) == gid)
                addQuestion(q, section);
        if (!section.questions.isEmpty())
            m_result.questionnaire.sections << section;
    }

    if (m_result.questionnaire.sections.isEmpty())
        throw DomainError(QCoreApplication::translate("LssImporter",
                                                      "None of the questions of this LimeSurvey survey can "
                                                      "be imported. Nothing was imported.\n%1")
                              .arg(m_result.notMapped.join(QLatin1Char('\n'))));

    QuestionnaireTemplate& questionnaire = m_result.questionnaire;
    questionnaire.version = 1;
    questionnaire.name = m_result.surveyTitle;
    if (questionnaire.name.isEmpty())
        questionnaire.name =
            QCoreApplication::translate("LssImporter", "LimeSurvey survey %1")
                .arg(m_doc.rows(QStringLiteral("surveys")).value(0).value(QStringLiteral("sid")));
    const QStringList problems = questionnaire.validate();
    if (!problems.isEmpty())
        throw DomainError(QCoreApplication::translate("LssImporter",
                                                      "The questionnaire read from this LimeSurvey survey "
                                                      "is not consistent. Nothing was imported.\n%1")
                              .arg(problems.join(QLatin1Char('\n'))));
    return m_result;
}

void Builder::addQuestion(const Row& row, QuestionnaireSection& section)
{
    const QString qid = row.value(QStringLiteral("qid"));
    const QString lsType = row.value(QStringLiteral("type")).trimmed();
    Question q;
    q.code = row.value(QStringLiteral("title")).trimmed();
    m_seenCodes.insert(q.code);

    const LssTypeMapping mapping = mapLimeSurveyType(lsType);
    if (!mapping.type) {
        report(QCoreApplication::translate("LssImporter", "%1 (LimeSurvey type %2): %3; not imported.")
                   .arg(q.code, lsType, mapping.reason));
        return;
    }
    q.type = *mapping.type;
    q.text = plain(m_questionTexts.value(qid));
    q.help = plain(m_helpTexts.value(qid));
    q.required = row.value(QStringLiteral("mandatory")).trimmed() == QLatin1String("Y");
    if (isChoiceType(q.type)) {
        if (!fillOptions(row, mapping.optionsFromSubquestions, q))
            return;
        q.allowOther = row.value(QStringLiteral("other")).trimmed() == QLatin1String("Y");
    }
    if (lsType == QLatin1String("O"))
        report(QCoreApplication::translate("LssImporter",
                                           "%1: the comment box of this list with comment was not imported.")
                   .arg(q.code));
    if (lsType == QLatin1String("P"))
        report(QCoreApplication::translate("LssImporter",
                                           "%1: the comment boxes of this multiple choice were not imported.")
                   .arg(q.code));
    if (!pick(m_scripts.value(qid)).trimmed().isEmpty())
        report(QCoreApplication::translate("LssImporter",
                                           "%1: the question's JavaScript was not imported (never run).")
                   .arg(q.code));
    addCondition(row, q);
    section.questions << q;
    m_mappedCodes.insert(q.code);
}

bool Builder::fillOptions(const Row& row, bool fromSubquestions, Question& q)
{
    const QString qid = row.value(QStringLiteral("qid"));
    if (fromSubquestions) {
        QList<Row> subs = m_subquestions.value(qid);
        sortRows(subs, "question_order", "qid");
        for (const Row& sub : subs)
            if (number(sub, "scale_id") == 0)
                q.options << AnswerOption{sub.value(QStringLiteral("title")).trimmed(),
                                          plain(m_questionTexts.value(sub.value(QStringLiteral("qid"))))};
    } else {
        QList<Row> answers = m_answers.value(qid);
        sortRows(answers, "sortorder", "aid");
        for (const Row& a : answers)
            if (number(a, "scale_id") == 0)
                q.options << AnswerOption{a.value(QStringLiteral("code")).trimmed(),
                                          plain(m_answerTexts.value(a.value(QStringLiteral("#key"))))};
    }
    if (q.options.isEmpty()) {
        report(QCoreApplication::translate("LssImporter",
                                           "%1 (LimeSurvey type %2): a choice question without any option; "
                                           "not imported.")
                   .arg(q.code, row.value(QStringLiteral("type")).trimmed()));
        return false;
    }
    return true;
}

// Why a condition on this question cannot be kept; empty when it can.
QString Builder::targetProblem(const QString& targetCode) const
{
    if (m_mappedCodes.contains(targetCode))
        return {};
    if (m_seenCodes.contains(targetCode))
        return QCoreApplication::translate("LssImporter", "it depends on %1, which was not imported")
            .arg(targetCode);
    if (m_qidOfCode.contains(targetCode))
        return QCoreApplication::translate("LssImporter", "it depends on %1, which comes later")
            .arg(targetCode);
    return QCoreApplication::translate("LssImporter",
                                       "it depends on %1, which is not a question of the survey")
        .arg(targetCode);
}

void Builder::addCondition(const Row& row, Question& q)
{
    const QString qid = row.value(QStringLiteral("qid"));
    QString problem;
    QString described;
    const QList<Row> conditions = m_conditions.value(qid);
    if (!conditions.isEmpty()) {
        // The old conditions table; LimeSurvey derives the relevance equation
        // from it, so it wins when both are there.
        const QString cqid = conditions.first().value(QStringLiteral("cqid")).trimmed();
        DisplayCondition condition;
        condition.questionCode = m_codeOfQid.value(cqid);
        for (const Row& c : conditions) {
            const QString value = c.value(QStringLiteral("value"));
            described +=
                QStringLiteral("%1 %2 %3; ")
                    .arg(c.value(QStringLiteral("cfieldname")), c.value(QStringLiteral("method")), value);
            const bool simple =
                c.value(QStringLiteral("cqid")).trimmed() == cqid &&
                c.value(QStringLiteral("method")).trimmed() == QLatin1String("==") &&
                c.value(QStringLiteral("cfieldname")).trimmed().endsWith(QLatin1Char('X') + cqid) &&
                !value.startsWith(QLatin1Char('@'));
            if (!simple)
                problem = QCoreApplication::translate(
                    "LssImporter", "only equality with answers of one earlier question can be imported");
            else if (!condition.expectedValues.contains(value))
                condition.expectedValues << value;
        }
        if (problem.isEmpty())
            problem = condition.questionCode.isEmpty()
                          ? QCoreApplication::translate("LssImporter", "it depends on an unknown question")
                          : targetProblem(condition.questionCode);
        if (problem.isEmpty()) {
            q.condition = condition;
            return;
        }
        described.chop(2);
    } else {
        const QString relevance = row.value(QStringLiteral("relevance"));
        if (isAlwaysRelevant(relevance))
            return;
        described = relevance.trimmed();
        const std::optional<DisplayCondition> condition = parseSimpleRelevance(relevance);
        if (!condition)
            problem = QCoreApplication::translate(
                "LssImporter", "only a test of one earlier question against given answers can be imported");
        else
            problem = targetProblem(condition->questionCode);
        if (problem.isEmpty()) {
            q.condition = *condition;
            return;
        }
    }
    report(QCoreApplication::translate("LssImporter",
                                       "%1: display condition \"%2\" not imported: %3. The question is "
                                       "always shown.")
               .arg(q.code, described, problem));
}

} // namespace

LssImportResult LssImporter::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DomainError(
            QCoreApplication::translate("LssImporter", "Cannot read %1: %2. Nothing was imported.")
                .arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        throw DomainError(QCoreApplication::translate("LssImporter",
                                                      "%1 is far too large to be a LimeSurvey survey "
                                                      "structure (.lss). Nothing was imported.")
                              .arg(path));
    return importData(file.readAll());
}

LssImportResult LssImporter::importData(const QByteArray& data)
{
    const LssDocument doc = LssDocument::parse(data);
    return Builder(doc).build();
}

} // namespace parcours
