#include "ProspectEditor.h"

#include "AppContext.h"
#include "Clock.h"
#include "ConflictResolution.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MergeFields.h"
#include "MessageBox.h"
#include "PartnerService.h"
#include "PromotionService.h"
#include "ProspectService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QLineEdit* lineEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QString display(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

ProspectEditor::ProspectEditor(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("prospectEditor"));
    setWindowTitle(tr("Prospect"));
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildDetails(), 1);
    columns->addWidget(buildStages(), 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    Prospect prospect;
    prospect.firstContact = context.clock().today();
    if (id > 0)
        prospect = ProspectService(context).find(id).value_or(prospect);
    load(prospect);
    resize(1100, 600);
}

QWidget* ProspectEditor::buildDetails()
{
    auto* box = new QGroupBox(tr("Her details"), this);
    m_lastName = lineEdit(QStringLiteral("prospectLastNameEdit"), box);
    m_firstName = lineEdit(QStringLiteral("prospectFirstNameEdit"), box);
    m_phone = lineEdit(QStringLiteral("prospectPhoneEdit"), box);
    m_email = lineEdit(QStringLiteral("prospectEmailEdit"), box);
    m_address = lineEdit(QStringLiteral("prospectAddressEdit"), box);
    m_postalCode = lineEdit(QStringLiteral("prospectPostalCodeEdit"), box);
    m_commune = lineEdit(QStringLiteral("prospectCommuneEdit"), box);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("prospectChannelCombo"));
    for (const auto channel : allProspectChannels())
        m_channel->addItem(prospectChannelLabel(channel), prospectChannelKey(channel));
    // The most recent actions and the referrers: short lists of a few hundred at most.
    m_action = new QComboBox(box);
    m_action->setObjectName(QStringLiteral("prospectActionCombo"));
    m_action->addItem(tr("(none)"), qint64(0));
    PromotionActionQuery recent;
    recent.limit = 300;
    for (const auto& a : PromotionService(m_context).page(recent))
        m_action->addItem(QStringLiteral("%1 – %2").arg(display(a.date), a.title), a.id);
    m_referrer = new QComboBox(box);
    m_referrer->setObjectName(QStringLiteral("prospectReferrerCombo"));
    m_referrer->addItem(tr("(none)"), qint64(0));
    for (const auto kind : {PartnerKind::FranceTravail, PartnerKind::IntegrationEmployer}) {
        PartnerQuery query;
        query.kind = kind;
        query.limit = 300;
        for (const auto& p : PartnerService(m_context).page(query))
            m_referrer->addItem(p.name, p.id);
    }
    m_firstContact = new DateLineEdit(box);
    m_firstContact->setObjectName(QStringLiteral("prospectFirstContactEdit"));
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("prospectNotesEdit"));
    m_notes->setMaximumHeight(80);

    auto* form = new QFormLayout(box);
    form->addRow(tr("&Surname:"),
                 FieldErrorLabels::stack(m_lastName, m_errors.create(QStringLiteral("lastName"), box)));
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("P&hone:"),
                 FieldErrorLabels::stack(m_phone, m_errors.create(QStringLiteral("phone"), box)));
    form->addRow(tr("&Email:"),
                 FieldErrorLabels::stack(m_email, m_errors.create(QStringLiteral("email"), box)));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("&Commune:"), m_commune);
    form->addRow(tr("How she &heard of the job:"), m_channel);
    form->addRow(tr("Promotion a&ction:"),
                 FieldErrorLabels::stack(m_action, m_errors.create(QStringLiteral("action"), box)));
    form->addRow(tr("&Referred by:"),
                 FieldErrorLabels::stack(m_referrer, m_errors.create(QStringLiteral("referrer"), box)));
    form->addRow(
        tr("First &contact:"),
        FieldErrorLabels::stack(m_firstContact, m_errors.create(QStringLiteral("firstContact"), box)));
    form->addRow(tr("N&otes:"), m_notes);
    return box;
}

