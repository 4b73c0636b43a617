#include "PersonFilePdf.h"

#include "PdfPage.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace parcours {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString frenchDate(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"32%\"><b>") + esc(label) + QStringLiteral("</b></td><td>") +
           esc(value) + QStringLiteral("</td></tr>");
}

QString cells(const QStringList& values, bool header = false)
{
    const QString open = header ? QStringLiteral("<th align=\"left\">") : QStringLiteral("<td>");
    const QString close = header ? QStringLiteral("</th>") : QStringLiteral("</td>");
    QString out = QStringLiteral("<tr>");
    for (const auto& v : values)
        out += open + esc(v) + close;
    return out + QStringLiteral("</tr>");
}

// French section titles of the raw tables of an access answer.
QString tableTitle(const QString& table)
{
    static const struct
    {
        const char* table;
        const char* title;
    } kTitles[] = {
        {"childminders", QT_TRANSLATE_NOOP("PersonFilePdf", "Register record")},
        {"approvals", QT_TRANSLATE_NOOP("PersonFilePdf", "Agréments")},
        {"approval_events", QT_TRANSLATE_NOOP("PersonFilePdf", "Agrément events")},
        {"mam_members", QT_TRANSLATE_NOOP("PersonFilePdf", "MAM membership")},
        {"contacts", QT_TRANSLATE_NOOP("PersonFilePdf", "Contacts")},
        {"campaign_people", QT_TRANSLATE_NOOP("PersonFilePdf", "Annual survey campaigns")},
        {"campaign_invitations", QT_TRANSLATE_NOOP("PersonFilePdf", "Survey invitations and reminders")},
        {"survey_responses", QT_TRANSLATE_NOOP("PersonFilePdf", "Survey responses")},
        {"survey_answers", QT_TRANSLATE_NOOP("PersonFilePdf", "Survey answers")},
        {"enrolments", QT_TRANSLATE_NOOP("PersonFilePdf", "Training enrolments")},
        {"qualifications", QT_TRANSLATE_NOOP("PersonFilePdf", "Qualifications")},
        {"career_events", QT_TRANSLATE_NOOP("PersonFilePdf", "Career events")},
        {"immersions", QT_TRANSLATE_NOOP("PersonFilePdf", "Immersions (PMSMP)")},
        {"activity_attendance", QT_TRANSLATE_NOOP("PersonFilePdf", "Collective activities attended")},
        {"prospects", QT_TRANSLATE_NOOP("PersonFilePdf", "Prospect record")},
        {"prospect_stages", QT_TRANSLATE_NOOP("PersonFilePdf", "Prospect stages")},
        {"audit_log", QT_TRANSLATE_NOOP("PersonFilePdf", "Audit trail (changes and exports)")},
    };
    for (const auto& t : kTitles)
        if (table == QLatin1String(t.table))
            return PersonFilePdf::tr(t.title);
    return table;
}

QString cellText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

const QString kTable =
    QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                   "style=\"border-collapse: collapse; border-color: #999\">");
} // namespace

QString PersonFilePdf::html(const PersonFile& f) const
{
    QString h = QStringLiteral("<html><body style=\"font-size: 9.5pt\">");
    // Service header.
    QStringList service = {m_identity.serviceName, m_identity.departement};
    service += m_identity.addressLines;
    service << (m_identity.postalCode + QLatin1Char(' ') + m_identity.city).trimmed();
    QStringList kept;
    for (const auto& s : service)
        if (!s.trimmed().isEmpty())
            kept << esc(s.trimmed());
    h += QStringLiteral("<p style=\"color: #444\">") + kept.join(QStringLiteral("<br>")) +
         QStringLiteral("</p>");
    h +=
        QStringLiteral("<h1>") + esc(tr("Childminder file: %1").arg(f.displayName)) + QStringLiteral("</h1>");
    h += QStringLiteral("<p>") + esc(tr("Printed on %1").arg(frenchDate(f.generatedOn))) +
         QStringLiteral("</p>");

    h += QStringLiteral("<h2>") + esc(tr("Identity")) + QStringLiteral("</h2><table width=\"100%\">");
    h += row(tr("Name"), f.displayName);
    if (!f.birthName.isEmpty())
        h += row(tr("Birth name"), f.birthName);
    if (f.birthDate.isValid())
        h += row(tr("Date of birth"), frenchDate(f.birthDate));
    h +=
        row(tr("Address"), QStringList{f.address, (f.postalCode + QLatin1Char(' ') + f.communeName).trimmed()}
                               .join(QStringLiteral(", "))
                               .trimmed());
    if (!f.phone.isEmpty())
        h += row(tr("Phone"), f.phone);
    if (!f.email.isEmpty())
        h += row(tr("Email"), f.email);
    h += row(tr("Status"), f.statusLabel);
    h += row(tr("RPE"), f.relayName.isEmpty() ? tr("None") : f.relayName);
    h += row(tr("MAM"), f.mamName.isEmpty() ? tr("None") : f.mamName);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>") + esc(tr("Current agrément")) + QStringLiteral("</h2>");
    if (!f.hasApproval) {
        h += QStringLiteral("<p>") + esc(tr("No agrément recorded.")) + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<table width=\"100%\">");
        h += row(tr("Number"), f.approvalNumber);
        h +=
            row(tr("Valid"), tr("from %1 to %2").arg(frenchDate(f.approvalStart), frenchDate(f.approvalEnd)));
        h += row(tr("Places"), QString::number(f.places));
        h += row(tr("Place of practice"), f.placeOfPracticeLabel);
        h += row(tr("State"), f.approvalStatusLabel);
        h += QStringLiteral("</table>");
    }

    const auto lineTable = [&](const QString& title, const QList<PersonFileLine>& lines) {
        if (lines.isEmpty())
            return;
        h += QStringLiteral("<h2>") + esc(title) + QStringLiteral("</h2>") + kTable;
        h += cells({tr("Item"), tr("Where she stands"), tr("State")}, true);
        for (const auto& l : lines)
            h += cells({l.label, l.value, l.state});
        h += QStringLiteral("</table>");
    };
    lineTable(tr("Obligations"), f.obligations);
    lineTable(tr("Renewal file checklist"), f.checklist);

    h += QStringLiteral("<h2>") + esc(tr("Timeline")) + QStringLiteral("</h2>");
    if (f.timeline.isEmpty()) {
        h += QStringLiteral("<p>") + esc(tr("Nothing recorded yet.")) + QStringLiteral("</p>");
    } else {
        h += kTable + cells({tr("Date"), tr("Category"), tr("Event"), tr("Detail")}, true);
        for (const auto& e : f.timeline)
            h += cells({frenchDate(e.date), timelineCategoryLabel(e.category), e.title, e.detail});
        h += QStringLiteral("</table>");
    }
    if (!f.records.isEmpty())
        h += recordsHtml(f.records);
    return h + QStringLiteral("</body></html>");
}

