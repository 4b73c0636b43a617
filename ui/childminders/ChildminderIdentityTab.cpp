#include "ChildminderIdentityTab.h"

#include "AppContext.h"
#include "ChildminderService.h"
#include "CommuneCompleter.h"
#include "DateLineEdit.h"
#include "FieldErrorLabels.h"
#include "RelayService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace parcours {

ChildminderIdentityTab::ChildminderIdentityTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_relays(RelayService(context).summaries())
{
    auto* layout = new QGridLayout(this);
    layout->addWidget(buildIdentityGroup(), 0, 0);
    layout->addWidget(buildContactGroup(), 0, 1);
    layout->addWidget(buildRelayGroup(), 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(2, 1);
}

QLineEdit* ChildminderIdentityTab::addLineEdit(const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    connect(edit, &QLineEdit::textEdited, this, &ChildminderIdentityTab::edited);
    return edit;
}

QWidget* ChildminderIdentityTab::buildIdentityGroup()
{
    auto* group = new QGroupBox(tr("Identity"), this);
    auto* form = new QFormLayout(group);
    m_usageName = addLineEdit(QStringLiteral("usageName"));
    m_birthName = addLineEdit(QStringLiteral("birthName"));
    m_firstName = addLineEdit(QStringLiteral("firstName"));
    m_birthDate = new DateLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    connect(m_birthDate, &QLineEdit::textEdited, this, &ChildminderIdentityTab::edited);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const auto status : allStatuses())
        m_status->addItem(statusLabel(status), statusKey(status));
    connect(m_status, &QComboBox::activated, this, &ChildminderIdentityTab::edited);

    form->addRow(tr("&Usage name:"),
                 FieldErrorLabels::stack(m_usageName, m_errors.create(QStringLiteral("usageName"), this)));
    form->addRow(tr("&Birth name:"),
                 FieldErrorLabels::stack(m_birthName, m_errors.create(QStringLiteral("birthName"), this)));
    form->addRow(tr("&First name:"),
                 FieldErrorLabels::stack(m_firstName, m_errors.create(QStringLiteral("firstName"), this)));
    form->addRow(tr("Birth &date:"),
                 FieldErrorLabels::stack(m_birthDate, m_errors.create(QStringLiteral("birthDate"), this)));
    form->addRow(tr("Sta&tus:"),
                 FieldErrorLabels::stack(m_status, m_errors.create(QStringLiteral("status"), this)));
    return group;
}

