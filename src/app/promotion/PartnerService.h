#pragma once

#include "FieldError.h"
#include "Partner.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// The partners directory: validate and store partners with their contact people.
class PartnerService
{
    Q_DECLARE_TR_FUNCTIONS(PartnerService)

  public:
    explicit PartnerService(AppContext& context) : m_context(context) {}

    FieldErrors validate(const Partner& partner) const;
    // Trims, normalises phones, validates, then stores in one transaction;
    // nothing is written when there are problems. Throws ConcurrencyConflict.
    FieldErrors save(Partner& partner);
    std::optional<Partner> find(qint64 id) const;
    QList<Partner> page(const PartnerQuery& query) const;
    int count(const PartnerQuery& query) const;
    void remove(qint64 id);

  private:
    AppContext& m_context;
};

} // namespace parcours
