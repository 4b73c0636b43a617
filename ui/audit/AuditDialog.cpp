#include "AuditDialog.h"

#include "AppContext.h"
#include "AuditLogModel.h"
#include "AuditService.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours {

AuditDialog::AuditDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_user(new QLineEdit(this)), m_action(new QComboBox(this)),
      m_entity(new QComboBox(this)), m_from(new DateLineEdit(this)), m_to(new DateLineEdit(this)),
      m_text(new QLineEdit(this)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_model(new AuditLogModel(context, this))
{
    setWindowTitle(tr("Audit trail"));
    resize(1000, 600);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);

    m_action->addItem(tr("All actions"), QString());
    for (const char* a : {"create", "update", "delete", "read", "export", "sign_in", "anonymise", "purge"})
        m_action->addItem(AuditService::actionLabel(QString::fromLatin1(a)), QString::fromLatin1(a));
    m_entity->addItem(tr("All records"), QString());
    for (const char* e : {"childminders", "approvals", "contacts", "enrolments", "survey_responses", "users",
                          "settings", "register"})
        m_entity->addItem(AuditService::entityLabel(QString::fromLatin1(e)), QString::fromLatin1(e));
    m_user->setPlaceholderText(tr("Login"));
    m_text->setPlaceholderText(tr("Text in a field or a value"));

    auto* filters = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Record:"), m_entity);
    auto* form2 = new QFormLayout;
    form2->addRow(tr("From:"), m_from);
    form2->addRow(tr("To:"), m_to);
    form2->addRow(tr("Text:"), m_text);
    filters->addLayout(form);
    filters->addLayout(form2);
    auto* search = new QPushButton(tr("&Filter"), this);
    search->setObjectName(QStringLiteral("auditFilter"));
    search->setDefault(true);
    filters->addWidget(search, 0, Qt::AlignBottom);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* verify = buttons->addButton(tr("&Verify the chain"), QDialogButtonBox::ActionRole);
    verify->setObjectName(QStringLiteral("auditVerify"));
    QPushButton* purgeButton = buttons->addButton(tr("&Purge…"), QDialogButtonBox::ActionRole);
    purgeButton->setObjectName(QStringLiteral("auditPurge"));
    purgeButton->setEnabled(m_context.can(Permission::DeleteRecords));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(search, &QPushButton::clicked, this, &AuditDialog::applyFilters);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditDialog::applyFilters);
    connect(verify, &QPushButton::clicked, this, &AuditDialog::verifyChain);
    connect(purgeButton, &QPushButton::clicked, this, &AuditDialog::purge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyFilters();
}

void AuditDialog::applyFilters()
{
    AuditQuery query;
    query.userLogin = m_user->text().trimmed();
    query.action = m_action->currentData().toString();
    query.entity = m_entity->currentData().toString();
    query.text = m_text->text().trimmed();
    if (m_from->date().isValid())
        query.fromUtc = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date().isValid())
        query.toUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    try {
        m_model->setQuery(query);
        m_status->setText(tr("Rows: %1.").arg(m_model->rowCount()));
    } catch (const DomainError& e) {
        m_status->setText(e.message());
    }
    m_view->resizeColumnsToContents();
}

void AuditDialog::verifyChain()
{
    try {
        const AuditVerification v = AuditService(m_context).verify();
        m_status->setText(v.message);
        if (v.intact)
            MessageBox::information(this, tr("Audit trail"), v.message);
        else
            MessageBox::critical(this, tr("Audit trail"),
                                 v.message + QLatin1Char('\n') +
                                     tr("Keep this database for investigation and tell the data-protection "
                                        "officer; restore the latest backup whose trail verifies."));
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Audit trail"), e.message());
    }
}

void AuditDialog::purge()
{
    try {
        AuditService audit(m_context);
        const QDateTime cutOff = audit.purgeCutOff();
        if (!cutOff.isValid()) {
            MessageBox::information(
                this, tr("Audit trail"),
                tr("The retention period of the audit trail is 0 (keep for ever): nothing "
                   "to purge. Change it in Tools > Settings > Rules."));
            return;
        }
        const qint64 rows = audit.purgeCandidates();
        const QString when = cutOff.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"));
        if (rows == 0) {
            MessageBox::information(this, tr("Audit trail"), tr("No row is older than %1.").arg(when));
            return;
        }
        if (MessageBox::ask(
                this, QMessageBox::Warning, tr("Purge the audit trail"),
                tr("Delete the %1 audit row(s) older than %2? The purge itself is recorded and the "
                   "chain stays verifiable.")
                    .arg(rows)
                    .arg(when),
                MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel) != MessageBox::Yes)
            return;
        const AuditPurgeResult result = audit.purge();
        m_status->setText(tr("%1 row(s) purged.").arg(result.purgedRows));
        applyFilters();
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Audit trail"), e.message());
    }
}

} // namespace parcours
