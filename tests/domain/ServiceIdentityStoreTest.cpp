#include "ServiceIdentityStore.h"
#include "QtStringMaker.h"

#include <QHash>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
class MemorySettings final : public SettingsRepository
{
  public:
    std::optional<QString> value(const QString& key) const override
    {
        return values.contains(key) ? std::optional<QString>(values.value(key)) : std::nullopt;
    }
    void setValue(const QString& key, const QString& value) override { values.insert(key, value); }
    QHash<QString, QString> values;
};
} // namespace

TEST_CASE("The service identity defaults to the Meuse programme and round-trips through the settings")
{
    MemorySettings settings;
    const ServiceIdentity defaults = loadServiceIdentity(settings);
    CHECK(defaults.serviceName == QStringLiteral("Parcours Pro Petite Enfance"));
    CHECK(defaults.departement == QStringLiteral("Département de la Meuse"));

    ServiceIdentity identity;
    identity.serviceName = QStringLiteral("Relais Petite Enfance du Nord");
    identity.departement = QStringLiteral("Département des Ardennes");
    identity.addressLines = {QStringLiteral("Hôtel du Département"), QStringLiteral("  "),
                             QStringLiteral("1 place de la Préfecture")};
    identity.postalCode = QStringLiteral("08000");
    identity.city = QStringLiteral("Charleville-Mézières");
    identity.onlineSurveyUrl = QStringLiteral("https://enquete.example.fr/s/2026");
    identity.signatory = QStringLiteral("Anne Roux");
    saveServiceIdentity(settings, identity);

    const ServiceIdentity back = loadServiceIdentity(settings);
    CHECK(back.serviceName == identity.serviceName);
    CHECK(back.departement == identity.departement);
    CHECK(back.addressLines ==
          QStringList{QStringLiteral("Hôtel du Département"), QStringLiteral("1 place de la Préfecture")});
    CHECK(back.city == identity.city);
    CHECK(back.onlineSurveyUrl == identity.onlineSurveyUrl);
    CHECK(back.signatory == identity.signatory);

    // A blanked name would leave every footer empty: the default comes back.
    identity.serviceName = QStringLiteral("   ");
    saveServiceIdentity(settings, identity);
    CHECK(loadServiceIdentity(settings).serviceName == QStringLiteral("Parcours Pro Petite Enfance"));
}
