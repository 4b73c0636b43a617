#include "SurveyResponse.h"

#include "KeyedEnum.h"

#include <QCoreApplication>

namespace parcours {

namespace {
constexpr KeyedValue<ResponseSource> kSources[] = {
    {ResponseSource::Staff, "staff", QT_TRANSLATE_NOOP("SurveyResponse", "Typed by staff")},
    {ResponseSource::Online, "online", QT_TRANSLATE_NOOP("SurveyResponse", "Online questionnaire")},
};
} // namespace

QString responseSourceKey(ResponseSource source)
{
    return enumKey(kSources, source);
}

std::optional<ResponseSource> responseSourceFromKey(const QString& key)
{
    return enumFromKey(kSources, key);
}

QString responseSourceLabel(ResponseSource source)
{
    return enumLabel(kSources, "SurveyResponse", source);
}

} // namespace parcours
