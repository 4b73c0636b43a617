#include "CampaignPeopleModel.h"

#include "CampaignService.h"

#include <QBrush>
#include <QColor>

namespace parcours {

CampaignPeopleModel::CampaignPeopleModel(CampaignService& service, qint64 campaignId, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_campaignId(campaignId)
{
    m_count = m_service.countPeople(m_campaignId, m_filter);
}

int CampaignPeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CampaignPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CampaignPersonRow* CampaignPeopleModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    return m_pages.row(row, [this](int offset, int limit) { return fetch(offset, limit); });
}

QList<CampaignPersonRow> CampaignPeopleModel::fetch(int offset, int limit) const
{
    return m_service.people(m_campaignId, m_filter, offset, limit);
}

QVariant CampaignPeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const CampaignPersonRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == kIdRole)
        return row->childminderId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return row->name;
        case Commune:
            return row->communeName;
        case Relay:
            return row->relayName;
        case Phone:
            return row->phone;
        case Status:
            return campaignStatusLabel(row->status);
        case LastSending:
            return row->lastInvitation.isValid() ? row->lastInvitation.toString(QStringLiteral("dd/MM/yyyy"))
                                                 : QString();
        case Reminders:
            return row->reminders > 0 ? QVariant(row->reminders) : QVariant();
        case Reference:
            return row->referenceCode;
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Relay || index.column() == Commune))
        return index.column() == Relay ? row->relayName : row->communeName;
    if (role == Qt::TextAlignmentRole && index.column() == Reminders)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        // Answered in green, lost causes in grey: the eye finds who is left.
        if (row->status == CampaignStatus::Responded)
            return QBrush(QColor(0x1e, 0x7b, 0x34));
        if (row->status == CampaignStatus::Refused || row->status == CampaignStatus::OutOfScope ||
            row->status == CampaignStatus::Unreachable)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
    }
    return {};
}

QVariant CampaignPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Commune:
        return tr("Commune");
    case Relay:
        return tr("Relay (RPE)");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    case LastSending:
        return tr("Last sending");
    case Reminders:
        return tr("Reminders");
    case Reference:
        return tr("Reference");
    }
    return {};
}

void CampaignPeopleModel::setFilter(const CampaignPeopleFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_count = m_service.countPeople(m_campaignId, m_filter);
    m_pages.clear();
    endResetModel();
}

void CampaignPeopleModel::refresh()
{
    setFilter(m_filter);
}

void CampaignPeopleModel::updateRow(int row, CampaignStatus status)
{
    if (row < 0 || row >= m_count)
        return;
    CampaignPersonRow* cached =
        m_pages.row(row, [this](int offset, int limit) { return fetch(offset, limit); });
    if (!cached)
        return;
    CampaignPersonRow& person = *cached;
    person.status = status;
    person.reminders = 0;
    person.lastInvitation = QDate();
    for (const CampaignInvitation& sent : m_service.invitations(m_campaignId, person.childminderId)) {
        if (sent.kind == InvitationKind::Reminder)
            ++person.reminders;
        if (!person.lastInvitation.isValid() || sent.date > person.lastInvitation)
            person.lastInvitation = sent.date;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 CampaignPeopleModel::idAt(int row) const
{
    const CampaignPersonRow* person = rowAt(row);
    return person ? person->childminderId : 0;
}

} // namespace parcours
