#include "DemoRetention.h"

#include "AppContext.h"
#include "ChildminderQuery.h"
#include "ChildminderRepository.h"
#include "ChildminderSummary.h"
#include "Clock.h"
#include "DemoRandom.h"
#include "MamRepository.h"
#include "Relay.h"
#include "RelayRepository.h"
#include "RetentionRepository.h"
#include "TransactionRunner.h"

#include <QRandomGenerator>

#include <algorithm>

namespace parcours {

namespace {

using demo::between;
using demo::chance;
using demo::pick;

const QStringList kWorkshopTitles = {
    QStringLiteral("Atelier d'éveil musical"),
    QStringLiteral("Atelier motricité"),
    QStringLiteral("Atelier peinture et transvasement"),
    QStringLiteral("Lecture d'albums avec la médiathèque"),
    QStringLiteral("Jeux d'eau et de sable"),
    QStringLiteral("Atelier comptines et signes"),
};
const QStringList kEveningTitles = {
    QStringLiteral("Soirée : le sommeil du jeune enfant"),
    QStringLiteral("Soirée : les écrans avant 3 ans"),
    QStringLiteral("Soirée : parler de la séparation avec les parents"),
    QStringLiteral("Soirée : contrat de travail et convention collective"),
};
const QStringList kSharingTitles = {
    QStringLiteral("Échange de pratiques : l'adaptation"),
    QStringLiteral("Échange de pratiques : les repas"),
    QStringLiteral("Échange de pratiques : les relations avec les parents"),
};
const QStringList kPooledTitles = {
    QStringLiteral("Formation mutualisée : gestes d'urgence"),
    QStringLiteral("Formation mutualisée : prévention des accidents domestiques"),
    QStringLiteral("Formation mutualisée : accompagner l'enfant porteur de handicap"),
};

CollectiveActivity drawActivity(QRandomGenerator& rng, const Relay& relay, QDate date)
{
    CollectiveActivity a;
    a.relayId = relay.id;
    a.date = date;
    switch (demo::weighted(rng, {55, 15, 15, 15})) {
    case 0:
        a.kind = ActivityKind::RpeWorkshop;
        a.title = pick(rng, kWorkshopTitles);
        a.hours = 2;
        a.place = QStringLiteral("Salle du RPE");
        break;
    case 1:
        a.kind = ActivityKind::ThematicEvening;
        a.title = pick(rng, kEveningTitles);
        a.hours = 2.5;
        a.place = QStringLiteral("Salle polyvalente");
        break;
    case 2:
        a.kind = ActivityKind::PracticeSharing;
        a.title = pick(rng, kSharingTitles);
        a.hours = 3;
        a.place = QStringLiteral("Salle du RPE");
        break;
    default:
        a.kind = ActivityKind::PooledTraining;
        a.title = pick(rng, kPooledTitles);
        a.hours = 7;
        a.place = QStringLiteral("Centre social");
        break;
    }
    return a;
}

} // namespace

int DemoRetention::generate(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5e7e1710u);
    const QDate today = m_context.clock().today();
    RetentionRepository& repo = m_context.retention();
    int added = 0;

    const QList<Relay> relays = m_context.relays().all();
    for (int r = 0; r < relays.size(); ++r) {
        const Relay& relay = relays[r];
        // About one activity a month over 18 months; the share of childminders
        // who come differs per RPE (from a few to most of them).
        QList<qint64> activityIds;
        m_context.transactions().inWriteTransaction([&] {
            for (int month = 17; month >= 0; --month) {
                if (!chance(rng, 850))
                    continue;
                const QDate first = today.addMonths(-month);
                QDate day(first.year(), first.month(), between(rng, 1, 28));
                if (day > today)
                    day = today;
                CollectiveActivity a = drawActivity(rng, relay, day);
                repo.saveActivity(a);
                activityIds.append(a.id);
                ++added;
            }
        });
        if (activityIds.isEmpty())
            continue;
        const int participationPerMille = 150 + int((r * 173) % 600);

        ChildminderQuery query;
        query.relayId = relay.id;
        query.statuses = {ChildminderStatus::Active};
        query.limit = 500;
        for (query.offset = 0;; query.offset += query.limit) {
            const QList<ChildminderSummary> page = m_context.childminders().list(query);
            if (page.isEmpty())
                break;
            m_context.transactions().inWriteTransaction([&] {
                for (const auto& person : page) {
                    if (!chance(rng, participationPerMille))
                        continue;
                    const int times = between(rng, 1, 4);
                    for (int i = 0; i < times; ++i) {
                        const qint64 activityId =
                            activityIds.at(between(rng, 0, int(activityIds.size()) - 1));
                        if (repo.addAttendance(activityId, person.id))
                            ++added;
                    }
                }
            });
            if (page.size() < query.limit)
                break;
        }
    }

    // MAM support actions: the documents a MAM must have, at various stages.
    const struct
    {
        SupportKind kind;
        const char* title;
        const char* document;
    } kActions[] = {
        {SupportKind::Protocol, "Protocole de mise en sûreté", "Protocole mise en sûreté v1.pdf"},
        {SupportKind::Protocol, "Protocole d'urgence et de soins", "Protocole urgence.docx"},
        {SupportKind::Project, "Projet d'accueil", "Projet d'accueil (brouillon).docx"},
        {SupportKind::Rules, "Règlement de fonctionnement", "Règlement de fonctionnement.pdf"},
        {SupportKind::Procedure, "Procédure de délégation d'accueil", "Délégation d'accueil - modèle.docx"},
    };
    const auto mams = m_context.mams().all();
    m_context.transactions().inWriteTransaction([&] {
        for (const auto& mam : mams) {
            const int count = between(rng, 1, 3);
            const int first = between(rng, 0, 4);
            for (int i = 0; i < count; ++i) {
                const auto& spec = kActions[(first + i) % 5];
                MamSupportAction action;
                action.mamId = mam.id;
                action.kind = spec.kind;
                action.title = QString::fromUtf8(spec.title);
                action.status = static_cast<SupportStatus>(between(rng, 0, 3));
                action.startDate = today.addDays(-between(rng, 30, 400));
                action.dueDate = action.startDate.addMonths(between(rng, 2, 6));
                if (action.status == SupportStatus::Done)
                    action.doneDate = std::min(today, action.dueDate.addDays(between(rng, -20, 20)));
                if (action.status != SupportStatus::ToDo)
                    action.documents << QString::fromUtf8(spec.document);
                repo.saveSupportAction(action);
                ++added;
            }
        }
    });
    return added;
}

} // namespace parcours