QWidget* ChildminderIdentityTab::buildContactGroup()
{
    auto* group = new QGroupBox(tr("Address and contact"), this);
    auto* form = new QFormLayout(group);
    m_address = addLineEdit(QStringLiteral("address"));
    m_postalCode = addLineEdit(QStringLiteral("postalCode"));
    m_postalCode->setMaximumWidth(90);
    m_commune = new QComboBox(this);
    m_commune->setObjectName(QStringLiteral("communeCombo"));
    m_communeCompleter = new CommuneCompleter(m_postalCode, m_commune, this);
    connect(m_communeCompleter, &CommuneCompleter::changed, this, [this] {
        updateDerivedRelay();
        emit edited();
    });
    m_phone = addLineEdit(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. 03 29 12 34 56"));
    m_email = addLineEdit(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("e.g. name@example.fr"));

    auto* place = new QWidget(this);
    auto* placeLayout = new QHBoxLayout(place);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->addWidget(m_postalCode);
    placeLayout->addWidget(m_commune, 1);

    auto* placeErrors = new QWidget(this);
    auto* errorsLayout = new QVBoxLayout(placeErrors);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    errorsLayout->setSpacing(2);
    errorsLayout->addWidget(place);
    errorsLayout->addWidget(m_errors.create(QStringLiteral("postalCode"), this));
    errorsLayout->addWidget(m_errors.create(QStringLiteral("commune"), this));
    placeErrors->setFocusProxy(m_postalCode); // the label's accelerator lands on the postal code

    form->addRow(tr("Addr&ess:"),
                 FieldErrorLabels::stack(m_address, m_errors.create(QStringLiteral("address"), this)));
    form->addRow(tr("&Postal code, commune:"), placeErrors);
    form->addRow(tr("P&hone:"),
                 FieldErrorLabels::stack(m_phone, m_errors.create(QStringLiteral("phone"), this)));
    form->addRow(tr("E&mail:"),
                 FieldErrorLabels::stack(m_email, m_errors.create(QStringLiteral("email"), this)));
    return group;
}

QWidget* ChildminderIdentityTab::buildRelayGroup()
{
    auto* group = new QGroupBox(tr("Relay and MAM"), this);
    auto* form = new QFormLayout(group);
    m_derivedRelay = new QLabel(this);
    m_derivedRelay->setObjectName(QStringLiteral("relayLabel"));
    m_derivedRelay->setWordWrap(true);
    m_relayOverride = new QComboBox(this);
    m_relayOverride->setObjectName(QStringLiteral("relayOverrideCombo"));
    m_relayOverride->addItem(tr("Follow her commune (automatic)"), qint64(0));
    for (const auto& relay : std::as_const(m_relays))
        m_relayOverride->addItem(relay.name, relay.id);
    connect(m_relayOverride, &QComboBox::activated, this, &ChildminderIdentityTab::edited);
    m_mam = new QLabel(this);
    m_mam->setObjectName(QStringLiteral("mamLabel"));

    form->addRow(tr("Relay of her commune:"), m_derivedRelay);
    form->addRow(tr("&Relay to use:"), m_relayOverride);
    form->addRow(tr("MAM:"), m_mam);
    auto* hint = new QLabel(tr("MAM membership is recorded on the MAM page."), this);
    FieldErrorLabels::styleAsHint(hint);
    form->addRow(QString(), hint);
    return group;
}

void ChildminderIdentityTab::load(const ChildminderFile& file)
{
    const Childminder& p = file.person;
    m_usageName->setText(p.usageName);
    m_birthName->setText(p.birthName);
    m_firstName->setText(p.firstName);
    m_birthDate->setDate(p.birthDate);
    m_address->setText(p.address);
    m_communeCompleter->setCommune(p.postalCode, p.inseeCode, p.communeName);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    setStatus(p.status);
    const int relayIndex = p.relayOverridden ? m_relayOverride->findData(p.relayId) : 0;
    m_relayOverride->setCurrentIndex(relayIndex >= 0 ? relayIndex : 0);
    m_mam->setText(file.mamName.isEmpty() ? tr("Not a MAM member") : file.mamName);
    m_errors.clear();
    updateDerivedRelay();
}

void ChildminderIdentityTab::setStatus(ChildminderStatus status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusKey(status))));
}

void ChildminderIdentityTab::writeTo(Childminder& person) const
{
    person.usageName = m_usageName->text();
    person.birthName = m_birthName->text();
    person.firstName = m_firstName->text();
    person.birthDate = m_birthDate->date();
    person.address = m_address->text();
    person.postalCode = m_communeCompleter->postalCode();
    person.communeName = m_communeCompleter->communeName();
    person.inseeCode = m_communeCompleter->inseeCode();
    person.phone = m_phone->text();
    person.email = m_email->text();
    person.status = statusFromKey(m_status->currentData().toString()).value_or(ChildminderStatus::Active);
    person.relayOverridden = m_relayOverride->currentIndex() > 0;
    if (person.relayOverridden)
        person.relayId = m_relayOverride->currentData().toLongLong();
}

FieldErrors ChildminderIdentityTab::formErrors() const
{
    FieldErrors errors;
    if (!m_birthDate->isAcceptable())
        errors.append(
            {QStringLiteral("birthDate"), tr("Type the date as dd/mm/yyyy, for example 05/03/1975.")});
    return errors;
}

FieldErrors ChildminderIdentityTab::showErrors(const FieldErrors& errors)
{
    return m_errors.show(errors);
}

QString ChildminderIdentityTab::relayName(qint64 id) const
{
    for (const auto& relay : m_relays)
        if (relay.id == id)
            return relay.name;
    return {};
}

void ChildminderIdentityTab::updateDerivedRelay()
{
    Childminder probe;
    probe.postalCode = m_communeCompleter->postalCode();
    probe.communeName = m_communeCompleter->communeName();
    probe.inseeCode = m_communeCompleter->inseeCode();
    if (probe.communeName.isEmpty()) {
        m_derivedRelay->setText(tr("Choose her commune first."));
        return;
    }
    if (!ChildminderService(m_context).resolveCommune(probe)) {
        m_derivedRelay->setText(tr("Unknown commune."));
        return;
    }
    m_derivedRelay->setText(probe.relayId > 0 ? relayName(probe.relayId)
                                              : tr("No relay covers %1.").arg(probe.communeName));
}

} // namespace parcours
