#include "ResponseFormDialog.h"

#include "AppContext.h"
#include "CampaignService.h"
#include "Clock.h"
#include "ContactService.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MessageBox.h"
#include "QuestionEditors.h"
#include "QuestionnaireForm.h"
#include "ResponseRules.h"
#include "ResponseService.h"
#include "SurveyPrivacyNotice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace parcours {

QString ResponseFormDialog::defaultEnteredBy()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

ResponseFormDialog::ResponseFormDialog(AppContext& context, qint64 campaignId, qint64 childminderId,
                                       const QString& personName, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("responseFormDialog"));
    m_response.campaignId = campaignId;
    m_response.childminderId = childminderId;
    std::optional<SurveyResponse> lastYear;
    int year = 0;
    try {
        ResponseService responses(context);
        m_questionnaire = responses.questionnaireOf(campaignId);
        for (const SurveyCampaign& campaign : CampaignService(context).campaigns())
            if (campaign.id == campaignId)
                year = campaign.year;
        if (const auto existing = responses.response(campaignId, childminderId))
            m_response = *existing;
        lastYear = responses.previousResponse(childminderId, year);
    } catch (const DomainError& error) {
        m_loadProblem = error.message();
    }
    if (!m_questionnaire && m_loadProblem.isEmpty())
        m_loadProblem = tr("The campaign's questionnaire cannot be found in the database.");
    setWindowTitle(tr("%1 survey — %2").arg(year).arg(personName));

    auto* title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    title->setText(isEditing() ? tr("%1 — correcting her %2 response").arg(personName).arg(year)
                               : tr("%1 — %2 survey").arg(personName).arg(year));
    auto* keys = new QLabel(tr("Tab: next question · 1 to 9: choose an option · Space: tick a box · "
                               "Ctrl+Enter: save · Escape: cancel"),
                            this);
    keys->setObjectName(QStringLiteral("keyboardHint"));
    keys->setWordWrap(true);
    FieldErrorLabels::styleAsHint(keys);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(keys);
    layout->addWidget(buildHeader());
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("responseScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    // Tab goes from the header straight to the first question, not to the frame.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    if (m_questionnaire) {
        m_form = new QuestionnaireForm(*m_questionnaire, lastYear, m_scroll);
        if (isEditing())
            m_form->load(m_response);
        m_scroll->setWidget(m_form);
        // Ready to type the first answer; channel, date and name are usually right.
        const auto questions = m_questionnaire->allQuestions();
        if (!questions.isEmpty())
            m_form->editor(questions.front().code)->setFocus(Qt::OtherFocusReason);
        connect(m_form, &QuestionnaireForm::changed, this, [this] { m_dirty = true; });
    } else {
        auto* problem = new QLabel(m_loadProblem, m_scroll);
        problem->setWordWrap(true);
        FieldErrorLabels::styleAsError(problem);
        m_scroll->setWidget(problem);
    }
    layout->addWidget(m_scroll, 1);
    // The survey's information notice (issue 5): read it out on the phone.
    auto* notice = new QLabel(
        surveyPrivacyNotice(m_context.serviceIdentity(), m_context.rules().anonymiseAfterApprovalEndYears),
        this);
    notice->setObjectName(QStringLiteral("privacyNotice"));
    notice->setTextFormat(Qt::PlainText);
    notice->setWordWrap(true);
    FieldErrorLabels::styleAsHint(notice);
    layout->addWidget(notice);
    layout->addWidget(buildButtons());
    resize(900, 720);

    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (save())
                accept();
        });
    }
}

QWidget* ResponseFormDialog::buildHeader()
{
    auto* box = new QWidget(this);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("responseChannelCombo"));
    for (ContactChannel channel : allContactChannels())
        if (channel != ContactChannel::OnlineForm) // online answers come through the import
            m_channel->addItem(contactChannelLabel(channel), int(channel));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(m_response.channel))));
    m_date = new DateLineEdit(box);
    m_date->setObjectName(QStringLiteral("responseDateEdit"));
    m_date->setDate(m_response.submittedAt.isValid() ? m_response.submittedAt.date()
                                                     : m_context.clock().today());
    m_date->setMaximumWidth(140);
    m_enteredBy =
        new QLineEdit(m_response.enteredBy.isEmpty() ? defaultEnteredBy() : m_response.enteredBy, box);
    m_enteredBy->setObjectName(QStringLiteral("responseEnteredByEdit"));
    m_enteredBy->setPlaceholderText(tr("Your name"));

    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->addRow(tr("C&hannel:"), m_channel);
    auto* form2 = new QFormLayout;
    form2->addRow(tr("&Date:"),
                  FieldErrorLabels::stack(m_date, m_errors.create(QStringLiteral("submittedAt"), box)));
    auto* form3 = new QFormLayout;
    form3->addRow(tr("&Entered by:"),
                  FieldErrorLabels::stack(m_enteredBy, m_errors.create(QStringLiteral("enteredBy"), box)));
    layout->addLayout(form, 1);
    layout->addLayout(form2, 1);
    layout->addLayout(form3, 1);
    for (auto* edit : {static_cast<QLineEdit*>(m_date), m_enteredBy})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    connect(m_channel, &QComboBox::activated, this, [this] { m_dirty = true; });
    return box;
}

