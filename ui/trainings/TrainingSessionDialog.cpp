#include "TrainingSessionDialog.h"

#include "AppContext.h"
#include "DateLineEdit.h"
#include "Relay.h"
#include "RelayRepository.h"
#include "TrainingRepository.h"
#include "TrainingService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours {

TrainingSessionDialog::TrainingSessionDialog(AppContext& context, const TrainingSession& session,
                                             QWidget* parent)
    : QDialog(parent), m_context(context), m_session(session), m_course(new QComboBox(this)),
      m_start(new DateLineEdit(this)), m_end(new DateLineEdit(this)), m_hours(new QDoubleSpinBox(this)),
      m_capacity(new QSpinBox(this)), m_place(new QLineEdit(this)), m_relay(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingSessionDialog"));
    setWindowTitle(session.id == 0 ? tr("New session") : tr("Edit session"));
    m_course->setObjectName(QStringLiteral("sessionCourseCombo"));
    m_course->addItem(tr("(choose a course)"), qint64(0));
    for (const auto& c : context.trainings().courses(true, 0, 1000))
        m_course->addItem(QStringLiteral("%1 (%2)").arg(c.title, trainingKindLabel(c.kind)), c.id);
    // A withdrawn course still shows for its old sessions.
    if (session.courseId > 0 && m_course->findData(session.courseId) < 0)
        if (const auto c = context.trainings().findCourse(session.courseId))
            m_course->addItem(c->title, c->id);
    m_course->setCurrentIndex(qMax(0, m_course->findData(session.courseId)));
    m_start->setObjectName(QStringLiteral("sessionStartEdit"));
    m_start->setDate(session.startDate);
    m_end->setObjectName(QStringLiteral("sessionEndEdit"));
    m_end->setDate(session.endDate);
    m_hours->setObjectName(QStringLiteral("sessionHoursSpin"));
    m_hours->setRange(0, 2000);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(session.hours);
    m_capacity->setObjectName(QStringLiteral("sessionCapacitySpin"));
    m_capacity->setRange(0, 1000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_capacity->setValue(session.capacity);
    m_place->setObjectName(QStringLiteral("sessionPlaceEdit"));
    m_place->setText(session.place);
    m_relay->setObjectName(QStringLiteral("sessionRelayCombo"));
    m_relay->addItem(tr("(no relay)"), qint64(0));
    for (const auto& r : context.relays().summaries())
        m_relay->addItem(r.name, r.id);
    m_relay->setCurrentIndex(qMax(0, m_relay->findData(session.relayId)));
    m_notes->setObjectName(QStringLiteral("sessionNotesEdit"));
    m_notes->setPlainText(session.notes);
    m_general->setObjectName(QStringLiteral("sessionErrorsLabel"));
    m_general->setWordWrap(true);
    FieldErrorLabels::styleAsError(m_general);
    connect(m_course, &QComboBox::currentIndexChanged, this, &TrainingSessionDialog::courseChosen);

    auto* form = new QFormLayout;
    form->addRow(tr("&Course:"),
                 FieldErrorLabels::stack(m_course, m_errors.create(QStringLiteral("course"), this)));
    form->addRow(tr("&First day:"),
                 FieldErrorLabels::stack(m_start, m_errors.create(QStringLiteral("startDate"), this)));
    form->addRow(tr("&Last day:"),
                 FieldErrorLabels::stack(m_end, m_errors.create(QStringLiteral("endDate"), this)));
    form->addRow(tr("&Hours:"),
                 FieldErrorLabels::stack(m_hours, m_errors.create(QStringLiteral("hours"), this)));
    form->addRow(tr("&Places:"),
                 FieldErrorLabels::stack(m_capacity, m_errors.create(QStringLiteral("capacity"), this)));
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("&RPE:"),
                 FieldErrorLabels::stack(m_relay, m_errors.create(QStringLiteral("relay"), this)));
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("sessionButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingSessionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
}

void TrainingSessionDialog::courseChosen()
{
    // A new session usually lasts what the course does.
    if (m_hours->value() > 0)
        return;
    if (const auto c = m_context.trainings().findCourse(m_course->currentData().toLongLong()))
        m_hours->setValue(c->hours);
}

void TrainingSessionDialog::save()
{
    TrainingSession candidate = m_session;
    candidate.courseId = m_course->currentData().toLongLong();
    candidate.startDate = m_start->date();
    candidate.endDate = m_end->date();
    candidate.hours = m_hours->value();
    candidate.capacity = m_capacity->value();
    candidate.place = m_place->text();
    candidate.relayId = m_relay->currentData().toLongLong();
    candidate.notes = m_notes->toPlainText().trimmed();
    m_errors.clear();
    FieldErrors errors;
    if (!m_start->isAcceptable())
        errors.append({QStringLiteral("startDate"), tr("This is not a date: type it as dd/mm/yyyy.")});
    if (!m_end->isAcceptable())
        errors.append({QStringLiteral("endDate"), tr("This is not a date: type it as dd/mm/yyyy.")});
    if (errors.isEmpty())
        errors = TrainingService(m_context).saveSession(candidate);
    QStringList other;
    for (const auto& e : m_errors.show(errors))
        other << e.message;
    m_general->setText(other.join(QLatin1Char('\n')));
    if (!errors.isEmpty())
        return;
    m_session = candidate;
    accept();
}

} // namespace parcours
