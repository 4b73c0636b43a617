#pragma once

#include "CollectiveActivity.h"
#include "FieldErrorLabels.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace parcours {

class AppContext;
class DateLineEdit;

// Creates or edits one collective activity with its attendance list. Save
// writes the activity and exactly the listed people in one transaction.
class ActivityEditorDialog : public QDialog
{
    Q_OBJECT
  public:
    // activityId 0: a new activity.
    ActivityEditorDialog(AppContext& context, qint64 activityId, QWidget* parent = nullptr);

    QTableWidget* attendanceTable() const { return m_attendance; }
    const CollectiveActivity& activity() const { return m_activity; }
    // Adds her to the list (not saved until Save); false when already listed.
    bool addAttendee(qint64 childminderId, const QString& name);

  private:
    void pickAttendee();
    void save();

    AppContext& m_context;
    CollectiveActivity m_activity;
    QComboBox* m_kind;
    QLineEdit* m_title;
    DateLineEdit* m_date;
    QDoubleSpinBox* m_hours;
    QLineEdit* m_place;
    QComboBox* m_relay;
    QPlainTextEdit* m_notes;
    QTableWidget* m_attendance;
    FieldErrorLabels m_errors;
};

} // namespace parcours
