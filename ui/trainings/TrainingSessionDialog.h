#pragma once

#include "FieldErrorLabels.h"
#include "TrainingSession.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace parcours {

class AppContext;
class DateLineEdit;

// New or edit a session: course, dates, hours, capacity, place and partner
// RPE. OK saves through TrainingService and stays open while there are problems.
class TrainingSessionDialog : public QDialog
{
    Q_OBJECT
  public:
    TrainingSessionDialog(AppContext& context, const TrainingSession& session, QWidget* parent = nullptr);

    const TrainingSession& session() const { return m_session; }

  private:
    void save();
    void courseChosen();

    AppContext& m_context;
    TrainingSession m_session;
    FieldErrorLabels m_errors;
    QComboBox* m_course;
    DateLineEdit* m_start;
    DateLineEdit* m_end;
    QDoubleSpinBox* m_hours;
    QSpinBox* m_capacity;
    QLineEdit* m_place;
    QComboBox* m_relay;
    QPlainTextEdit* m_notes;
    QLabel* m_general;
};

} // namespace parcours
