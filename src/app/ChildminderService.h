#pragma once

#include "ChildminderFile.h"
#include "ChildminderQuery.h"
#include "ChildminderSummary.h"
#include "FieldError.h"
#include "RegisterStatistics.h"

#include <optional>

namespace parcours {

class AppContext;

// Use cases on the register: open a file, validate and save a person, list
// and count pages of the register, dashboard figures.
class ChildminderService
{
public:
    explicit ChildminderService(AppContext& context) : m_context(context) {}

    std::optional<ChildminderFile> open(qint64 id) const;

    // Checks a person as the editor and the importer must: French messages per field.
    FieldErrors validate(const Childminder& person) const;
    // Normalises (phone, commune from the reference data, relay from the
    // commune unless overridden), validates, then inserts or updates in one
    // transaction. Returns the problems found; nothing is written when there are any.
    // Throws ConcurrencyConflict when someone else saved the person meanwhile.
    FieldErrors save(Childminder& person);

    QList<ChildminderSummary> page(const ChildminderQuery& query) const;
    int count(const ChildminderQuery& query) const;
    RegisterStatistics statistics() const;

    // Fills inseeCode/communeName/postalCode from the reference data and the
    // relay from the territory; returns false when the commune is unknown.
    bool resolveCommune(Childminder& person) const;

private:
    AppContext& m_context;
};

} // namespace parcours
