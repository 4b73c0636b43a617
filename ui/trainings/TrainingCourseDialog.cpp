#include "TrainingCourseDialog.h"

#include "AppContext.h"
#include "TrainingRepository.h"
#include "TrainingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace parcours {

TrainingCourseDialog::TrainingCourseDialog(AppContext& context, const TrainingCourse& course, QWidget* parent)
    : QDialog(parent), m_context(context), m_course(course), m_title(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_organisation(new QComboBox(this)), m_hours(new QDoubleSpinBox(this)),
      m_description(new QPlainTextEdit(this)),
      m_active(new QCheckBox(tr("&Offered (uncheck to withdraw it)"), this)), m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingCourseDialog"));
    setWindowTitle(course.id == 0 ? tr("New course") : tr("Edit course"));
    m_title->setObjectName(QStringLiteral("courseTitleEdit"));
    m_title->setText(course.title);
    m_kind->setObjectName(QStringLiteral("courseKindCombo"));
    for (auto kind : allTrainingKinds())
        m_kind->addItem(trainingKindLabel(kind), trainingKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(trainingKindKey(course.kind)));
    m_organisation->setObjectName(QStringLiteral("courseOrganisationCombo"));
    m_organisation->addItem(tr("(none)"), qint64(0));
    for (const auto& o : context.trainings().organisations())
        m_organisation->addItem(o.name, o.id);
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(course.organisationId)));
    m_hours->setObjectName(QStringLiteral("courseHoursSpin"));
    m_hours->setRange(0, 2000);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(course.hours);
    m_description->setObjectName(QStringLiteral("courseDescriptionEdit"));
    m_description->setPlainText(course.description);
    m_active->setObjectName(QStringLiteral("courseActiveCheck"));
    m_active->setChecked(course.active);
    m_general->setObjectName(QStringLiteral("courseErrorsLabel"));
    m_general->setWordWrap(true);
    FieldErrorLabels::styleAsError(m_general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"),
                 FieldErrorLabels::stack(m_title, m_errors.create(QStringLiteral("title"), this)));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(
        tr("&Organisation:"),
        FieldErrorLabels::stack(m_organisation, m_errors.create(QStringLiteral("organisation"), this)));
    form->addRow(tr("&Hours:"),
                 FieldErrorLabels::stack(m_hours, m_errors.create(QStringLiteral("hours"), this)));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("courseButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingCourseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
}

void TrainingCourseDialog::save()
{
    TrainingCourse candidate = m_course;
    candidate.title = m_title->text();
    candidate.kind = trainingKindFromKey(m_kind->currentData().toString()).value_or(TrainingKind::Continuing);
    candidate.organisationId = m_organisation->currentData().toLongLong();
    candidate.hours = m_hours->value();
    candidate.description = m_description->toPlainText().trimmed();
    candidate.active = m_active->isChecked();
    m_errors.clear();
    const FieldErrors errors = TrainingService(m_context).saveCourse(candidate);
    QStringList other;
    for (const auto& e : m_errors.show(errors))
        other << e.message;
    m_general->setText(other.join(QLatin1Char('\n')));
    if (!errors.isEmpty())
        return;
    m_course = candidate;
    accept();
}

} // namespace parcours
