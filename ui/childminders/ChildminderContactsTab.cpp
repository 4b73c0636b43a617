#include "ChildminderContactsTab.h"

#include "AppContext.h"
#include "Clock.h"
#include "ContactService.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { At, Channel, Direction, Staff, Topics, Outcome, Notes, FollowUpColumn, ColumnCount };

// Who had the last exchange logged in this session: the next one is usually
// logged by the same person.
QString& lastStaffMember()
{
    static QString name;
    return name;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QLabel* healthNotice(QWidget* parent)
{
    auto* notice = new QLabel(
        ChildminderContactsTab::tr("Never write health information (illness, disability, pregnancy…) "
                                   "in the notes: she may ask to read them."),
        parent);
    notice->setObjectName(QStringLiteral("contactNotesNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral("background: #fff4e5; border: 1px solid #f0c36d; padding: 4px;"));
    notice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return notice;
}
} // namespace

ChildminderContactsTab::ChildminderContactsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_unsavedHint(new QLabel(this)), m_body(new QWidget(this)),
      m_table(new QTableWidget(0, ColumnCount, m_body))
{
    setObjectName(QStringLiteral("contactsTab"));
    m_unsavedHint->setObjectName(QStringLiteral("contactsUnsavedHint"));
    m_unsavedHint->setText(tr("Save her file first; you can then log your exchanges with her here."));
    FieldErrorLabels::styleAsHint(m_unsavedHint);
    m_body->setObjectName(QStringLiteral("contactsBody"));

    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Channel"), tr("Direction"), tr("Staff member"),
                                        tr("Topics"), tr("Outcome"), tr("Notes"), tr("Follow-up")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Notes, QHeaderView::Stretch);

    auto* scroll = new QScrollArea(m_body);
    scroll->setObjectName(QStringLiteral("contactFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());

    auto* splitter = new QSplitter(Qt::Vertical, m_body);
    splitter->setObjectName(QStringLiteral("contactSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    // The form keeps its natural height; the history gets the rest.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_unsavedHint);
    layout->addWidget(m_body, 1);
    setPerson(0);
}

QWidget* ChildminderContactsTab::buildForm()
{
    auto* box = new QGroupBox(tr("Log an exchange"));
    box->setObjectName(QStringLiteral("contactFormBox"));

    m_at = new QDateTimeEdit(box);
    m_at->setObjectName(QStringLiteral("contactAtEdit"));
    m_at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("contactChannelCombo"));
    for (ContactChannel channel : allContactChannels())
        m_channel->addItem(contactChannelLabel(channel), int(channel));
    m_direction = new QComboBox(box);
    m_direction->setObjectName(QStringLiteral("contactDirectionCombo"));
    m_direction->addItem(tr("Outgoing (we contacted her)"), int(ContactDirection::Outgoing));
    m_direction->addItem(tr("Incoming (she contacted us)"), int(ContactDirection::Incoming));
    m_staff = new QLineEdit(lastStaffMember(), box);
    m_staff->setObjectName(QStringLiteral("contactStaffEdit"));
    m_staff->setPlaceholderText(tr("Your name"));
    m_duration = new QSpinBox(box);
    m_duration->setObjectName(QStringLiteral("contactDurationSpin"));
    m_duration->setRange(0, 600);
    m_duration->setSuffix(tr(" min"));
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("contactOutcomeCombo"));
    for (ContactOutcome outcome : allContactOutcomes())
        m_outcome->addItem(contactOutcomeLabel(outcome), int(outcome));

    auto* topics = new QWidget(box);
    auto* topicGrid = new QGridLayout(topics);
    topicGrid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (ContactTopic topic : allContactTopics()) {
        auto* check = new QCheckBox(contactTopicLabel(topic), topics);
        check->setObjectName(QStringLiteral("topic_%1Check").arg(contactTopicKey(topic)));
        m_topics.insert(int(topic), check);
        topicGrid->addWidget(check, index / 4, index % 4);
        if (index == 0)
            topics->setFocusProxy(check);
        ++index;
    }

    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("contactNotesEdit"));
    m_notes->setTabChangesFocus(true); // keyboard users leave with Tab
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    auto* notes = new QWidget(box);
    auto* notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->setSpacing(2);
    notesLayout->addWidget(m_notes);
    notesLayout->addWidget(healthNotice(notes));
    notes->setFocusProxy(m_notes);

    auto* left = new QFormLayout;
    left->addRow(tr("&Date and time:"),
                 FieldErrorLabels::stack(m_at, m_errors.create(QStringLiteral("at"), box)));
    left->addRow(tr("C&hannel:"), m_channel);
    left->addRow(tr("Di&rection:"), m_direction);
    auto* right = new QFormLayout;
    right->addRow(tr("Staff &member:"),
                  FieldErrorLabels::stack(m_staff, m_errors.create(QStringLiteral("staffMember"), box)));
    right->addRow(tr("D&uration:"),
                  FieldErrorLabels::stack(m_duration, m_errors.create(QStringLiteral("duration"), box)));
    right->addRow(tr("&Outcome:"), m_outcome);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* bottom = new QFormLayout;
    bottom->addRow(tr("To&pics:"), topics);
    bottom->addRow(tr("Not&es:"), notes);
    bottom->addRow(tr("&Follow-up:"), buildFollowUpRow(box));

    m_feedback = new QLabel(box);
    m_feedback->setObjectName(QStringLiteral("contactFeedback"));
    m_feedback->setWordWrap(true);
    m_logButton = new QPushButton(tr("Save the e&xchange"), box);
    m_logButton->setObjectName(QStringLiteral("logContactButton"));
    connect(m_logButton, &QPushButton::clicked, this, &ChildminderContactsTab::logExchange);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_feedback, 1);
    actions->addWidget(m_logButton);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(columns);
    layout->addLayout(bottom);
    layout->addLayout(actions);
    layout->addStretch(1);
    return box;
}

QWidget* ChildminderContactsTab::buildFollowUpRow(QWidget* parent)
{
    auto* row = new QWidget(parent);
    m_followUpAction = new QLineEdit(row);
    m_followUpAction->setObjectName(QStringLiteral("followUpActionEdit"));
    m_followUpAction->setPlaceholderText(tr("Optional: what to do next"));
    m_followUpDue = new DateLineEdit(row);
    m_followUpDue->setObjectName(QStringLiteral("followUpDueEdit"));
    m_followUpAssignee = new QLineEdit(row);
    m_followUpAssignee->setObjectName(QStringLiteral("followUpAssigneeEdit"));
    m_followUpAssignee->setPlaceholderText(tr("Who will do it"));
    auto* dueLabel = new QLabel(tr("by"), row);
    auto* assigneeLabel = new QLabel(tr("for"), row);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_followUpAction, 3);
    layout->addWidget(dueLabel);
    layout->addWidget(
        FieldErrorLabels::stack(m_followUpDue, m_errors.create(QStringLiteral("followUpDue"), row)), 1);
    layout->addWidget(assigneeLabel);
    layout->addWidget(
        FieldErrorLabels::stack(m_followUpAssignee, m_errors.create(QStringLiteral("followUpAssignee"), row)),
        2);
    row->setFocusProxy(m_followUpAction);
    return row;
}

