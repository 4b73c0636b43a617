#include "SummaryHtml.h"

#include "RelayRowsCap.h"
#include "SurveyCharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <memory>

namespace parcours {

namespace {
// Chart images: drawn at 2x their CSS size so bars and labels stay sharp in
// print, small enough to keep a 60-question PDF at a few megabytes.
constexpr int kChartWidth = 620;
constexpr qreal kChartScale = 2.0;

const char* const kTable = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                           "style=\"border-collapse: collapse; border-color: #b0b0b0; margin-top: 6px;\">";
const char* const kHeadRow = "<tr style=\"background-color: #e8eef5; font-weight: bold;\">";

// QTextDocument lays a table out in time that grows with the square of its
// rows: a national summary's 2,800-relay table took a minute. Long tables
// are cut into tables of this many rows, each with the header repeated,
// which also keeps the header on every printed page.
constexpr int kRowsPerTable = 40;

QString chunkedTable(const QString& header, const QStringList& rows)
{
    QString h;
    for (qsizetype first = 0; first < rows.size() || first == 0; first += kRowsPerTable) {
        h += QLatin1String(kTable) + header;
        for (qsizetype i = first; i < qMin(rows.size(), first + kRowsPerTable); ++i)
            h += rows[i];
        h += QStringLiteral("</table>");
    }
    return h;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString th(const QString& text, const QString& attributes = QString())
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, esc(text));
}

QString td(const QString& text, bool number = false)
{
    return number ? QStringLiteral("<td align=\"right\">%1</td>").arg(esc(text))
                  : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString heading2(const QString& text, bool newPage)
{
    return QStringLiteral("<h2 style=\"font-size: 15pt; color: #1f4e79;%1\">%2</h2>")
        .arg(newPage ? QStringLiteral(" page-break-before: always;") : QString(), esc(text));
}

QString paragraph(const QString& text, const QString& style = QString())
{
    return QStringLiteral("<p%1>%2</p>")
        .arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style), esc(text));
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

class Builder
{
  public:
    Builder(const SurveySummary& summary, SummaryHtml& out) : s(summary), m_out(out) {}

    QString count(int n) const { return displayCount(n, s.suppressSmallCells); }
    QString percent(int n, int total) const { return displayPercent(n, total, s.suppressSmallCells); }
    bool hidden(int n) const { return s.suppressSmallCells && isSmallCell(n); }

    QString chart(QChart* raw, int bars)
    {
        std::unique_ptr<QChart> chart(raw);
        if (!chart)
            return QString();
        const QSize size(kChartWidth, suggestedChartHeight(bars));
        const QUrl url(QStringLiteral("chart:%1").arg(m_out.images.size() + 1));
        m_out.images.append({url, renderChart(chart.get(), size, kChartScale)});
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
            .arg(url.toString())
            .arg(size.width())
            .arg(size.height());
    }

    QString cover(const ServiceIdentity& identity) const
    {
        const QString scope =
            s.relayId == 0 ? QCoreApplication::translate("SummaryPdfWriter", "Whole campaign") : s.relayName;
        QString h = QStringLiteral("<div align=\"center\">");
        h += QStringLiteral("<p style=\"margin-top: 260px; font-size: 12pt; color: #555555;\">%1<br>%2</p>")
                 .arg(esc(identity.serviceName), esc(identity.departement));
        h += QStringLiteral(
                 "<p style=\"margin-top: 60px; font-size: 26pt; font-weight: bold; color: #1f4e79;\">"
                 "%1</p>")
                 .arg(esc(QCoreApplication::translate("SummaryPdfWriter", "Annual survey %1 — summary")
                              .arg(s.year)));
        h += paragraph(scope, QStringLiteral("margin-top: 24px; font-size: 16pt;"));
        h += paragraph(QCoreApplication::translate("SummaryPdfWriter", "Questionnaire: %1 (version %2)")
                           .arg(s.questionnaireName)
                           .arg(s.questionnaireVersion),
                       QStringLiteral("margin-top: 40px; font-size: 11pt;"));
        h += paragraph(QCoreApplication::translate("SummaryPdfWriter", "Generated on %1")
                           .arg(s.generatedAt.date().toString(QStringLiteral("dd/MM/yyyy"))),
                       QStringLiteral("font-size: 11pt;"));
        if (s.suppressSmallCells)
            h += paragraph(
                QCoreApplication::translate(
                    "SummaryPdfWriter",
                    "To protect the people who answered, any figure about 1 to 4 people is shown as "
                    "“< 5”."),
                QStringLiteral("margin-top: 200px; font-size: 9pt; color: #555555;"));
        h += QStringLiteral("</div>");
        return h;
    }

