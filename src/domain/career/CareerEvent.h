#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace parcours {

// A step of a childminder's working life. Stable keys (stored in
// career_events.kind) in CareerEvent.cpp.
enum class CareerEventKind {
    FirstApproval,
    Renewal,
    PlaceChange,
    JoinedMam,
    LeftMam,
    FirstChild, // premier accueil: proof she has cared for a child (renewal file)
    Qualification,
    VaeStep, // detail: eligibility, booklet2, jury
    ProfessionalReview,
    MonEnfantDeclaration, // availability declared on mon-enfant.fr
    CollectiveChildcare,  // moved to collective childcare (crèche...)
    Retraining,
    Stop, // detail (required): retirement, retraining, moving, personal, other
    Other
};

QString careerEventKindKey(CareerEventKind kind);
std::optional<CareerEventKind> careerEventKindFromKey(const QString& key);
QString careerEventKindLabel(CareerEventKind kind);
QList<CareerEventKind> allCareerEventKinds();

// The detail codes an event of this kind takes (VAE steps in their order,
// stop reasons); empty when the kind has no detail code.
QStringList careerEventDetailKeys(CareerEventKind kind);
QString careerEventDetailLabel(CareerEventKind kind, const QString& detailKey);
// Whether an event of this kind must carry a detail code.
bool careerEventNeedsDetail(CareerEventKind kind);

namespace vae_step {
inline const QString eligibility = QStringLiteral("eligibility"); // recevabilité (livret 1)
inline const QString booklet2 = QStringLiteral("booklet2");       // livret 2
inline const QString jury = QStringLiteral("jury");
} // namespace vae_step

struct CareerEvent
{
    qint64 id = 0;
    qint64 childminderId = 0;
    QDate date;
    CareerEventKind kind = CareerEventKind::Other;
    QString detail; // a key of careerEventDetailKeys(kind), or empty
    QString note;
    qint64 partnerId = 0;
    qint64 mamId = 0;
    QDateTime createdAt; // set by the service from its clock
    int version = 0;
};

} // namespace parcours
