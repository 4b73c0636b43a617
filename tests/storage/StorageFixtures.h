#pragma once

#include "Approval.h"
#include "Childminder.h"

#include <QFile>
#include <QTemporaryDir>

namespace parcours::testing {

// A writable copy, named `name` in `dir`, of tests/data/schema-v5.sqlite: a
// database the first survey version wrote, for the migration tests. Empty
// when the copy failed.
inline QString copyOfSchemaV5(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(PARCOURS_TEST_DATA "/schema-v5.sqlite"), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

inline Childminder makePerson(const QString& usage, const QString& first, QDate birth = QDate(1975, 4, 12))
{
    Childminder p;
    p.usageName = usage;
    p.firstName = first;
    p.birthDate = birth;
    p.inseeCode = QStringLiteral("55029");
    p.postalCode = QStringLiteral("55000");
    p.communeName = QStringLiteral("Bar-le-Duc");
    p.status = ChildminderStatus::Active;
    return p;
}

inline Approval makeApproval(qint64 personId, const QString& number, QDate start, QDate end, int places = 4)
{
    Approval a;
    a.childminderId = personId;
    a.number = number;
    a.startDate = start;
    a.decisionDate = start;
    a.endDate = end;
    a.places = places;
    return a;
}

} // namespace parcours::testing
