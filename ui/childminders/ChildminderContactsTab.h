#pragma once

#include "ContactEntry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;
class ContactForm;

// The "Contacts" tab: her exchanges with the service, most recent first, and
// a quick form to log a new one with the keyboard only. Each exchange is saved
// at once by ContactService in its own transaction; problems show under the
// fields and nothing is written.
class ChildminderContactsTab : public QWidget
{
    Q_OBJECT
  public:
    explicit ChildminderContactsTab(AppContext& context, QWidget* parent = nullptr);

    // personId 0: a person not saved yet, who cannot have exchanges.
    void setPerson(qint64 personId);
    // Reads the form and logs the exchange; true when saved.
    bool logExchange();
    QPushButton* logButton() const { return m_logButton; }

  signals:
    void contactLogged(qint64 personId);

  private:
    QWidget* buildForm();
    void reloadHistory();
    void resetForm();

    AppContext& m_context;
    qint64 m_personId = 0;
    QLabel* m_unsavedHint;
    QWidget* m_body;
    QTableWidget* m_table;
    ContactForm* m_form = nullptr;
    QLabel* m_feedback = nullptr;
    QPushButton* m_logButton = nullptr;
};

} // namespace parcours
