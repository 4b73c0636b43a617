#pragma once

#include "Childminder.h"
#include "RecordMerge.h"

#include <QList>
#include <QSet>
#include <functional>

namespace parcours {

// The three-way merge of a childminder's identity fields (see RecordMerge):
// the fields the identity form edits, her relay shown by name.
class ChildminderMerge
{
  public:
    using RelayNamer = std::function<QString(qint64)>;

    ChildminderMerge(Childminder base, Childminder mine, Childminder theirs, RelayNamer relayName = {});

    QList<FieldConflict> differences() const { return m_merge.differences(); }
    // `keepMine`: keys of the fields where the user keeps her own value.
    Childminder merged(const QSet<QString>& keepMine) const { return m_merge.merged(keepMine); }

    static QList<MergeField<Childminder>> fields(const RelayNamer& relayName);

  private:
    RecordMerge<Childminder> m_merge;
};

} // namespace parcours
