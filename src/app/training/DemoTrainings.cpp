#include "DemoTrainings.h"

#include "AppContext.h"
#include "ChildminderQuery.h"
#include "ChildminderRepository.h"
#include "ChildminderSummary.h"
#include "Clock.h"
#include "DemoRandom.h"
#include "Relay.h"
#include "RelayRepository.h"
#include "TrainingRepository.h"
#include "TransactionRunner.h"

#include <QHash>
#include <cmath>

namespace parcours {

using namespace demo;

namespace {
struct OrganisationSeed
{
    const char* name;
    const char* kind;
};

// Who trains childminders in Meuse: the Département runs the initial
// training, IPERIA-labelled bodies the continuing training, a GRETA prepares
// the CAP AEPE, a first-aid association teaches PSC1; France Travail prescribes.
const OrganisationSeed kOrganisations[] = {
    {"Département de la Meuse – service PMI", "departement"},
    {"Familles Rurales Meuse (labellisé IPERIA)", "iperia_body"},
    {"Institut Petite Enfance du Grand Est (labellisé IPERIA)", "iperia_body"},
    {"GRETA Lorraine Nord – site de Verdun", "training_body"},
    {"Protection civile de la Meuse", "training_body"},
    {"France Travail Bar-le-Duc", "france_travail"},
};

struct CourseSeed
{
    const char* title;
    TrainingKind kind;
    int organisation; // index in kOrganisations
    int hours;
    int sessionsPerYear; // for about 1,100 childminders
    int capacity;
    int days; // length of a session in days
};

const CourseSeed kCourses[] = {
    {"Formation initiale – bloc 1 : les besoins fondamentaux de l'enfant", TrainingKind::InitialBlock1, 0, 30,
     4, 14, 5},
    {"Formation initiale – bloc 2 : l'accueil de l'enfant et de sa famille", TrainingKind::InitialBlock2, 0,
     25, 4, 14, 4},
    {"Formation initiale – bloc 3 : le métier d'assistant(e) maternel(le)", TrainingKind::InitialBlock3, 0,
     18, 4, 14, 3},
    {"Prévention et secours civiques de niveau 1 (PSC1)", TrainingKind::FirstAid, 4, 7, 6, 10, 1},
    {"Formation initiale – seconde partie (40 h)", TrainingKind::InitialSecondPart, 0, 40, 3, 14, 6},
    {"Éveil et développement de l'enfant de 0 à 3 ans", TrainingKind::Continuing, 1, 21, 4, 12, 3},
    {"Accueillir un enfant en situation de handicap", TrainingKind::Continuing, 2, 40, 2, 10, 6},
    {"Prévenir les violences éducatives ordinaires", TrainingKind::Continuing, 1, 14, 3, 12, 2},
    {"Communication gestuelle associée à la parole", TrainingKind::Continuing, 2, 21, 2, 12, 3},
    {"Gestes et postures, prévention des troubles musculosquelettiques", TrainingKind::Continuing, 1, 14, 2,
     12, 2},
    {"Préparation au CAP Accompagnant éducatif petite enfance (EP1 et EP3)", TrainingKind::CapPreparation, 3,
     120, 1, 12, 60},
    {"Réunion d'information sur le métier d'assistant(e) maternel(le)", TrainingKind::InformationMeeting, 0,
     3, 6, 0, 1},
};

const QStringList kPlaces = {
    QStringLiteral("Bar-le-Duc – Maison départementale des solidarités"),
    QStringLiteral("Verdun – Centre médico-social"), QStringLiteral("Commercy – Espace France Services"),
    QStringLiteral("Saint-Mihiel – Salle des fêtes"), QStringLiteral("Stenay – Maison de la petite enfance")};

const QStringList kCancelReasons = {QStringLiteral("Accueil d'un enfant ces jours-là, pas de remplaçante"),
                                    QStringLiteral("Session trop éloignée de son domicile"),
                                    QStringLiteral("Raisons familiales"),
                                    QStringLiteral("Inscrite sur une session plus proche")};
const QStringList kDropReasons = {QStringLiteral("Raisons de santé"),
                                  QStringLiteral("Reprise d'un accueil à temps plein"),
                                  QStringLiteral("Contenu ne correspondant pas à ses attentes")};

// A session's status draw for one person: past sessions were mostly done,
// coming ones are wishes and enrolments.
EnrolmentStatus drawStatus(QRandomGenerator& rng, bool past, bool longAgo)
{
    using S = EnrolmentStatus;
    if (!past)
        return QList<S>{S::Wish, S::Enrolled, S::Cancelled}.at(weighted(rng, {25, 66, 9}));
    switch (weighted(rng, {18, 30, longAgo ? 38 : 12, 8, 6})) {
    case 0:
        return S::Attended;
    case 1:
        return S::Completed;
    case 2:
        return S::Certified;
    case 3:
        return S::Cancelled;
    default:
        return S::Dropped;
    }
}
} // namespace

int DemoTrainings::generate(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x7A1A1A9u);
    TrainingRepository& repo = m_context.trainings();
    const QDate today = m_context.clock().today();
    const QDate firstDay(today.year() - 1, 1, 1);
    const QDate lastDay = today.addMonths(6);
    const int spanDays = int(firstDay.daysTo(lastDay));