    QString keyFigures()
    {
        const auto& r = s.reach;
        QString h = heading2(QCoreApplication::translate("SummaryPdfWriter", "Key figures"), true);
        h += QLatin1String(kTable);
        h +=
            QLatin1String(kHeadRow) + th(QString()) +
            th(QCoreApplication::translate("SummaryPdfWriter", "People"), QStringLiteral("align=\"right\"")) +
            th(QCoreApplication::translate("SummaryPdfWriter", "Share of people in scope"),
               QStringLiteral("align=\"right\"")) +
            QStringLiteral("</tr>");
        const QList<QPair<QString, int>> rows = {
            {QCoreApplication::translate("SummaryPdfWriter", "People in scope"), r.inScope},
            {QCoreApplication::translate("SummaryPdfWriter", "Contacted"), r.contacted},
            {QCoreApplication::translate("SummaryPdfWriter", "Responded"), r.responded},
            {QCoreApplication::translate("SummaryPdfWriter", "Refused"), r.refused},
            {QCoreApplication::translate("SummaryPdfWriter", "Unreachable"), r.unreachable},
        };
        for (const auto& [label, n] : rows)
            h += QStringLiteral("<tr>") + td(label) + td(count(n), true) + td(percent(n, r.inScope), true) +
                 QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
        h += paragraph(
            QCoreApplication::translate("SummaryPdfWriter", "Response rate among people contacted: %1")
                .arg(percent(r.responded, r.contacted)),
            QStringLiteral("margin-top: 8px;"));
        h += chart(buildReachChart(r, s.suppressSmallCells), 5);
        return h;
    }

    QString reachByRelay() const
    {
        QString h = QStringLiteral("<h3 style=\"font-size: 12pt; margin-top: 16px;\">%1</h3>")
                        .arg(esc(QCoreApplication::translate("SummaryPdfWriter", "Reach per relay (RPE)")));
        const QString right = QStringLiteral("align=\"right\"");
        const QString header = QLatin1String(kHeadRow) +
                               th(QCoreApplication::translate("SummaryPdfWriter", "RPE")) +
                               th(QCoreApplication::translate("SummaryPdfWriter", "In scope"), right) +
                               th(QCoreApplication::translate("SummaryPdfWriter", "Contacted"), right) +
                               th(QCoreApplication::translate("SummaryPdfWriter", "Responded"), right) +
                               th(QCoreApplication::translate("SummaryPdfWriter", "Response rate"), right) +
                               QStringLiteral("</tr>");
        QStringList rows;
        for (const auto& r : s.reachByRelay)
            rows += QStringLiteral("<tr>") +
                    td(r.relayName.isEmpty() ? QCoreApplication::translate("SummaryPdfWriter", "No relay")
                                             : r.relayName) +
                    td(count(r.inScope), true) + td(count(r.contacted), true) + td(count(r.responded), true) +
                    td(percent(r.responded, r.inScope), true) + QStringLiteral("</tr>");
        return h + chunkedTable(header, rows);
    }

    QString question(const QuestionSummary& q)
    {
        QString h =
            QStringLiteral("<h3 style=\"font-size: 11.5pt; margin-top: 18px;\">%1</h3>").arg(esc(q.text));
        h += paragraph(QCoreApplication::translate("SummaryPdfWriter", "Asked to %1 people, %2 answered.")
                           .arg(count(q.asked), count(q.answered)),
                       QStringLiteral("font-size: 9pt; color: #555555;"));
        if (hasQuestionChart(q)) {
            h += chart(buildQuestionChart(q, s.suppressSmallCells), int(q.counts.size()));
            h += answersTable(q);
        }
        if ((q.type == QuestionType::Number || q.type == QuestionType::Scale1To5) && q.mean) {
            if (hidden(q.answered))
                h += paragraph(QCoreApplication::translate("SummaryPdfWriter",
                                                           "Too few answers to publish an average."));
            else if (q.type == QuestionType::Scale1To5)
                h += paragraph(QCoreApplication::translate("SummaryPdfWriter", "Average score: %1 out of 5.")
                                   .arg(QLocale().toString(*q.mean, 'f', 1)));
            else
                h += paragraph(QCoreApplication::translate("SummaryPdfWriter", "Average: %1 — minimum: %2 — "
                                                                               "maximum: %3.")
                                   .arg(QLocale().toString(*q.mean, 'f', 1), number(q.minimum.value_or(0)),
                                        number(q.maximum.value_or(0))));
        }
        if (!q.freeTexts.isEmpty()) {
            h += QStringLiteral("<ul style=\"font-size: 9pt;\">");
            for (const auto& text : q.freeTexts)
                h += QStringLiteral("<li>%1</li>").arg(esc(text));
            h += QStringLiteral("</ul>");
            if (q.freeTextCount > q.freeTexts.size())
                h += paragraph(QCoreApplication::translate(
                                   "SummaryPdfWriter", "%1 written answers in all; the first %2 are shown.")
                                   .arg(count(q.freeTextCount))
                                   .arg(q.freeTexts.size()),
                               QStringLiteral("font-size: 8.5pt; color: #555555;"));
        }
        return h;
    }