QWidget* ProspectEditor::buildStages()
{
    auto* box = new QGroupBox(tr("Her way to the profession"), this);
    m_stage = new QLabel(box);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_history = new QTableWidget(0, 3, box);
    m_history->setObjectName(QStringLiteral("stageHistoryTable"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Stage"), tr("Note")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_stageDate = new DateLineEdit(box);
    m_stageDate->setObjectName(QStringLiteral("stageDateEdit"));
    m_next = new QPushButton(tr("&Next stage"), box);
    m_next->setObjectName(QStringLiteral("nextStageButton"));
    m_dropReason = lineEdit(QStringLiteral("dropReasonEdit"), box);
    m_dropReason->setPlaceholderText(tr("Why she drops out"));
    m_drop = new QPushButton(tr("&Drop out…"), box);
    m_drop->setObjectName(QStringLiteral("dropButton"));
    m_convert = new QPushButton(tr("Create the &childminder record"), box);
    m_convert->setObjectName(QStringLiteral("convertButton"));

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(new QLabel(tr("Date of the stage:"), box));
    dateRow->addWidget(m_stageDate);
    dateRow->addWidget(m_next);
    auto* dropRow = new QHBoxLayout;
    dropRow->addWidget(m_dropReason, 1);
    dropRow->addWidget(m_drop);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_stage);
    layout->addWidget(m_history, 1);
    layout->addLayout(dateRow);
    layout->addWidget(m_errors.create(QStringLiteral("stageDate"), box));
    layout->addLayout(dropRow);
    layout->addWidget(m_errors.create(QStringLiteral("droppedReason"), box));
    layout->addWidget(m_errors.create(QStringLiteral("stage"), box));
    layout->addWidget(m_convert);
    layout->addWidget(m_errors.create(QStringLiteral("commune"), box));

    connect(m_next, &QPushButton::clicked, this, &ProspectEditor::advanceToNext);
    connect(m_drop, &QPushButton::clicked, this, &ProspectEditor::dropOut);
    connect(m_convert, &QPushButton::clicked, this, &ProspectEditor::convert);
    return box;
}

void ProspectEditor::load(const Prospect& p)
{
    m_prospect = p;
    m_lastName->setText(p.lastName);
    m_firstName->setText(p.firstName);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_address->setText(p.address);
    m_postalCode->setText(p.postalCode);
    m_commune->setText(p.communeName);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(prospectChannelKey(p.channel))));
    m_action->setCurrentIndex(std::max(0, m_action->findData(p.actionId)));
    m_referrer->setCurrentIndex(std::max(0, m_referrer->findData(p.referrerPartnerId)));
    m_firstContact->setDate(p.firstContact);
    m_notes->setPlainText(p.notes);
    loadStages(p);
}

void ProspectEditor::loadStages(const Prospect& p)
{
    const bool stored = p.id > 0;
    QString state = prospectStageLabel(p.stage);
    if (p.stage == ProspectStage::Dropped && !p.droppedReason.isEmpty())
        state = tr("%1 (%2)").arg(state, p.droppedReason);
    if (p.childminderId > 0)
        state = tr("%1 – childminder record created").arg(state);
    m_stage->setText(stored ? tr("Current stage: %1").arg(state) : tr("Save her details first."));
    m_history->setRowCount(int(p.history.size()));
    for (int row = 0; row < p.history.size(); ++row) {
        const auto& entry = p.history.at(row);
        m_history->setItem(row, 0, new QTableWidgetItem(display(entry.date)));
        m_history->setItem(row, 1, new QTableWidgetItem(prospectStageLabel(entry.stage)));
        m_history->setItem(row, 2, new QTableWidgetItem(entry.note));
    }
    m_stageDate->setDate(m_context.clock().today());
    const auto next = nextStage(p.stage);
    m_next->setEnabled(stored && next.has_value());
    m_next->setToolTip(next ? tr("Record « %1 »").arg(prospectStageLabel(*next)) : QString());
    m_drop->setEnabled(stored && p.stage != ProspectStage::Dropped);
    m_dropReason->setEnabled(m_drop->isEnabled());
    m_convert->setEnabled(stored && p.childminderId == 0 &&
                          (p.stage == ProspectStage::Approved || p.stage == ProspectStage::FirstChild));
}

