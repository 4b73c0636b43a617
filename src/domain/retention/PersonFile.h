#pragma once

#include "PersonalDataRepository.h"
#include "TimelineEntry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace parcours {

// One line of an obligation or checklist table: what, where she stands, and
// a short state ("à jour", "manquant", "échéance 12/03/2027"...).
struct PersonFileLine
{
    QString label;
    QString value;
    QString state;
};

// Everything the printable person file shows, as plain data: the app layer
// fills it (PersonFileService), the JSON and the PDF only render it, so the
// reports layer needs no database and no app code.
struct PersonFile
{
    qint64 childminderId = 0;
    QString displayName;
    QString birthName;
    QString firstName;
    QDate birthDate;
    QString address;
    QString postalCode;
    QString communeName;
    QString phone;
    QString email;
    QString statusKey;
    QString statusLabel;

    // Her current agrément (hasApproval false: none recorded).
    bool hasApproval = false;
    QString approvalNumber;
    QDate approvalStart;
    QDate approvalEnd;
    int places = 0;
    QString approvalStatusLabel;
    QString placeOfPracticeLabel;

    QString relayName; // empty: none
    QString mamName;   // empty: none

    QList<PersonFileLine> obligations;
    QList<PersonFileLine> checklist;
    QList<TimelineEntry> timeline; // newest first
    QDate generatedOn;
    // The right of access (AccessRequestService): every row about her, table
    // by table, then her audit entries ("audit_log"). Empty in the ordinary print.
    QList<PersonalRecordTable> records;
};

} // namespace parcours
