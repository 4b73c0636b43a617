#pragma once

#include <QDateTime>
#include <QString>

namespace parcours {

// Filters of the audit viewer and of `parcours-cli audit list`. Empty or zero
// members do not filter.
struct AuditQuery
{
    QString userLogin;
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 personId = 0;
    QDateTime fromUtc; // inclusive
    QDateTime toUtc;   // exclusive
    // Searched in the field name, the old and the new value.
    QString text;
    int offset = 0;
    int limit = 100;
    // Newest first by default: the viewer shows what just happened.
    bool newestFirst = true;
};

} // namespace parcours
