#pragma once

#include "SurveyCampaign.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

class QAction;
class QWidget;

namespace parcours {

class AppContext;

// The campaign's actions for a toolbar or a menu (issue 3, points 5 and 6):
// « Lettres et courriels d'invitation… » (CampaignExportDialog) and
// « Importer des réponses LimeSurvey… » (ResponseImportDialog). `changed` is
// called when invitations or responses were recorded, so the page refreshes.
class CampaignExportActions
{
    Q_DECLARE_TR_FUNCTIONS(CampaignExportActions)

  public:
    // Parented to `parent`; the dialogs open modal over it.
    static QList<QAction*> create(AppContext& context, const SurveyCampaign& campaign, QWidget* parent,
                                  const std::function<void()>& changed = {});
    static void openInvitations(AppContext& context, const SurveyCampaign& campaign, QWidget* parent,
                                const std::function<void()>& changed = {});
    static void openResponseImport(AppContext& context, const SurveyCampaign& campaign, QWidget* parent,
                                   const std::function<void()>& changed = {});
};

} // namespace parcours
