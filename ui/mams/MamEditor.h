#pragma once

#include "FieldErrorLabels.h"
#include "Mam.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace parcours {

class AppContext;
class CommuneCompleter;

// Name, address and members of one MAM. Members are picked among the
// childminders by search; a member who leaves gets a leaving date rather than
// being removed, so the MAM's history stays true.
class MamEditor : public QDialog
{
    Q_OBJECT
  public:
    MamEditor(AppContext& context, qint64 id, QWidget* parent = nullptr);

    bool save();
    bool isDirty() const;
    // Escape, Cancel and the close box: asks before dropping unsaved changes.
    void reject() override;
    // Adds a member as the picker would (tests and the "Add" button).
    void addMember(qint64 childminderId, const QString& displayName);
    QTableWidget* memberTable() const { return m_members; }

  signals:
    void saved(qint64 id);

  private:
    QWidget* buildMembers();
    void load(const Mam& mam);
    // False (and a message under the table) when a date cell is no date.
    bool readMembers(QList<MamMember>& members);
    QStringList snapshot() const; // what the user can change, to detect unsaved work

    AppContext& m_context;
    Mam m_mam;
    FieldErrorLabels m_errors;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_postalCode;
    QComboBox* m_commune;
    CommuneCompleter* m_communeCompleter;
    QTableWidget* m_members = nullptr;
    QStringList m_savedState;
};

} // namespace parcours
