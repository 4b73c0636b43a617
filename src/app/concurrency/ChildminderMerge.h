#pragma once

#include "Childminder.h"
#include "FieldConflict.h"

#include <QList>
#include <QSet>
#include <functional>

namespace parcours {

// A three-way comparison for a save that met a newer version (optimistic
// concurrency): `base` is the file as the user read it, `mine` her edit,
// `theirs` what someone else stored meanwhile. Nothing is overwritten
// silently: every field where the two versions differ is listed, with a
// suggested choice, and merged() applies the user's choices onto `theirs`
// (whose version number the next save must carry).
class ChildminderMerge
{
  public:
    using RelayNamer = std::function<QString(qint64)>;

    ChildminderMerge(Childminder base, Childminder mine, Childminder theirs, RelayNamer relayName = {});

    QList<FieldConflict> differences() const;
    // `keepMine`: keys of the fields where the user keeps her own value.
    Childminder merged(const QSet<QString>& keepMine) const;

  private:
    struct Field;
    static const QList<Field>& fields();
    QString display(const Field& field, const Childminder& person) const;

    Childminder m_base;
    Childminder m_mine;
    Childminder m_theirs;
    RelayNamer m_relayName;
};

} // namespace parcours
