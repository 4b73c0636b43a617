#include "CallListTab.h"

#include "AppContext.h"
#include "CampaignPeopleModel.h"
#include "Clock.h"
#include "ContactLogDialog.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "MessageBox.h"
#include "RelayService.h"
#include "ResponseFormDialog.h"
#include "SendingDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace parcours {

namespace {
// Widths that fit the usual content without measuring every row.
constexpr int kColumnWidths[] = {175, 125, 160, 105, 100, 105, 75, 125};
} // namespace

CallListTab::CallListTab(AppContext& context, const SurveyCampaign& campaign, QWidget* parent)
    : QWidget(parent), m_context(context), m_campaign(campaign), m_service(context),
      m_model(new CampaignPeopleModel(m_service, campaign.id, this)), m_statusFilter(new QComboBox(this)),
      m_relayFilter(new QComboBox(this)), m_counts(new QLabel(this)), m_table(new QTableView(this)),
      m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("callListTab"));
    m_counts->setObjectName(QStringLiteral("statusCountsLabel"));
    m_counts->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("callListFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("callListTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view size 250,000 rows without asking for them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int c = 0; c < CampaignPeopleModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, kColumnWidths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignPeopleModel::Relay, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_counts);
    layout->addWidget(buildActions());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_feedback);

    connect(m_table, &QTableView::activated, this, [this] { enterResponse(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (selectedId() <= 0)
            return;
        QMenu menu(this);
        menu.addActions(m_actions);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CallListTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallListTab::updateActions);
    updateCounts();
    updateActions();
}

QWidget* CallListTab::buildFilters()
{
    auto* bar = new QWidget(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (CampaignStatus status : allCampaignStatuses())
        m_statusFilter->addItem(campaignStatusLabel(status), campaignStatusKey(status));
    m_relayFilter->setObjectName(QStringLiteral("relayFilter"));
    m_relayFilter->addItem(tr("All RPEs"), 0);
    try {
        for (const Relay& relay : RelayService(m_context).summaries())
            if (m_campaign.scopeRelayIds.isEmpty() || m_campaign.scopeRelayIds.contains(relay.id))
                m_relayFilter->addItem(relay.name, relay.id);
    } catch (const DomainError& error) {
        showMessage(error.message(), true);
    }
    m_relayFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_relayFilter->setMinimumContentsLength(28);
    auto* statusLabel = new QLabel(tr("&Status:"), bar);
    statusLabel->setBuddy(m_statusFilter);
    auto* relayLabel = new QLabel(tr("&RPE:"), bar);
    relayLabel->setBuddy(m_relayFilter);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(statusLabel);
    layout->addWidget(m_statusFilter);
    layout->addSpacing(12);
    layout->addWidget(relayLabel);
    layout->addWidget(m_relayFilter);
    layout->addStretch(1);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CallListTab::applyFilters);
    connect(m_relayFilter, &QComboBox::currentIndexChanged, this, &CallListTab::applyFilters);
    return bar;
}

QAction* CallListTab::addAction(const QString& text, const QString& name, const QKeySequence& keys,
                                const std::function<void()>& run)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (!keys.isEmpty()) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                             keys.toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, run);
    QWidget::addAction(action); // shortcuts work anywhere in the tab
    m_actions.append(action);
    return action;
}

QWidget* CallListTab::buildActions()
{
    addAction(tr("Log an e&xchange…"), QStringLiteral("logExchangeAction"),
              QKeySequence(Qt::CTRL | Qt::Key_E), [this] { logExchange(); });
    addAction(tr("Enter the &response…"), QStringLiteral("enterResponseAction"),
              QKeySequence(Qt::CTRL | Qt::Key_R), [this] { enterResponse(); });
    addAction(tr("&Invite…"), QStringLiteral("inviteAction"), QKeySequence(Qt::CTRL | Qt::Key_I),
              [this] { invite(); });
    addAction(tr("Re&mind…"), QStringLiteral("remindAction"), QKeySequence(Qt::CTRL | Qt::Key_M),
              [this] { remind(); });
    addAction(tr("Refused"), QStringLiteral("refusedAction"), {}, [this] { mark(CampaignStatus::Refused); });
    addAction(tr("Unreachable"), QStringLiteral("unreachableAction"), {},
              [this] { mark(CampaignStatus::Unreachable); });
    addAction(tr("Out of scope"), QStringLiteral("outOfScopeAction"), {},
              [this] { mark(CampaignStatus::OutOfScope); });
    addAction(tr("Open her &file"), QStringLiteral("openFileAction"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openFile(); });

    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    int index = 0;
    for (QAction* action : std::as_const(m_actions)) {
        if (index == 4 || index == 7)
            layout->addSpacing(12); // sendings | statuses | file
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
        ++index;
    }
    layout->addStretch(1);
    return bar;
}

void CallListTab::applyFilters()
{
    CampaignPeopleFilter filter;
    filter.status = campaignStatusFromKey(m_statusFilter->currentData().toString());
    filter.relayId = m_relayFilter->currentData().toLongLong();
    try {
        m_model->setFilter(filter);
    } catch (const DomainError& error) {
        showMessage(error.message(), true);
    }
    // The counts are per RPE, whatever status is shown.
    if (filter.relayId != m_countsRelayId)
        updateCounts();
}

void CallListTab::setStatusFilter(std::optional<CampaignStatus> status)
{
    m_statusFilter->setCurrentIndex(status ? m_statusFilter->findData(campaignStatusKey(*status)) : 0);
}

void CallListTab::setRelayFilter(qint64 relayId)
{
    m_relayFilter->setCurrentIndex(std::max(0, m_relayFilter->findData(relayId)));
}

