#pragma once

#include "ConflictDialog.h"
#include "MessageBox.h"
#include "RecordMerge.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <functional>
#include <optional>

namespace parcours {

// What every editor does when its save meets a version someone else stored
// meanwhile: show both versions side by side (ConflictDialog) and, once the
// user has chosen field by field, hand the merged record back to be loaded
// into the form and saved with the stored version's number. Nothing is
// written before she confirms; a record deleted meanwhile is only reported.
// Ids shown by the names the editor's own lists already display.
inline std::function<QString(qint64)> comboNamer(const QComboBox* combo)
{
    return [combo](qint64 id) {
        const int index = combo->findData(id);
        return index >= 0 ? combo->itemText(index) : QString::number(id);
    };
}

inline std::function<QString(qint64)> listNamer(const QListWidget* list)
{
    return [list](qint64 id) {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toLongLong() == id)
                return list->item(i)->text();
        return QString::number(id);
    };
}

template <typename Record>
void resolveSaveConflict(QWidget* editor, QList<MergeField<Record>> fields, const Record& base,
                         const Record& mine, const std::optional<Record>& stored,
                         std::function<void(const Record&)> saveMerged)
{
    if (!stored) {
        MessageBox::critical(editor,
                             QCoreApplication::translate("ConflictDialog", "The changes were not saved"),
                             QCoreApplication::translate(
                                 "ConflictDialog", "Someone else deleted this record while you were "
                                                   "editing it. Copy what you need from the screen, then "
                                                   "close it."));
        return;
    }
    const RecordMerge<Record> merge(std::move(fields), base, mine, *stored);
    const QList<FieldConflict> differences = merge.differences();
    // The other save stored what she typed (or changed nothing she edits):
    // nothing to choose, her save goes on with the stored version number.
    if (differences.isEmpty()) {
        saveMerged(merge.merged({}));
        return;
    }
    // Window-modal, not blocking, so the editors stay testable.
    auto* dialog = new ConflictDialog(differences, editor);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, editor,
                     [merge, dialog, saveMerged] { saveMerged(merge.merged(dialog->keptMine())); });
    dialog->open();
}

} // namespace parcours
