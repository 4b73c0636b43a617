#include "QualificationDialog.h"

#include "CareerService.h"
#include "DateLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

QualificationDialog::QualificationDialog(AppContext& context, const Qualification& qualification,
                                         QWidget* parent)
    : QDialog(parent), m_context(context), m_qualification(qualification), m_kind(new QComboBox(this)),
      m_result(new QComboBox(this)), m_date(new DateLineEdit(this)), m_label(new QLineEdit(this))
{
    setObjectName(QStringLiteral("qualificationDialog"));
    setWindowTitle(qualification.id == 0 ? tr("Add a result") : tr("Edit a result"));
    m_kind->setObjectName(QStringLiteral("qualificationKind"));
    for (auto kind : allQualificationKinds())
        m_kind->addItem(qualificationKindLabel(kind), qualificationKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(qualificationKindKey(qualification.kind)));
    m_result->setObjectName(QStringLiteral("qualificationResult"));
    for (auto result : allQualificationResults())
        m_result->addItem(qualificationResultLabel(result), qualificationResultKey(result));
    m_result->setCurrentIndex(m_result->findData(qualificationResultKey(qualification.result)));
    m_date->setObjectName(QStringLiteral("qualificationDate"));
    m_date->setDate(qualification.date);
    m_label->setObjectName(QStringLiteral("qualificationLabel"));
    m_label->setText(qualification.label);
    m_label->setPlaceholderText(tr("Name of the diploma, session, centre…"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Test or diploma:"), m_kind);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("&Date:"),
                 FieldErrorLabels::stack(m_date, m_errors.create(QStringLiteral("date"), this)));
    form->addRow(tr("&Label:"),
                 FieldErrorLabels::stack(m_label, m_errors.create(QStringLiteral("label"), this)));
    auto* general = m_errors.create(QStringLiteral("version"), this);
    auto* person = m_errors.create(QStringLiteral("childminder"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(person);
    layout->addWidget(general);
    layout->addWidget(buttons);
}

bool QualificationDialog::submit()
{
    Qualification candidate = m_qualification;
    candidate.kind =
        qualificationKindFromKey(m_kind->currentData().toString()).value_or(QualificationKind::Other);
    candidate.result =
        qualificationResultFromKey(m_result->currentData().toString()).value_or(QualificationResult::Sat);
    candidate.date = m_date->date();
    candidate.label = m_label->text();
    const FieldErrors unshown = m_errors.show(CareerService(m_context).save(candidate));
    if (!m_errors.isEmpty() || !unshown.isEmpty())
        return false;
    m_qualification = candidate;
    return true;
}

} // namespace parcours
