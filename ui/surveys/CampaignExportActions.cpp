#include "CampaignExportActions.h"

#include "CampaignExportDialog.h"
#include "ResponseImportDialog.h"

#include <QAction>
#include <QWidget>

namespace parcours {

QList<QAction*> CampaignExportActions::create(AppContext& context, const SurveyCampaign& campaign,
                                              QWidget* parent, const std::function<void()>& changed)
{
    auto* invitations = new QAction(tr("Invitation letters and emails…"), parent);
    invitations->setObjectName(QStringLiteral("campaignInvitationsAction"));
    QObject::connect(invitations, &QAction::triggered, parent, [&context, campaign, parent, changed] {
        openInvitations(context, campaign, parent, changed);
    });
    auto* import = new QAction(tr("Import LimeSurvey responses…"), parent);
    import->setObjectName(QStringLiteral("campaignImportResponsesAction"));
    QObject::connect(import, &QAction::triggered, parent, [&context, campaign, parent, changed] {
        openResponseImport(context, campaign, parent, changed);
    });
    return {invitations, import};
}

void CampaignExportActions::openInvitations(AppContext& context, const SurveyCampaign& campaign,
                                            QWidget* parent, const std::function<void()>& changed)
{
    CampaignExportDialog dialog(context, campaign, parent);
    if (changed)
        QObject::connect(&dialog, &CampaignExportDialog::campaignChanged, parent, changed);
    dialog.exec();
}

void CampaignExportActions::openResponseImport(AppContext& context, const SurveyCampaign& campaign,
                                               QWidget* parent, const std::function<void()>& changed)
{
    ResponseImportDialog dialog(context, campaign, parent);
    if (changed)
        QObject::connect(&dialog, &ResponseImportDialog::campaignChanged, parent, changed);
    dialog.exec();
}

} // namespace parcours
