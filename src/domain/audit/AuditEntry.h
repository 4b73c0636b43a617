#pragma once

#include <QDateTime>
#include <QString>

namespace parcours {

// One row of the audit trail (issue 5): who did what to which record, when.
// Row-level changes are written by SQLite triggers (AuditTriggers); the
// application records the events no trigger sees (a file read, an export, a
// sign-in, a purge) through AuditRepository::record().
struct AuditEntry
{
    qint64 id = 0;
    QDateTime atUtc;
    QString userLogin;
    // create | update | delete | read | export | sign_in | purge | anonymise | demo | ...
    QString action;
    // The table name for row-level changes ("childminders", "contacts"...), or
    // what an application event concerns ("register", "survey_summary"...).
    QString entity;
    qint64 entityId = 0; // 0: none
    // Tables without an integer id (settings, campaign_people...): their key.
    QString entityKey;
    // The person the row concerns (childminders.id, or the childminder_id of a
    // child record), 0 when none: what the History tab and the access export read.
    qint64 personId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    // Redacted by an anonymisation: the values were removed, the chain still holds.
    bool redacted = false;
};

} // namespace parcours
