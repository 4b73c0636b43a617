#include "CreateCampaignDialog.h"

#include "AppContext.h"
#include "CampaignService.h"
#include "Clock.h"
#include "DomainError.h"
#include "QuestionnaireService.h"
#include "RelayService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours {

CreateCampaignDialog::CreateCampaignDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_year(new QSpinBox(this)), m_questionnaire(new QComboBox(this)),
      m_allRelays(new QRadioButton(tr("&All RPEs (every working childminder)"), this)),
      m_someRelays(new QRadioButton(tr("&Only these RPEs:"), this)), m_relays(new QListWidget(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("createCampaignDialog"));
    setWindowTitle(tr("New campaign"));
    m_year->setObjectName(QStringLiteral("campaignYearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(context.clock().today().year());
    m_questionnaire->setObjectName(QStringLiteral("questionnaireCombo"));
    m_allRelays->setObjectName(QStringLiteral("allRelaysRadio"));
    m_someRelays->setObjectName(QStringLiteral("someRelaysRadio"));
    m_relays->setObjectName(QStringLiteral("scopeRelayList"));
    m_relays->setMinimumHeight(160);
    m_problem->setObjectName(QStringLiteral("createCampaignProblem"));
    m_problem->setWordWrap(true);
    FieldErrorLabels::styleAsError(m_problem);
    m_problem->hide();
    auto* scope = new QButtonGroup(this);
    scope->addButton(m_allRelays);
    scope->addButton(m_someRelays);
    m_allRelays->setChecked(true);
    m_relays->setEnabled(false);
    connect(m_someRelays, &QRadioButton::toggled, m_relays, &QWidget::setEnabled);
    fillQuestionnaires();
    fillRelays();

    auto* scopeBox = new QWidget(this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->addWidget(m_allRelays);
    scopeLayout->addWidget(m_someRelays);
    scopeLayout->addWidget(m_relays);
    scopeLayout->addWidget(m_errors.create(QStringLiteral("relays"), scopeBox));

    auto* form = new QFormLayout;
    form->addRow(tr("&Year:"),
                 FieldErrorLabels::stack(m_year, m_errors.create(QStringLiteral("year"), this)));
    form->addRow(
        tr("&Questionnaire:"),
        FieldErrorLabels::stack(m_questionnaire, m_errors.create(QStringLiteral("questionnaire"), this)));
    form->addRow(tr("Scope:"), scopeBox);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the campaign"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createCampaignButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Everyone in the scope who is working today is put on the call list with the "
                                "status “to contact” and a reference code for the online questionnaire."),
                             this);
    intro->setWordWrap(true);
    FieldErrorLabels::styleAsHint(intro);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void CreateCampaignDialog::fillQuestionnaires()
{
    try {
        QuestionnaireService questionnaires(m_context);
        questionnaires.installDefaultIfMissing();
        const QString defaultName = QuestionnaireService::defaultTemplate().name;
        for (const QString& name : questionnaires.names())
            for (const QuestionnaireVersionInfo& info : questionnaires.versions(name))
                m_questionnaire->addItem(tr("%1 — version %2 of %3")
                                             .arg(name)
                                             .arg(info.version)
                                             .arg(info.createdAt.toString(QStringLiteral("dd/MM/yyyy"))),
                                         info.id);
        // The latest version of the default questionnaire unless told otherwise.
        if (const auto latest = questionnaires.latest(defaultName))
            m_questionnaire->setCurrentIndex(std::max(0, m_questionnaire->findData(latest->id)));
    } catch (const DomainError& error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
}

void CreateCampaignDialog::fillRelays()
{
    try {
        for (const Relay& relay : RelayService(m_context).summaries()) {
            auto* item = new QListWidgetItem(relay.name, m_relays);
            item->setData(Qt::UserRole, relay.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } catch (const DomainError& error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
}

bool CreateCampaignDialog::submit()
{
    QList<qint64> relayIds;
    if (m_someRelays->isChecked())
        for (int i = 0; i < m_relays->count(); ++i)
            if (m_relays->item(i)->checkState() == Qt::Checked)
                relayIds.append(m_relays->item(i)->data(Qt::UserRole).toLongLong());
    FieldErrors errors;
    if (m_someRelays->isChecked() && relayIds.isEmpty()) {
        errors.append({QStringLiteral("relays"), tr("Tick at least one RPE, or choose all RPEs.")});
    } else {
        try {
            errors = CampaignService(m_context).createCampaign(
                m_year->value(), m_questionnaire->currentData().toLongLong(), relayIds, &m_created);
        } catch (const DomainError& error) {
            errors.append({QString(), error.message()});
        }
    }
    const FieldErrors unplaced = m_errors.show(errors);
    QStringList messages;
    for (const FieldError& error : unplaced)
        messages.append(error.message);
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_problem->setVisible(!messages.isEmpty());
    return errors.isEmpty();
}

} // namespace parcours
