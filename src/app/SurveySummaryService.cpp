#include "SurveySummaryService.h"

#include "AppContext.h"
#include "CampaignRepository.h"
#include "Clock.h"
#include "DomainError.h"
#include "QuestionnaireRepository.h"
#include "RelayRepository.h"
#include "SurveyResponse.h"
#include "SurveyStatisticsRepository.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace parcours {

namespace {

// The horizons of "plans to stop within N years", cumulative.
constexpr int kRiskHorizons[] = {1, 3, 5};

QString relayLabel(qint64 relayId, const QString& name)
{
    return relayId == 0 ? QCoreApplication::translate("SurveySummaryService", "No RPE") : name;
}

// The display conditions a question depends on, nearest first: she was shown
// the question when every one of them holds (a controlling question that was
// itself hidden has no stored answer, so its filter fails too).
QList<AnswerFilter> conditionChain(const QuestionnaireTemplate& questionnaire, const Question& question)
{
    QList<AnswerFilter> chain;
    const Question* current = &question;
    // A valid template only refers to earlier questions; the bound guards a bad one.
    for (int depth = 0; current && current->condition.isSet() && depth < 100; ++depth) {
        chain.append({current->condition.questionCode, current->condition.expectedValues});
        current = questionnaire.find(current->condition.questionCode);
    }
    return chain;
}

QString chainKey(const QList<AnswerFilter>& chain)
{
    QStringList parts;
    for (const AnswerFilter& f : chain)
        parts << f.questionCode + QLatin1Char('=') + f.values.join(QLatin1Char(','));
    return parts.join(QLatin1Char(';'));
}

// The answers a question offers, in questionnaire order, with no count yet.
QList<AnswerCount> offeredAnswers(const Question& q)
{
    QList<AnswerCount> answers;
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        for (const AnswerOption& option : q.options)
            answers.append({option.code, option.label, 0});
        if (q.allowOther)
            answers.append(
                {otherAnswerCode(), QCoreApplication::translate("SurveySummaryService", "Other"), 0});
        break;
    case QuestionType::YesNo:
        answers.append({QStringLiteral("Y"), QCoreApplication::translate("SurveySummaryService", "Yes"), 0});
        answers.append({QStringLiteral("N"), QCoreApplication::translate("SurveySummaryService", "No"), 0});
        break;
    case QuestionType::Scale1To5:
        for (int i = 1; i <= 5; ++i)
            answers.append({QString::number(i), QString::number(i), 0});
        break;
    default:
        break;
    }
    return answers;
}

// Most given first; equal counts keep the questionnaire's order.
void rankByCount(QList<AnswerCount>& answers)
{
    std::stable_sort(answers.begin(), answers.end(),
                     [](const AnswerCount& a, const AnswerCount& b) { return a.count > b.count; });
}

bool hasNumericSummary(QuestionType type)
{
    return type == QuestionType::Number || type == QuestionType::Scale1To5;
}

bool isTextType(QuestionType type)
{
    return type == QuestionType::ShortText || type == QuestionType::LongText;
}

CampaignReach& reachOf(QList<CampaignReach>& list, qint64 relayId, const QString& name)
{
    for (auto& r : list)
        if (r.relayId == relayId)
            return r;
    list.append(CampaignReach());
    list.last().relayId = relayId;
    list.last().relayName = relayLabel(relayId, name);
    return list.last();
}

void addStatus(CampaignReach& reach, CampaignStatus status, int count)
{
    if (status != CampaignStatus::OutOfScope)
        reach.inScope += count;
    if (status != CampaignStatus::OutOfScope && status != CampaignStatus::ToContact)
        reach.contacted += count;
    if (status == CampaignStatus::Responded)
        reach.responded += count;
    if (status == CampaignStatus::Refused)
        reach.refused += count;
    if (status == CampaignStatus::Unreachable)
        reach.unreachable += count;
}

} // namespace

QString SurveySummaryService::withoutNames(const QString& text, const FreeTextRow& author)
{
    const QString placeholder = tr("[name]");
    QString result = text;
    // "Mme Durand", "M. Jean Petit", "Madame de la Tour": the title and the
    // capitalised words after it (with their particles).
    static const QRegularExpression titled(
        QStringLiteral("\\b(?:Madame|Monsieur|Mademoiselle|Mme|Mlle|Mr|M)\\.?\\s+(?:(?:de|du|des|la|le|d')"
                       "\\s*)*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*"),
        QRegularExpression::UseUnicodePropertiesOption);
    result.replace(titled, placeholder);

    // Her own names, whole and by parts ("Marie-Claire", "Dupont Martin"),
    // longest first so that a compound name becomes one placeholder.
    QStringList names;
    for (const QString& name : {author.firstName, author.usageName, author.birthName}) {
        const QString whole = name.simplified();
        if (whole.size() >= 2)
            names << whole;
        static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
        for (const QString& part : whole.split(separators, Qt::SkipEmptyParts))
            if (part.size() >= 3)
                names << part;
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    names.removeDuplicates();
    for (const QString& name : names) {
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\[])") + QRegularExpression::escape(name) +
                                          QStringLiteral("(?![\\p{L}\\]])"),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
        result.replace(word, placeholder);
    }
    return result;
}

