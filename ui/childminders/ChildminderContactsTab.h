#pragma once

#include "ContactEntry.h"
#include "FieldErrorLabels.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace parcours {

class AppContext;
class DateLineEdit;

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
    QWidget* buildFollowUpRow(QWidget* parent);
    void reloadHistory();
    void resetForm();
    ContactEntry entryFromForm() const;

    AppContext& m_context;
    qint64 m_personId = 0;
    FieldErrorLabels m_errors;
    QLabel* m_unsavedHint;
    QWidget* m_body;
    QTableWidget* m_table;
    QDateTimeEdit* m_at = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_direction = nullptr;
    QLineEdit* m_staff = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_outcome = nullptr;
    QHash<int, QCheckBox*> m_topics; // by ContactTopic
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_followUpAction = nullptr;
    DateLineEdit* m_followUpDue = nullptr;
    QLineEdit* m_followUpAssignee = nullptr;
    QLabel* m_feedback = nullptr;
    QPushButton* m_logButton = nullptr;
};

} // namespace parcours