Prospect ProspectEditor::edited() const
{
    Prospect p = m_prospect;
    p.lastName = m_lastName->text();
    p.firstName = m_firstName->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.address = m_address->text();
    p.postalCode = m_postalCode->text();
    p.communeName = m_commune->text();
    p.channel = prospectChannelFromKey(m_channel->currentData().toString()).value_or(ProspectChannel::Other);
    p.actionId = m_action->currentData().toLongLong();
    p.referrerPartnerId = m_referrer->currentData().toLongLong();
    p.firstContact = m_firstContact->date();
    p.notes = m_notes->toPlainText();
    return p;
}

bool ProspectEditor::showErrors(const FieldErrors& errors)
{
    m_errors.clear();
    const FieldErrors rest = m_errors.show(errors);
    if (!rest.isEmpty())
        MessageBox::warning(this, tr("Prospect"), rest.first().message);
    return errors.isEmpty();
}

bool ProspectEditor::save()
{
    Prospect candidate = edited();
    FieldErrors errors;
    try {
        errors = ProspectService(m_context).save(candidate);
    } catch (const ConcurrencyConflict&) {
        resolveSaveConflict<Prospect>(this, prospectMergeFields(comboNamer(m_action), comboNamer(m_referrer)),
                                      m_prospect, candidate, ProspectService(m_context).find(m_prospect.id),
                                      [this](const Prospect& merged) {
                                          load(merged);
                                          save();
                                      });
        return false;
    }
    if (!showErrors(errors))
        return false;
    m_prospect = candidate;
    loadStages(candidate);
    emit saved(candidate.id);
    return true;
}

// The stage buttons write at once; the details being typed stay on screen,
// only the stage part and the version are read back.
void ProspectEditor::reloadStages()
{
    if (const auto stored = ProspectService(m_context).find(m_prospect.id)) {
        m_prospect.stage = stored->stage;
        m_prospect.stageDate = stored->stageDate;
        m_prospect.droppedReason = stored->droppedReason;
        m_prospect.history = stored->history;
        m_prospect.childminderId = stored->childminderId;
        m_prospect.version = stored->version;
        loadStages(m_prospect);
    }
    emit saved(m_prospect.id);
}

bool ProspectEditor::advanceToNext()
{
    if (!m_stageDate->isAcceptable())
        return showErrors({{QStringLiteral("stageDate"), tr("Enter the date of the stage (dd/mm/yyyy).")}});
    if (!showErrors(ProspectService(m_context).advanceToNext(m_prospect.id, m_stageDate->date())))
        return false;
    reloadStages();
    return true;
}

bool ProspectEditor::dropOut()
{
    if (!showErrors(
            ProspectService(m_context).drop(m_prospect.id, m_dropReason->text(), m_stageDate->date())))
        return false;
    m_dropReason->clear();
    reloadStages();
    return true;
}

bool ProspectEditor::convert()
{
    // Her details as typed go first, so the record is made from them.
    if (!save())
        return false;
    const ProspectConversion result = ProspectService(m_context).convertToChildminder(m_prospect.id);
    if (!showErrors(result.errors))
        return false;
    reloadStages();
    MessageBox::information(this, tr("Prospect"),
                            tr("Her childminder record was created; %n training or immersion record(s) "
                               "moved onto it.",
                               nullptr, result.recordsMoved));
    emit openChildminderRequested(result.childminderId);
    accept();
    return true;
}

} // namespace parcours