    QString answersTable(const QuestionSummary& q) const
    {
        const QString right = QStringLiteral("align=\"right\" width=\"15%\"");
        QString h = QLatin1String(kTable);
        h += QLatin1String(kHeadRow) + th(QCoreApplication::translate("SummaryPdfWriter", "Answer")) +
             th(QCoreApplication::translate("SummaryPdfWriter", "People"), right) +
             th(QStringLiteral("%"), right) + QStringLiteral("</tr>");
        for (const auto& c : q.counts)
            h += QStringLiteral("<tr>") + td(c.label.isEmpty() ? c.code : c.label) +
                 td(count(c.count), true) + td(percent(c.count, q.answered), true) + QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
        return h;
    }

    QString placesAtRisk()
    {
        QString h =
            heading2(QCoreApplication::translate("SummaryPdfWriter", "Places at risk per relay (RPE)"), true);
        h += paragraph(QCoreApplication::translate(
            "SummaryPdfWriter",
            "Childminders who plan to stop within 1, 3 or 5 years and the places of their "
            "agrément. The figures add up: “within 3 years” includes “within 1 year”."));
        const QString right = QStringLiteral("align=\"right\"");
        QString header = QLatin1String(kHeadRow) + th(QCoreApplication::translate("SummaryPdfWriter", "RPE"),
                                                      QStringLiteral("rowspan=\"2\""));
        for (const auto* within : {QT_TRANSLATE_NOOP("SummaryPdfWriter", "Within 1 year"),
                                   QT_TRANSLATE_NOOP("SummaryPdfWriter", "Within 3 years"),
                                   QT_TRANSLATE_NOOP("SummaryPdfWriter", "Within 5 years")})
            header += th(QCoreApplication::translate("SummaryPdfWriter", within),
                         QStringLiteral("colspan=\"2\" align=\"center\""));
        header += QStringLiteral("</tr>") + QLatin1String(kHeadRow);
        for (int i = 0; i < 3; ++i)
            header += th(QCoreApplication::translate("SummaryPdfWriter", "People"), right) +
                      th(QCoreApplication::translate("SummaryPdfWriter", "Places"), right);
        header += QStringLiteral("</tr>");
        QStringList rows;
        // Places are about the people counted beside them: hidden with them.
        auto cells = [&](int people, int places) {
            return td(count(people), true) +
                   td(displayFigureAbout(places, people, s.suppressSmallCells), true);
        };
        for (const auto& r : s.placesAtRisk) {
            const bool total = r.relayId == 0;
            rows += (total ? QStringLiteral("<tr style=\"font-weight: bold; background-color: #f3f3f3;\">")
                           : QStringLiteral("<tr>")) +
                    td(total ? QCoreApplication::translate("SummaryPdfWriter", "Total") : r.relayName) +
                    cells(r.peopleWithin1, r.placesWithin1) + cells(r.peopleWithin3, r.placesWithin3) +
                    cells(r.peopleWithin5, r.placesWithin5) + QStringLiteral("</tr>");
        }
        h += chunkedTable(header, rows);
        int relays = 0;
        for (const auto& r : s.placesAtRisk)
            relays += r.relayId != 0 ? 1 : 0;
        if (relays > kMaxPlacesAtRiskBars) {
            relays = kMaxPlacesAtRiskBars;
            h +=
                paragraph(QCoreApplication::translate(
                              "SummaryPdfWriter", "The chart shows the %1 RPEs with the most places at risk.")
                              .arg(relays),
                          QStringLiteral("margin-top: 8px;"));
        }
        h += chart(buildPlacesAtRiskChart(s.placesAtRisk, s.suppressSmallCells), relays * 3 / 2 + 1);
        return h;
    }

