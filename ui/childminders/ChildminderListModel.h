#pragma once

#include "ChildminderQuery.h"
#include "ChildminderSummary.h"
#include "PageCache.h"

#include <QAbstractTableModel>
#include <QList>

namespace parcours {

class ChildminderService;
class Clock;

// The register as a table that never holds more than a few pages: rowCount()
// is the SQL count for the current filters, and data() fetches the page of
// kPageSize rows a row falls in the first time it is asked for. Sorting and
// filtering change the query and reset the model; nothing is sorted or
// filtered in memory, so 250,000 people cost the same as 1,000.
class ChildminderListModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { Name, FirstName, Commune, Relay, Status, ApprovalNumber, ApprovalEnd, Places, ColumnCount };
    static constexpr int kPageSize = PageCache<ChildminderSummary>::kPageSize;
    static constexpr int kCachedPages = PageCache<ChildminderSummary>::kCachedPages;
    static constexpr int kIdRole = Qt::UserRole;

    ChildminderListModel(ChildminderService& service, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Filters (text, relay, statuses, end date); sort and paging fields are ignored.
    void setFilters(const ChildminderQuery& filters);
    // The filters and sort in force, e.g. for an export of "what I see".
    ChildminderQuery query() const { return m_query; }
    // Recount and drop the cached pages after something was saved.
    void refresh();

    qint64 idAt(int row) const;
    int fetchedPageCount() const { return m_pages.pageCount(); }
    // Ends closer than this are shown in amber (the alert setting).
    void setWatchMonths(int months) { m_watchMonths = months; }

  private:
    const ChildminderSummary* rowAt(int row) const;

    ChildminderService& m_service;
    const Clock& m_clock;
    ChildminderQuery m_query;
    int m_count = 0;
    int m_watchMonths = 6;
    // data() is const but fetching a page is only a cache fill.
    mutable PageCache<ChildminderSummary> m_pages;
};

} // namespace parcours
