#include "BackupDialog.h"

#include "AuditService.h"

#include "AppContext.h"
#include "BackupUi.h"
#include "Clock.h"
#include "DatabaseOpener.h"
#include "DomainError.h"
#include "MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {

QString reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("quotidienne"))
        return BackupDialog::tr("Daily");
    if (reason == QLatin1String("fermeture"))
        return BackupDialog::tr("On exit");
    if (reason == QLatin1String("manuelle"))
        return BackupDialog::tr("Manual");
    if (reason.startsWith(QLatin1String("avant-migration")))
        return BackupDialog::tr("Before an update");
    return reason;
}

// Runs `work` with a wait cursor; shows a DomainError's message. False on error.
template <typename F> bool guarded(QWidget* parent, const QString& title, F work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        work();
        QApplication::restoreOverrideCursor();
        return true;
    } catch (const DomainError& e) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(parent, title, e.message());
        return false;
    }
}

} // namespace

BackupDialog::BackupDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_table(new QTableWidget(0, 4, this)),
      m_folderLabel(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_daily(new QCheckBox(tr("Back up automatically every day and on exit"), this)),
      m_encrypt(new QCheckBox(tr("Encrypt the backups"), this)), m_passphrase(new QLineEdit(this)),
      m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Backups"));
    setObjectName(QStringLiteral("backupDialog"));
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Size"), tr("Encrypted")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* now = new QPushButton(tr("&Back up now"), this);
    now->setObjectName(QStringLiteral("backupNowButton"));
    auto* verify = new QPushButton(tr("&Verify"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(m_context.can(Permission::RestoreBackup));
    if (!m_restore->isEnabled())
        m_restore->setToolTip(tr("Only a coordinator can restore a backup."));
    connect(now, &QPushButton::clicked, this, &BackupDialog::backupNow);
    connect(verify, &QPushButton::clicked, this, &BackupDialog::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    auto* actions = new QHBoxLayout;
    actions->addWidget(now);
    actions->addWidget(verify);
    actions->addWidget(m_restore);
    actions->addStretch();

    // Settings of this workstation, saved as soon as they change.
    const BackupSettings settings = BackupSettings::load();
    m_folder->setText(settings.root);
    m_folder->setPlaceholderText(tr("Beside the database, in a « sauvegardes » folder"));
    m_daily->setChecked(settings.daily);
    m_encrypt->setChecked(settings.encrypt);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setText(BackupUi::sessionPassphrase());
    m_passphrase->setPlaceholderText(tr("Kept in memory until you quit, never saved"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            saveSettings();
        }
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupDialog::saveSettings);
    connect(m_daily, &QCheckBox::toggled, this, &BackupDialog::saveSettings);
    connect(m_encrypt, &QCheckBox::toggled, this, &BackupDialog::saveSettings);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [](const QString& text) { BackupUi::setSessionPassphrase(text); });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto* box = new QGroupBox(tr("Settings of this computer"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(QString(), m_daily);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("Passphrase:"), m_passphrase);
    const bool mayChange = m_context.can(Permission::ManageSettings);
    for (QWidget* w : std::initializer_list<QWidget*>{m_folder, choose, m_daily, m_encrypt})
        w->setEnabled(mayChange);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(box);
    layout->addWidget(buttons);
    resize(680, 520);
    reload();
}

BackupSettings BackupDialog::currentSettings() const
{
    BackupSettings s;
    s.root = m_folder->text().trimmed();
    s.daily = m_daily->isChecked();
    s.encrypt = m_encrypt->isChecked();
    return s;
}

void BackupDialog::saveSettings()
{
    currentSettings().save();
    reload();
}

void BackupDialog::reload()
{
    BackupService service(m_context, currentSettings());
    m_folderLabel->setText(
        tr("Backups of this database, in %1:").arg(QDir::toNativeSeparators(service.folder())));
    m_backups = service.list();
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo& b = m_backups.at(row);
        const QStringList cells = {locale.toString(b.time.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
                                   reasonLabel(b.reason), locale.formattedDataSize(b.size),
                                   b.encrypted ? tr("Yes") : tr("No")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(QDir::toNativeSeparators(b.path));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
}

QString BackupDialog::selectedPath() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size())
        return {};
    return m_backups.at(row).path;
}

bool BackupDialog::ensurePassphrase(bool forEncryptedFile)
{
    if (!forEncryptedFile || !m_passphrase->text().isEmpty())
        return true;
    const QString given = BackupUi::askPassphrase(this, tr("This backup is encrypted: give its passphrase."));
    m_passphrase->setText(given);
    return !given.isEmpty();
}

void BackupDialog::backupNow()
{
    if (!ensurePassphrase(m_encrypt->isChecked()))
        return;
    QString path;
    if (guarded(this, tr("The backup failed"), [&] {
            path = BackupService(m_context, currentSettings(), m_passphrase->text())
                       .backupNow(QStringLiteral("manuelle"));
        })) {
        reload();
        MessageBox::information(
            this, tr("Backup done"),
            tr("The backup was written and checked: %1").arg(QDir::toNativeSeparators(path)));
    }
}

void BackupDialog::verifySelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const int row = m_table->currentRow();
    if (!ensurePassphrase(m_backups.at(row).encrypted))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString result = BackupService::verifyFile(path, m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (result == QLatin1String("ok"))
        MessageBox::information(this, tr("Backup checked"), tr("This backup is sound: it can be restored."));
    else
        MessageBox::warning(this, tr("This backup cannot be restored"), result);
}

void BackupDialog::restoreSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const int row = m_table->currentRow();
    const QLocale locale;
    const QDateTime local = m_backups.at(row).time.toLocalTime();
    if (MessageBox::ask(
            this, QMessageBox::Warning, tr("Restore a backup"),
            tr("Restore the backup of %1 at %2?")
                .arg(locale.toString(local.date(), QStringLiteral("dd/MM/yyyy")),
                     locale.toString(local.time(), QStringLiteral("HH:mm"))),
            MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel,
            tr("Changes made since the backup will no longer be in the database. The current "
               "database is kept beside it (…avant-restauration-….sqlite) in case you need it.")) !=
        MessageBox::Yes)
        return;
    if (!ensurePassphrase(m_backups.at(row).encrypted))
        return;
    guarded(this, tr("The backup cannot be restored"), [&] {
        m_pending = BackupService(m_context, currentSettings(), m_passphrase->text()).prepareRestore(path);
    });
    if (m_pending)
        accept();
}

void BackupDialog::run(QWidget* parent, AppContext& context, const ContextSwap& swap)
{
    if (context.isServer()) {
        MessageBox::information(
            parent, tr("Backups"),
            tr("This database is on a shared server: it is backed up on the server itself "
               "(for example with pg_dump), by the person who runs it. Ask your IT "
               "department how often, and how to restore a copy."));
        return;
    }
    BackupDialog dialog(context, parent);
    dialog.exec();
    const auto pending = dialog.pendingRestore();
    if (!pending)
        return;
    const Clock& clock = context.clock(); // outlives the context
    // Close the database first (an in-memory one stands in for a moment):
    // no connection may stay open while the file is swapped.
    if (!swap(AppContext::openInMemory(clock))) {
        BackupService::cancelRestore(*pending);
        return;
    }
    QString kept;
    QString failure;
    const bool restored = guarded(parent, tr("The backup cannot be restored"), [&] {
        try {
            kept = BackupService::completeRestore(*pending, clock.now().toUTC());
        } catch (const DomainError& error) {
            failure = error.message();
            throw;
        }
    });
    auto reopened = DatabaseOpener::open(parent, pending->databasePath, clock);
    if (reopened && !restored)
        BackupService::recordFailedRestore(*reopened, pending->backupPath, failure);
    if (reopened && restored)
        guarded(parent, tr("The backup cannot be restored"), [&] {
            AuditService(*reopened).logEvent(QStringLiteral("restore"), QStringLiteral("database"), 0,
                                             QFileInfo(kept).fileName());
        });
    swap(std::move(reopened));
    if (restored)
        MessageBox::information(parent, tr("Backup restored"),
                                tr("The backup was restored. The database as it was before is kept as %1.")
                                    .arg(QDir::toNativeSeparators(kept)));
}

} // namespace parcours
