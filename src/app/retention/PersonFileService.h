#pragma once

#include "PersonFile.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace parcours {

class AppContext;

// Assembles a childminder's printable file: identity, current agrément, RPE,
// MAM, obligations and renewal checklist, and her timeline. The obligations
// come from another use case (the training obligations), plugged in through
// setObligationsProvider so this class does not depend on it.
class PersonFileService
{
    Q_DECLARE_TR_FUNCTIONS(PersonFileService)

  public:
    // Fills file.obligations and file.checklist for file.childminderId.
    using ObligationsProvider = std::function<void(PersonFile& file)>;

    // Her training obligations and renewal checklist come from
    // PersonFileObligations unless another provider is set.
    explicit PersonFileService(AppContext& context);

    void setObligationsProvider(ObligationsProvider provider) { m_obligations = std::move(provider); }
    // Her timeline is cut at timelineLimit lines (newest kept).
    void setTimelineLimit(int limit) { m_timelineLimit = limit; }

    // nullopt when nobody has that id.
    std::optional<PersonFile> build(qint64 childminderId) const;

  private:
    AppContext& m_context;
    ObligationsProvider m_obligations;
    int m_timelineLimit = 1000;
};

} // namespace parcours