std::optional<SurveySummary> SurveySummaryService::summarize(const SurveySummaryRequest& request,
                                                             QString* error) const
{
    auto fail = [&](const QString& message) -> std::optional<SurveySummary> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    try {
        m_context.require(Permission::ReadRecords);
        const auto campaign = m_context.campaigns().find(request.year);
        if (!campaign)
            return fail(
                tr("There is no survey campaign for %1. Check the year, or create the campaign first.")
                    .arg(request.year));
        QString relayName;
        if (request.relayId != 0) {
            const auto relay = m_context.relays().find(request.relayId);
            if (!relay)
                return fail(tr("There is no RPE number %1. Check the number in the list of RPEs.")
                                .arg(request.relayId));
            relayName = relay->name;
        }
        return compute(request, campaign->id, relayName, campaign->questionnaireId);
    } catch (const DomainError& e) {
        return fail(tr("The summary could not be computed: %1").arg(e.message()));
    }
}

SurveySummary SurveySummaryService::compute(const SurveySummaryRequest& request, qint64 campaignId,
                                            const QString& relayName, qint64 questionnaireId) const
{
    const SurveyStatisticsRepository& stats = m_context.statistics();
    const qint64 relayId = request.relayId;
    const auto found = m_context.questionnaires().find(questionnaireId);
    if (!found)
        throw NotFound(tr("The campaign's questionnaire is missing from the database."));
    const QuestionnaireTemplate& questionnaire = *found;

    SurveySummary s;
    s.year = request.year;
    s.relayId = relayId;
    s.relayName = relayName;
    s.questionnaireName = questionnaire.name;
    s.questionnaireVersion = questionnaire.version;
    s.generatedAt = m_context.clock().now();
    s.suppressSmallCells = request.suppressSmallCells;
    s.includesFreeTexts = request.includeFreeTexts;

    // Reach, whole scope and per relay.
    s.reach.relayId = relayId;
    s.reach.relayName = relayId == 0 ? tr("All RPEs") : relayName;
    for (const RelayStatusCount& row : stats.statusCountsByRelay(campaignId, relayId)) {
        addStatus(s.reach, row.status, row.count);
        addStatus(reachOf(s.reachByRelay, row.relayId, row.relayName), row.status, row.count);
    }
    // Relays in the reader's alphabetical order ("RPE de Bar" before "RPE Val",
    // "Étain" among the E), people without a relay last; every table follows it.
    const QCollator collator{QLocale()};
    std::stable_sort(s.reachByRelay.begin(), s.reachByRelay.end(),
                     [&](const CampaignReach& a, const CampaignReach& b) {
                         if ((a.relayId == 0) != (b.relayId == 0))
                             return b.relayId == 0;
                         return collator.compare(a.relayName, b.relayName) < 0;
                     });

    // Per question. Questions sharing a condition chain share their "asked".
    const QList<Question> questions = questionnaire.allQuestions();
    // One pass over every answer gives the counts, and "answered" of the
    // questions that take one value; only multiple choices need another.
    QStringList allCodes, multipleCodes, numericCodes;
    for (const Question& q : questions) {
        allCodes << q.code;
        if (q.type == QuestionType::MultipleChoice)
            multipleCodes << q.code;
        if (hasNumericSummary(q.type))
            numericCodes << q.code;
    }
    QHash<QString, QHash<QString, int>> valueCounts;
    QHash<QString, int> answered;
    for (const ValueCount& v : stats.valueCounts(campaignId, relayId, allCodes)) {
        valueCounts[v.questionCode].insert(v.value, v.count);
        answered[v.questionCode] += v.count;
    }
    const QHash<QString, int> multipleAnswered = stats.answeredCounts(campaignId, relayId, multipleCodes);
    for (const QString& code : multipleCodes)
        answered.insert(code, multipleAnswered.value(code));
    const QHash<QString, NumericStatistics> numbers =
        stats.numericStatistics(campaignId, relayId, numericCodes);
    // Respondents shown a question, by condition chain: questions sharing a
    // condition share one query.
    QHash<QString, int> askedTotals;
    auto asked = [&](const QList<AnswerFilter>& chain) {
        const QString key = chainKey(chain);
        if (!askedTotals.contains(key))
            askedTotals.insert(key, stats.countRespondents(campaignId, relayId, chain));
        return askedTotals.value(key);
    };

    for (const QuestionnaireSection& section : questionnaire.sections) {
        for (const Question& q : section.questions) {
            QuestionSummary qs;
            qs.code = q.code;
            qs.text = q.text;
            qs.sectionTitle = section.title;
            qs.type = q.type;
            qs.asked = asked(conditionChain(questionnaire, q));
            qs.answered = answered.value(q.code);
            qs.counts = offeredAnswers(q);
            for (AnswerCount& c : qs.counts)
                c.count = valueCounts.value(q.code).value(c.code);
            if (q.type == QuestionType::MultipleChoice)
                rankByCount(qs.counts);
            if (numbers.contains(q.code)) {
                const NumericStatistics& n = numbers.value(q.code);
                qs.mean = n.mean;
                qs.minimum = n.minimum;
                qs.maximum = n.maximum;
            }
            const bool otherTexts = isChoiceType(q.type) && q.allowOther;
            if (request.includeFreeTexts && (isTextType(q.type) || otherTexts)) {
                qs.freeTextCount = stats.countFreeTexts(campaignId, relayId, q.code, otherTexts);
                for (const FreeTextRow& row :
                     stats.freeTexts(campaignId, relayId, q.code, otherTexts, 0, kMaxFreeTexts))
                    qs.freeTexts << withoutNames(row.text, row);
            }
            s.questions.append(qs);
        }
    }

    // Places at risk: the first question offering "stop within N years".
    QList<qint64> relayOrder;
    QHash<qint64, QString> relayNames;
    for (const CampaignReach& r : s.reachByRelay) {
        relayOrder << r.relayId;
        relayNames.insert(r.relayId, r.relayName);
    }
    const Question* stopQuestion = nullptr;
    for (const Question& q : questions)
        for (const AnswerOption& o : q.options)
            if (o.stopWithinYears > 0 && !stopQuestion)
                stopQuestion = questionnaire.find(q.code);
    if (stopQuestion) {
        QHash<qint64, PlacesAtRisk> byRelay;
        PlacesAtRisk total;
        total.relayName = tr("All RPEs");
        for (const int years : kRiskHorizons) {
            QStringList codes;
            for (const AnswerOption& o : stopQuestion->options)
                if (o.stopWithinYears > 0 && o.stopWithinYears <= years)
                    codes << o.code;
            const auto rows = codes.isEmpty() ? QList<RelayRespondents>()
                                              : stats.respondentsByRelay(campaignId, relayId,
                                                                         {{stopQuestion->code, codes}});
            for (const RelayRespondents& row : rows) {
                for (PlacesAtRisk* line : {&byRelay[row.relayId], &total}) {
                    int& people = years == 1   ? line->peopleWithin1
                                  : years == 3 ? line->peopleWithin3
                                               : line->peopleWithin5;
                    int& places = years == 1   ? line->placesWithin1
                                  : years == 3 ? line->placesWithin3
                                               : line->placesWithin5;
                    people += row.respondents;
                    places += row.places;
                }
                if (!relayOrder.contains(row.relayId)) { // moved to a relay outside the call list's ones
                    relayOrder << row.relayId;
                    relayNames.insert(row.relayId, relayLabel(row.relayId, row.relayName));
                }
            }
        }
        for (const qint64 id : relayOrder) {
            PlacesAtRisk line = byRelay.value(id);
            line.relayId = id;
            line.relayName = relayNames.value(id);
            s.placesAtRisk.append(line);
        }
        s.placesAtRisk.append(total);
    }

    // Training wishes per relay, from the question marked "training themes".
    const Question* themes = nullptr;
    for (const Question& q : questions)
        if (q.role == trainingThemesRole() && !themes)
            themes = questionnaire.find(q.code);
    if (themes) {
        QHash<qint64, int> themesAsked;
        for (const RelayRespondents& row :
             stats.respondentsByRelay(campaignId, relayId, conditionChain(questionnaire, *themes)))
            themesAsked.insert(row.relayId, row.respondents);
        QHash<qint64, QHash<QString, int>> counts;
        for (const RelayValueCount& row : stats.valueCountsByRelay(campaignId, relayId, themes->code))
            counts[row.relayId].insert(row.value, row.count);
        for (const qint64 id : relayOrder) {
            RelayTrainingWishes wishes;
            wishes.relayId = id;
            wishes.relayName = relayNames.value(id);
            wishes.respondents = themesAsked.value(id);
            wishes.themes = offeredAnswers(*themes);
            for (AnswerCount& c : wishes.themes)
                c.count = counts.value(id).value(c.code);
            rankByCount(wishes.themes);
            s.trainingWishes.append(wishes);
        }
    }
    return s;
}

} // namespace parcours
