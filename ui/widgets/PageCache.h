#pragma once

#include <QHash>
#include <QList>

namespace parcours {

// The pages of a list model fetched from SQL, kPageSize rows each, keeping
// only the kCachedPages most recently used so memory stays flat on a
// 250,000-row list. Shared by the register list and the campaign call list.
template <typename Row> class PageCache
{
  public:
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 8;

    // The row, fetching its page with `fetch(offset, limit)` the first time;
    // nullptr when the page came back shorter (rows deleted since the count).
    template <typename Fetch> Row* row(int index, const Fetch& fetch)
    {
        const int page = index / kPageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            it = m_pages.insert(page, fetch(page * kPageSize, kPageSize));
            m_recent.append(page);
            while (m_recent.size() > kCachedPages)
                m_pages.remove(m_recent.takeFirst());
        } else if (m_recent.last() != page) {
            m_recent.removeOne(page);
            m_recent.append(page);
        }
        const int inPage = index % kPageSize;
        return inPage < it->size() ? &(*it)[inPage] : nullptr;
    }

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }
    int pageCount() const { return int(m_pages.size()); }

  private:
    QHash<int, QList<Row>> m_pages;
    QList<int> m_recent; // most recently used last, for eviction
};

} // namespace parcours
