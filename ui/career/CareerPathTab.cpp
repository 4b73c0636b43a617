#include "CareerPathTab.h"

#include "AppContext.h"
#include "CareerEventDialog.h"
#include "CareerService.h"
#include "Clock.h"
#include "FieldErrorLabels.h"
#include "ImmersionDialog.h"
#include "MessageBox.h"
#include "ObligationService.h"
#include "QualificationDialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 6);
}

// Status colours stay pale so the text remains readable in both themes.
QColor statusColour(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::Done:
        return QColor(0xd4, 0xed, 0xda);
    case ObligationStatus::DueSoon:
        return QColor(0xff, 0xe8, 0xb3);
    case ObligationStatus::Overdue:
        return QColor(0xf8, 0xd0, 0xd0);
    case ObligationStatus::Upcoming:
    case ObligationStatus::NotApplicable:
        break;
    }
    return {};
}

QTableWidget* makeTable(const QString& name, const QStringList& headers, int stretchColumn, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // One line per row; the full text of a long cell is in its tooltip.
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setMinimumHeight(120);
    return table;
}

QTableWidgetItem* item(const QString& text, const QColor& background = {})
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    if (background.isValid())
        cell->setBackground(background);
    return cell;
}

QPushButton* button(const QString& name, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

CareerPathTab::CareerPathTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_unsavedHint(new QLabel(this)), m_body(new QWidget)
{
    setObjectName(QStringLiteral("careerPathTab"));
    m_unsavedHint->setObjectName(QStringLiteral("careerUnsavedHint"));
    m_unsavedHint->setText(tr("Save her file first; her obligations and career are then followed here."));
    m_unsavedHint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(m_unsavedHint);
    m_body->setObjectName(QStringLiteral("careerBody"));

    m_enrol = button(QStringLiteral("enrolButton"), tr("Enrol in a session…"), m_body);
    connect(m_enrol, &QPushButton::clicked, this, [this] { emit enrolRequested(m_personId); });
    auto* top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_enrol);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->addLayout(top);
    bodyLayout->addWidget(buildObligations());
    bodyLayout->addWidget(buildChecklist());
    bodyLayout->addWidget(buildQualifications());
    bodyLayout->addWidget(buildEvents());
    bodyLayout->addWidget(buildImmersions());

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("careerScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_unsavedHint);
    layout->addWidget(scroll);
    setPerson(0);
}

QWidget* CareerPathTab::buildObligations()
{
    auto* box = new QGroupBox(tr("Obligations and deadlines"), m_body);
    box->setObjectName(QStringLiteral("obligationsBox"));
    m_obligations = makeTable(
        QStringLiteral("obligationTable"),
        {tr("Obligation"), tr("Status"), tr("Deadline"), tr("Hours done / required"), tr("Detail")}, 4, box);
    // Room for her usual seven obligations without scrolling.
    m_obligations->setMinimumHeight(250);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_obligations);
    return box;
}

QWidget* CareerPathTab::buildChecklist()
{
    auto* box = new QGroupBox(tr("Renewal file"), m_body);
    box->setObjectName(QStringLiteral("checklistBox"));
    m_checklistSummary = new QLabel(box);
    m_checklistSummary->setObjectName(QStringLiteral("checklistSummary"));
    m_checklistSummary->setWordWrap(true);
    m_checklist =
        makeTable(QStringLiteral("checklistTable"), {tr("Item"), tr("State"), tr("What is missing")}, 2, box);
    m_checklist->setMinimumHeight(180);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_checklistSummary);
    layout->addWidget(m_checklist);
    return box;
}

QWidget* CareerPathTab::buildQualifications()
{
    auto* box = new QGroupBox(tr("CAP AEPE results and qualifications"), m_body);
    m_qualificationTable = makeTable(QStringLiteral("qualificationTable"),
                                     {tr("Test or diploma"), tr("Result"), tr("Date"), tr("Label")}, 3, box);
    auto* add = button(QStringLiteral("addQualificationButton"), tr("Add a result…"), box);
    auto* edit = button(QStringLiteral("editQualificationButton"), tr("Edit…"), box);
    auto* remove = button(QStringLiteral("deleteQualificationButton"), tr("Delete"), box);
    connect(add, &QPushButton::clicked, this, &CareerPathTab::addQualification);
    connect(edit, &QPushButton::clicked, this, &CareerPathTab::editQualification);
    connect(m_qualificationTable, &QTableWidget::cellDoubleClicked, this, &CareerPathTab::editQualification);
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(m_qualificationTable); });
    m_editButtons << edit << remove;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_qualificationTable);
    layout->addLayout(buttons);
    connect(m_qualificationTable, &QTableWidget::itemSelectionChanged, this, &CareerPathTab::updateButtons);
    return box;
}

