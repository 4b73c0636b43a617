#pragma once

#include "FieldErrorLabels.h"
#include "TrainingCourse.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parcours {

class AppContext;

// New or edit a course of the catalogue. OK saves through TrainingService and
// stays open with the problems shown beside their fields when there are any.
class TrainingCourseDialog : public QDialog
{
    Q_OBJECT
  public:
    TrainingCourseDialog(AppContext& context, const TrainingCourse& course, QWidget* parent = nullptr);

    const TrainingCourse& course() const { return m_course; }

  private:
    void save();

    AppContext& m_context;
    TrainingCourse m_course;
    FieldErrorLabels m_errors;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_organisation;
    QDoubleSpinBox* m_hours;
    QPlainTextEdit* m_description;
    QCheckBox* m_active;
    QLabel* m_general;
};

} // namespace parcours
