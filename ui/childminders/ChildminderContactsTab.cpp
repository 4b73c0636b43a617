#include "ChildminderContactsTab.h"

#include "AppContext.h"
#include "Clock.h"
#include "ContactForm.h"
#include "ContactService.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "MessageBox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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
    m_form = new ContactForm(box);
    m_form->setStaffMember(lastStaffMember());

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
    layout->addWidget(m_form);
    layout->addLayout(actions);
    layout->addStretch(1);
    return box;
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
    m_form->reset(m_context.clock().now().toLocalTime());
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

bool ChildminderContactsTab::logExchange()
{
    if (m_personId <= 0)
        return false;
    ContactEntry entry;
    FieldErrors unplaced;
    bool saved = false;
    try {
        saved = m_form->log(m_context, m_personId, &unplaced, &entry);
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The exchange was not saved"), error.message());
        return false;
    }
    if (!saved) {
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
    m_form->firstField()->setFocus();
    emit contactLogged(m_personId);
    return true;
}

} // namespace parcours
