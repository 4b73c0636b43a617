#include "PromotionActionEditor.h"

#include "AppContext.h"
#include "ConflictResolution.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MergeFields.h"
#include "MessageBox.h"
#include "PartnerService.h"
#include "PromotionService.h"
#include "Relay.h"
#include "RelayRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours {

PromotionActionEditor::PromotionActionEditor(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context), m_kind(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_date(new DateLineEdit(this)), m_place(new QLineEdit(this)), m_audience(new QSpinBox(this)),
      m_relay(new QComboBox(this)), m_partners(new QListWidget(this)), m_notes(new QPlainTextEdit(this)),
      m_prospects(new QLabel(this))
{
    setObjectName(QStringLiteral("promotionActionEditor"));
    setWindowTitle(tr("Promotion action"));
    m_kind->setObjectName(QStringLiteral("actionKindCombo"));
    for (const auto kind : allPromotionActionKinds())
        m_kind->addItem(promotionActionKindLabel(kind), promotionActionKindKey(kind));
    m_title->setObjectName(QStringLiteral("actionTitleEdit"));
    m_date->setObjectName(QStringLiteral("actionDateEdit"));
    m_place->setObjectName(QStringLiteral("actionPlaceEdit"));
    m_audience->setObjectName(QStringLiteral("actionAudienceSpin"));
    m_audience->setRange(0, 100000);
    m_audience->setSpecialValueText(tr("not counted"));
    m_relay->setObjectName(QStringLiteral("actionRelayCombo"));
    m_relay->addItem(tr("(none)"), qint64(0));
    for (const Relay& relay : context.relays().summaries())
        m_relay->addItem(relay.name, relay.id);
    // The active partners (a directory of a few hundred at most), ticked when taking part.
    m_partners->setObjectName(QStringLiteral("actionPartnerList"));
    PartnerQuery active;
    active.activeOnly = true;
    active.limit = 1000;
    for (const auto& p : PartnerService(context).page(active)) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 (%2)").arg(p.name, partnerKindLabel(p.kind)), m_partners);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_notes->setObjectName(QStringLiteral("actionNotesEdit"));
    m_notes->setMaximumHeight(80);
    m_prospects->setObjectName(QStringLiteral("actionProspectsLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"),
                 FieldErrorLabels::stack(m_title, m_errors.create(QStringLiteral("title"), this)));
    form->addRow(tr("&Date:"),
                 FieldErrorLabels::stack(m_date, m_errors.create(QStringLiteral("date"), this)));
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Audience:"),
                 FieldErrorLabels::stack(m_audience, m_errors.create(QStringLiteral("audience"), this)));
    form->addRow(tr("&RPE:"), m_relay);
    form->addRow(tr("Pa&rtners taking part:"),
                 FieldErrorLabels::stack(m_partners, m_errors.create(QStringLiteral("partners"), this)));
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), m_prospects);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    PromotionAction action;
    if (id > 0)
        action = PromotionService(context).find(id).value_or(PromotionAction{});
    load(action);
    resize(700, 640);
}

void PromotionActionEditor::load(const PromotionAction& a)
{
    m_action = a;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(promotionActionKindKey(a.kind))));
    m_title->setText(a.title);
    m_date->setDate(a.date);
    m_place->setText(a.place);
    m_audience->setValue(a.audience);
    m_relay->setCurrentIndex(std::max(0, m_relay->findData(a.relayId)));
    for (int i = 0; i < m_partners->count(); ++i) {
        QListWidgetItem* item = m_partners->item(i);
        item->setCheckState(a.partnerIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                         : Qt::Unchecked);
    }
    m_notes->setPlainText(a.notes);
    m_prospects->setText(
        a.id > 0 ? tr("Prospects met at this action: %1").arg(PromotionService(m_context).prospectCount(a.id))
                 : QString());
}

PromotionAction PromotionActionEditor::edited() const
{
    PromotionAction a = m_action;
    a.kind =
        promotionActionKindFromKey(m_kind->currentData().toString()).value_or(PromotionActionKind::Other);
    a.title = m_title->text();
    a.date = m_date->date();
    a.place = m_place->text();
    a.audience = m_audience->value();
    a.relayId = m_relay->currentData().toLongLong();
    // Partners ticked that are no longer listed (inactive now) stay linked.
    QList<qint64> listed;
    a.partnerIds.clear();
    for (int i = 0; i < m_partners->count(); ++i) {
        const qint64 id = m_partners->item(i)->data(Qt::UserRole).toLongLong();
        listed.append(id);
        if (m_partners->item(i)->checkState() == Qt::Checked)
            a.partnerIds.append(id);
    }
    for (const qint64 id : m_action.partnerIds)
        if (!listed.contains(id))
            a.partnerIds.append(id);
    a.notes = m_notes->toPlainText();
    return a;
}

bool PromotionActionEditor::save()
{
    PromotionAction candidate = edited();
    FieldErrors errors;
    try {
        errors = PromotionService(m_context).save(candidate);
    } catch (const ConcurrencyConflict&) {
        resolveSaveConflict<PromotionAction>(
            this, promotionActionMergeFields(comboNamer(m_relay), listNamer(m_partners)), m_action, candidate,
            PromotionService(m_context).find(m_action.id), [this](const PromotionAction& merged) {
                load(merged);
                save();
            });
        return false;
    }
    m_errors.clear();
    const FieldErrors rest = m_errors.show(errors);
    if (!rest.isEmpty())
        MessageBox::warning(this, tr("Promotion action"), rest.first().message);
    if (!errors.isEmpty())
        return false;
    m_action = candidate;
    emit saved(candidate.id);
    return true;
}

} // namespace parcours
