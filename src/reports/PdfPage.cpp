#include "PdfPage.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <cmath>

namespace parcours::pdf {

namespace {
// Margins in millimetres: the bottom one holds the footer.
constexpr qreal kLeft = 18, kTop = 16, kRight = 18, kBottom = 22;
constexpr qreal kFooterFromBottom = 12;

qreal mm(const QPdfWriter& writer, qreal millimetres)
{
    return millimetres * writer.resolution() / 25.4;
}
} // namespace

void setUpA4(QPdfWriter& writer)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setCreator(QStringLiteral("Parcours Pro"));
}

QRectF contentRect(const QPdfWriter& writer)
{
    const QRectF page(0, 0, writer.width(), writer.height());
    return page.adjusted(mm(writer, kLeft), mm(writer, kTop), -mm(writer, kRight), -mm(writer, kBottom));
}

QString fontFamily()
{
    static const QString family = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
                                      ? QStringLiteral("DejaVu Sans")
                                      : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    return family;
}

QFont font(qreal points, bool bold)
{
    QFont f(fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    // No "fi"/"ff" ligatures: text copied or searched in the PDF stays plain.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void prepare(QTextDocument& doc, QPdfWriter& writer)
{
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(font(10));
    doc.setDocumentMargin(0);
    doc.setPageSize(contentRect(writer).size());
}

int firstSplitHeading(QTextDocument& doc, int level)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return -1;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const qreal docEnd = layout->documentSize().height(); // lays the whole document out
    auto headingOf = [](const QTextBlock& b) { return b.blockFormat().headingLevel(); };
    int index = -1;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (headingOf(block) != level)
            continue;
        ++index;
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && headingOf(next) == 0)
            next = next.next();
        const qreal top = layout->blockBoundingRect(block).top();
        qreal end = next.isValid() ? layout->blockBoundingRect(next).top() : docEnd;
        // Before a heading that starts a new page, what comes before ends with
        // its last block, not at that heading (the page break leaves a gap).
        if (next.isValid() && next.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            end = qMin(end, layout->blockBoundingRect(next.previous()).bottom());
        const int firstPage = int(top / pageHeight);
        const int lastPage = int((end - 1) / pageHeight);
        if (firstPage == lastPage)
            continue;
        const qreal room = (firstPage + 1) * pageHeight - top;
        if (end - top <= pageHeight || room < pageHeight / 4)
            return index;
    }
    return -1;
}

void drawPage(QPainter& painter, QTextDocument& doc, int page, const QRectF& content)
{
    const qreal height = doc.pageSize().height();
    painter.save();
    painter.translate(content.left(), content.top() - page * height);
    // A line that starts right on a page boundary belongs to the next page:
    // keep it (and its text, which a clip would hide but not remove) off this one.
    const QRectF clip(0, page * height + 1, content.width(), height - 2);
    doc.drawContents(&painter, clip);
    painter.restore();
}

void drawFooter(QPainter& painter, const QPdfWriter& writer, const QString& left, const QString& right)
{
    const QRectF content = contentRect(writer);
    const qreal baseline = writer.height() - mm(writer, kFooterFromBottom);
    painter.save();
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), mm(writer, 0.2)));
    const qreal ruleY = content.bottom() + mm(writer, 4);
    painter.drawLine(QPointF(content.left(), ruleY), QPointF(content.right(), ruleY));
    painter.setFont(font(8));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF line(content.left(), baseline - mm(writer, 4), content.width(), mm(writer, 5));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

} // namespace parcours::pdf
