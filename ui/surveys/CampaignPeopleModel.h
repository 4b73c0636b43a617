#pragma once

#include "PageCache.h"
#include "SurveyCampaign.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace parcours {

class CampaignService;

// A campaign's call list as a table that never holds more than a few pages:
// rowCount() is the SQL count for the filter and data() fetches the page a
// row falls in the first time it is asked for (like ChildminderListModel), so
// 250,000 people cost the same as 100.
class CampaignPeopleModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { Name, Commune, Relay, Phone, Status, LastSending, Reminders, Reference, ColumnCount };
    static constexpr int kPageSize = PageCache<CampaignPersonRow>::kPageSize;
    static constexpr int kCachedPages = PageCache<CampaignPersonRow>::kCachedPages;
    static constexpr int kIdRole = Qt::UserRole;

    CampaignPeopleModel(CampaignService& service, qint64 campaignId, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const CampaignPeopleFilter& filter);
    CampaignPeopleFilter filter() const { return m_filter; }
    // Recount and drop the cached pages.
    void refresh();
    // After an action on one person: her status and sendings read again, the
    // row kept in place (even if the filter no longer matches) so the
    // selection stays on her.
    void updateRow(int row, CampaignStatus status);

    const CampaignPersonRow* rowAt(int row) const;
    qint64 idAt(int row) const;
    int fetchedPageCount() const { return m_pages.pageCount(); }

  private:
    CampaignService& m_service;
    qint64 m_campaignId;
    CampaignPeopleFilter m_filter;
    int m_count = 0;
    QList<CampaignPersonRow> fetch(int offset, int limit) const;
    mutable PageCache<CampaignPersonRow> m_pages; // data() is const; fetching only fills a cache
};

} // namespace parcours
