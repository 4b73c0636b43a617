#pragma once

#include "ChildminderFile.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace parcours {

class AppContext;
class CareerPathTab;
class ChildminderApprovalsTab;
class ChildminderContactsTab;
class ChildminderIdentityTab;
class HistoryTab;
class TimelineTab;

// One childminder's file: tabs Identity / Agréments / Notes / Contacts. "Save" writes
// the identity and notes through ChildminderService and keeps the window open
// (so a new person can get her first agrément at once); closing with unsaved
// changes asks first. A save that collides with someone else's is never
// forced: the user is told and may reload.
class ChildminderEditor : public QDialog
{
    Q_OBJECT
  public:
    // id 0: a new person.
    ChildminderEditor(AppContext& context, qint64 id, QWidget* parent = nullptr);

    qint64 personId() const { return m_loaded.id; }
    bool isDirty() const;
    // Validates and saves; shows the problems under the fields. True when saved.
    bool save();
    // Asks about unsaved changes; true when the editor may close.
    bool confirmClose();

    ChildminderIdentityTab* identityTab() const { return m_identity; }
    ChildminderApprovalsTab* approvalsTab() const { return m_approvals; }
    ChildminderContactsTab* contactsTab() const { return m_contacts; }
    CareerPathTab* careerTab() const { return m_career; }
    TimelineTab* timelineTab() const { return m_timeline; }
    HistoryTab* historyTab() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

  signals:
    void saved(qint64 id);

  public slots:
    void reject() override;

  private:
    QWidget* buildNotesTab();
    void load(const ChildminderFile& file);
    void reloadAfterDecision();
    bool reloadFromStore();
    // Someone else saved first: show both versions, save the user's choices.
    void resolveConflict(const Childminder& mine);
    Childminder edited() const;
    void showProblems(const QStringList& problems);
    void updateHeader(const ChildminderFile& file);

    AppContext& m_context;
    Childminder m_loaded; // as last read or saved: what "unsaved changes" compares with
    QTabWidget* m_tabs;
    ChildminderIdentityTab* m_identity;
    ChildminderApprovalsTab* m_approvals;
    ChildminderContactsTab* m_contacts;
    CareerPathTab* m_career;
    TimelineTab* m_timeline;
    HistoryTab* m_history;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_headerName;
    QLabel* m_headerDetails;
    QLabel* m_feedback;
    QPushButton* m_saveButton;
};

} // namespace parcours
