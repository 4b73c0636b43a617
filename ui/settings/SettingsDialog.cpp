#include "SettingsDialog.h"

#include "RuleSettingsForm.h"

#include "AppContext.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace parcours {

namespace {
QLineEdit* lineEdit(const QString& name, const QString& text, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}
} // namespace

SettingsDialog::SettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const ServiceIdentity stored = context.serviceIdentity();
    const RuleSettings& rules = context.rules();

    auto* service = new QWidget(m_tabs);
    m_serviceName = lineEdit(QStringLiteral("serviceName"), stored.serviceName, service);
    m_departement = lineEdit(QStringLiteral("serviceDepartement"), stored.departement, service);
    m_address = new QPlainTextEdit(stored.addressLines.join(QLatin1Char('\n')), service);
    m_address->setObjectName(QStringLiteral("serviceAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_postalCode = lineEdit(QStringLiteral("servicePostalCode"), stored.postalCode, service);
    m_postalCode->setMaxLength(5);
    m_city = lineEdit(QStringLiteral("serviceCity"), stored.city, service);
    m_phone = lineEdit(QStringLiteral("servicePhone"), stored.phone, service);
    m_email = lineEdit(QStringLiteral("serviceEmail"), stored.email, service);
    m_surveyUrl = lineEdit(QStringLiteral("serviceSurveyUrl"), stored.onlineSurveyUrl, service);
    m_surveyUrl->setPlaceholderText(QStringLiteral("https://"));
    m_signatory = lineEdit(QStringLiteral("serviceSignatory"), stored.signatory, service);
    m_signatoryTitle = lineEdit(QStringLiteral("serviceSignatoryTitle"), stored.signatoryTitle, service);
    auto* serviceForm = new QFormLayout(service);
    auto* serviceHint =
        new QLabel(tr("Printed on the invitation letters and the survey summaries."), service);
    serviceHint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(serviceHint);
    serviceForm->addRow(serviceHint);
    serviceForm->addRow(tr("Service name:"), m_serviceName);
    serviceForm->addRow(tr("Département:"), m_departement);
    serviceForm->addRow(tr("Address:"), m_address);
    serviceForm->addRow(tr("Postal code:"), m_postalCode);
    serviceForm->addRow(tr("City:"), m_city);
    serviceForm->addRow(tr("Phone:"), m_phone);
    serviceForm->addRow(tr("Email:"), m_email);
    serviceForm->addRow(tr("Online questionnaire address:"), m_surveyUrl);
    serviceForm->addRow(tr("Signatory:"), m_signatory);
    serviceForm->addRow(tr("Signatory's title:"), m_signatoryTitle);
    m_tabs->addTab(service, tr("Service"));

    auto* campaigns = new QWidget(m_tabs);
    m_maxReminders = new QSpinBox(campaigns);
    m_maxReminders->setObjectName(QStringLiteral("maxReminders"));
    m_maxReminders->setRange(0, 10);
    m_maxReminders->setValue(rules.campaignMaxReminders);
    m_maxReminders->setMaximumWidth(140);
    m_daysBetween = new QSpinBox(campaigns);
    m_daysBetween->setObjectName(QStringLiteral("daysBetweenReminders"));
    m_daysBetween->setRange(1, 365);
    m_daysBetween->setSuffix(tr(" days"));
    m_daysBetween->setValue(rules.campaignMinDaysBetweenReminders);
    m_daysBetween->setMaximumWidth(140);
    auto* campaignForm = new QFormLayout(campaigns);
    auto* campaignHint = new QLabel(tr("Reminders of the annual survey: how many a childminder may receive "
                                       "after her invitation, and how long to wait between two."),
                                    campaigns);
    campaignHint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(campaignHint);
    campaignForm->addRow(campaignHint);
    campaignForm->addRow(tr("Maximum number of reminders:"), m_maxReminders);
    campaignForm->addRow(tr("Minimum delay between two reminders:"), m_daysBetween);
    m_tabs->addTab(campaigns, tr("Campaigns"));
    m_ruleForm = new RuleSettingsForm(rules, m_tabs);
    m_tabs->addTab(m_ruleForm, tr("Rules"));

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    FieldErrorLabels::styleAsError(m_error);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

ServiceIdentity SettingsDialog::identity() const
{
    ServiceIdentity identity;
    identity.serviceName = m_serviceName->text().trimmed();
    identity.departement = m_departement->text().trimmed();
    identity.addressLines.clear();
    for (const QString& line : m_address->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            identity.addressLines.append(line.trimmed());
    identity.postalCode = m_postalCode->text().trimmed();
    identity.city = m_city->text().trimmed();
    identity.phone = m_phone->text().trimmed();
    identity.email = m_email->text().trimmed();
    identity.onlineSurveyUrl = m_surveyUrl->text().trimmed();
    identity.signatory = m_signatory->text().trimmed();
    identity.signatoryTitle = m_signatoryTitle->text().trimmed();
    return identity;
}

QStringList SettingsDialog::problems() const
{
    const ServiceIdentity id = identity();
    QStringList problems;
    if (id.serviceName.isEmpty())
        problems << tr("Enter the name of the service: it heads every letter.");
    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    if (!id.postalCode.isEmpty() && !fiveDigits.match(id.postalCode).hasMatch())
        problems << tr("The postal code must have five digits (e.g. 55100).");
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!id.email.isEmpty() && !email.match(id.email).hasMatch())
        problems << tr("The email address does not look valid (e.g. rpe@meuse.fr).");
    if (!id.onlineSurveyUrl.isEmpty()) {
        const QUrl url(id.onlineSurveyUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            problems << tr("The online questionnaire address must be a web address starting with https:// "
                           "(as printed on the letters).");
    }
    return problems;
}

bool SettingsDialog::save()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_error->setText(found.join(QLatin1Char('\n')));
        m_error->show();
        m_tabs->setCurrentIndex(0);
        return false;
    }
    RuleSettings rules = m_context.rules();
    rules.campaignMaxReminders = m_maxReminders->value();
    rules.campaignMinDaysBetweenReminders = m_daysBetween->value();
    m_ruleForm->apply(rules);
    try {
        m_context.setServiceIdentity(identity());
        m_context.setRules(rules);
    } catch (const DomainError& error) {
        m_error->setText(tr("The settings could not be saved: %1").arg(error.message()));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace parcours
