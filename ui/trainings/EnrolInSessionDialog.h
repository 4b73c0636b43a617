#pragma once

#include "TrainingSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// « Inscrire à une session… » from her « Parcours » tab: the sessions not yet
// over, with their places left, and a wish or a firm enrolment for the one
// chosen. TrainingService checks the capacity and duplicates; its French
// message shows in the dialog and nothing is written.
class EnrolInSessionDialog : public QDialog
{
    Q_OBJECT
  public:
    EnrolInSessionDialog(AppContext& context, qint64 childminderId, QWidget* parent = nullptr);

    QTableWidget* sessionTable() const { return m_sessions; }
    // Enrols her in the selected session; true when stored.
    bool enrolSelected();
    qint64 enrolledSessionId() const { return m_enrolledSession; }

  private:
    void load();

    AppContext& m_context;
    qint64 m_childminderId;
    QTableWidget* m_sessions;
    QComboBox* m_status;
    QLabel* m_error;
    QPushButton* m_enrolButton;
    QList<TrainingSessionRow> m_rows;
    qint64 m_enrolledSession = 0;
};

} // namespace parcours
