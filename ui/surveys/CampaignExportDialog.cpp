#include "CampaignExportDialog.h"

#include "AppContext.h"
#include "AuditService.h"
#include "BackgroundTask.h"
#include "CampaignService.h"
#include "Clock.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "FileDialog.h"
#include "InvitationEmailExport.h"
#include "InvitationLettersPdf.h"
#include "MessageBox.h"
#include "RelayService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <memory>

namespace parcours {

namespace {
QString withSuffix(QString path, const QString& suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

constexpr int kPage = 200; // addresses read per query while writing
} // namespace

CampaignExportDialog::CampaignExportDialog(AppContext& context, const SurveyCampaign& campaign,
                                           QWidget* parent)
    : QDialog(parent), m_context(context), m_campaign(campaign), m_status(new QComboBox(this)),
      m_relay(new QComboBox(this)), m_countLabel(new QLabel(this)), m_date(new DateLineEdit(this)),
      m_markInvited(new QCheckBox(this)),
      m_lettersButton(new QPushButton(tr("Invitation letters (PDF)…"), this)),
      m_emailsButton(new QPushButton(tr("Email list (CSV)…"), this))
{
    setObjectName(QStringLiteral("campaignExportDialog"));
    setWindowTitle(tr("Invitations of the %1 survey").arg(campaign.year));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->addItem(tr("Every status"), QString());
    for (const CampaignStatus status : allCampaignStatuses())
        m_status->addItem(campaignStatusLabel(status), campaignStatusKey(status));
    m_status->setCurrentIndex(m_status->findData(campaignStatusKey(CampaignStatus::ToContact)));
    m_relay->setObjectName(QStringLiteral("exportRelay"));
    m_relay->addItem(tr("All RPEs"), qint64(0));
    try {
        for (const Relay& relay : RelayService(context).summaries())
            if (campaign.scopeRelayIds.isEmpty() || campaign.scopeRelayIds.contains(relay.id))
                m_relay->addItem(relay.name, relay.id);
    } catch (const DomainError&) {
        // The list stays with "All RPEs": the count below tells about the database.
    }
    m_countLabel->setObjectName(QStringLiteral("exportCount"));
    m_countLabel->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("exportDate"));
    m_date->setDate(context.clock().today());
    m_markInvited->setObjectName(QStringLiteral("exportMarkInvited"));
    m_markInvited->setChecked(true);
    m_lettersButton->setObjectName(QStringLiteral("exportLetters"));
    m_emailsButton->setObjectName(QStringLiteral("exportEmails"));

    auto* hint = new QLabel(tr("One letter per person with her reference code, or the list of those who have "
                               "an email address for a mail-merge. Letters are only marked as sent for "
                               "people still « to contact »."),
                            this);
    hint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(hint);
    auto* form = new QFormLayout;
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("RPE:"), m_relay);
    form->addRow(QString(), m_countLabel);
    form->addRow(tr("Date of the letters:"), m_date);
    form->addRow(QString(), m_markInvited);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_lettersButton);
    actions->addWidget(m_emailsButton);
    actions->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CampaignExportDialog::updateCount);
    connect(m_relay, &QComboBox::currentIndexChanged, this, &CampaignExportDialog::updateCount);
    connect(m_date, &QLineEdit::textChanged, this, &CampaignExportDialog::updateCount);
    connect(m_lettersButton, &QPushButton::clicked, this, &CampaignExportDialog::exportLetters);
    connect(m_emailsButton, &QPushButton::clicked, this, &CampaignExportDialog::exportEmails);
    updateCount();
    resize(560, sizeHint().height());
}

CampaignPeopleFilter CampaignExportDialog::filter() const
{
    CampaignPeopleFilter filter;
    filter.status = campaignStatusFromKey(m_status->currentData().toString());
    filter.relayId = m_relay->currentData().toLongLong();
    return filter;
}

void CampaignExportDialog::updateCount()
{
    const CampaignPeopleFilter f = filter();
    try {
        m_count = CampaignService(m_context).countPeople(m_campaign.id, f);
        m_countLabel->setText(m_count == 0 ? tr("Nobody matches these filters.")
                                           : tr("%n person(s) selected.", nullptr, m_count));
        FieldErrorLabels::styleAsHint(m_countLabel);
    } catch (const DomainError& error) {
        m_count = 0;
        m_countLabel->setText(tr("The people could not be counted: %1").arg(error.message()));
        FieldErrorLabels::styleAsError(m_countLabel);
    }
    // Only people still to contact can be marked as invited.
    const bool canMark = !f.status || *f.status == CampaignStatus::ToContact;
    const QDate date = m_date->date();
    m_markInvited->setEnabled(canMark);
    m_markInvited->setText(
        tr("Mark these people as invited (letter of %1)")
            .arg(date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("the date above")));
    m_lettersButton->setEnabled(m_count > 0);
    m_emailsButton->setEnabled(m_count > 0);
}

