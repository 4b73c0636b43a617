#include "ServiceIdentityStore.h"

namespace parcours {

namespace {
struct TextSetting
{
    const char* key;
    QString ServiceIdentity::*field;
};
constexpr TextSetting kTextSettings[] = {
    {"identity/service_name", &ServiceIdentity::serviceName},
    {"identity/departement", &ServiceIdentity::departement},
    {"identity/postal_code", &ServiceIdentity::postalCode},
    {"identity/city", &ServiceIdentity::city},
    {"identity/phone", &ServiceIdentity::phone},
    {"identity/email", &ServiceIdentity::email},
    {"identity/online_survey_url", &ServiceIdentity::onlineSurveyUrl},
    {"identity/signatory", &ServiceIdentity::signatory},
    {"identity/signatory_title", &ServiceIdentity::signatoryTitle},
};
const QString kAddressKey = QStringLiteral("identity/address_lines");
} // namespace

ServiceIdentity loadServiceIdentity(const SettingsRepository& settings)
{
    ServiceIdentity identity;
    for (const auto& s : kTextSettings)
        if (const auto value = settings.value(QString::fromLatin1(s.key)))
            identity.*s.field = *value;
    // An empty service name or département would leave footers blank: keep the defaults.
    const ServiceIdentity defaults;
    if (identity.serviceName.trimmed().isEmpty())
        identity.serviceName = defaults.serviceName;
    if (identity.departement.trimmed().isEmpty())
        identity.departement = defaults.departement;
    if (const auto lines = settings.value(kAddressKey))
        identity.addressLines = lines->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return identity;
}

void saveServiceIdentity(SettingsRepository& settings, const ServiceIdentity& identity)
{
    for (const auto& s : kTextSettings)
        settings.setValue(QString::fromLatin1(s.key), (identity.*s.field).trimmed());
    QStringList lines;
    for (const QString& line : identity.addressLines)
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    settings.setValue(kAddressKey, lines.join(QLatin1Char('\n')));
}

} // namespace parcours
