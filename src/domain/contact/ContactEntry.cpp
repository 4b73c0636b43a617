#include "ContactEntry.h"

#include "KeyedEnum.h"

#include <QCoreApplication>

namespace parcours {

namespace {
constexpr KeyedValue<ContactChannel> kChannels[] = {
    {ContactChannel::Phone, "phone", QT_TRANSLATE_NOOP("ContactEntry", "Phone")},
    {ContactChannel::Email, "email", QT_TRANSLATE_NOOP("ContactEntry", "Email")},
    {ContactChannel::Letter, "letter", QT_TRANSLATE_NOOP("ContactEntry", "Letter")},
    {ContactChannel::Sms, "sms", QT_TRANSLATE_NOOP("ContactEntry", "Text message")},
    {ContactChannel::HomeVisit, "home_visit", QT_TRANSLATE_NOOP("ContactEntry", "Home visit")},
    {ContactChannel::RelayMeeting, "relay_meeting", QT_TRANSLATE_NOOP("ContactEntry", "Meeting at the RPE")},
    {ContactChannel::GroupMeeting, "group_meeting", QT_TRANSLATE_NOOP("ContactEntry", "Group meeting")},
    {ContactChannel::OnlineForm, "online_form", QT_TRANSLATE_NOOP("ContactEntry", "Online questionnaire")},
};

constexpr KeyedValue<ContactTopic> kTopics[] = {
    {ContactTopic::Activity, "activity", QT_TRANSLATE_NOOP("ContactEntry", "Activity")},
    {ContactTopic::Difficulties, "difficulties", QT_TRANSLATE_NOOP("ContactEntry", "Difficulties")},
    {ContactTopic::Training, "training", QT_TRANSLATE_NOOP("ContactEntry", "Training")},
    {ContactTopic::CareerPlan, "career_plan", QT_TRANSLATE_NOOP("ContactEntry", "Career plan")},
    {ContactTopic::ConsideringStopping, "considering_stopping",
     QT_TRANSLATE_NOOP("ContactEntry", "Considering stopping")},
    {ContactTopic::Approval, "approval", QT_TRANSLATE_NOOP("ContactEntry", "Agrément")},
    {ContactTopic::Mam, "mam", QT_TRANSLATE_NOOP("ContactEntry", "MAM")},
    {ContactTopic::Other, "other", QT_TRANSLATE_NOOP("ContactEntry", "Other")},
};

constexpr KeyedValue<ContactOutcome> kOutcomes[] = {
    {ContactOutcome::Completed, "completed", QT_TRANSLATE_NOOP("ContactEntry", "Exchange completed")},
    {ContactOutcome::MessageLeft, "message_left", QT_TRANSLATE_NOOP("ContactEntry", "Message left")},
    {ContactOutcome::Unreachable, "unreachable", QT_TRANSLATE_NOOP("ContactEntry", "Unreachable")},
    {ContactOutcome::Refused, "refused", QT_TRANSLATE_NOOP("ContactEntry", "Refused")},
};

} // namespace

QString contactChannelKey(ContactChannel channel)
{
    return enumKey(kChannels, channel);
}
std::optional<ContactChannel> contactChannelFromKey(const QString& key)
{
    return enumFromKey(kChannels, key);
}
QString contactChannelLabel(ContactChannel channel)
{
    return enumLabel(kChannels, "ContactEntry", channel);
}
QList<ContactChannel> allContactChannels()
{
    return enumValues(kChannels);
}

QString contactTopicKey(ContactTopic topic)
{
    return enumKey(kTopics, topic);
}
std::optional<ContactTopic> contactTopicFromKey(const QString& key)
{
    return enumFromKey(kTopics, key);
}
QString contactTopicLabel(ContactTopic topic)
{
    return enumLabel(kTopics, "ContactEntry", topic);
}
QList<ContactTopic> allContactTopics()
{
    return enumValues(kTopics);
}

QString contactOutcomeKey(ContactOutcome outcome)
{
    return enumKey(kOutcomes, outcome);
}
std::optional<ContactOutcome> contactOutcomeFromKey(const QString& key)
{
    return enumFromKey(kOutcomes, key);
}
QString contactOutcomeLabel(ContactOutcome outcome)
{
    return enumLabel(kOutcomes, "ContactEntry", outcome);
}
QList<ContactOutcome> allContactOutcomes()
{
    return enumValues(kOutcomes);
}

} // namespace parcours
