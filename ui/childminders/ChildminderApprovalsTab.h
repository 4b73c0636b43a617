#pragma once

#include "Approval.h"
#include "ApprovalDecisionDialog.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// The "Agréments" tab: her agrément history, newest first, and the buttons
// that record a new decision of the PMI service. Each decision is saved at
// once by ApprovalService in its own transaction; the tab then says so and
// the editor reloads what changed.
class ChildminderApprovalsTab : public QWidget
{
    Q_OBJECT
  public:
    explicit ChildminderApprovalsTab(AppContext& context, QWidget* parent = nullptr);

    // personId 0: a person not saved yet, who cannot have agréments.
    void setApprovals(qint64 personId, const QList<Approval>& approvals);

    // Opens the decision dialog (window-modal, not blocking, so tests can fill it).
    ApprovalDecisionDialog* startDecision(ApprovalDecisionDialog::Kind kind);

  signals:
    void approvalsChanged();

  private:
    QPushButton* addAction(const QString& name, const QString& label, ApprovalDecisionDialog::Kind kind);
    Approval targetApproval() const;
    void updateButtons();
    static QString eventsText(const Approval& approval);

    AppContext& m_context;
    qint64 m_personId = 0;
    QList<Approval> m_approvals; // newest first, as shown
    QTableWidget* m_table;
    QLabel* m_hint;
    QPushButton* m_firstGrant = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_modify = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace parcours
