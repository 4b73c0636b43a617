#pragma once

#include "BackupService.h"

#include <QDialog>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// Tools > Backups… (issue 5): the backups of the open database (date, kind,
// size, encrypted?), « Sauvegarder maintenant », « Vérifier », « Restaurer… »,
// and this workstation's settings (folder, daily backup, encryption and its
// passphrase, which is kept in memory only).
class BackupDialog : public QDialog
{
    Q_OBJECT

  public:
    // Swaps the main window's database; false when the window refused (unsaved edits).
    using ContextSwap = std::function<bool(std::unique_ptr<AppContext>)>;

    BackupDialog(AppContext& context, QWidget* parent = nullptr);

    // Shows the dialog; when the user confirmed a restore, closes the
    // database through `swap`, puts the backup in place and reopens it.
    static void run(QWidget* parent, AppContext& context, const ContextSwap& swap);

    QTableWidget* table() const { return m_table; }
    // The prepared restore the dialog ended with, if any.
    std::optional<PreparedRestore> pendingRestore() const { return m_pending; }

    void backupNow();
    void verifySelected();
    void restoreSelected();

  private:
    BackupSettings currentSettings() const;
    void saveSettings();
    void reload();
    QString selectedPath() const;
    bool ensurePassphrase(bool forEncryptedFile);

    AppContext& m_context;
    QTableWidget* m_table;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QCheckBox* m_daily;
    QCheckBox* m_encrypt;
    QLineEdit* m_passphrase;
    QPushButton* m_restore;
    QList<BackupInfo> m_backups;
    std::optional<PreparedRestore> m_pending;
};

} // namespace parcours
