#include "InvitationLettersPdf.h"

#include "PdfPage.h"
#include "SurveyPrivacyNotice.h"

#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace parcours {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString lines(const QStringList& parts)
{
    QStringList escaped;
    for (const auto& p : parts)
        if (!p.trimmed().isEmpty())
            escaped.append(esc(p.trimmed()));
    return escaped.join(QStringLiteral("<br>"));
}

QString joined(const QString& a, const QString& b)
{
    return (a.trimmed() + QLatin1Char(' ') + b.trimmed()).trimmed();
}
} // namespace

QString InvitationLettersPdf::placeAndDate() const
{
    const QDate date = m_date.isValid() ? m_date : QDate::currentDate();
    const QLocale locale;
    QString day = locale.toString(date, QStringLiteral("d MMMM yyyy"));
    // French writes the first of the month as an ordinal: « le 1er décembre ».
    if (date.day() == 1 && locale.language() == QLocale::French)
        day = QStringLiteral("1er ") + locale.toString(date, QStringLiteral("MMMM yyyy"));
    if (m_identity.city.trimmed().isEmpty())
        return tr("On %1").arg(day);
    return tr("%1, on %2").arg(m_identity.city.trimmed(), day);
}

QString InvitationLettersPdf::letterHtml(const LetterRecipient& r) const
{
    const ServiceIdentity& id = m_identity;
    QStringList sender = {id.departement};
    sender += id.addressLines;
    sender.append(joined(id.postalCode, id.city));
    if (!id.phone.trimmed().isEmpty())
        sender.append(tr("Phone: %1").arg(id.phone.trimmed()));
    if (!id.email.trimmed().isEmpty())
        sender.append(id.email.trimmed());

    QStringList recipient = {r.name};
    recipient += r.addressLines;
    recipient.append(joined(r.postalCode, r.commune));

    QString h = QStringLiteral("<html><body>");
    // Sender top left; recipient where a window envelope shows it (about
    // 100 mm from the left edge, 45 mm from the top).
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"50%\" style=\"font-size: 9pt;\"><b>%1</b><br>%2</td><td></td></tr>"
                        "<tr><td></td><td style=\"padding-top: 40px; font-size: 11pt;\">%3</td></tr></table>")
             .arg(esc(id.serviceName), lines(sender), lines(recipient));
    h += QStringLiteral("<p align=\"right\" style=\"margin-top: 50px;\">%1</p>").arg(esc(placeAndDate()));
    h += QStringLiteral("<p style=\"margin-top: 24px;\"><b>%1</b></p>")
             .arg(esc(tr("Subject: Annual survey %1").arg(m_year)));
    h += QStringLiteral("<p style=\"margin-top: 18px;\">%1</p>").arg(esc(tr("Dear Madam, dear Sir,")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("Every year, our service gets in touch with every childminder of the département to take "
                    "stock of your work, your plans and your training wishes. Your answers help us support "
                    "you better and plan childcare places for families.")));
    const QString url = id.onlineSurveyUrl.trimmed();
    if (!url.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("It only takes a few minutes to answer the questionnaire online at:")));
        h += QStringLiteral("<p align=\"center\" style=\"font-size: 13pt; font-weight: bold;\">%1</p>")
                 .arg(esc(url));
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("When asked, enter your personal reference code:")));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Your personal reference code for this survey is:")));
    }
    h += QStringLiteral(
             "<table align=\"center\" cellpadding=\"10\" border=\"1\" style=\"border-collapse: collapse; "
             "border-color: #1f4e79; "
             "border-style: solid; margin-top: 6px; margin-bottom: 6px;\"><tr><td align=\"center\" "
             "style=\"font-size: 24pt; font-weight: bold; font-family: 'DejaVu Sans Mono', monospace; "
             "color: #1f4e79;\">%1</td></tr></table>")
             .arg(esc(r.referenceCode));
    const QString phone = id.phone.trimmed();
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(
                phone.isEmpty()
                    ? tr("If you prefer, you can also answer by phone: call our service or your relay (RPE).")
                    : tr("If you prefer, you can also answer by phone: call us at %1 and give your "
                         "reference code.")
                          .arg(phone)));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Thank you for your participation. We remain at your disposal for any question.")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Yours sincerely,")));
    h += QStringLiteral("<p align=\"right\" style=\"margin-top: 24px;\">%1</p>")
             .arg(lines({id.signatory, id.signatoryTitle, id.serviceName}));
    h += QStringLiteral("<p style=\"margin-top: 30px; font-size: 7.5pt; color: #444444;\">%1</p>")
             .arg(esc(surveyPrivacyNotice(id, m_retentionYears)));
    h += QStringLiteral("</body></html>");
    return h;
}

QString InvitationLettersPdf::write(const QList<LetterRecipient>& recipients, const QString& path,
                                    const Progress& progress) const
{
    bool given = false;
    return write(
        [&]() {
            if (given)
                return QList<LetterRecipient>();
            given = true;
            return recipients;
        },
        int(recipients.size()), path, progress);
}

QString InvitationLettersPdf::write(const Source& next, int total, const QString& path,
                                    const Progress& progress) const
{
    QList<LetterRecipient> batch = next();
    if (batch.isEmpty())
        return tr("There is no letter to write: nobody matches the chosen campaign, relay and status.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the letters “%1”: %2. Choose another folder or file name.")
            .arg(path, file.errorString());
    QPdfWriter writer(&file);
    pdf::setUpA4(writer);
    writer.setTitle(tr("Annual survey %1 — invitation letters").arg(m_year));
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return tr("Cannot create the PDF “%1”. Check the disk space and try again.").arg(path);
    }
    const QRectF content = pdf::contentRect(writer);
    const QString footer = m_identity.serviceName + QStringLiteral(" — ") + m_identity.departement;
    int done = 0;
    bool firstPage = true;
    while (!batch.isEmpty()) {
        for (const auto& recipient : batch) {
            // One small document per letter: memory stays flat whatever the count.
            QTextDocument doc;
            pdf::prepare(doc, writer);
            doc.setHtml(letterHtml(recipient));
            for (int page = 0; page < doc.pageCount(); ++page) {
                if (!firstPage)
                    writer.newPage();
                firstPage = false;
                pdf::drawPage(painter, doc, page, content);
                pdf::drawFooter(painter, writer, footer, QString());
            }
            ++done;
            if (progress && !progress(done, std::max(total, done))) {
                painter.end();
                file.cancelWriting();
                return tr("Creating the letters was cancelled: no file was written.");
            }
        }
        batch = next();
    }
    painter.end();
    if (!file.commit())
        return tr("Cannot save the PDF “%1”: %2. Check the disk space and try again.")
            .arg(path, file.errorString());
    return QString();
}

} // namespace parcours
