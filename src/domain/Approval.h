#pragma once

#include "ApprovalEvent.h"
#include "PlaceOfPractice.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

enum class ApprovalStatus { Active, Suspended, Withdrawn, Ended };

QString approvalStatusKey(ApprovalStatus status);
std::optional<ApprovalStatus> approvalStatusFromKey(const QString& key);
QString approvalStatusLabel(ApprovalStatus status);

// Approval numbers compared the way people read them: the PMI writes
// "55-2019-014" one year and "55 2019 014" or "552019014" the next, so the key
// keeps letters and digits only, upper case.
QString approvalNumberKey(const QString& number);

// One agrément decision period (a first grant or a renewal) with the events
// that changed it afterwards. A childminder's history is the list of these.
struct Approval
{
    qint64 id = 0;
    qint64 childminderId = 0;
    QString number;
    QDate decisionDate;
    QDate startDate;
    QDate endDate;
    bool isRenewal = false;
    int places = 4;
    int placesUnder3 = 0; // 0: no specific limit recorded
    int minAgeMonths = 0; // age limits of the children she may receive
    int maxAgeMonths = 0; // 0: up to the legal limit (under 11)
    PlaceOfPractice placeOfPractice = PlaceOfPractice::Home;
    ApprovalStatus status = ApprovalStatus::Active;
    QString derogation;         // e.g. "+1 place périscolaire"
    int temporaryReduction = 0; // places temporarily withdrawn
    QDate reductionEnd;
    QList<ApprovalEvent> events;
    int version = 0;

    // The agrément is in force on that day (dates and status both agree).
    bool isInForceOn(QDate day) const;
    // The suspension running on that day, if any.
    std::optional<ApprovalEvent> suspensionOn(QDate day) const;
};

} // namespace parcours
