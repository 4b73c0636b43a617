#pragma once

#include "ContactEntry.h"
#include "FieldErrorLabels.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace parcours {

class AppContext;
class DateLineEdit;

// The fields of one exchange with a childminder, usable with the keyboard
// only: date and time, channel, direction, staff member, duration, outcome,
// topics, notes (with the no-health-data notice) and an optional follow-up.
// Shared by her file's Contacts tab and the campaign call list's dialog.
class ContactForm : public QWidget
{
    Q_OBJECT
  public:
    explicit ContactForm(QWidget* parent = nullptr);

    // Empties the fields for a new exchange at `now` (staff member kept).
    void reset(const QDateTime& now);
    void setChannel(ContactChannel channel);
    void setTopics(const QList<ContactTopic>& topics);
    void setStaffMember(const QString& name);
    QWidget* firstField() const;

    ContactEntry entry(qint64 childminderId) const;
    // Logs the exchange through ContactService (its own transaction), or shows
    // the problems under the fields; `unplaced` receives those about no field.
    // True when saved; `logged` then receives the stored entry. Throws DomainError.
    bool log(AppContext& context, qint64 childminderId, FieldErrors* unplaced = nullptr,
             ContactEntry* logged = nullptr);
    void clearErrors() { m_errors.clear(); }

  private:
    QWidget* buildTopics();
    QWidget* buildNotes();
    QWidget* buildFollowUpRow();

    FieldErrorLabels m_errors;
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
};

} // namespace parcours
