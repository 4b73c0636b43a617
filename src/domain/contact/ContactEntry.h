#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// How an exchange with a childminder took place (issue 3, contact annuel).
// OnlineForm: she answered the annual questionnaire online herself.
enum class ContactChannel { Phone, Email, Letter, Sms, HomeVisit, RelayMeeting, GroupMeeting, OnlineForm };
enum class ContactDirection { Outgoing, Incoming };
enum class ContactTopic {
    Activity,
    Difficulties,
    Training,
    CareerPlan,
    ConsideringStopping,
    Approval,
    Mam,
    Other
};
// Only Completed counts as "reached" for the annual coverage.
enum class ContactOutcome { Completed, MessageLeft, Unreachable, Refused };

QString contactChannelKey(ContactChannel channel);
std::optional<ContactChannel> contactChannelFromKey(const QString& key);
QString contactChannelLabel(ContactChannel channel);
QList<ContactChannel> allContactChannels();

QString contactTopicKey(ContactTopic topic);
std::optional<ContactTopic> contactTopicFromKey(const QString& key);
QString contactTopicLabel(ContactTopic topic);
QList<ContactTopic> allContactTopics();

QString contactOutcomeKey(ContactOutcome outcome);
std::optional<ContactOutcome> contactOutcomeFromKey(const QString& key);
QString contactOutcomeLabel(ContactOutcome outcome);
QList<ContactOutcome> allContactOutcomes();

// Something to do after the exchange, for a named colleague, by a date.
struct FollowUp
{
    QString action;
    QDate due;
    QString assignee;
    QDate doneOn; // null while open

    bool isOpen() const { return !action.isEmpty() && !doneOn.isValid(); }
};

// One logged exchange with a childminder.
struct ContactEntry
{
    qint64 id = 0;
    qint64 childminderId = 0;
    QDateTime at; // local time of the exchange
    ContactChannel channel = ContactChannel::Phone;
    ContactDirection direction = ContactDirection::Outgoing;
    QString staffMember;
    int durationMinutes = 0;
    QList<ContactTopic> topics;
    ContactOutcome outcome = ContactOutcome::Completed;
    QString notes;
    std::optional<FollowUp> followUp;
    int version = 0;
};

} // namespace parcours
