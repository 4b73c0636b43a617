#include "CareerEventDialog.h"

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

CareerEventDialog::CareerEventDialog(AppContext& context, const CareerEvent& event, QWidget* parent)
    : QDialog(parent), m_context(context), m_event(event), m_kind(new QComboBox(this)),
      m_date(new DateLineEdit(this)), m_detailLabel(new QLabel(this)), m_detail(new QComboBox(this)),
      m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("careerEventDialog"));
    setWindowTitle(event.id == 0 ? tr("Add a career event") : tr("Edit a career event"));
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (auto kind : allCareerEventKinds())
        m_kind->addItem(careerEventKindLabel(kind), careerEventKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(careerEventKindKey(event.kind)));
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_date->setDate(event.date);
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    m_note->setObjectName(QStringLiteral("eventNote"));
    m_note->setText(event.note);
    fillDetails();
    m_detail->setCurrentIndex(std::max(0, m_detail->findData(event.detail)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CareerEventDialog::fillDetails);

    auto* form = new QFormLayout;
    form->addRow(tr("&Event:"), m_kind);
    form->addRow(tr("&Date:"),
                 FieldErrorLabels::stack(m_date, m_errors.create(QStringLiteral("date"), this)));
    form->addRow(m_detailLabel,
                 FieldErrorLabels::stack(m_detail, m_errors.create(QStringLiteral("detail"), this)));
    form->addRow(tr("&Note:"), m_note);
    m_detailLabel->setBuddy(m_detail);

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
    layout->addWidget(m_errors.create(QStringLiteral("childminder"), this));
    layout->addWidget(m_errors.create(QStringLiteral("version"), this));
    layout->addWidget(buttons);
}

void CareerEventDialog::fillDetails()
{
    const auto kind =
        careerEventKindFromKey(m_kind->currentData().toString()).value_or(CareerEventKind::Other);
    m_detail->clear();
    const QStringList keys = careerEventDetailKeys(kind);
    // A reason is required: no preselected answer, so it is a real choice.
    if (!keys.isEmpty())
        m_detail->addItem(tr("(choose)"), QString());
    for (const auto& key : keys)
        m_detail->addItem(careerEventDetailLabel(kind, key), key);
    m_detail->setEnabled(!keys.isEmpty());
    m_detailLabel->setText(kind == CareerEventKind::Stop      ? tr("&Reason:")
                           : kind == CareerEventKind::VaeStep ? tr("&Step:")
                                                              : tr("De&tail:"));
}

bool CareerEventDialog::submit()
{
    CareerEvent candidate = m_event;
    candidate.kind =
        careerEventKindFromKey(m_kind->currentData().toString()).value_or(CareerEventKind::Other);
    candidate.date = m_date->date();
    candidate.detail = m_detail->currentData().toString();
    candidate.note = m_note->text();
    const FieldErrors unshown = m_errors.show(CareerService(m_context).save(candidate));
    if (!m_errors.isEmpty() || !unshown.isEmpty())
        return false;
    m_event = candidate;
    return true;
}

} // namespace parcours
