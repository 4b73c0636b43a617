#pragma once

#include "SurveyCampaign.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace parcours {

class AppContext;

// The mailing list of a campaign's invitations (issue 3, point 5): one line
// per person who has an email — name, email, reference code, relay — for a
// mail-merge. CSV for French Excel: UTF-8 with BOM, ';', every cell through
// csvCell (formula neutralisation). Reads the campaign a page at a time.
class InvitationEmailExport
{
    Q_DECLARE_TR_FUNCTIONS(InvitationEmailExport)

  public:
    explicit InvitationEmailExport(AppContext& context) : m_context(context) {}

    // Through QSaveFile. Returns the number of people written, or -1 when
    // progress(done, total) returned false (nothing is left at `path`).
    // Throws DomainError (French) when the file cannot be written.
    int exportTo(const QString& path, qint64 campaignId, const CampaignPeopleFilter& filter = {},
                 const std::function<bool(int, int)>& progress = {});
    // The same to any device; -1 when cancelled (what was written stays).
    int write(QIODevice& out, qint64 campaignId, const CampaignPeopleFilter& filter = {},
              const std::function<bool(int, int)>& progress = {});

  private:
    AppContext& m_context;
};

} // namespace parcours
