#include "ActivityEditorDialog.h"

#include "AppContext.h"
#include "ChildminderPicker.h"
#include "ChildminderService.h"
#include "Clock.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MessageBox.h"
#include "RelayService.h"
#include "RetentionService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

ActivityEditorDialog::ActivityEditorDialog(AppContext& context, qint64 activityId, QWidget* parent)
    : QDialog(parent), m_context(context), m_kind(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_date(new DateLineEdit(this)), m_hours(new QDoubleSpinBox(this)), m_place(new QLineEdit(this)),
      m_relay(new QComboBox(this)), m_notes(new QPlainTextEdit(this)),
      m_attendance(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("activityEditorDialog"));
    setWindowTitle(activityId > 0 ? tr("Collective activity") : tr("New collective activity"));
    RetentionService service(context);
    if (activityId > 0)
        if (const auto found = service.activity(activityId))
            m_activity = *found;
    if (m_activity.id == 0)
        m_activity.date = context.clock().today();

    m_kind->setObjectName(QStringLiteral("activityKindCombo"));
    for (auto kind : allActivityKinds())
        m_kind->addItem(activityKindLabel(kind), activityKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(activityKindKey(m_activity.kind)));
    m_title->setObjectName(QStringLiteral("activityTitleEdit"));
    m_title->setText(m_activity.title);
    m_date->setObjectName(QStringLiteral("activityDateEdit"));
    m_date->setDate(m_activity.date);
    m_hours->setObjectName(QStringLiteral("activityHoursSpin"));
    m_hours->setRange(0, 100);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(m_activity.hours);
    m_place->setObjectName(QStringLiteral("activityPlaceEdit"));
    m_place->setText(m_activity.place);
    m_relay->setObjectName(QStringLiteral("activityRelayCombo"));
    m_relay->addItem(tr("No RPE"), qint64(0));
    for (const auto& relay : RelayService(context).summaries())
        m_relay->addItem(relay.name, relay.id);
    m_relay->setCurrentIndex(std::max(0, m_relay->findData(m_activity.relayId)));
    m_notes->setObjectName(QStringLiteral("activityNotesEdit"));
    m_notes->setPlainText(m_activity.notes);
    m_notes->setMaximumHeight(70);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"),
                 FieldErrorLabels::stack(m_title, m_errors.create(QStringLiteral("title"), this)));
    form->addRow(tr("&Date:"),
                 FieldErrorLabels::stack(m_date, m_errors.create(QStringLiteral("date"), this)));
    form->addRow(tr("D&uration:"),
                 FieldErrorLabels::stack(m_hours, m_errors.create(QStringLiteral("hours"), this)));
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&RPE:"),
                 FieldErrorLabels::stack(m_relay, m_errors.create(QStringLiteral("relay"), this)));
    form->addRow(tr("&Notes:"), m_notes);

    auto* box = new QGroupBox(tr("Attendance"), this);
    m_attendance->setObjectName(QStringLiteral("attendanceTable"));
    m_attendance->setHorizontalHeaderLabels({tr("Name"), tr("Commune")});
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendance->verticalHeader()->hide();
    m_attendance->horizontalHeader()->setStretchLastSection(true);
    if (m_activity.id > 0)
        for (const auto& row : service.attendees(m_activity.id)) {
            addAttendee(row.childminderId, row.name);
            m_attendance->item(m_attendance->rowCount() - 1, 1)->setText(row.communeName);
        }
    auto* add = new QPushButton(tr("&Add a childminder…"), box);
    add->setObjectName(QStringLiteral("addAttendeeButton"));
    connect(add, &QPushButton::clicked, this, &ActivityEditorDialog::pickAttendee);
    auto* remove = new QPushButton(tr("Re&move"), box);
    remove->setObjectName(QStringLiteral("removeAttendeeButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_attendance->currentRow() >= 0)
            m_attendance->removeRow(m_attendance->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_attendance, 1);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(m_errors.create(QStringLiteral("attendance"), box));

    auto* dialogButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    dialogButtons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveActivityButton"));
    dialogButtons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    dialogButtons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(dialogButtons, &QDialogButtonBox::accepted, this, &ActivityEditorDialog::save);
    connect(dialogButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box, 1);
    layout->addWidget(dialogButtons);
    resize(620, 640);
}

bool ActivityEditorDialog::addAttendee(qint64 childminderId, const QString& name)
{
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        if (m_attendance->item(row, 0)->data(Qt::UserRole).toLongLong() == childminderId)
            return false;
    const int row = m_attendance->rowCount();
    m_attendance->insertRow(row);
    auto* item = new QTableWidgetItem(name);
    item->setData(Qt::UserRole, childminderId);
    m_attendance->setItem(row, 0, item);
    m_attendance->setItem(row, 1, new QTableWidgetItem);
    return true;
}

void ActivityEditorDialog::pickAttendee()
{
    ChildminderService people(m_context);
    ChildminderPicker picker(people, this);
    if (picker.exec() == QDialog::Accepted && picker.selectedId() > 0)
        addAttendee(picker.selectedId(), picker.selectedName());
}

void ActivityEditorDialog::save()
{
    CollectiveActivity candidate = m_activity;
    candidate.kind = activityKindFromKey(m_kind->currentData().toString()).value_or(ActivityKind::Other);
    candidate.title = m_title->text();
    candidate.date = m_date->date();
    candidate.hours = m_hours->value();
    candidate.place = m_place->text();
    candidate.relayId = m_relay->currentData().toLongLong();
    candidate.notes = m_notes->toPlainText();
    QList<qint64> attendees;
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        attendees << m_attendance->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_errors.clear();
    FieldErrors errors;
    if (!m_date->isAcceptable())
        errors.append({QStringLiteral("date"), tr("Enter the date as dd/mm/yyyy.")});
    try {
        if (errors.isEmpty())
            errors = RetentionService(m_context).saveActivity(candidate, attendees);
    } catch (const DomainError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    const FieldErrors unplaced = m_errors.show(errors);
    if (!unplaced.isEmpty())
        MessageBox::warning(this, windowTitle(), unplaced.front().message);
    if (!errors.isEmpty())
        return;
    m_activity = candidate;
    accept();
}

} // namespace parcours
