#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// Who the service works with to bring people into the profession and train
// them. The kind drives where a partner is offered (referrers, hosts,
// training organisations...).
enum class PartnerKind {
    Psmi,
    Caf,
    FranceTravail,
    RpeBody,
    TrainingBody,
    IperiaBody,
    Departement,
    IntegrationEmployer,
    Other
};

QString partnerKindKey(PartnerKind kind);
std::optional<PartnerKind> partnerKindFromKey(const QString& key);
QString partnerKindLabel(PartnerKind kind);
QList<PartnerKind> allPartnerKinds();

// A person to call at the partner.
struct PartnerContact
{
    qint64 id = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
};

struct Partner
{
    qint64 id = 0;
    PartnerKind kind = PartnerKind::Other;
    QString name;
    QString address;
    QString postalCode;
    QString communeName;
    QString phone;
    QString email;
    QString website;
    qint64 relayId = 0; // 0: none (an RPE managing body names its relay)
    QString notes;
    bool active = true;
    QList<PartnerContact> contacts; // filled by find(), empty in lists
    int version = 0;
};

// One page of the directory: by kind and by text (name or commune).
struct PartnerQuery
{
    std::optional<PartnerKind> kind;
    QString text;
    bool activeOnly = false;
    int offset = 0;
    int limit = 100;
};

} // namespace parcours
