#pragma once

#include "Enrolment.h"
#include "FieldError.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;
class DateLineEdit;

// The « Sessions » tab of the Formations area: sessions (coming ones first,
// filtered by period and kind, in SQL), and for the selected one the people on
// its list with their status and hours; enrol, change status, record attendance
// and certificates; new / edit session.
class TrainingSessionsTab : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kPageSize = 500;

    explicit TrainingSessionsTab(AppContext& context, QWidget* parent = nullptr);

    // Shows and selects the session, widening the filters if they hide it.
    // False when it does not exist.
    bool selectSession(qint64 sessionId);
    qint64 currentSessionId() const;
    qint64 currentEnrolmentId() const;
    void reload();

    QTableWidget* sessionsTable() const { return m_sessions; }
    QTableWidget* enrolmentsTable() const { return m_enrolments; }

  signals:
    // An enrolment of this childminder was added or changed (her hours and
    // obligations may have moved). 0 for a prospect.
    void enrolmentChanged(qint64 childminderId);

  private:
    void buildFilters(QWidget* box);
    void showEnrolments();
    void updateButtons();
    void newSession();
    void editSession();
    void enrol();
    void applyStatus();
    void attend();
    void certificate();
    bool report(const FieldErrors& errors, qint64 childminderId);
    const EnrolmentRow* currentEnrolment() const;

    AppContext& m_context;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QComboBox* m_kind;
    QTableWidget* m_sessions;
    QLabel* m_count;
    QLabel* m_sessionTitle;
    QTableWidget* m_enrolments;
    QComboBox* m_status;
    QDoubleSpinBox* m_hours;
    QPushButton* m_edit;
    QPushButton* m_enrol;
    QPushButton* m_apply;
    QPushButton* m_attend;
    QPushButton* m_certificate;
    QList<EnrolmentRow> m_rows;
};

} // namespace parcours
