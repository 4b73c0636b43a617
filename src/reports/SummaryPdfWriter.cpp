#include "SummaryPdfWriter.h"

#include "PdfPage.h"
#include "SummaryHtml.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace parcours {

namespace {
// The HTML with a page break before the h3 headings at `indexes` (counted in
// document order, as the layout sees them).
QString withPageBreakBefore(const QString& html, const QList<int>& indexes)
{
    static const QString heading = QStringLiteral("<h3 style=\"");
    QString out;
    qsizetype from = 0;
    int index = 0;
    for (qsizetype at = html.indexOf(heading); at >= 0; at = html.indexOf(heading, at + 1), ++index) {
        if (!indexes.contains(index))
            continue;
        out += html.mid(from, at + heading.size() - from) + QStringLiteral("page-break-before: always; ");
        from = at + heading.size();
    }
    return out + html.mid(from);
}
} // namespace

QString SummaryPdfWriter::write(const SurveySummary& summary, const QString& path,
                                const Progress& progress) const
{
    SummaryHtml content;
    if (!prepare(summary, content, progress))
        return tr("Creating the PDF was cancelled: no file was written.");
    return render(std::move(content), summary, path, progress);
}

bool SummaryPdfWriter::prepare(const SurveySummary& summary, SummaryHtml& content,
                               const Progress& progress) const
{
    // Charts first: the part tied to the GUI thread, and nothing is opened yet if it is cancelled.
    const int total = int(summary.questions.size()) + 1;
    return buildSummaryHtml(summary, m_identity, content,
                            [&](int i) { return !progress || progress(i + 1, total); });
}

QString SummaryPdfWriter::render(SummaryHtml content, const SurveySummary& summary, const QString& path,
                                 const Progress& progress) const
{
    const QString cancelled = tr("Creating the PDF was cancelled: no file was written.");
    const int total = int(summary.questions.size()) + 1;
    // Declared before the writer, so the writer (which flushes into it) goes first.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the PDF “%1”: %2. Choose another folder or file name.")
            .arg(path, file.errorString());
    QPdfWriter writer(&file);
    pdf::setUpA4(writer);
    writer.setTitle(tr("Annual survey %1 — summary").arg(summary.year));

    QTextDocument doc;
    pdf::prepare(doc, writer);
    for (const auto& [url, image] : content.images)
        doc.addResource(QTextDocument::ImageResource, url, image);
    content.images.clear(); // the document holds them now
    // Keep each question (heading, chart, table) on one page when it fits:
    // break before the first one cut, lay out again, until none is. Only the
    // questions are laid out again; the per-RPE tables, which may hold
    // thousands of rows, come after them and are laid out once.
    const QString close = QStringLiteral("</body></html>");
    doc.setHtml(content.html + close);
    QList<int> breaks;
    for (int split = pdf::firstSplitHeading(doc, 3); split >= 0 && !breaks.contains(split);
         split = pdf::firstSplitHeading(doc, 3)) {
        breaks.append(split);
        doc.setHtml(withPageBreakBefore(content.html, breaks) + close);
        if (progress && !progress(total - 1, total))
            return cancelled;
    }
    doc.setHtml(withPageBreakBefore(content.html, breaks) + content.annexHtml);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return tr("Cannot create the PDF “%1”. Check the disk space and try again.").arg(path);
    }
    const QString footerLeft = m_identity.serviceName + QStringLiteral(" — ") + m_identity.departement;
    const QString date = summary.generatedAt.date().toString(QStringLiteral("dd/MM/yyyy"));
    const QRectF content_ = pdf::contentRect(writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        pdf::drawPage(painter, doc, page, content_);
        pdf::drawFooter(painter, writer, footerLeft,
                        tr("Page %1 / %2 — %3").arg(page + 1).arg(pages).arg(date));
        if (progress && !progress(total - 1, total)) {
            painter.end();
            file.cancelWriting();
            return cancelled;
        }
    }
    painter.end();
    if (progress)
        progress(total, total);
    if (!file.commit())
        return tr("Cannot save the PDF “%1”: %2. Check the disk space and try again.")
            .arg(path, file.errorString());
    return QString();
}

} // namespace parcours
