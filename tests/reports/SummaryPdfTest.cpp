#include "PdfTools.h"
#include "SummaryFixture.h"
#include "SummaryPdfWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
// Where to keep the PDFs to look at them: PARCOURS_REPORTS_KEEP=/some/dir.
void keep(const QString& path, const QString& name)
{
    const QString dir = qEnvironmentVariable("PARCOURS_REPORTS_KEEP");
    if (!dir.isEmpty()) {
        QFile::remove(dir + QLatin1Char('/') + name);
        QFile::copy(path, dir + QLatin1Char('/') + name);
    }
}

// pdftotext breaks lines where the layout does: compare on single spaces.
QString flat(const QString& text)
{
    QString t = text;
    t.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    return t.simplified();
}
} // namespace

TEST_CASE("summary PDF holds the title, questions, figures and numbered footers", "[pdf]")
{
    if (!pdftools::available()) {
        WARN("qpdf or poppler-utils missing: run scripts/deps.sh");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("synthèse.pdf"));
    SummaryPdfWriter writer;
    ServiceIdentity identity;
    identity.serviceName = QStringLiteral("Relais Petite Enfance de la Meuse");
    writer.setIdentity(identity);
    const SurveySummary summary = sampleSummary();
    QList<QPair<int, int>> calls;
    const QString error = writer.write(summary, path, [&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(error == QString());
    keep(path, QStringLiteral("summary.pdf"));

    // One call per question (6), then per page, then the end.
    REQUIRE(calls.size() > 7);
    CHECK(calls[0] == qMakePair(1, 7));
    CHECK(calls[5] == qMakePair(6, 7));
    CHECK(calls.last() == qMakePair(7, 7));

    const auto check = pdftools::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);

    const QString text = flat(pdftools::text(path));
    INFO(text.left(3000).toStdString());
    CHECK(text.contains(flat(SummaryPdfWriter::tr("Annual survey %1 — summary").arg(2026))));
    CHECK(text.contains(QStringLiteral("Enquête annuelle des assistantes maternelles")));
    CHECK(text.contains(QStringLiteral("Êtes-vous satisfaite de l’accompagnement proposé par votre RPE ?")));
    // The full option label in the table, figures in French format.
    CHECK(text.contains(QStringLiteral("j’aimerais davantage de réunions le soir ou le samedi matin")));
    CHECK(text.contains(QStringLiteral("1 250")));
    CHECK(text.contains(QStringLiteral("62 %")));
    CHECK(text.contains(QStringLiteral("< 5")));
    CHECK(text.contains(QStringLiteral("RPE Vallée de l’Aire")));
    CHECK(text.contains(QStringLiteral("Gestes de premiers secours")));
    CHECK(text.contains(QStringLiteral("Relais Petite Enfance de la Meuse — Département de la Meuse")));
    CHECK(text.contains(QStringLiteral("29/11/2026")));
    // The mean of the number question, free texts, places at risk hidden
    // with the 3 people they are about.
    CHECK(text.contains(QStringLiteral("3,4")));
    CHECK(text.contains(QStringLiteral("Plus de réunions le soir, merci !")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("RPE Côte de Meuse < ?5 < ?5 12 40 30 95"))));
    CHECK(text.contains(QStringLiteral("11 34 32 110 71 235")));
    // Each text once: nothing drawn (even clipped away) on two pages.
    CHECK(text.count(QStringLiteral("Plus de réunions le soir, merci !")) == 1);
    CHECK(text.count(flat(SummaryPdfWriter::tr("Asked to %1 people, %2 answered.")
                              .arg(QStringLiteral("640"), QStringLiteral("12")))) == 1);
    CHECK_FALSE(text.contains(QChar(0xFB01))); // no "fi" ligature

    // "Page 1 / N" on every page, N the real count.
    const QRegularExpression footer(
        flat(SummaryPdfWriter::tr("Page %1 / %2 — %3"))
            .arg(QStringLiteral("(\\d+)"), QStringLiteral("(\\d+)"), QStringLiteral("29/11/2026")));
    auto it = footer.globalMatch(text);
    int footers = 0;
    int declared = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        ++footers;
        CHECK(m.captured(1).toInt() == footers);
        declared = m.captured(2).toInt();
    }
    const QTemporaryDir images;
    const auto pages = pdftools::pages(path, images.path(), 30);
    CHECK(pages.size() >= 5); // cover, key figures, 2 sections, places, wishes
    CHECK(footers == pages.size());
    CHECK(declared == pages.size());
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        // More than the footer alone: something was drawn on every page.
        CHECK(pdftools::nonWhitePixels(pages[i]) > pages[i].width() * pages[i].height() / 200);
    }
}

