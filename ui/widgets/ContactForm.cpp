#include "ContactForm.h"

#include "ContactService.h"
#include "DateLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours {

ContactForm::ContactForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("contactForm"));
    m_at = new QDateTimeEdit(this);
    m_at->setObjectName(QStringLiteral("contactAtEdit"));
    m_at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("contactChannelCombo"));
    for (ContactChannel channel : allContactChannels())
        m_channel->addItem(contactChannelLabel(channel), int(channel));
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("contactDirectionCombo"));
    m_direction->addItem(tr("Outgoing (we contacted her)"), int(ContactDirection::Outgoing));
    m_direction->addItem(tr("Incoming (she contacted us)"), int(ContactDirection::Incoming));
    m_staff = new QLineEdit(this);
    m_staff->setObjectName(QStringLiteral("contactStaffEdit"));
    m_staff->setPlaceholderText(tr("Your name"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("contactDurationSpin"));
    m_duration->setRange(0, 600);
    m_duration->setSuffix(tr(" min"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("contactOutcomeCombo"));
    for (ContactOutcome outcome : allContactOutcomes())
        m_outcome->addItem(contactOutcomeLabel(outcome), int(outcome));

    auto* left = new QFormLayout;
    left->addRow(tr("&Date and time:"),
                 FieldErrorLabels::stack(m_at, m_errors.create(QStringLiteral("at"), this)));
    left->addRow(tr("C&hannel:"), m_channel);
    left->addRow(tr("Di&rection:"), m_direction);
    auto* right = new QFormLayout;
    right->addRow(tr("Staff &member:"),
                  FieldErrorLabels::stack(m_staff, m_errors.create(QStringLiteral("staffMember"), this)));
    right->addRow(tr("D&uration:"),
                  FieldErrorLabels::stack(m_duration, m_errors.create(QStringLiteral("duration"), this)));
    right->addRow(tr("&Outcome:"), m_outcome);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* bottom = new QFormLayout;
    bottom->addRow(tr("To&pics:"), buildTopics());
    bottom->addRow(tr("Not&es:"), buildNotes());
    bottom->addRow(tr("&Follow-up:"), buildFollowUpRow());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addLayout(bottom);
}

QWidget* ContactForm::buildTopics()
{
    auto* topics = new QWidget(this);
    auto* grid = new QGridLayout(topics);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (ContactTopic topic : allContactTopics()) {
        auto* check = new QCheckBox(contactTopicLabel(topic), topics);
        check->setObjectName(QStringLiteral("topic_%1Check").arg(contactTopicKey(topic)));
        m_topics.insert(int(topic), check);
        grid->addWidget(check, index / 4, index % 4);
        if (index == 0)
            topics->setFocusProxy(check);
        ++index;
    }
    return topics;
}

QWidget* ContactForm::buildNotes()
{
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("contactNotesEdit"));
    m_notes->setTabChangesFocus(true); // keyboard users leave with Tab
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    auto* notice = new QLabel(tr("Never write health information (illness, disability, pregnancy…) "
                                 "in the notes: she may ask to read them."),
                              this);
    notice->setObjectName(QStringLiteral("contactNotesNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral("background: #fff4e5; border: 1px solid #f0c36d; padding: 4px;"));
    notice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* notes = new QWidget(this);
    auto* layout = new QVBoxLayout(notes);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_notes);
    layout->addWidget(notice);
    notes->setFocusProxy(m_notes);
    return notes;
}

QWidget* ContactForm::buildFollowUpRow()
{
    auto* row = new QWidget(this);
    m_followUpAction = new QLineEdit(row);
    m_followUpAction->setObjectName(QStringLiteral("followUpActionEdit"));
    m_followUpAction->setPlaceholderText(tr("Optional: what to do next"));
    m_followUpDue = new DateLineEdit(row);
    m_followUpDue->setObjectName(QStringLiteral("followUpDueEdit"));
    m_followUpAssignee = new QLineEdit(row);
    m_followUpAssignee->setObjectName(QStringLiteral("followUpAssigneeEdit"));
    m_followUpAssignee->setPlaceholderText(tr("Who will do it"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_followUpAction, 3);
    layout->addWidget(new QLabel(tr("by"), row));
    layout->addWidget(
        FieldErrorLabels::stack(m_followUpDue, m_errors.create(QStringLiteral("followUpDue"), row)), 1);
    layout->addWidget(new QLabel(tr("for"), row));
    layout->addWidget(
        FieldErrorLabels::stack(m_followUpAssignee, m_errors.create(QStringLiteral("followUpAssignee"), row)),
        2);
    row->setFocusProxy(m_followUpAction);
    return row;
}

void ContactForm::reset(const QDateTime& now)
{
    m_errors.clear();
    m_at->setDateTime(now);
    m_duration->setValue(0);
    for (QCheckBox* check : std::as_const(m_topics))
        check->setChecked(false);
    m_outcome->setCurrentIndex(0);
    m_notes->clear();
    m_followUpAction->clear();
    m_followUpDue->clear();
    m_followUpAssignee->clear();
}

void ContactForm::setChannel(ContactChannel channel)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(channel))));
}

void ContactForm::setTopics(const QList<ContactTopic>& topics)
{
    for (auto it = m_topics.begin(); it != m_topics.end(); ++it)
        it.value()->setChecked(topics.contains(ContactTopic(it.key())));
}

void ContactForm::setStaffMember(const QString& name)
{
    m_staff->setText(name);
}

QWidget* ContactForm::firstField() const
{
    return m_at;
}

ContactEntry ContactForm::entry(qint64 childminderId) const
{
    ContactEntry entry;
    entry.childminderId = childminderId;
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

bool ContactForm::log(AppContext& context, qint64 childminderId, FieldErrors* unplaced, ContactEntry* logged)
{
    ContactEntry candidate = entry(childminderId);
    FieldErrors errors;
    if (m_followUpDue->isAcceptable()) {
        errors = ContactService(context).log(candidate);
    } else {
        // Show every problem at once, the unreadable date first.
        errors.append(
            {QStringLiteral("followUpDue"), tr("Enter the due date as dd/mm/yyyy, for example 15/03/2027.")});
        for (const auto& error : ContactService(context).validate(candidate))
            if (error.field != QLatin1String("followUpDue"))
                errors.append(error);
    }
    const FieldErrors others = m_errors.show(errors);
    if (unplaced)
        *unplaced = others;
    if (errors.isEmpty() && logged)
        *logged = candidate;
    return errors.isEmpty();
}

} // namespace parcours