QWidget* CareerPathTab::buildEvents()
{
    auto* box = new QGroupBox(tr("Career events"), m_body);
    m_eventTable =
        makeTable(QStringLiteral("eventTable"), {tr("Date"), tr("Event"), tr("Detail"), tr("Note")}, 3, box);
    auto* add = button(QStringLiteral("addEventButton"), tr("Add an event…"), box);
    auto* edit = button(QStringLiteral("editEventButton"), tr("Edit…"), box);
    auto* remove = button(QStringLiteral("deleteEventButton"), tr("Delete"), box);
    connect(add, &QPushButton::clicked, this, &CareerPathTab::addEvent);
    connect(edit, &QPushButton::clicked, this, &CareerPathTab::editEvent);
    connect(m_eventTable, &QTableWidget::cellDoubleClicked, this, &CareerPathTab::editEvent);
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(m_eventTable); });
    m_editButtons << edit << remove;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_eventTable);
    layout->addLayout(buttons);
    connect(m_eventTable, &QTableWidget::itemSelectionChanged, this, &CareerPathTab::updateButtons);
    return box;
}

QWidget* CareerPathTab::buildImmersions()
{
    auto* box = new QGroupBox(tr("Immersions (PMSMP)"), m_body);
    m_immersionTable = makeTable(QStringLiteral("immersionTable"),
                                 {tr("From"), tr("To"), tr("Host"), tr("Renewal"), tr("Rules")}, 4, box);
    auto* add = button(QStringLiteral("addImmersionButton"), tr("Add an immersion…"), box);
    auto* remove = button(QStringLiteral("deleteImmersionButton"), tr("Delete"), box);
    connect(add, &QPushButton::clicked, this, &CareerPathTab::addImmersion);
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(m_immersionTable); });
    m_editButtons << remove;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_immersionTable);
    layout->addLayout(buttons);
    connect(m_immersionTable, &QTableWidget::itemSelectionChanged, this, &CareerPathTab::updateButtons);
    return box;
}

void CareerPathTab::setPerson(qint64 personId)
{
    m_personId = personId;
    m_unsavedHint->setVisible(personId == 0);
    m_body->setEnabled(personId != 0);
    refresh();
}

void CareerPathTab::refresh()
{
    fillObligations();
    fillChecklist();
    fillQualifications();
    fillEvents();
    fillImmersions();
    updateButtons();
}

void CareerPathTab::fillObligations()
{
    m_obligations->setRowCount(0);
    if (m_personId == 0)
        return;
    const auto list = ObligationService(m_context).obligations(m_personId);
    m_obligations->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Obligation& o = list[row];
        const QColor colour = statusColour(o.status);
        m_obligations->setItem(row, 0, item(o.label));
        auto* status = item(obligationStatusLabel(o.status), colour);
        status->setData(Qt::UserRole, obligationStatusKey(o.status));
        m_obligations->setItem(row, 1, status);
        m_obligations->setItem(row, 2, item(dateText(o.deadline), colour));
        m_obligations->setItem(
            row, 3,
            item(o.hoursRequired > 0 && o.kind != ObligationKind::VaeEligibility
                     ? tr("%1 h / %2 h").arg(hoursText(o.hoursDone), hoursText(o.hoursRequired))
                     : QString()));
        m_obligations->setItem(row, 4, item(o.detail));
    }
}

void CareerPathTab::fillChecklist()
{
    m_checklist->setRowCount(0);
    m_checklistSummary->clear();
    if (m_personId == 0)
        return;
    const RenewalChecklist list = ObligationService(m_context).checklist(m_personId);
    if (!list.approvalEnd.isValid())
        m_checklistSummary->setText(
            tr("No agrément in force: the list below shows what a renewal file needs."));
    else if (list.complete())
        m_checklistSummary->setText(tr("Her renewal file is ready: due by %1 (agrément ends %2).")
                                        .arg(dateText(list.fileDue), dateText(list.approvalEnd)));
    else
        m_checklistSummary->setText(
            tr("Renewal file due by %1 (agrément ends %2): %n item(s) missing.", nullptr, list.missingCount())
                .arg(dateText(list.fileDue), dateText(list.approvalEnd)));
    m_checklist->setRowCount(int(list.items.size()));
    for (int row = 0; row < list.items.size(); ++row) {
        const ChecklistItem& i = list.items[row];
        const QColor colour = statusColour(i.done ? ObligationStatus::Done : ObligationStatus::Overdue);
        m_checklist->setItem(row, 0, item(i.label));
        m_checklist->setItem(row, 1, item(i.done ? tr("Done") : tr("Missing"), colour));
        m_checklist->setItem(row, 2, item(i.missing));
    }
}