    QString trainingWishes() const
    {
        QString h = heading2(
            QCoreApplication::translate("SummaryPdfWriter", "Training wishes per relay (RPE)"), true);
        h += paragraph(QCoreApplication::translate(
            "SummaryPdfWriter", "Themes ranked by the number of childminders who chose them — "
                                "ready to send to the training organisations."));
        if (s.trainingWishes.size() > kMaxRelaySections)
            return h + trainingWishesCompact();
        const QString right = QStringLiteral("align=\"right\" width=\"15%\"");
        for (const auto& w : s.trainingWishes) {
            h += QStringLiteral("<h3 style=\"font-size: 12pt; margin-top: 14px;\">%1</h3>")
                     .arg(esc(w.relayName.isEmpty()
                                  ? QCoreApplication::translate("SummaryPdfWriter", "No relay")
                                  : w.relayName));
            h += paragraph(
                QCoreApplication::translate("SummaryPdfWriter", "%1 respondents asked about themes.")
                    .arg(count(w.respondents)),
                QStringLiteral("font-size: 9pt; color: #555555;"));
            if (w.themes.isEmpty()) {
                h +=
                    paragraph(QCoreApplication::translate("SummaryPdfWriter", "No training wish expressed."));
                continue;
            }
            h += QLatin1String(kTable);
            h += QLatin1String(kHeadRow) +
                 th(QCoreApplication::translate("SummaryPdfWriter", "Rank"), QStringLiteral("width=\"8%\"")) +
                 th(QCoreApplication::translate("SummaryPdfWriter", "Theme")) +
                 th(QCoreApplication::translate("SummaryPdfWriter", "People"), right) +
                 th(QStringLiteral("%"), right) + QStringLiteral("</tr>");
            int rank = 0;
            for (const auto& t : w.themes)
                h += QStringLiteral("<tr>") + td(QString::number(++rank)) + td(t.label) +
                     td(count(t.count), true) + td(percent(t.count, w.respondents), true) +
                     QStringLiteral("</tr>");
            h += QStringLiteral("</table>");
        }
        return h;
    }

    // A region or the whole country has thousands of relays: a section each
    // would fill hundreds of pages (and QTextDocument slows down with every
    // table). One row per relay with its three most wanted themes instead.
    QString trainingWishesCompact() const
    {
        const QString right = QStringLiteral("align=\"right\"");
        const QString header =
            QLatin1String(kHeadRow) + th(QCoreApplication::translate("SummaryPdfWriter", "RPE")) +
            th(QCoreApplication::translate("SummaryPdfWriter", "Respondents"), right) +
            th(QCoreApplication::translate("SummaryPdfWriter", "1st theme")) +
            th(QCoreApplication::translate("SummaryPdfWriter", "2nd theme")) +
            th(QCoreApplication::translate("SummaryPdfWriter", "3rd theme")) + QStringLiteral("</tr>");
        QStringList rows;
        for (const auto& w : s.trainingWishes) {
            QString row =
                QStringLiteral("<tr>") +
                td(w.relayName.isEmpty() ? QCoreApplication::translate("SummaryPdfWriter", "No relay")
                                         : w.relayName) +
                td(count(w.respondents), true);
            for (int rank = 0; rank < 3; ++rank)
                row += rank < w.themes.size()
                           ? td(QCoreApplication::translate("SummaryPdfWriter", "%1 (%2)")
                                    .arg(w.themes[rank].label, count(w.themes[rank].count)))
                           : td(QString());
            rows += row + QStringLiteral("</tr>");
        }
        return chunkedTable(header, rows);
    }

    // Above this many relays, per-relay sections become one table.
    static constexpr int kMaxRelaySections = 30;

  private:
    const SurveySummary& s;
    SummaryHtml& m_out;
};
} // namespace

bool buildSummaryHtml(const SurveySummary& summary, const ServiceIdentity& identity, SummaryHtml& out,
                      const std::function<bool(int)>& questionDone)
{
    // On paper, the 100 largest relays and one line for the others.
    const SurveySummary printed = capRelayRows(summary, 100);
    Builder b(printed, out);
    QString h = QStringLiteral("<html><body>");
    h += b.cover(identity);
    h += b.keyFigures();
    QString section;
    bool first = true;
    for (int i = 0; i < summary.questions.size(); ++i) {
        const auto& q = summary.questions[i];
        if (first || q.sectionTitle != section) {
            section = q.sectionTitle;
            h += heading2(section.isEmpty() ? QCoreApplication::translate("SummaryPdfWriter", "Answers")
                                            : section,
                          true);
            first = false;
        }
        h += b.question(q);
        if (questionDone && !questionDone(i))
            return false;
    }
    out.html = h;
    QString annex;
    if (!summary.reachByRelay.isEmpty())
        annex += heading2(QCoreApplication::translate("SummaryPdfWriter", "Per relay (RPE)"), true) +
                 b.reachByRelay();
    if (!summary.placesAtRisk.isEmpty())
        annex += b.placesAtRisk();
    if (!summary.trainingWishes.isEmpty())
        annex += b.trainingWishes();
    out.annexHtml = annex + QStringLiteral("</body></html>");
    return true;
}

} // namespace parcours