void ChildminderContactsTab::setPerson(qint64 personId)
{
    const bool changed = personId != m_personId;
    m_personId = personId;
    m_unsavedHint->setVisible(personId <= 0);
    m_body->setEnabled(personId > 0);
    if (changed || personId <= 0) {
        resetForm();
        m_feedback->clear();
    }
    reloadHistory();
}

void ChildminderContactsTab::resetForm()
{
    m_errors.clear();
    m_at->setDateTime(m_context.clock().now().toLocalTime());
    m_duration->setValue(0);
    for (QCheckBox* check : std::as_const(m_topics))
        check->setChecked(false);
    m_outcome->setCurrentIndex(0);
    m_notes->clear();
    m_followUpAction->clear();
    m_followUpDue->clear();
    m_followUpAssignee->clear();
}

void ChildminderContactsTab::reloadHistory()
{
    QList<ContactEntry> entries;
    if (m_personId > 0) {
        try {
            entries = ContactService(m_context).history(m_personId);
        } catch (const DomainError& error) {
            m_feedback->setText(error.message());
        }
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ContactEntry& e = entries.at(row);
        QStringList topics;
        for (ContactTopic topic : e.topics)
            topics.append(contactTopicLabel(topic));
        QString followUp;
        if (e.followUp && !e.followUp->action.isEmpty()) {
            followUp =
                tr("%1 — by %2, %3").arg(e.followUp->action, dateText(e.followUp->due), e.followUp->assignee);
            if (e.followUp->doneOn.isValid())
                followUp += tr(" (done on %1)").arg(dateText(e.followUp->doneOn));
        }
        const QString direction = e.direction == ContactDirection::Incoming ? tr("Incoming") : tr("Outgoing");
        const QStringList cells = {e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                   contactChannelLabel(e.channel),
                                   direction,
                                   e.staffMember,
                                   topics.join(QStringLiteral(", ")),
                                   contactOutcomeLabel(e.outcome),
                                   e.notes.simplified(),
                                   followUp};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
}

ContactEntry ChildminderContactsTab::entryFromForm() const
{
    ContactEntry entry;
    entry.childminderId = m_personId;
    entry.at = m_at->dateTime();
    entry.channel = ContactChannel(m_channel->currentData().toInt());
    entry.direction = ContactDirection(m_direction->currentData().toInt());
    entry.staffMember = m_staff->text();
    entry.durationMinutes = m_duration->value();
    for (ContactTopic topic : allContactTopics())
        if (m_topics.value(int(topic))->isChecked())
            entry.topics.append(topic);
    entry.outcome = ContactOutcome(m_outcome->currentData().toInt());
    entry.notes = m_notes->toPlainText().trimmed();
    if (!m_followUpAction->text().trimmed().isEmpty()) {
        FollowUp followUp;
        followUp.action = m_followUpAction->text().trimmed();
        followUp.due = m_followUpDue->date();
        followUp.assignee = m_followUpAssignee->text().trimmed();
        entry.followUp = followUp;
    }
    return entry;
}

bool ChildminderContactsTab::logExchange()
{
    if (m_personId <= 0)
        return false;
    ContactEntry entry = entryFromForm();
    FieldErrors errors;
    try {
        if (m_followUpDue->isAcceptable()) {
            errors = ContactService(m_context).log(entry);
        } else {
            // Show every problem at once, the unreadable date first.
            errors.append({QStringLiteral("followUpDue"),
                           tr("Enter the due date as dd/mm/yyyy, for example 15/03/2027.")});
            for (const auto& error : ContactService(m_context).validate(entry))
                if (error.field != QLatin1String("followUpDue"))
                    errors.append(error);
        }
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The exchange was not saved"), error.message());
        return false;
    }
    const FieldErrors unplaced = m_errors.show(errors);
    if (!errors.isEmpty()) {
        QStringList problems{tr("The exchange was not saved: correct the fields marked in red.")};
        for (const auto& error : unplaced)
            problems.append(error.message);
        FieldErrorLabels::styleAsError(m_feedback);
        m_feedback->setText(problems.join(QLatin1Char('\n')));
        return false;
    }
    lastStaffMember() = entry.staffMember;
    m_feedback->setStyleSheet(QString());
    m_feedback->setText(
        tr("Exchange of %1 saved.").arg(entry.at.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    resetForm();
    reloadHistory();
    m_at->setFocus();
    emit contactLogged(m_personId);
    return true;
}

} // namespace parcours
