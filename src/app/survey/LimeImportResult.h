#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// Something to tell about one line of a LimeSurvey response export.
struct LimeRowIssue
{
    int line = 0;      // physical line in the file (the header is line 1)
    QString reference; // the reference code the line carries, as written; may be empty
    QString question;  // the question code concerned, when the trouble is one answer
    QString reason;    // translated sentence
};

// One response stored (or, for a dry run, that would be).
struct LimeImportedRow
{
    int line = 0;
    QString reference;
    qint64 childminderId = 0;
    bool replaced = false; // she already had a response for the campaign
    bool followUp = false; // a coordinator follow-up was created
};

// What a LimeSurvey response import did. Counts are of responses (lines).
struct LimeImportResult
{
    QList<LimeImportedRow> stored;  // new and replaced, in file order
    QList<LimeRowIssue> rejected;   // not imported: to correct in LimeSurvey or in the file
    QList<LimeRowIssue> skipped;    // not imported on purpose (she already has a response)
    QList<LimeRowIssue> duplicates; // an earlier answer of someone who answered twice
    QList<LimeRowIssue> warnings;   // imported, with a remark
    QStringList ignoredColumns;     // "header: why", in file order
    QString encodingName;
    QChar separator;
    bool dryRun = false;

    int imported() const;  // new responses
    int replaced() const;  // responses that replaced an earlier one
    int followUps() const; // follow-ups created
    int skippedCount() const { return int(skipped.size()); }
    int rejectedCount() const { return int(rejected.size()); }

    // Compact UTF-8 JSON for `parcours-cli survey import-responses --json`,
    // keys in this order: {"dryRun","imported","replaced","skipped","rejected",
    // "duplicates","followUps","stored":[{"line","reference","childminderId",
    // "replaced","followUp"}],"rejectedRows":[{"line","reference","question",
    // "reason"}],"skippedRows":[...],"duplicateRows":[...],"warnings":[...],
    // "ignoredColumns":[...],"encoding","separator"}.
    QByteArray toJson() const;
};

} // namespace parcours
