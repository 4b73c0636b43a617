#pragma once

#include "FieldConflict.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QButtonGroup;
class QTableWidget;

namespace parcours {

// Shown when a save meets a version someone else stored meanwhile: each
// differing field side by side (« Votre version » / « Version enregistrée »),
// a clash highlighted, one choice per row. Accepting returns the keys of the
// fields where the user keeps her own value; nothing is saved until then.
class ConflictDialog : public QDialog
{
    Q_OBJECT
  public:
    ConflictDialog(const QList<FieldConflict>& conflicts, QWidget* parent = nullptr);

    QSet<QString> keptMine() const;
    // Test seam and "keep all" buttons: choose one side for a field.
    void choose(const QString& key, bool keepMine);
    QTableWidget* table() const { return m_table; }

  private:
    void chooseAll(bool keepMine);

    QList<FieldConflict> m_conflicts;
    QTableWidget* m_table;
    QList<QButtonGroup*> m_choices; // one per row: id 1 = mine, 0 = theirs
};

} // namespace parcours
