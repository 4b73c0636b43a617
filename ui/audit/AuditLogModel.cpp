#include "AuditLogModel.h"

#include "AuditService.h"

namespace parcours {

AuditLogModel::AuditLogModel(AppContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void AuditLogModel::setQuery(const AuditQuery& query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_count = 0;
    try {
        m_count = int(qMin<qint64>(AuditService(m_context).count(query), std::numeric_limits<int>::max()));
    } catch (...) {
        endResetModel();
        throw;
    }
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AuditEntry* AuditLogModel::entry(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    return m_pages.row(row, [this](int offset, int limit) {
        AuditQuery q = m_query;
        q.offset = offset;
        q.limit = limit;
        return AuditService(m_context).page(q);
    });
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry* e = entry(index.row());
    if (!e)
        return {};
    switch (index.column()) {
    case When:
        return e->atUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case User:
        return e->userLogin;
    case Action:
        return AuditService::actionLabel(e->action);
    case Record: {
        QString record = AuditService::entityLabel(e->entity);
        if (e->entityId != 0)
            record += QStringLiteral(" #%1").arg(e->entityId);
        else if (!e->entityKey.isEmpty())
            record += QStringLiteral(" « %1 »").arg(e->entityKey);
        return record;
    }
    case Field:
        return e->field.isEmpty() ? QString() : AuditService::fieldLabel(e->field);
    case OldValue:
        return e->redacted ? tr("(removed by an anonymisation)") : e->oldValue;
    case NewValue:
        return e->redacted ? tr("(removed by an anonymisation)") : e->newValue;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Date");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace parcours
