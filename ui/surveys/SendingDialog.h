#pragma once

#include "ContactEntry.h"
#include "FieldError.h"
#include "FieldErrorLabels.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;

namespace parcours {

class DateLineEdit;

// The date and channel of an invitation or a reminder. On OK it hands them to
// `send` (CampaignService::invite or remind) and stays open with the
// service's reasons when the sending is refused (too many reminders, too soon).
class SendingDialog : public QDialog
{
    Q_OBJECT
  public:
    using Send = std::function<FieldErrors(QDate date, ContactChannel channel)>;

    SendingDialog(const QString& title, const QString& intro, QDate today, ContactChannel channel, Send send,
                  QWidget* parent = nullptr);

    // Reads the fields and sends; true when the service accepted.
    bool submit();
    QLabel* problemLabel() const { return m_problem; }

  private:
    Send m_send;
    FieldErrorLabels m_errors;
    DateLineEdit* m_date;
    QComboBox* m_channel;
    QLabel* m_problem;
};

} // namespace parcours
