#include "SummaryBench.h"

#include "AppContext.h"
#include "BenchDataset.h"
#include "BenchError.h"
#include "BenchSession.h"
#include "CampaignRepository.h"
#include "Measurement.h"
#include "QuestionnaireRepository.h"
#include "ResultTable.h"
#include "SqliteConnection.h"
#include "SummaryBaseline.h"
#include "SummaryPdfWriter.h"
#include "SurveySummaryService.h"

#include <QFile>
#include <cstdio>

namespace parcours::bench {

namespace {

// Every answer count of the summary equals the bare query's.
void compare(const SurveySummary& summary, const QHash<QString, qint64>& bare)
{
    int compared = 0;
    for (const QuestionSummary& q : summary.questions)
        for (const AnswerCount& c : q.counts) {
            const qint64 expected = bare.value(q.code + QLatin1Char('/') + c.code);
            if (c.count != expected)
                throw BenchError(
                    QStringLiteral("Survey summary, question %1, answer %2: %3 in the summary, %4 "
                                   "from bare SQL.")
                        .arg(q.code, c.code)
                        .arg(c.count)
                        .arg(expected));
            compared += c.count;
        }
    if (compared == 0)
        throw BenchError(
            QStringLiteral("The survey summary has no answer at all: the measure would mean nothing."));
}

} // namespace

void SummaryBench::run(int size, const QString& database, ResultTable& table) const
{
    SqliteConnection connection(database);
    const qint64 campaignId = SqliteConnection::scalar(
        connection.prepare(
            "SELECT campaign_id FROM survey_responses GROUP BY campaign_id ORDER BY count(*) DESC, "
            "campaign_id LIMIT 1"),
        {});
    const int year = int(SqliteConnection::scalar(
        connection.prepare("SELECT year FROM campaigns WHERE id = ?"), {campaignId}));
    if (campaignId <= 0 || year <= 0)
        throw BenchError(QStringLiteral("The demo database has no survey response."));

    auto context = BenchSession::open(database, m_clock);
    const auto campaign = context->campaigns().find(year);
    const auto questionnaire =
        campaign ? context->questionnaires().find(campaign->questionnaireId) : std::nullopt;
    if (!questionnaire)
        throw BenchError(QStringLiteral("The campaign of %1 or its questionnaire cannot be read.").arg(year));
    SummaryBaseline baseline(connection, year, campaignId, *questionnaire);

    const SurveySummaryService service(*context);
    SurveySummaryRequest request;
    request.year = year;
    auto summarize = [&] {
        QString error;
        const auto summary = service.summarize(request, &error);
        if (!summary)
            throw BenchError(QStringLiteral("summarize() failed: %1").arg(error));
        return *summary;
    };
    compare(summarize(), baseline.run()); // untimed: warms the caches too

    SummaryPdfWriter writer;
    writer.setIdentity(context->serviceIdentity());
    const QString pdf = m_dataset.scratchPath(QStringLiteral("summary.pdf"));

    Measurement summaryMs, bareMs, pdfMs;
    for (int i = 0; i < m_repeat; ++i) {
        bareMs.add(Measurement::time(1, [&] { baseline.run(); }));
        SurveySummary summary;
        const BenchTimer summaryTimer;
        summary = summarize();
        const double summaryOnly = summaryTimer.elapsedMs();
        summaryMs.add(summaryOnly);
        if (pdfMs.overBudget())
            continue;
        const BenchTimer pdfTimer;
        const QString error = writer.write(summary, pdf);
        if (!error.isEmpty())
            throw BenchError(QStringLiteral("The summary PDF was not written: %1").arg(error));
        pdfMs.add(summaryOnly + pdfTimer.elapsedMs());
        std::fprintf(stderr, "  summary PDF: %.0f ms\n", pdfTimer.elapsedMs());
    }
    QFile::remove(pdf);
    table.add({QStringLiteral("survey summary, all responses"), size, summaryMs.median(), bareMs.median(),
               QStringLiteral("ms"), ResultRow::Goal::Ratio, kSummaryGoal});
    table.add({QStringLiteral("summary PDF vs summary alone"), size, pdfMs.median(), summaryMs.median(),
               QStringLiteral("ms"), ResultRow::Goal::Ratio, kPdfGoal});
}

} // namespace parcours::bench