void CareerPathTab::fillQualifications()
{
    m_qualifications =
        m_personId ? CareerService(m_context).qualifications(m_personId) : QList<Qualification>();
    m_qualificationTable->setRowCount(int(m_qualifications.size()));
    for (int row = 0; row < m_qualifications.size(); ++row) {
        const Qualification& q = m_qualifications[row];
        m_qualificationTable->setItem(row, 0, item(qualificationKindLabel(q.kind)));
        m_qualificationTable->setItem(row, 1, item(qualificationResultLabel(q.result)));
        m_qualificationTable->setItem(row, 2, item(dateText(q.date)));
        m_qualificationTable->setItem(row, 3, item(q.label));
    }
}

void CareerPathTab::fillEvents()
{
    m_events = m_personId ? CareerService(m_context).events(m_personId) : QList<CareerEvent>();
    m_eventTable->setRowCount(int(m_events.size()));
    for (int row = 0; row < m_events.size(); ++row) {
        const CareerEvent& e = m_events[row];
        m_eventTable->setItem(row, 0, item(dateText(e.date)));
        m_eventTable->setItem(row, 1, item(careerEventKindLabel(e.kind)));
        m_eventTable->setItem(
            row, 2, item(e.detail.isEmpty() ? QString() : careerEventDetailLabel(e.kind, e.detail)));
        m_eventTable->setItem(row, 3, item(e.note));
    }
}

void CareerPathTab::fillImmersions()
{
    CareerService service(m_context);
    m_immersions = m_personId ? service.immersions(m_personId) : QList<Immersion>();
    m_immersionTable->setRowCount(int(m_immersions.size()));
    for (int row = 0; row < m_immersions.size(); ++row) {
        const Immersion& i = m_immersions[row];
        // Rules may have changed since it was recorded (settings): check again.
        const QStringList problems = service.immersionProblems(i);
        m_immersionTable->setItem(row, 0, item(dateText(i.startDate)));
        m_immersionTable->setItem(row, 1, item(dateText(i.endDate)));
        m_immersionTable->setItem(row, 2, item(i.hostName));
        m_immersionTable->setItem(row, 3, item(i.renewalOf > 0 ? tr("Yes") : tr("No")));
        m_immersionTable->setItem(
            row, 4,
            item(problems.isEmpty() ? tr("Within the limits") : problems.join(QLatin1Char('\n')),
                 statusColour(problems.isEmpty() ? ObligationStatus::Done : ObligationStatus::Overdue)));
    }
}

void CareerPathTab::updateButtons()
{
    m_enrol->setEnabled(m_personId != 0);
    for (QPushButton* b : m_editButtons) {
        const QString name = b->objectName();
        QTableWidget* table = name.contains(QLatin1String("Qualification")) ? m_qualificationTable
                              : name.contains(QLatin1String("Event"))       ? m_eventTable
                                                                            : m_immersionTable;
        b->setEnabled(table->currentRow() >= 0 && !table->selectedItems().isEmpty());
    }
}

QDialog* CareerPathTab::track(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CareerPathTab::refresh);
    dialog->open();
    return dialog;
}

QDialog* CareerPathTab::addQualification()
{
    if (m_personId == 0)
        return nullptr;
    Qualification q;
    q.childminderId = m_personId;
    q.date = m_context.clock().today();
    return track(new QualificationDialog(m_context, q, this));
}

QDialog* CareerPathTab::editQualification()
{
    const int row = m_qualificationTable->currentRow();
    if (row < 0 || row >= m_qualifications.size())
        return nullptr;
    return track(new QualificationDialog(m_context, m_qualifications[row], this));
}

QDialog* CareerPathTab::addEvent()
{
    if (m_personId == 0)
        return nullptr;
    CareerEvent e;
    e.childminderId = m_personId;
    e.date = m_context.clock().today();
    return track(new CareerEventDialog(m_context, e, this));
}

QDialog* CareerPathTab::editEvent()
{
    const int row = m_eventTable->currentRow();
    if (row < 0 || row >= m_events.size())
        return nullptr;
    return track(new CareerEventDialog(m_context, m_events[row], this));
}

QDialog* CareerPathTab::addImmersion()
{
    if (m_personId == 0)
        return nullptr;
    Immersion i;
    i.childminderId = m_personId;
    return track(new ImmersionDialog(m_context, i, this));
}

void CareerPathTab::removeSelected(QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0)
        return;
    if (MessageBox::ask(this, QMessageBox::Question, tr("Delete"),
                        tr("Delete this record from her career path?"), MessageBox::Yes | MessageBox::No,
                        MessageBox::No) != MessageBox::Yes)
        return;
    CareerService service(m_context);
    FieldErrors errors;
    if (table == m_qualificationTable && row < m_qualifications.size())
        errors = service.remove(m_qualifications[row]);
    else if (table == m_eventTable && row < m_events.size())
        errors = service.remove(m_events[row]);
    else if (table == m_immersionTable && row < m_immersions.size())
        errors = service.remove(m_immersions[row]);
    if (!errors.isEmpty())
        MessageBox::warning(this, tr("Delete"), errors.first().message);
    refresh();
}

} // namespace parcours
