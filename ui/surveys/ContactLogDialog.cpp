#include "ContactLogDialog.h"

#include "AppContext.h"
#include "Clock.h"
#include "ContactForm.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "MessageBox.h"
#include "ResponseFormDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

ContactLogDialog::ContactLogDialog(AppContext& context, qint64 childminderId, const QString& personName,
                                   QWidget* parent)
    : QDialog(parent), m_context(context), m_childminderId(childminderId), m_form(new ContactForm(this)),
      m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("contactLogDialog"));
    setWindowTitle(tr("Exchange with %1").arg(personName));
    m_form->reset(context.clock().now().toLocalTime());
    // A survey call: by phone, about her activity and her plans.
    m_form->setChannel(ContactChannel::Phone);
    m_form->setTopics({ContactTopic::Activity, ContactTopic::CareerPlan});
    m_form->setStaffMember(ResponseFormDialog::defaultEnteredBy());
    m_feedback->setObjectName(QStringLiteral("contactFeedback"));
    m_feedback->setWordWrap(true);
    FieldErrorLabels::styleAsError(m_feedback);
    m_feedback->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save the e&xchange"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("logContactButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    setMinimumWidth(760);
    m_form->firstField()->setFocus();
}

bool ContactLogDialog::save()
{
    FieldErrors unplaced;
    bool saved = false;
    try {
        saved = m_form->log(m_context, m_childminderId, &unplaced);
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The exchange was not saved"), error.message());
        return false;
    }
    QStringList messages;
    for (const FieldError& error : unplaced)
        messages.append(error.message);
    m_feedback->setText(messages.join(QLatin1Char('\n')));
    m_feedback->setVisible(!messages.isEmpty());
    if (!saved)
        return false;
    emit logged(m_childminderId);
    return true;
}

} // namespace parcours
