#pragma once

#include "ChildminderStatus.h"
#include "FieldError.h"
#include "FunnelReport.h"
#include "Prospect.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// What converting a prospect produced.
struct ProspectConversion
{
    FieldErrors errors;       // nothing was written when not empty
    qint64 childminderId = 0; // the new record in the register
    int recordsMoved = 0;     // enrolments and immersions now on her file
};

// Prospects on their way to the profession: contact details, stages (only
// forward, except by correction), drop-outs with a reason, the funnel, and
// the conversion of an approved prospect into a childminder of the register.
class ProspectService
{
    Q_DECLARE_TR_FUNCTIONS(ProspectService)

  public:
    explicit ProspectService(AppContext& context) : m_context(context) {}

    FieldErrors validate(const Prospect& prospect) const;
    // New prospect: stored with her first history entry (her stage, on her
    // first contact). Existing one: only her details change; stage, history
    // and conversion are kept as stored (advance/drop/correct change them).
    FieldErrors save(Prospect& prospect);
    std::optional<Prospect> find(qint64 id) const;
    QList<Prospect> page(const ProspectQuery& query) const;
    int count(const ProspectQuery& query) const;

    // Moves her forward to `stage` on `date` (today when null); skipped stages
    // are left out of the history but count as reached in the funnel.
    FieldErrors advance(qint64 id, ProspectStage stage, QDate date = {}, const QString& note = {});
    // To the stage after her current one.
    FieldErrors advanceToNext(qint64 id, QDate date = {});
    FieldErrors drop(qint64 id, const QString& reason, QDate date = {});
    // A correction: puts her back on `stage` (never Dropped), forgetting the
    // history entries beyond it and any drop-out.
    FieldErrors correctStage(qint64 id, ProspectStage stage, QDate date = {}, const QString& note = {});

    // Creates her childminder record (status ApprovalPending or Active) from
    // her details, links it, and moves her enrolments and immersions onto it.
    // Refused unless she is approved (or minds her first child), and refused
    // a second time.
    ProspectConversion convertToChildminder(qint64 id,
                                            ChildminderStatus status = ChildminderStatus::ApprovalPending);

    // The funnel of the prospects first met within [from, to] (null bounds open).
    FunnelReport funnel(QDate from = {}, QDate to = {},
                        std::optional<ProspectChannel> channel = std::nullopt) const;

  private:
    FieldErrors store(Prospect& prospect);

    AppContext& m_context;
};

} // namespace parcours