QString PersonFilePdf::recordsHtml(const QList<PersonalRecordTable>& tables) const
{
    // Narrow tables read best as tables; wide ones (the register row has 28
    // columns) as "column: value" pairs, two pairs a line, one block per row,
    // so nothing is squeezed off the page.
    constexpr int kMaxTableColumns = 6;
    QString h = QStringLiteral("<h1 style=\"page-break-before: always\">") + esc(tr("All recorded data")) +
                QStringLiteral("</h1><p>") +
                esc(tr("Every record the service holds about this person, table by table, as stored "
                       "(right of access, RGPD article 15).")) +
                QStringLiteral("</p>");
    for (const auto& t : tables) {
        h += QStringLiteral("<h2>") + esc(tableTitle(t.table)) + QStringLiteral(" (") +
             QString::number(t.rows.size()) + QStringLiteral(")</h2>");
        if (t.rows.isEmpty()) {
            h += QStringLiteral("<p>") + esc(tr("Nothing recorded.")) + QStringLiteral("</p>");
            continue;
        }
        if (t.columns.size() <= kMaxTableColumns || t.table == QLatin1String("audit_log")) {
            h += kTable + cells(t.columns, true);
            for (const auto& r : t.rows) {
                QStringList values;
                for (const auto& v : r)
                    values << cellText(v);
                h += cells(values);
            }
            h += QStringLiteral("</table>");
            continue;
        }
        for (int i = 0; i < t.rows.size(); ++i) {
            const QVariantList& r = t.rows.at(i);
            // The "Record n" line is the table's first row, so a page break
            // never leaves it alone at the foot of a page.
            h += kTable + QStringLiteral("<tr><td colspan=\"4\" style=\"background-color: #eeeeee\"><b>") +
                 esc(tr("Record %1").arg(i + 1)) + QStringLiteral("</b></td></tr>");
            const auto pair = [&](int c) -> QString {
                if (c >= t.columns.size())
                    return QStringLiteral("<td></td><td></td>");
                return QStringLiteral("<td width=\"23%\" style=\"color: #444; font-size: 8pt\">") +
                       esc(t.columns.at(c)) + QStringLiteral("</td><td width=\"27%\">") +
                       esc(cellText(r.value(c))) + QStringLiteral("</td>");
            };
            for (int c = 0; c < t.columns.size(); c += 2)
                h += QStringLiteral("<tr>") + pair(c) + pair(c + 1) + QStringLiteral("</tr>");
            h += QStringLiteral("</table><p style=\"font-size: 4pt\"> </p>");
        }
    }
    return h;
}

QString PersonFilePdf::write(const PersonFile& f, const QString& path) const
{
    // Declared before the writer, so the writer (which flushes into it) goes first.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the PDF “%1”: %2. Choose another folder or file name.")
            .arg(path, file.errorString());
    QPdfWriter writer(&file);
    pdf::setUpA4(writer);
    writer.setTitle(tr("Childminder file: %1").arg(f.displayName));

    QTextDocument doc;
    pdf::prepare(doc, writer);
    // Raw values (keys, JSON, e-mail addresses) may have no space to break at.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(wrap);
    doc.setHtml(html(f));
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return tr("Cannot create the PDF “%1”. Check the disk space and try again.").arg(path);
    }
    const QString footerLeft = m_identity.serviceName + QStringLiteral(" — ") + f.displayName;
    const QRectF content = pdf::contentRect(writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        pdf::drawPage(painter, doc, page, content);
        pdf::drawFooter(painter, writer, footerLeft,
                        tr("Page %1 / %2 — %3").arg(page + 1).arg(pages).arg(frenchDate(f.generatedOn)));
    }
    painter.end();
    if (!file.commit())
        return tr("Cannot save the PDF “%1”: %2. Check the disk space and try again.")
            .arg(path, file.errorString());
    return QString();
}

} // namespace parcours
