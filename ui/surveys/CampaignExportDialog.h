#pragma once

#include "SurveyCampaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace parcours {

class AppContext;
class DateLineEdit;

// « Courriers et courriels » of a campaign (issue 3, point 5): the invitation
// letters (PDF, one page per person) and the mailing list (CSV) for the people
// a status and an RPE filter select — « à contacter » by default — with their
// number shown before anything is written. Writing the letters can record the
// invitation of each person still to contact (CampaignService::inviteAll).
// Both run off the GUI thread behind a progress dialog with Cancel.
class CampaignExportDialog : public QDialog
{
    Q_OBJECT
  public:
    CampaignExportDialog(AppContext& context, const SurveyCampaign& campaign, QWidget* parent = nullptr);

    CampaignPeopleFilter filter() const;
    // How many people the filters select (what the label shows).
    int selectedCount() const { return m_count; }

  public slots:
    // Ask for a file and write; true when a file was written.
    bool exportLetters();
    bool exportEmails();

  signals:
    // People were marked as invited: call lists and coverage should refresh.
    void campaignChanged();

  private:
    void updateCount();

    AppContext& m_context;
    SurveyCampaign m_campaign;
    QComboBox* m_status;
    QComboBox* m_relay;
    QLabel* m_countLabel;
    DateLineEdit* m_date;
    QCheckBox* m_markInvited;
    QPushButton* m_lettersButton;
    QPushButton* m_emailsButton;
    int m_count = 0;
};

} // namespace parcours