void CallListTab::updateCounts()
{
    // A GROUP BY over the whole campaign: asked for when the RPE filter
    // changes; actions on one person adjust the figures in afterAction().
    m_countsRelayId = m_relayFilter->currentData().toLongLong();
    try {
        m_statusCounts = m_service.statusCounts(m_campaign.id, m_countsRelayId);
    } catch (const DomainError& error) {
        m_statusCounts.clear();
        showMessage(error.message(), true);
    }
    showCounts();
}

void CallListTab::showCounts()
{
    int total = 0;
    QStringList parts;
    for (CampaignStatus status : allCampaignStatuses()) {
        total += m_statusCounts.value(status);
        parts.append(tr("%1: %2").arg(campaignStatusLabel(status)).arg(m_statusCounts.value(status)));
    }
    m_counts->setText(tr("%n person(s)", nullptr, total) + QStringLiteral(" — ") +
                      parts.join(QStringLiteral(" · ")));
}

void CallListTab::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

qint64 CallListTab::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->idAt(current.row());
}

QString CallListTab::selectedName() const
{
    const CampaignPersonRow* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->name : QString();
}

void CallListTab::updateActions()
{
    const bool any = selectedId() > 0;
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(any);
}

void CallListTab::showMessage(const QString& text, bool error)
{
    if (error)
        FieldErrorLabels::styleAsError(m_feedback);
    else
        m_feedback->setStyleSheet(QString());
    m_feedback->setText(text);
}

void CallListTab::afterAction(int row, std::optional<CampaignStatus> status, const QString& message)
{
    const CampaignPersonRow* person = m_model->rowAt(row);
    if (person) {
        const CampaignStatus before = person->status;
        try {
            m_model->updateRow(row, status.value_or(before));
        } catch (const DomainError& error) {
            showMessage(error.message(), true);
            return;
        }
        // She is in the list, so in the counts' RPE: move her from one status
        // to the other instead of counting the whole campaign again.
        if (status && *status != before) {
            --m_statusCounts[before];
            ++m_statusCounts[*status];
        }
        showCounts();
    } else {
        updateCounts();
    }
    showMessage(message, false);
    emit changed();
}

ContactLogDialog* CallListTab::logExchange()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    const int row = m_table->currentIndex().row();
    const QString name = selectedName();
    auto* dialog = new ContactLogDialog(m_context, id, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactLogDialog::logged, this,
            [this, row, name] { afterAction(row, std::nullopt, tr("Exchange with %1 saved.").arg(name)); });
    dialog->open();
    return dialog;
}

ResponseFormDialog* CallListTab::enterResponse()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    const int row = m_table->currentIndex().row();
    const QString name = selectedName();
    auto* dialog = new ResponseFormDialog(m_context, m_campaign.id, id, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResponseFormDialog::saved, this, [this, row, name](qint64, const QString& followUp) {
        if (followUp.isEmpty()) {
            afterAction(row, CampaignStatus::Responded, tr("Response of %1 saved.").arg(name));
            return;
        }
        const QString message = tr("A coordinator follow-up was created: %1").arg(followUp);
        afterAction(row, CampaignStatus::Responded, tr("Response of %1 saved. %2").arg(name, message));
        MessageBox::information(this, tr("Follow-up created"), message);
    });
    dialog->open();
    return dialog;
}

SendingDialog* CallListTab::invite()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    const int row = m_table->currentIndex().row();
    const QString name = selectedName();
    const qint64 campaignId = m_campaign.id;
    auto* dialog = new SendingDialog(
        tr("Invite %1").arg(name), tr("Record the invitation sent to %1 to answer the survey.").arg(name),
        m_context.clock().today(), ContactChannel::Letter,
        [this, campaignId, id](QDate date, ContactChannel channel) {
            return m_service.invite(campaignId, id, date, channel);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, row, name] {
        afterAction(row, CampaignStatus::Invited, tr("Invitation to %1 recorded.").arg(name));
    });
    dialog->open();
    return dialog;
}

SendingDialog* CallListTab::remind()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    const int row = m_table->currentIndex().row();
    const QString name = selectedName();
    const qint64 campaignId = m_campaign.id;
    auto* dialog = new SendingDialog(
        tr("Remind %1").arg(name), tr("Record a reminder sent to %1.").arg(name), m_context.clock().today(),
        ContactChannel::Phone,
        [this, campaignId, id](QDate date, ContactChannel channel) {
            return m_service.remind(campaignId, id, date, channel);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, row, name] {
        afterAction(row, CampaignStatus::Reminded, tr("Reminder to %1 recorded.").arg(name));
    });
    dialog->open();
    return dialog;
}

bool CallListTab::mark(CampaignStatus status)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    const int row = m_table->currentIndex().row();
    FieldErrors errors;
    try {
        switch (status) {
        case CampaignStatus::Refused:
            errors = m_service.markRefused(m_campaign.id, id);
            break;
        case CampaignStatus::Unreachable:
            errors = m_service.markUnreachable(m_campaign.id, id);
            break;
        case CampaignStatus::OutOfScope:
            errors = m_service.markOutOfScope(m_campaign.id, id);
            break;
        default:
            return false;
        }
    } catch (const DomainError& error) {
        errors.append({QString(), error.message()});
    }
    if (!errors.isEmpty()) {
        showMessage(errors.front().message, true);
        return false;
    }
    afterAction(row, status, tr("%1 is now marked “%2”.").arg(selectedName(), campaignStatusLabel(status)));
    return true;
}

void CallListTab::openFile()
{
    if (const qint64 id = selectedId(); id > 0)
        emit openChildminderRequested(id);
}

} // namespace parcours