TEST_CASE("summary PDF of one relay shows exact small counts when not suppressed", "[pdf]")
{
    if (!pdftools::available()) {
        WARN("qpdf or poppler-utils missing: run scripts/deps.sh");
        return;
    }
    QTemporaryDir dir;
    SurveySummary summary = sampleSummary();
    summary.suppressSmallCells = false;
    summary.relayId = 2;
    summary.relayName = QStringLiteral("RPE Vallée de l’Aire");
    summary.reachByRelay.clear();
    summary.placesAtRisk.clear();
    summary.trainingWishes.clear();
    const QString path = dir.filePath(QStringLiteral("exact.pdf"));
    REQUIRE(SummaryPdfWriter().write(summary, path) == QString());
    const QString text = flat(pdftools::text(path));
    CHECK_FALSE(text.contains(QStringLiteral("< 5")));
    CHECK_FALSE(text.contains(QStringLiteral("<5")));
    // The cover names the relay instead of the whole campaign.
    CHECK(text.contains(QStringLiteral("RPE Vallée de l’Aire")));
    CHECK_FALSE(text.contains(flat(SummaryPdfWriter::tr("Whole campaign"))));
    CHECK(text.contains(QStringLiteral("3,0 %")));
}

TEST_CASE("cancelling the summary PDF leaves no file", "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("annulé.pdf"));
    const SurveySummary summary = sampleSummary(60);
    SECTION("while drawing the charts")
    {
        int calls = 0;
        const QString error = SummaryPdfWriter().write(summary, path, [&](int done, int total) {
            ++calls;
            CHECK(total == 67);
            return done < 30;
        });
        CHECK(calls == 30);
        CHECK(error == SummaryPdfWriter::tr("Creating the PDF was cancelled: no file was written."));
    }
    SECTION("while painting the pages")
    {
        int pagesPainted = 0;
        const QString error = SummaryPdfWriter().write(summary, path, [&](int done, int total) {
            if (done == total - 1)
                ++pagesPainted;
            return pagesPainted < 3;
        });
        CHECK(error == SummaryPdfWriter::tr("Creating the PDF was cancelled: no file was written."));
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("summary PDF pages are laid out and painted on a worker thread", "[pdf]")
{
    QTemporaryDir dir;
    const SurveySummary summary = sampleSummary(6);
    SummaryPdfWriter writer;
    SummaryHtml content;
    REQUIRE(writer.prepare(summary, content)); // the charts: GUI thread
    REQUIRE_FALSE(content.images.isEmpty());

    const QString path = dir.filePath(QStringLiteral("fil.pdf"));
    QString error = QStringLiteral("not run");
    bool offTheGuiThread = false;
    QThread* worker = QThread::create([&] {
        offTheGuiThread = QThread::currentThread() != QCoreApplication::instance()->thread();
        error = writer.render(std::move(content), summary, path);
    });
    worker->start();
    REQUIRE(worker->wait(120000));
    delete worker;
    CHECK(offTheGuiThread);
    REQUIRE(error.isEmpty());

    const QString sameOnOneThread = dir.filePath(QStringLiteral("direct.pdf"));
    REQUIRE(writer.write(summary, sameOnOneThread).isEmpty());
    const QString text = pdftools::text(path);
    CHECK(flat(text) == flat(pdftools::text(sameOnOneThread)));
    CHECK(text.contains(summary.questions.first().text.left(20)));
    for (const QImage& page : pdftools::pages(path, dir.path(), 30))
        CHECK(pdftools::nonWhitePixels(page) > 500);
}

TEST_CASE("summary PDF reports a folder it cannot write to", "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent/synthèse.pdf"));
    const QString error = SummaryPdfWriter().write(sampleSummary(), path);
    CHECK(error.contains(path));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("summary PDF keeps each question's heading, chart and table on one page", "[pdf]")
{
    if (!pdftools::available()) {
        WARN("qpdf or poppler-utils missing: run scripts/deps.sh");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("longue.pdf"));
    REQUIRE(SummaryPdfWriter().write(sampleSummary(14), path) == QString());
    const QString info = pdftools::run(QStringLiteral("pdfinfo"), {path}).output;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    const int pages = m.captured(1).toInt();
    const QRegularExpression heading(QStringLiteral("Question supplémentaire n° \\d+"));
    int headings = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdftools::run(QStringLiteral("pdftotext"),
                                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                            QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                            QString::number(page), path, QStringLiteral("-")})
                                 .output;
        const int onPage = int(text.count(heading));
        headings += onPage;
        INFO("page " << page << ": " << text.toStdString());
        // Each extra question's table ends with "Sans opinion": on its page.
        if (onPage > 0)
            CHECK(text.count(QStringLiteral("Sans opinion")) ==
                  onPage + (text.contains(QStringLiteral("Êtes-vous")) ? 1 : 0));
    }
    CHECK(headings == 14);
}