    ChildminderQuery working;
    working.statuses = {ChildminderStatus::Active, ChildminderStatus::Suspended};
    working.sort = ChildminderSortColumn::Name;
    const int people = m_context.childminders().count(working);
    // The catalogue is sized for Meuse (about 1,100 childminders) and grows with the register.
    const int scale = qBound(1, people / 1100, 50);
    const QList<Relay> relays = m_context.relays().all();

    // Organisations: reuse the partners directory's, add ours only for kinds it lacks.
    QHash<QString, qint64> byKind;
    for (const auto& o : repo.organisations())
        if (!byKind.contains(o.kind))
            byKind.insert(o.kind, o.id);
    QList<qint64> organisationIds;
    m_context.transactions().inWriteTransaction([&] {
        QHash<QString, qint64> added;
        for (const auto& seedOrg : kOrganisations) {
            const QString kind = QString::fromLatin1(seedOrg.kind);
            if (byKind.contains(kind) && !added.contains(kind)) {
                organisationIds << byKind.value(kind);
                continue;
            }
            TrainingOrganisation o{0, QString::fromUtf8(seedOrg.name), kind};
            repo.addOrganisation(o);
            added.insert(kind, o.id);
            organisationIds << o.id;
        }
    });

    int enrolments = 0;
    auto enrolPeople = [&](const TrainingSession& session, ChildminderQuery query, int wanted, int pool) {
        if (wanted <= 0 || pool <= 0)
            return;
        query.limit = wanted;
        query.offset = between(rng, 0, qMax(0, pool - wanted));
        const bool past = session.endDate < today;
        const bool longAgo = session.endDate < today.addMonths(-3);
        int placesLeft = session.capacity > 0 ? session.capacity : wanted;
        for (const auto& person : m_context.childminders().list(query)) {
            Enrolment e;
            e.sessionId = session.id;
            e.childminderId = person.id;
            e.status = drawStatus(rng, past, longAgo);
            if (takesPlace(e.status)) {
                if (placesLeft <= 0)
                    e.status = EnrolmentStatus::Wish;
                else
                    --placesLeft;
            }
            e.statusDate =
                past ? session.endDate.addDays(between(rng, 0, 20)) : today.addDays(-between(rng, 1, 60));
            if (e.statusDate > today)
                e.statusDate = today;
            if (countsHours(e.status))
                e.hoursDone = chance(rng, 880) ? session.hours : std::floor(session.hours * 0.75);
            if (e.status == EnrolmentStatus::Dropped)
                e.hoursDone = std::floor(session.hours * between(rng, 1, 3) / 5.0);
            if (e.status == EnrolmentStatus::Cancelled)
                e.reason = pick(rng, kCancelReasons);
            if (e.status == EnrolmentStatus::Dropped)
                e.reason = pick(rng, kDropReasons);
            if (e.status == EnrolmentStatus::Certified)
                e.certificateDate = e.statusDate;
            repo.saveEnrolment(e);
            ++enrolments;
        }
    };

