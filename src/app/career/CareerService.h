#pragma once

#include "CareerEvent.h"
#include "FieldError.h"
#include "Immersion.h"
#include "Qualification.h"

#include <QCoreApplication>

namespace parcours {

class AppContext;

// Records a childminder's qualifications (CAP AEPE tests...), career events
// and PMSMP immersions. Every change is validated first (French messages by
// field) and written in one transaction; a record changed by someone else
// meanwhile comes back as an error on the field "version".
class CareerService
{
    Q_DECLARE_TR_FUNCTIONS(CareerService)

  public:
    explicit CareerService(AppContext& context) : m_context(context) {}

    QList<Qualification> qualifications(qint64 personId) const;
    FieldErrors validate(const Qualification& qualification) const;
    FieldErrors save(Qualification& qualification);
    FieldErrors remove(const Qualification& qualification);

    // Most recent first.
    QList<CareerEvent> events(qint64 personId) const;
    FieldErrors validate(const CareerEvent& event) const;
    FieldErrors save(CareerEvent& event);
    FieldErrors remove(const CareerEvent& event);

    QList<Immersion> immersions(qint64 personId) const;
    // The PMSMP rules this immersion breaks among her others (French).
    QStringList immersionProblems(const Immersion& immersion) const;
    FieldErrors validate(const Immersion& immersion) const;
    FieldErrors save(Immersion& immersion);
    FieldErrors remove(const Immersion& immersion);

  private:
    bool personExists(qint64 personId) const;
    FieldErrors write(const std::function<void()>& work);

    AppContext& m_context;
};

} // namespace parcours
