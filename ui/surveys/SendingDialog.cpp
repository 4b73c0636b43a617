#include "SendingDialog.h"

#include "DateLineEdit.h"
#include "DomainError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

SendingDialog::SendingDialog(const QString& title, const QString& intro, QDate today, ContactChannel channel,
                             Send send, QWidget* parent)
    : QDialog(parent), m_send(std::move(send)), m_date(new DateLineEdit(this)),
      m_channel(new QComboBox(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("sendingDialog"));
    setWindowTitle(title);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("sendingDateEdit"));
    m_date->setDate(today);
    m_channel->setObjectName(QStringLiteral("sendingChannelCombo"));
    for (ContactChannel c : allContactChannels())
        if (c != ContactChannel::OnlineForm)
            m_channel->addItem(contactChannelLabel(c), int(c));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(channel))));
    m_problem->setObjectName(QStringLiteral("sendingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    FieldErrorLabels::styleAsError(m_problem);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"),
                 FieldErrorLabels::stack(m_date, m_errors.create(QStringLiteral("date"), this)));
    form->addRow(tr("C&hannel:"), m_channel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sendingOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool SendingDialog::submit()
{
    FieldErrors errors;
    const QDate date = m_date->date();
    if (!date.isValid()) {
        errors.append({QStringLiteral("date"), tr("Enter the date as dd/mm/yyyy, for example 15/03/2027.")});
    } else {
        try {
            errors = m_send(date, ContactChannel(m_channel->currentData().toInt()));
        } catch (const DomainError& error) {
            errors.append({QString(), error.message()});
        }
    }
    const FieldErrors unplaced = m_errors.show(errors);
    QStringList messages;
    for (const FieldError& error : unplaced)
        messages.append(error.message);
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_problem->setVisible(!messages.isEmpty());
    return errors.isEmpty();
}

} // namespace parcours
