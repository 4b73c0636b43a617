#include "ApprovalDecisionDialog.h"

#include "AppContext.h"
#include "ApprovalRules.h"
#include "ApprovalService.h"
#include "Clock.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "ObligationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours {

QString ApprovalDecisionDialog::titleOf(Kind kind)
{
    switch (kind) {
    case Kind::FirstGrant:
        return tr("Record a first agrément");
    case Kind::Renewal:
        return tr("Record a renewal");
    case Kind::Modification:
        return tr("Record a modification");
    case Kind::Suspension:
        return tr("Record a suspension");
    case Kind::Withdrawal:
        return tr("Record a withdrawal");
    }
    return {};
}

ApprovalDecisionDialog::ApprovalDecisionDialog(AppContext& context, Kind kind, qint64 personId,
                                               const Approval& target, QWidget* parent)
    : QDialog(parent), m_context(context), m_kind(kind), m_personId(personId), m_target(target)
{
    setObjectName(QStringLiteral("approvalDecisionDialog"));
    setWindowTitle(titleOf(kind));
    buildFields();
}

QDateEdit* ApprovalDecisionDialog::makeDateEdit(const QString& name)
{
    auto* edit = new QDateEdit(m_context.clock().today(), this);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

void ApprovalDecisionDialog::buildFields()
{
    auto* form = new QFormLayout;
    const bool periodic = m_kind == Kind::FirstGrant || m_kind == Kind::Renewal;
    if (!periodic) {
        auto* about = new QLabel(tr("Agrément %1, valid until %2.")
                                     .arg(m_target.number.isEmpty() ? tr("without number") : m_target.number,
                                          m_target.endDate.toString(QStringLiteral("dd/MM/yyyy"))),
                                 this);
        form->addRow(about);
    }
    if (periodic) {
        m_number = new QLineEdit(this);
        m_number->setObjectName(QStringLiteral("numberEdit"));
        if (m_kind == Kind::Renewal)
            m_number->setPlaceholderText(tr("Leave empty to keep the current number"));
        form->addRow(tr("Approval number:"), m_number);
        m_start = makeDateEdit(QStringLiteral("startDateEdit"));
        form->addRow(tr("Valid from:"),
                     FieldErrorLabels::stack(m_start, m_errors.create(QStringLiteral("startDate"), this)));
    }
    if (m_kind == Kind::FirstGrant) {
        m_end = new DateLineEdit(this);
        m_end->setObjectName(QStringLiteral("endDateEdit"));
        m_end->setPlaceholderText(
            tr("Empty: computed (%n years)", nullptr, m_context.rules().firstApprovalYears));
        form->addRow(tr("Valid until:"),
                     FieldErrorLabels::stack(m_end, m_errors.create(QStringLiteral("endDate"), this)));
        m_placeOfPractice = new QComboBox(this);
        m_placeOfPractice->setObjectName(QStringLiteral("placeOfPracticeCombo"));
        for (const auto place : {PlaceOfPractice::Home, PlaceOfPractice::Mam, PlaceOfPractice::HomeAndMam})
            m_placeOfPractice->addItem(placeLabel(place), placeKey(place));
        form->addRow(tr("Place of practice:"), m_placeOfPractice);
    }
    if (m_kind != Kind::Suspension && m_kind != Kind::Withdrawal) {
        m_places = new QSpinBox(this);
        m_places->setObjectName(QStringLiteral("placesSpin"));
        m_places->setRange(m_kind == Kind::Modification ? 0 : 1, 10);
        m_places->setValue(m_kind == Kind::Modification ? 0 : (m_target.places > 0 ? m_target.places : 4));
        if (m_kind == Kind::Modification)
            m_places->setSpecialValueText(tr("Unchanged"));
        form->addRow(m_kind == Kind::Modification ? tr("New number of places:") : tr("Places:"),
                     FieldErrorLabels::stack(m_places, m_errors.create(QStringLiteral("places"), this)));
    }
    if (m_kind == Kind::Renewal) {
        m_initialTraining = new QCheckBox(tr("Initial training (120 h) complete"), this);
        m_ep1 = new QCheckBox(tr("EP1 of the CAP AEPE passed"), this);
        m_ep3 = new QCheckBox(tr("EP3 of the CAP AEPE passed"), this);
        m_term = new QLabel(this);
        m_term->setObjectName(QStringLiteral("termLabel"));
        // Prefilled from her record (training hours, CAP AEPE results); the
        // user may still correct them from the papers in the renewal file.
        m_initialTraining->setObjectName(QStringLiteral("initialTrainingCheck"));
        m_ep1->setObjectName(QStringLiteral("ep1Check"));
        m_ep3->setObjectName(QStringLiteral("ep3Check"));
        if (m_personId > 0) {
            const TrainingState recorded = ObligationService(m_context).trainingState(m_personId);
            m_initialTraining->setChecked(recorded.initialTrainingComplete);
            m_ep1->setChecked(recorded.ep1Passed);
            m_ep3->setChecked(recorded.ep3Passed);
        }
        for (QCheckBox* box : {m_initialTraining, m_ep1, m_ep3}) {
            form->addRow(QString(), box);
            connect(box, &QCheckBox::toggled, this, &ApprovalDecisionDialog::updateRenewalTerm);
        }
        connect(m_start, &QDateEdit::dateChanged, this, &ApprovalDecisionDialog::updateRenewalTerm);
        form->addRow(tr("Validity:"), m_term);
        updateRenewalTerm();
    }
    if (!periodic) {
        m_date = makeDateEdit(QStringLiteral("dateEdit"));
        form->addRow(m_kind == Kind::Suspension ? tr("Suspended from:") : tr("Date of the decision:"),
                     FieldErrorLabels::stack(m_date, m_errors.create(QStringLiteral("date"), this)));
    }
    if (m_kind == Kind::Suspension) {
        const int months = m_context.rules().suspensionMaxMonths;
        m_suspensionEnd = makeDateEdit(QStringLiteral("suspensionEndEdit"));
        m_suspensionEnd->setDate(m_context.clock().today().addMonths(months));
        form->addRow(tr("Until:"), FieldErrorLabels::stack(m_suspensionEnd,
                                                           m_errors.create(QStringLiteral("endDate"), this)));
        auto* hint =
            new QLabel(tr("An emergency suspension lasts at most %n month(s).", nullptr, months), this);
        FieldErrorLabels::styleAsHint(hint);
        form->addRow(QString(), hint);
    }
    if (!periodic) {
        m_details = new QLineEdit(this);
        m_details->setObjectName(QStringLiteral("detailsEdit"));
        m_details->setPlaceholderText(tr("Reason or reference of the decision (no health information)"));
        form->addRow(tr("Details:"), m_details);
    }

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    FieldErrorLabels::styleAsError(m_generalError);
    m_generalError->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void ApprovalDecisionDialog::updateRenewalTerm()
{
    const ApprovalRules rules(m_context.rules());
    const TrainingState training{m_initialTraining->isChecked(), m_ep1->isChecked(), m_ep3->isChecked()};
    const int years = rules.termYears(true, training);
    m_term->setText(
        tr("%n years, until %1", nullptr, years)
            .arg(rules.validityEnd(m_start->date(), true, training).toString(QStringLiteral("dd/MM/yyyy"))));
}

bool ApprovalDecisionDialog::submit()
{
    ApprovalService service(m_context);
    FieldErrors errors;
    try {
        switch (m_kind) {
        case Kind::FirstGrant: {
            if (!m_end->isAcceptable()) {
                errors.append(
                    {QStringLiteral("endDate"), tr("Type the date as dd/mm/yyyy, or leave it empty.")});
                break;
            }
            Approval approval;
            approval.number = m_number->text().trimmed();
            approval.startDate = m_start->date();
            approval.endDate = m_end->date();
            approval.places = m_places->value();
            approval.placeOfPractice =
                placeFromKey(m_placeOfPractice->currentData().toString()).value_or(PlaceOfPractice::Home);
            errors = service.grant(m_personId, approval);
            break;
        }
        case Kind::Renewal:
            errors = service.renew(m_personId, m_start->date(), m_number->text(), m_places->value(),
                                   {m_initialTraining->isChecked(), m_ep1->isChecked(), m_ep3->isChecked()});
            break;
        case Kind::Modification:
            errors =
                service.modify(m_personId, m_target.id, m_date->date(), m_places->value(), m_details->text());
            break;
        case Kind::Suspension:
            errors = service.suspend(m_personId, m_target.id, m_date->date(), m_suspensionEnd->date(),
                                     m_details->text());
            break;
        case Kind::Withdrawal:
            errors = service.withdraw(m_personId, m_target.id, m_date->date(), m_details->text());
            break;
        }
    } catch (const DomainError& error) {
        errors = {{QString(), error.message()}};
    }
    const FieldErrors unplaced = m_errors.show(errors);
    QStringList general;
    for (const auto& error : unplaced)
        general.append(error.message);
    m_generalError->setText(general.join(QLatin1Char('\n')));
    m_generalError->setVisible(!general.isEmpty());
    return errors.isEmpty();
}

} // namespace parcours
