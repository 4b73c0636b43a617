#include "PmiMerger.h"

#include "PhoneNumber.h"
#include "TextFolding.h"

#include <QCoreApplication>


namespace parcours {

namespace {

// Names and communes: the list often drops accents or shouts in capitals;
// that is no reason to overwrite what staff typed carefully.
bool sameWords(const QString& a, const QString& b)
{
    return foldForMatching(a) == foldForMatching(b);
}

bool samePhone(const QString& stored, const QString& listed)
{
    const auto a = normalisePhone(stored);
    const auto b = normalisePhone(listed);
    return a && b ? *a == *b : stored.simplified() == listed.simplified();
}

} // namespace

QString PmiMerger::numberKey(const QString& number)
{
    return approvalNumberKey(number);
}

PmiMerger::PersonChange PmiMerger::mergePerson(Childminder& stored, const PmiRow& row, QDate today)
{
    PersonChange change;
    const Childminder& listed = row.person;
    auto take = [&](PmiColumn column, QString Childminder::*field, bool same) {
        if (row.has(column) && !same) {
            stored.*field = listed.*field;
            change.changed = true;
        }
    };
    take(PmiColumn::UsageName, &Childminder::usageName, sameWords(stored.usageName, listed.usageName));
    take(PmiColumn::BirthName, &Childminder::birthName, sameWords(stored.birthName, listed.birthName));
    take(PmiColumn::FirstName, &Childminder::firstName, sameWords(stored.firstName, listed.firstName));
    take(PmiColumn::Address, &Childminder::address, stored.address == listed.address);
    take(PmiColumn::PostalCode, &Childminder::postalCode, stored.postalCode == listed.postalCode);
    take(PmiColumn::Phone, &Childminder::phone, samePhone(stored.phone, listed.phone));
    take(PmiColumn::Email, &Childminder::email, stored.email.compare(listed.email, Qt::CaseInsensitive) == 0);
    if (row.has(PmiColumn::BirthDate) && stored.birthDate != listed.birthDate) {
        stored.birthDate = listed.birthDate;
        change.changed = true;
    }
    if (row.has(PmiColumn::Commune)) {
        // A resolved commune is compared by code; one kept as typed by name.
        const bool same =
            listed.inseeCode.isEmpty()
                ? stored.inseeCode.isEmpty() && sameWords(stored.communeName, listed.communeName)
                : stored.inseeCode == listed.inseeCode && stored.communeName == listed.communeName;
        if (!same) {
            change.communeChanged = stored.inseeCode != listed.inseeCode;
            stored.inseeCode = listed.inseeCode;
            stored.communeName = listed.communeName;
            change.changed = true;
        }
    }
    // Someone followed as a prospect or waiting for her agrément who now is
    // on the PMI's list with an agrément in force has become a childminder.
    // Other statuses (suspended, stopped, retired) are the service's own
    // knowledge and the list does not overrule them.
    const bool pending =
        stored.status == ChildminderStatus::Prospect || stored.status == ChildminderStatus::ApprovalPending;
    if (pending && row.hasApproval && row.approval.isInForceOn(today)) {
        stored.status = ChildminderStatus::Active;
        change.changed = true;
    }
    return change;
}

Approval PmiMerger::newApproval(const PmiRow& row, qint64 childminderId, bool isRenewal,
                                const ApprovalRules& rules, QDate today)
{
    Approval a = row.approval;
    a.id = 0;
    a.childminderId = childminderId;
    a.isRenewal = isRenewal;
    if (isRenewal && row.approvalEndComputed)
        a.endDate = rules.validityEnd(a.startDate, true, {});
    ApprovalEvent event;
    event.kind = isRenewal ? ApprovalEventKind::Renewal : ApprovalEventKind::FirstGrant;
    // Without a start date the only true date is the day we learnt of it.
    event.date = a.startDate.isValid() ? a.startDate : today;
    event.places = row.has(PmiColumn::Places) ? a.places : 0;
    event.details = QCoreApplication::translate("PmiMerger", "Recorded from a PMI list import.");
    a.events = {event};
    return a;
}

PmiMerger::ApprovalChange PmiMerger::mergeApproval(const QList<Approval>& stored, const PmiRow& row,
                                                   qint64 childminderId, const ApprovalRules& rules,
                                                   QDate today)
{
    ApprovalChange change;
    if (!row.hasApproval)
        return change;
    const Approval& listed = row.approval;
    const Approval* match = nullptr;
    for (const Approval& a : stored) {
        const bool same = listed.number.isEmpty()
                              ? listed.startDate.isValid() && a.startDate == listed.startDate
                              : numberKey(a.number) == numberKey(listed.number);
        if (same)
            match = &a; // the latest one wins should numbers repeat
    }
    if (!match) {
        change.toSave = newApproval(row, childminderId, !stored.isEmpty(), rules, today);
        change.isNew = true;
        return change;
    }

    Approval a = *match;
    bool changed = false;
    auto take = [&changed](auto& field, const auto& value) {
        if (field != value) {
            field = value;
            changed = true;
        }
    };
    if (row.has(PmiColumn::ApprovalNumber) && a.number.isEmpty())
        take(a.number, listed.number);
    if (row.has(PmiColumn::ApprovalStart))
        take(a.startDate, listed.startDate);
    // A computed end only fills a gap: the stored end may be a ten-year
    // renewal the list cannot know about.
    if (row.has(PmiColumn::ApprovalEnd) || (row.approvalEndComputed && !a.endDate.isValid()))
        take(a.endDate, listed.endDate);
    if (row.has(PmiColumn::Places))
        take(a.places, listed.places);
    if (row.has(PmiColumn::PlaceOfPractice))
        take(a.placeOfPractice, listed.placeOfPractice);
    if (changed)
        change.toSave = a;
    return change;
}

} // namespace parcours
