#include "DemoPromotion.h"

#include "AppContext.h"
#include "ChildminderQuery.h"
#include "ChildminderRepository.h"
#include "ChildminderSummary.h"
#include "Clock.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "PartnerRepository.h"
#include "PromotionActionRepository.h"
#include "ProspectRepository.h"
#include "Relay.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

#include <QRandomGenerator>

namespace parcours {

namespace {
using demo::between;
using demo::chance;
using demo::pick;
using demo::weighted;

struct DemoCommune
{
    const char* name;
    const char* postalCode;
};

// Communes the reference data knows, so converted prospects pass the register's checks.
constexpr DemoCommune kCommunes[] = {
    {"Bar-le-Duc", "55000"},
    {"Verdun", "55100"},
    {"Commercy", "55200"},
};

Partner partner(PartnerKind kind, const char* name, const char* commune, const char* postal,
                QList<PartnerContact> contacts = {})
{
    Partner p;
    p.kind = kind;
    p.name = QString::fromUtf8(name);
    p.communeName = QString::fromUtf8(commune);
    p.postalCode = QString::fromLatin1(postal);
    p.contacts = contacts;
    return p;
}

PartnerContact contact(const char* name, const char* role)
{
    return {0, QString::fromUtf8(name), QString::fromUtf8(role), {}, {}};
}

ProspectChannel channelFor(PromotionActionKind kind)
{
    switch (kind) {
    case PromotionActionKind::PsmiInfoMeeting:
        return ProspectChannel::InfoMeeting;
    case PromotionActionKind::JobForum:
        return ProspectChannel::JobForum;
    case PromotionActionKind::TrainingOrgTalk:
        return ProspectChannel::TrainingOrg;
    default:
        return ProspectChannel::Other;
    }
}
} // namespace

int DemoPromotion::generate(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x50524f4dU);
    const QDate today = m_context.clock().today();
    const DemoNames names = DemoNames::load();
    int added = 0;

    // Partners, with one RPE managing body per existing relay.
    QList<Partner> partners = {
        partner(PartnerKind::Psmi, "PSMI de la Meuse", "Bar-le-Duc", "55000",
                {contact("Sophie Marchal", "Puéricultrice, responsable des agréments"),
                 contact("Julien Thiery", "Secrétariat PMI")}),
        partner(PartnerKind::Caf, "CAF de la Meuse", "Bar-le-Duc", "55000",
                {contact("Nadia Collignon", "Conseillère petite enfance")}),
        partner(PartnerKind::FranceTravail, "France Travail Bar-le-Duc", "Bar-le-Duc", "55000",
                {contact("Marc Petitjean", "Conseiller entreprises")}),
        partner(
            PartnerKind::FranceTravail, "France Travail Verdun", "Verdun", "55100",
            {contact("Aurélie Hanus", "Conseillère emploi"), contact("Karim Benali", "Conseiller PMSMP")}),
        partner(PartnerKind::Departement, "Conseil départemental de la Meuse", "Bar-le-Duc", "55000",
                {contact("Élodie Gérard", "Chargée de la formation initiale")}),
        partner(PartnerKind::IperiaBody, "Greta Lorraine Nord – site de Verdun", "Verdun", "55100",
                {contact("Pascale Didier", "Coordinatrice CAP AEPE")}),
        partner(PartnerKind::IperiaBody, "Familles Rurales Meuse – formation", "Commercy", "55200",
                {contact("Isabelle Vautrin", "Responsable formation continue")}),
        partner(PartnerKind::TrainingBody, "Croix-Rouge formation Lorraine", "Bar-le-Duc", "55000",
                {contact("Thomas Husson", "Formateur premiers secours")}),
        partner(PartnerKind::IntegrationEmployer, "Chantier d'insertion Meuse Nature Emploi", "Commercy",
                "55200",
                {contact("Rachid Mansouri", "Encadrant technique"),
                 contact("Claire Baudot", "Accompagnatrice socioprofessionnelle")}),
        partner(PartnerKind::IntegrationEmployer, "Association intermédiaire Verdun Services", "Verdun",
                "55100", {contact("Laurence Pierson", "Chargée d'insertion")}),
    };
    for (const Relay& relay : m_context.relays().all()) {
        Partner body = partner(PartnerKind::RpeBody, "", "", "");
        body.name = relay.managingBody.trimmed().isEmpty() ? relay.name : relay.managingBody;
        body.relayId = relay.id;
        body.contacts = {{0,
                          pick(rng, names.femaleFirstNames) + QLatin1Char(' ') + pick(rng, names.surnames),
                          QStringLiteral("Animatrice du %1").arg(relay.name),
                          {},
                          {}}};
        partners.append(body);
    }
    m_context.transactions().inWriteTransaction([&] {
        for (auto& p : partners)
            m_context.partners().save(p);
    });
    added += int(partners.size());
    QList<qint64> referrers; // France Travail and integration employers
    QList<qint64> relaysIds;
    for (const auto& p : partners) {
        if (p.kind == PartnerKind::FranceTravail || p.kind == PartnerKind::IntegrationEmployer)
            referrers.append(p.id);
        if (p.relayId > 0)
            relaysIds.append(p.relayId);
    }

