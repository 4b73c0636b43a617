#pragma once

#include "FieldError.h"
#include "PromotionAction.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// Promotion actions: validate and store them with the partners taking part.
class PromotionService
{
    Q_DECLARE_TR_FUNCTIONS(PromotionService)

  public:
    explicit PromotionService(AppContext& context) : m_context(context) {}

    FieldErrors validate(const PromotionAction& action) const;
    // Validates then stores in one transaction; nothing is written when there
    // are problems. Throws ConcurrencyConflict.
    FieldErrors save(PromotionAction& action);
    std::optional<PromotionAction> find(qint64 id) const;
    QList<PromotionAction> page(const PromotionActionQuery& query) const;
    int count(const PromotionActionQuery& query) const;
    void remove(qint64 id);
    int prospectCount(qint64 actionId) const;

  private:
    AppContext& m_context;
};

} // namespace parcours
