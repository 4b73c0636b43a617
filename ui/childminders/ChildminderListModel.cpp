#include "ChildminderListModel.h"

#include "ChildminderService.h"
#include "Clock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace parcours {

namespace {
ChildminderSortColumn sortColumnOf(int column)
{
    switch (column) {
    case ChildminderListModel::FirstName:
        return ChildminderSortColumn::FirstName;
    case ChildminderListModel::Commune:
        return ChildminderSortColumn::Commune;
    case ChildminderListModel::Relay:
        return ChildminderSortColumn::Relay;
    case ChildminderListModel::Status:
        return ChildminderSortColumn::Status;
    case ChildminderListModel::ApprovalNumber:
        return ChildminderSortColumn::ApprovalNumber;
    case ChildminderListModel::ApprovalEnd:
        return ChildminderSortColumn::ApprovalEnd;
    case ChildminderListModel::Places:
        return ChildminderSortColumn::Places;
    default:
        return ChildminderSortColumn::Name;
    }
}
} // namespace

ChildminderListModel::ChildminderListModel(ChildminderService& service, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_clock(clock)
{
    m_query.limit = kPageSize;
    m_count = m_service.count(m_query);
}

int ChildminderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ChildminderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ChildminderSummary* ChildminderListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    // Someone may have deleted people since the count: the row is then empty.
    return m_pages.row(row, [this](int offset, int limit) {
        ChildminderQuery query = m_query;
        query.offset = offset;
        query.limit = limit;
        return m_service.page(query);
    });
}

QVariant ChildminderListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const ChildminderSummary* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == kIdRole)
        return row->id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return row->surname.toUpper();
        case FirstName:
            return row->firstName;
        case Commune:
            return row->communeName;
        case Relay:
            return row->relayName;
        case Status:
            return statusLabel(row->status);
        case ApprovalNumber:
            return row->approvalNumber;
        case ApprovalEnd:
            return row->approvalEnd.isValid() ? row->approvalEnd.toString(QStringLiteral("dd/MM/yyyy"))
                                              : QString();
        case Places:
            return row->places > 0 ? QVariant(row->places) : QVariant();
        }
    }
    // Narrow columns may cut a long relay or commune name: the tooltip has it all.
    if (role == Qt::ToolTipRole && (index.column() == Relay || index.column() == Commune))
        return index.column() == Relay ? row->relayName : row->communeName;
    if (role == Qt::TextAlignmentRole && index.column() == Places)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == ApprovalEnd && row->approvalEnd.isValid() &&
        (role == Qt::ForegroundRole || role == Qt::ToolTipRole)) {
        // The end of validity is what staff watch: past in red, close in amber.
        const QDate today = m_clock.today();
        if (row->approvalEnd < today)
            return role == Qt::ForegroundRole ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e)))
                                              : QVariant(tr("This agrément has expired."));
        if (row->approvalEnd < today.addMonths(m_watchMonths))
            return role == Qt::ForegroundRole
                       ? QVariant(QBrush(QColor(0xa0, 0x5a, 0x00)))
                       : QVariant(tr("This agrément ends within %n month(s).", nullptr, m_watchMonths));
    }
    return {};
}

QVariant ChildminderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Surname");
    case FirstName:
        return tr("First name");
    case Commune:
        return tr("Commune");
    case Relay:
        return tr("Relay (RPE)");
    case Status:
        return tr("Status");
    case ApprovalNumber:
        return tr("Approval no.");
    case ApprovalEnd:
        return tr("Valid until");
    case Places:
        return tr("Places");
    }
    return {};
}

void ChildminderListModel::sort(int column, Qt::SortOrder order)
{
    const ChildminderSortColumn sortColumn = sortColumnOf(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == m_query.sort && ascending == m_query.ascending)
        return;
    beginResetModel();
    m_query.sort = sortColumn;
    m_query.ascending = ascending;
    m_pages.clear();
    endResetModel();
}

void ChildminderListModel::setFilters(const ChildminderQuery& filters)
{
    beginResetModel();
    m_query.text = filters.text;
    m_query.relayId = filters.relayId;
    m_query.statuses = filters.statuses;
    m_query.inseeCode = filters.inseeCode;
    m_query.approvalEndingBefore = filters.approvalEndingBefore;
    m_count = m_service.count(m_query);
    m_pages.clear();
    endResetModel();
}

void ChildminderListModel::refresh()
{
    beginResetModel();
    m_count = m_service.count(m_query);
    m_pages.clear();
    endResetModel();
}

qint64 ChildminderListModel::idAt(int row) const
{
    const ChildminderSummary* summary = rowAt(row);
    return summary ? summary->id : 0;
}

} // namespace parcours