    for (const auto& c : kCourses) {
        TrainingCourse course;
        course.title = QString::fromUtf8(c.title);
        course.kind = c.kind;
        course.organisationId = organisationIds.value(c.organisation);
        course.hours = c.hours;
        course.description = QStringLiteral("Programme détaillé disponible auprès de l'organisme.");
        m_context.transactions().inWriteTransaction([&] {
            repo.saveCourse(course);
            ++m_courses;
            // Sessions spread over last year, this year and the coming months.
            const int count = c.sessionsPerYear * 2 * scale;
            for (int i = 0; i < count; ++i) {
                TrainingSession s;
                s.courseId = course.id;
                s.startDate = firstDay.addDays(qint64(spanDays) * i / count + between(rng, 0, 20));
                while (s.startDate.dayOfWeek() > 5)
                    s.startDate = s.startDate.addDays(1);
                s.endDate = s.startDate.addDays(c.days <= 1 ? 0 : c.days + (c.days / 5) * 2);
                s.hours = c.hours;
                s.capacity = c.capacity;
                s.place = pick(rng, kPlaces);
                if (!relays.isEmpty() && chance(rng, 600)) {
                    const Relay& relay = relays.at(between(rng, 0, int(relays.size()) - 1));
                    s.relayId = relay.id;
                }
                repo.saveSession(s);
                ++m_sessions;
                if (c.kind == TrainingKind::InformationMeeting)
                    continue;
                const int wanted = between(rng, c.capacity / 2, c.capacity + 2);
                if (scale <= 4 || relays.isEmpty()) {
                    enrolPeople(s, working, wanted, people);
                } else {
                    // A national register: a random OFFSET into 250,000 people
                    // costs a scan per session, so draw from one RPE instead
                    // (the session's, or any), an indexed page of a few hundred.
                    ChildminderQuery local = working;
                    local.relayId =
                        s.relayId > 0 ? s.relayId : relays.at(between(rng, 0, int(relays.size()) - 1)).id;
                    enrolPeople(s, local, wanted, m_context.childminders().count(local));
                }
            }
        });
    }

    // Practice-review groups: with each relay, about every two months, its own childminders.
    TrainingCourse review;
    review.title = QStringLiteral("Groupe d'analyse de la pratique professionnelle");
    review.kind = TrainingKind::PracticeReview;
    review.organisationId = organisationIds.value(1);
    review.hours = 2;
    review.description = QStringLiteral("Animé avec les Relais Petite Enfance, par une psychologue.");
    for (const auto& relay : relays) {
        m_context.transactions().inWriteTransaction([&] {
            if (review.id == 0) {
                repo.saveCourse(review);
                ++m_courses;
            }
            ChildminderQuery own = working;
            own.relayId = relay.id;
            const int pool = m_context.childminders().count(own);
            for (QDate day = firstDay.addDays(between(rng, 5, 40)); day <= lastDay; day = day.addMonths(2)) {
                TrainingSession s;
                s.courseId = review.id;
                s.startDate = day;
                while (s.startDate.dayOfWeek() != 2) // Tuesday evenings
                    s.startDate = s.startDate.addDays(1);
                s.endDate = s.startDate;
                s.hours = 2;
                s.capacity = 10;
                s.relayId = relay.id;
                s.place = QStringLiteral("Locaux du %1").arg(relay.name);
                repo.saveSession(s);
                ++m_sessions;
                enrolPeople(s, own, between(rng, 4, 10), pool);
            }
        });
    }
    return enrolments;
}

} // namespace parcours