    // About twenty actions over two years, one every five weeks or so.
    const QList<PromotionActionKind> kinds = allPromotionActionKinds();
    QList<PromotionAction> actions;
    for (QDate date = today.addYears(-2).addDays(between(rng, 3, 20)); date < today;
         date = date.addDays(between(rng, 25, 45))) {
        PromotionAction a;
        a.kind = kinds.at(weighted(rng, {8, 4, 4, 3, 2, 1}));
        a.date = date;
        const QString commune = QString::fromUtf8(kCommunes[rng.bounded(3)].name);
        a.place = commune;
        a.title = promotionActionKindLabel(a.kind) + QStringLiteral(" – ") + commune;
        a.audience = a.kind == PromotionActionKind::CommunicationCampaign ? between(rng, 500, 3000)
                                                                          : between(rng, 6, 60);
        a.partnerIds = {partners.at(0).id};
        if (chance(rng, 600))
            a.partnerIds.append(partners.at(between(rng, 1, int(partners.size()) - 1)).id);
        if (!relaysIds.isEmpty() && chance(rng, 400))
            a.relayId = relaysIds.at(between(rng, 0, int(relaysIds.size()) - 1));
        actions.append(a);
    }
    m_context.transactions().inWriteTransaction([&] {
        for (auto& a : actions)
            m_context.promotionActions().save(a);
    });
    added += int(actions.size());

    // About 120 prospects: most stop early, a few go all the way.
    const QList<ProspectStage> stages = funnelStages();
    const QList<ProspectChannel> channels = allProspectChannels();
    const QStringList reasons = {QStringLiteral("A trouvé un autre emploi"),
                                 QStringLiteral("Logement inadapté"), QStringLiteral("Déménagement"),
                                 QStringLiteral("Raisons familiales"), QStringLiteral("Refus d'agrément")};
    QList<qint64> approved;
    const int total = between(rng, 115, 125);
    for (int batch = 0; batch < total; batch += 40) {
        m_context.transactions().inWriteTransaction([&] {
            for (int i = batch; i < std::min(total, batch + 40); ++i) {
                Prospect p;
                p.lastName = pick(rng, names.surnames);
                p.firstName =
                    chance(rng, 930) ? pick(rng, names.femaleFirstNames) : pick(rng, names.maleFirstNames);
                p.phone = QStringLiteral("06 %1 %2 %3 %4")
                              .arg(between(rng, 10, 99))
                              .arg(between(rng, 10, 99))
                              .arg(between(rng, 10, 99))
                              .arg(between(rng, 10, 99));
                const DemoCommune& commune = kCommunes[rng.bounded(3)];
                p.communeName = QString::fromUtf8(commune.name);
                p.postalCode = QString::fromLatin1(commune.postalCode);
                p.firstContact = today.addDays(-between(rng, 5, 730));
                if (!actions.isEmpty() && chance(rng, 450)) {
                    // Met at an action held before her first contact.
                    const PromotionAction* met = nullptr;
                    for (const auto& a : actions)
                        if (a.date <= p.firstContact)
                            met = &a;
                    if (met) {
                        p.actionId = met->id;
                        p.channel = channelFor(met->kind);
                        p.firstContact = met->date;
                    }
                }
                if (p.actionId == 0)
                    p.channel = channels.at(weighted(rng, {0, 0, 0, 20, 8, 10, 18, 12, 4, 6, 3}));
                if ((p.channel == ProspectChannel::FranceTravail ||
                     p.channel == ProspectChannel::IntegrationEmployer) &&
                    !referrers.isEmpty())
                    p.referrerPartnerId = referrers.at(between(rng, 0, int(referrers.size()) - 1));
                // How far she got: each stage keeps roughly two in three.
                const int furthest = weighted(rng, {30, 22, 14, 12, 8, 8, 6});
                QDate date = p.firstContact;
                for (int r = 0; r <= furthest && date <= today; ++r) {
                    // Some skip the immersion.
                    if (stages.at(r) == ProspectStage::Immersion && chance(rng, 400))
                        continue;
                    p.history.append({0, stages.at(r), date, {}});
                    p.stage = stages.at(r);
                    p.stageDate = date;
                    date = date.addDays(between(rng, 20, 80));
                }
                if (p.stage != ProspectStage::Approved && p.stage != ProspectStage::FirstChild &&
                    chance(rng, 350) && date <= today) {
                    p.droppedReason = pick(rng, reasons);
                    p.history.append({0, ProspectStage::Dropped, date, p.droppedReason});
                    p.stage = ProspectStage::Dropped;
                    p.stageDate = date;
                }
                m_context.prospects().save(p);
                if (p.stage == ProspectStage::Approved || p.stage == ProspectStage::FirstChild)
                    approved.append(p.id);
            }
        });
    }
    added += total;

    // Half of the approved prospects are the register's pending applicants:
    // the prospect takes her identity and is linked to her record, as a
    // conversion would have done. Linking instead of converting keeps the
    // register at the size asked for (demo --size N gives N childminders).
    ChildminderQuery pending;
    pending.statuses = {ChildminderStatus::ApprovalPending};
    pending.limit = int(approved.size() + 1) / 2;
    const QList<ChildminderSummary> applicants = m_context.childminders().list(pending);
    m_context.transactions().inWriteTransaction([&] {
        for (int i = 0; i < applicants.size(); ++i) {
            auto prospect = m_context.prospects().find(approved.at(2 * i));
            if (!prospect)
                continue;
            const ChildminderSummary& person = applicants.at(i);
            prospect->lastName = person.surname;
            prospect->firstName = person.firstName;
            prospect->communeName = person.communeName;
            prospect->postalCode = person.postalCode;
            prospect->phone = person.phone;
            prospect->email.clear();
            prospect->childminderId = person.id;
            m_context.prospects().save(*prospect);
            m_context.prospects().attachRecordsToChildminder(prospect->id, person.id);
        }
    });
    return added;
}

} // namespace parcours
