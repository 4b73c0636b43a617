#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace parcours {

// Something to tell about one line of the imported file.
struct ImportIssue
{
    int line = 0; // physical line in the file
    QString message;
};

// What an import did (or, for a dry run, would do). Counts are of people.
struct ImportReport
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QList<qint64> absentIds;  // on file as active, suspended or pending, but not on the list
    QList<qint64> createdIds; // empty for a dry run
    QList<qint64> updatedIds;
    QList<ImportIssue> rejected; // lines not imported, with the reason
    QList<ImportIssue> warnings; // lines imported with a remark
    bool dryRun = false;
    bool cancelled = false; // stopped by the user: nothing was written

    int absent() const { return int(absentIds.size()); }

    // Compact UTF-8 JSON for `parcours-cli import --json`, keys in this order:
    // {"created","updated","unchanged","absent","rejected":[{"line","reason"}],
    //  "warnings":[{"line","message"}]}. QJsonObject would sort the keys, so
    // the text is written by hand.
    QByteArray toJson() const;
};

} // namespace parcours
