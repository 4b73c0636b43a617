#pragma once

#include "Approval.h"
#include "ApprovalRules.h"
#include "Childminder.h"
#include "PmiRow.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace parcours {

// Decides what a line of a PMI list changes in a person already on file.
// Pure (no repository), so the rules of a re-import are tested on their own:
// only what the list carries is compared; a spelling the list writes more
// poorly ("HELENE" for "Hélène") is not a change; nothing is ever removed.
class PmiMerger
{
  public:
    struct PersonChange
    {
        bool changed = false;
        bool communeChanged = false; // the relay may have to follow
    };
    struct ApprovalChange
    {
        std::optional<Approval> toSave; // set when something must be written
        bool isNew = false;
    };

    static PersonChange mergePerson(Childminder& stored, const PmiRow& row, QDate today);
    // Finds the approval of the line among hers (same number; without a
    // number, same start date) and updates it, or makes a new one: a renewal
    // when she already had one, with a FirstGrant or Renewal event.
    static ApprovalChange mergeApproval(const QList<Approval>& stored, const PmiRow& row,
                                        qint64 childminderId, const ApprovalRules& rules, QDate today);
    // The approval the line describes, for a person not yet on file.
    static Approval newApproval(const PmiRow& row, qint64 childminderId, bool isRenewal,
                                const ApprovalRules& rules, QDate today);

    // Approval numbers compared without separators and case: "55 2019 014",
    // "55-2019-014" and "552019014" are one number (approvalNumberKey()).
    static QString numberKey(const QString& number);
};

} // namespace parcours
