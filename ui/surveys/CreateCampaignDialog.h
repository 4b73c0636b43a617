#pragma once

#include "FieldErrorLabels.h"
#include "SurveyCampaign.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace parcours {

class AppContext;

// A new yearly campaign: its year, the questionnaire version it uses (the
// shipped default is installed first when missing) and whom it concerns
// (every RPE, or a ticked few). CampaignService's problems show beside the
// fields; nothing is written until they are all fixed.
class CreateCampaignDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit CreateCampaignDialog(AppContext& context, QWidget* parent = nullptr);

    // Creates the campaign; true when done (then created() is set).
    bool submit();
    const SurveyCampaign& created() const { return m_created; }

    QSpinBox* yearSpin() const { return m_year; }
    QComboBox* questionnaireCombo() const { return m_questionnaire; }
    QListWidget* relayList() const { return m_relays; }
    QRadioButton* someRelaysRadio() const { return m_someRelays; }

  private:
    void fillQuestionnaires();
    void fillRelays();

    AppContext& m_context;
    SurveyCampaign m_created;
    FieldErrorLabels m_errors;
    QSpinBox* m_year;
    QComboBox* m_questionnaire;
    QRadioButton* m_allRelays;
    QRadioButton* m_someRelays;
    QListWidget* m_relays;
    QLabel* m_problem;
};

} // namespace parcours
