#pragma once

#include "FieldConflict.h"

#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <utility>

namespace parcours {

// One editable field of a record, for a three-way merge: how to read it for
// comparison, how to show it (ids become names), and how to copy it from one
// version to another. Fields a form edits together (a commune's postal code
// and name; a list of staff) are one field, so a merge never mixes halves.
template <typename Record> struct MergeField
{
    using Reader = std::function<QString(const Record&)>;
    using Copier = std::function<void(Record& to, const Record& from)>;

    MergeField(QString key, QString label, Reader value, Copier copy, Reader display = nullptr)
        : key(std::move(key)), label(std::move(label)), value(std::move(value)), copy(std::move(copy)),
          display(std::move(display))
    {
    }

    QString key;   // stable ("name", "staff"...)
    QString label; // already translated
    Reader value;
    Copier copy;
    Reader display; // empty: value() is shown
};

// A three-way comparison for a save that met a newer version (optimistic
// concurrency): `base` is the record as the user read it, `mine` her edit,
// `theirs` what someone else stored meanwhile. Every field where the two
// versions differ is listed with a suggested side, and merged() applies the
// user's choices onto `theirs`, whose version number the next save carries.
template <typename Record> class RecordMerge
{
  public:
    RecordMerge(QList<MergeField<Record>> fields, Record base, Record mine, Record theirs)
        : m_fields(std::move(fields)), m_base(std::move(base)), m_mine(std::move(mine)),
          m_theirs(std::move(theirs))
    {
    }

    QList<FieldConflict> differences() const
    {
        QList<FieldConflict> result;
        for (const MergeField<Record>& field : m_fields) {
            const QString mine = field.value(m_mine);
            const QString theirs = field.value(m_theirs);
            if (mine == theirs)
                continue;
            const QString base = field.value(m_base);
            FieldConflict conflict;
            conflict.key = field.key;
            conflict.label = field.label;
            conflict.mine = field.display ? field.display(m_mine) : mine;
            conflict.theirs = field.display ? field.display(m_theirs) : theirs;
            const bool changedByMe = mine != base;
            conflict.changedByBoth = changedByMe && theirs != base;
            // Suggest the side that changed it; on a clash, what the user typed.
            conflict.keepMine = changedByMe;
            result.append(conflict);
        }
        return result;
    }

    // `keepMine`: keys of the fields where the user keeps her own value.
    Record merged(const QSet<QString>& keepMine) const
    {
        Record result = m_theirs;
        for (const MergeField<Record>& field : m_fields)
            if (keepMine.contains(field.key))
                field.copy(result, m_mine);
        return result;
    }

    const Record& theirs() const { return m_theirs; }

  private:
    QList<MergeField<Record>> m_fields;
    Record m_base;
    Record m_mine;
    Record m_theirs;
};

} // namespace parcours
