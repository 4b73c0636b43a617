#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QPdfWriter;
class QTextDocument;
QT_END_NAMESPACE

namespace parcours::pdf {

// What every PDF of ours shares: A4 at 300 dpi, our own margins, a font that
// exists (without one Qt writes pages with no text), and a footer painted by
// hand since QTextDocument::print() cannot number pages "n / N".

constexpr int kResolution = 300;

// A4 portrait, 300 dpi, no margin of the writer's own: we place everything.
void setUpA4(QPdfWriter& writer);
// Where the text goes, in device pixels (the page minus our margins).
QRectF contentRect(const QPdfWriter& writer);
// DejaVu Sans when installed, else the default sans serif.
QString fontFamily();
QFont font(qreal points, bool bold = false);
// Lays the document out at the writer's resolution, paginated to contentRect.
void prepare(QTextDocument& doc, QPdfWriter& writer);
// The index (among headings of `level`, in document order) of the first
// heading whose section a page break cuts although it would fit on one page,
// or that sits at the foot of a page; -1 when there is none. QTextDocument
// knows no "page-break-inside: avoid": the caller adds a page break before
// that heading and lays the document out again.
int firstSplitHeading(QTextDocument& doc, int level);
// Paints page `page` (from 0) of a prepared document at the content rect.
void drawPage(QPainter& painter, QTextDocument& doc, int page, const QRectF& content);
// A thin rule and one line under the content: `left` and `right` ends.
void drawFooter(QPainter& painter, const QPdfWriter& writer, const QString& left, const QString& right);

} // namespace parcours::pdf