bool CampaignExportDialog::exportLetters()
{
    const bool mark = m_markInvited->isEnabled() && m_markInvited->isChecked();
    const QDate date = m_date->date();
    if (!date.isValid() || date > m_context.clock().today()) {
        MessageBox::warning(this, tr("Invitation letters"),
                            tr("Enter the date printed on the letters (today or earlier, as dd/mm/yyyy)."));
        return false;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("Invitation letters"),
        QDir(documents).filePath(QStringLiteral("invitations-%1.pdf").arg(m_campaign.year)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("pdf"));

    const CampaignPeopleFilter f = filter();
    const qint64 campaignId = m_campaign.id;
    const int year = m_campaign.year;
    const ServiceIdentity identity = m_context.serviceIdentity();
    auto error = std::make_shared<QString>();
    auto invited = std::make_shared<int>(-1);
    auto written = std::make_shared<int>(0);
    bool finished = false;
    try {
        finished = BackgroundTask::run(
            this, tr("Writing the invitation letters…"), m_context,
            [=](AppContext& context, const BackgroundTask::Progress& progress) {
                const CampaignService service(context);
                const int total = service.countPeople(campaignId, f);
                int offset = 0;
                // A page of addresses at a time: a campaign is never loaded whole.
                const InvitationLettersPdf::Source next = [&]() {
                    QList<LetterRecipient> batch;
                    for (const CampaignAddressRow& row : service.addresses(campaignId, f, offset, kPage))
                        batch.append(letterRecipient(row));
                    offset += int(batch.size());
                    return batch;
                };
                InvitationLettersPdf writer;
                writer.setIdentity(identity);
                writer.setRetentionYears(context.rules().anonymiseAfterApprovalEndYears);
                writer.setYear(year);
                writer.setDate(date);
                *error = writer.write(next, total, path, progress);
                *written = offset;
                if (error->isEmpty()) // issue 5: every export is in the audit trail
                    AuditService(context).logExport(QStringLiteral("invitation_letters"), total, path);
                if (error->isEmpty() && mark)
                    *invited =
                        CampaignService(context).inviteAll(campaignId, f, date, ContactChannel::Letter);
            });
    } catch (const DomainError& e) {
        *error = e.message();
        finished = true;
    }
    if (!finished) {
        MessageBox::information(this, tr("Invitation letters"),
                                tr("The letters were cancelled: no file was written and nobody was marked "
                                   "as invited."));
        return false;
    }
    if (!error->isEmpty()) {
        MessageBox::critical(
            this, tr("Invitation letters"),
            tr("The letters could not be written to « %1 »: %2").arg(QDir::toNativeSeparators(path), *error));
        return false;
    }
    QString text =
        tr("%n letter(s) written to « %1 ».", nullptr, *written).arg(QDir::toNativeSeparators(path));
    if (*invited >= 0) {
        text += QLatin1Char('\n') + tr("%n person(s) marked as invited.", nullptr, *invited);
        emit campaignChanged();
    }
    MessageBox::information(this, tr("Invitation letters"), text);
    updateCount();
    return true;
}

bool CampaignExportDialog::exportEmails()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("Email list"),
        QDir(documents).filePath(QStringLiteral("courriels-enquete-%1.csv").arg(m_campaign.year)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("csv"));
    const CampaignPeopleFilter f = filter();
    const qint64 campaignId = m_campaign.id;
    auto written = std::make_shared<int>(-1);
    QString error;
    bool finished = false;
    try {
        finished = BackgroundTask::run(this, tr("Writing the email list…"), m_context,
                                       [=](AppContext& context, const BackgroundTask::Progress& progress) {
                                           *written = InvitationEmailExport(context).exportTo(
                                               path, campaignId, f, progress);
                                       });
    } catch (const DomainError& e) {
        error = e.message();
        finished = true;
    }
    if (!finished || (error.isEmpty() && *written < 0)) {
        MessageBox::information(this, tr("Email list"), tr("The export was cancelled: no file was written."));
        return false;
    }
    if (!error.isEmpty()) {
        MessageBox::critical(
            this, tr("Email list"),
            tr("The list could not be written to « %1 »: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    MessageBox::information(this, tr("Email list"),
                            tr("%n person(s) with an email address written to « %1 ».", nullptr, *written)
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace parcours
