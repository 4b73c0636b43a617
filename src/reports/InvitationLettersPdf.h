#pragma once

#include "LetterRecipient.h"
#include "ServiceIdentity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace parcours {

// The annual survey's invitation letters (issue 3, point 5): one A4 page per
// childminder with the sender and recipient blocks, the online address and
// her personal reference code in large type, the option to answer by phone
// and the data-protection notice. Written through QSaveFile: a failure or a
// cancellation leaves nothing behind.
class InvitationLettersPdf
{
    Q_DECLARE_TR_FUNCTIONS(InvitationLettersPdf)

  public:
    void setIdentity(const ServiceIdentity& identity) { m_identity = identity; }
    void setYear(int year) { m_year = year; }
    // The date printed on the letters (« Verdun, le 29 novembre 2026 »); today when unset.
    void setDate(QDate date) { m_date = date; }
    // The retention term the information notice states (RuleSettings::anonymiseAfterApprovalEndYears).
    void setRetentionYears(int years) { m_retentionYears = years; }

    // Called after each letter; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    // The next recipients, a batch at a time; an empty list when there are no
    // more. Lets the caller page through a large campaign.
    using Source = std::function<QList<LetterRecipient>()>;

    // "" when written; otherwise a translated sentence (nothing to write,
    // cancelled, cannot write) and no file at `path`.
    QString write(const QList<LetterRecipient>& recipients, const QString& path,
                  const Progress& progress = {}) const;
    // `total` is only used for the progress.
    QString write(const Source& next, int total, const QString& path, const Progress& progress = {}) const;

    // The letter's body as QTextDocument HTML (exposed for the tests).
    QString letterHtml(const LetterRecipient& recipient) const;
    // « Verdun, le 29 novembre 2026 », or « Le 29 novembre 2026 » with no city.
    QString placeAndDate() const;

  private:
    ServiceIdentity m_identity;
    int m_retentionYears = 5;
    int m_year = 0;
    QDate m_date;
};

} // namespace parcours
