#pragma once

#include "AuditEntry.h"
#include "AuditQuery.h"
#include "PageCache.h"

#include <QAbstractTableModel>
#include <limits>

namespace parcours {

class AppContext;

// The audit trail as a table that never holds more than a few pages:
// rowCount() is the SQL count for the filters, data() fetches the page of the
// row asked for (ui/widgets/PageCache). A trail of millions of rows opens at once.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { When, User, Action, Record, Field, OldValue, NewValue, ColumnCount };

    explicit AuditLogModel(AppContext& context, QObject* parent = nullptr);

    // Runs the count again and drops the cached pages. Throws DomainError
    // (AccessDenied for a role without ViewAudit).
    void setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const AuditEntry* entry(int row) const;

  private:
    AppContext& m_context;
    AuditQuery m_query;
    int m_count = 0;
    mutable PageCache<AuditEntry> m_pages; // data() is const; fetching is a cache fill
};

} // namespace parcours
