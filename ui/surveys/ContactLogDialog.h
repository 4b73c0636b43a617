#pragma once

#include "ContactEntry.h"

#include <QDialog>

class QLabel;

namespace parcours {

class AppContext;
class ContactForm;

// Logging one exchange with a childminder from a campaign's call list: the
// form of her file's Contacts tab (ContactForm) in a dialog, prefilled for a
// survey call (phone, topics activity and career plans). Saved by
// ContactService in its own transaction.
class ContactLogDialog : public QDialog
{
    Q_OBJECT
  public:
    ContactLogDialog(AppContext& context, qint64 childminderId, const QString& personName,
                     QWidget* parent = nullptr);

    // Reads the form and logs the exchange; true when saved.
    bool save();
    ContactForm* form() const { return m_form; }

  signals:
    void logged(qint64 childminderId);

  private:
    AppContext& m_context;
    qint64 m_childminderId;
    ContactForm* m_form;
    QLabel* m_feedback;
};

} // namespace parcours