QWidget* ResponseFormDialog::buildButtons()
{
    auto* row = new QWidget(this);
    m_feedback = new QLabel(row);
    m_feedback->setObjectName(QStringLiteral("responseFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_saveButton = new QPushButton(tr("&Save (Ctrl+Enter)"), row);
    m_saveButton->setObjectName(QStringLiteral("saveResponseButton"));
    m_saveButton->setEnabled(m_form != nullptr);
    auto* cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(QStringLiteral("cancelResponseButton"));
    // Enter moves on in a form typed at speed; only Ctrl+Enter saves.
    for (QPushButton* button : {m_saveButton, cancel}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &ResponseFormDialog::reject);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_feedback, 1);
    layout->addWidget(m_saveButton);
    layout->addWidget(cancel);
    return row;
}

bool ResponseFormDialog::save()
{
    if (!m_form)
        return false;
    SurveyResponse candidate = m_response;
    candidate.source = ResponseSource::Staff;
    candidate.channel = ContactChannel(m_channel->currentData().toInt());
    candidate.enteredBy = m_enteredBy->text().trimmed();
    const QDate date = m_date->date();
    const QDate today = m_context.clock().today();
    // Typed today: the moment of typing; another day: midday of that day.
    candidate.submittedAt = date == today ? m_context.clock().now() : QDateTime(date, QTime(12, 0));
    m_form->readInto(candidate);

    FieldErrors errors;
    if (!date.isValid())
        errors.append({QStringLiteral("submittedAt"),
                       m_date->text().trimmed().isEmpty()
                           ? tr("Enter the date of the response.")
                           : tr("Enter the date as dd/mm/yyyy, for example 15/03/2027.")});
    // Her contact history names who had the exchange: never left blank.
    if (candidate.enteredBy.isEmpty())
        errors.append({QStringLiteral("enteredBy"), tr("Enter who typed the response.")});
    errors.append(m_form->inputProblems());
    const auto before = m_response.version > 0 ? std::optional<SurveyResponse>(m_response) : std::nullopt;
    if (errors.isEmpty()) {
        try {
            errors = ResponseService(m_context).submit(candidate);
        } catch (const DomainError& error) {
            MessageBox::critical(this, tr("The response was not saved"), error.message());
            return false;
        }
    }
    m_errors.clear();
    QuestionEditor* first = nullptr;
    const FieldErrors unplaced = m_errors.show(m_form->showErrors(errors, &first));
    if (!errors.isEmpty()) {
        QStringList problems{tr("The response was not saved: correct the questions marked in red.")};
        for (const FieldError& error : unplaced)
            problems.append(error.message);
        FieldErrorLabels::styleAsError(m_feedback);
        m_feedback->setText(problems.join(QLatin1Char('\n')));
        // The first problem from the top gets the focus.
        if (!m_errors.label(QStringLiteral("submittedAt"))->isHidden()) {
            m_date->setFocus(Qt::OtherFocusReason);
        } else if (!m_errors.label(QStringLiteral("enteredBy"))->isHidden()) {
            m_enteredBy->setFocus(Qt::OtherFocusReason);
        } else if (first) {
            m_scroll->ensureWidgetVisible(first->parentWidget(), 20, 40);
            first->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    const bool hadFollowUp = before && !ResponseRules(*m_questionnaire).followUpQuestions(*before).isEmpty();
    m_response = candidate;
    m_dirty = false;
    m_feedback->setStyleSheet(QString());
    m_feedback->setText(tr("Response saved."));
    emit saved(m_response.childminderId, createdFollowUp(hadFollowUp));
    return true;
}

QString ResponseFormDialog::createdFollowUp(bool hadFollowUp) const
{
    // The service creates a follow-up only the first time the answers call for one.
    if (hadFollowUp || ResponseRules(*m_questionnaire).followUpQuestions(m_response).isEmpty())
        return {};
    try {
        for (const ContactEntry& entry : ContactService(m_context).history(m_response.childminderId))
            if (entry.followUp && entry.at == m_response.submittedAt)
                return entry.followUp->action;
    } catch (const DomainError&) {
    }
    return {};
}

void ResponseFormDialog::reject()
{
    if (m_dirty && !MessageBox::confirmUnsaved(this, tr("Save the answers typed for this response?"),
                                               [this] { return save(); }))
        return;
    QDialog::reject();
}

} // namespace parcours
