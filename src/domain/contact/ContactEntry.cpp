#include "ContactEntry.h"

#include <QCoreApplication>

namespace parcours {

namespace {
template <typename Enum> struct Info
{
    Enum value;
    const char* key;
    const char* label;
};

constexpr Info<ContactChannel> kChannels[] = {
    {ContactChannel::Phone, "phone", QT_TRANSLATE_NOOP("ContactEntry", "Phone")},
    {ContactChannel::Email, "email", QT_TRANSLATE_NOOP("ContactEntry", "Email")},
    {ContactChannel::Letter, "letter", QT_TRANSLATE_NOOP("ContactEntry", "Letter")},
    {ContactChannel::Sms, "sms", QT_TRANSLATE_NOOP("ContactEntry", "Text message")},
    {ContactChannel::HomeVisit, "home_visit", QT_TRANSLATE_NOOP("ContactEntry", "Home visit")},
    {ContactChannel::RelayMeeting, "relay_meeting", QT_TRANSLATE_NOOP("ContactEntry", "Meeting at the RPE")},
    {ContactChannel::GroupMeeting, "group_meeting", QT_TRANSLATE_NOOP("ContactEntry", "Group meeting")},
};

constexpr Info<ContactTopic> kTopics[] = {
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

constexpr Info<ContactOutcome> kOutcomes[] = {
    {ContactOutcome::Completed, "completed", QT_TRANSLATE_NOOP("ContactEntry", "Exchange completed")},
    {ContactOutcome::MessageLeft, "message_left", QT_TRANSLATE_NOOP("ContactEntry", "Message left")},
    {ContactOutcome::Unreachable, "unreachable", QT_TRANSLATE_NOOP("ContactEntry", "Unreachable")},
    {ContactOutcome::Refused, "refused", QT_TRANSLATE_NOOP("ContactEntry", "Refused")},
};

template <typename Enum, size_t N> QString keyOf(const Info<Enum> (&table)[N], Enum value)
{
    for (const auto& i : table)
        if (i.value == value)
            return QString::fromLatin1(i.key);
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const Info<Enum> (&table)[N], const QString& key)
{
    for (const auto& i : table)
        if (key == QLatin1String(i.key))
            return i.value;
    return std::nullopt;
}

template <typename Enum, size_t N> QString labelOf(const Info<Enum> (&table)[N], Enum value)
{
    for (const auto& i : table)
        if (i.value == value)
            return QCoreApplication::translate("ContactEntry", i.label);
    return {};
}

template <typename Enum, size_t N> QList<Enum> all(const Info<Enum> (&table)[N])
{
    QList<Enum> out;
    for (const auto& i : table)
        out.append(i.value);
    return out;
}
} // namespace

QString contactChannelKey(ContactChannel channel)
{
    return keyOf(kChannels, channel);
}
std::optional<ContactChannel> contactChannelFromKey(const QString& key)
{
    return fromKey(kChannels, key);
}
QString contactChannelLabel(ContactChannel channel)
{
    return labelOf(kChannels, channel);
}
QList<ContactChannel> allContactChannels()
{
    return all(kChannels);
}

QString contactTopicKey(ContactTopic topic)
{
    return keyOf(kTopics, topic);
}
std::optional<ContactTopic> contactTopicFromKey(const QString& key)
{
    return fromKey(kTopics, key);
}
QString contactTopicLabel(ContactTopic topic)
{
    return labelOf(kTopics, topic);
}
QList<ContactTopic> allContactTopics()
{
    return all(kTopics);
}

QString contactOutcomeKey(ContactOutcome outcome)
{
    return keyOf(kOutcomes, outcome);
}
std::optional<ContactOutcome> contactOutcomeFromKey(const QString& key)
{
    return fromKey(kOutcomes, key);
}
QString contactOutcomeLabel(ContactOutcome outcome)
{
    return labelOf(kOutcomes, outcome);
}
QList<ContactOutcome> allContactOutcomes()
{
    return all(kOutcomes);
}

} // namespace parcours
