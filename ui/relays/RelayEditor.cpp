#include "RelayEditor.h"

#include "AppContext.h"
#include "CommuneDirectory.h"
#include "ConflictResolution.h"
#include "DomainError.h"
#include "MergeFields.h"
#include "MessageBox.h"
#include "RelayService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace parcours {

namespace {
constexpr int kCodeRole = Qt::UserRole;
enum StaffColumn { StaffName, StaffRole, StaffPhone, StaffEmail, StaffColumnCount };
} // namespace

RelayEditor::RelayEditor(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context), m_name(new QLineEdit(this)), m_managingBody(new QLineEdit(this))
{
    setObjectName(QStringLiteral("relayEditor"));
    m_name->setObjectName(QStringLiteral("relayNameEdit"));
    m_managingBody->setObjectName(QStringLiteral("managingBodyEdit"));
    m_managingBody->setPlaceholderText(tr("e.g. Communauté de communes, commune, association"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"),
                 FieldErrorLabels::stack(m_name, m_errors.create(QStringLiteral("name"), this)));
    form->addRow(tr("&Managing body:"), m_managingBody);

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildTerritory(), 1);
    columns->addWidget(buildStaff(), 2);

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
    layout->addLayout(form);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    Relay relay;
    if (id > 0)
        relay = RelayService(context).find(id).value_or(Relay{});
    load(relay);
    resize(1120, 620);
}

QWidget* RelayEditor::buildTerritory()
{
    auto* box = new QGroupBox(tr("Territory: intercommunalities served"), this);
    m_epcis = new QListWidget(box);
    m_epcis->setObjectName(QStringLiteral("epciList"));
    m_otherCommunes = new QLabel(box);
    m_otherCommunes->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_epcis, 1);
    layout->addWidget(m_otherCommunes);
    layout->addWidget(m_errors.create(QStringLiteral("territory"), box));
    return box;
}

QWidget* RelayEditor::buildStaff()
{
    auto* box = new QGroupBox(tr("Staff contacts"), this);
    m_staff = new QTableWidget(0, StaffColumnCount, box);
    m_staff->setObjectName(QStringLiteral("staffTable"));
    m_staff->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("Email")});
    m_staff->verticalHeader()->hide();
    m_staff->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_staff->horizontalHeader()->setSectionResizeMode(StaffEmail, QHeaderView::Stretch);
    m_staff->setColumnWidth(StaffName, 150);
    m_staff->setColumnWidth(StaffRole, 170);
    m_staff->setColumnWidth(StaffPhone, 115);
    m_staff->setWordWrap(true);
    m_staff->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* add = new QPushButton(tr("Add a &person"), box);
    add->setObjectName(QStringLiteral("addStaffButton"));
    auto* remove = new QPushButton(tr("&Remove"), box);
    remove->setObjectName(QStringLiteral("removeStaffButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_staff->rowCount();
        m_staff->insertRow(row);
        for (int column = 0; column < StaffColumnCount; ++column)
            m_staff->setItem(row, column, new QTableWidgetItem);
        m_staff->setCurrentCell(row, StaffName);
        m_staff->editItem(m_staff->item(row, StaffName));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_staff->currentRow() >= 0)
            m_staff->removeRow(m_staff->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_staff, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_errors.create(QStringLiteral("staff"), box));
    return box;
}

void RelayEditor::load(const Relay& relay)
{
    m_relay = relay;
    setWindowTitle(relay.id == 0 ? tr("New relay") : tr("Relay — %1").arg(relay.name));
    m_name->setText(relay.name);
    m_managingBody->setText(relay.managingBody);

    // The département's EPCIs, plus any other one the relay already holds
    // (national demo data, a relay across a border).
    const auto& directory = CommuneDirectory::builtin();
    QList<Epci> epcis = directory.epcisOfDepartement(m_context.rules().defaultDepartement);
    for (const auto& code : relay.epciCodes) {
        const bool listed =
            std::any_of(epcis.cbegin(), epcis.cend(), [&](const Epci& e) { return e.code == code; });
        if (!listed)
            epcis.append(directory.epci(code).value_or(Epci{code, code, {}}));
    }
    m_epcis->clear();
    for (const auto& epci : epcis) {
        auto* item = new QListWidgetItem(epci.name, m_epcis);
        item->setData(kCodeRole, epci.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(relay.epciCodes.contains(epci.code) ? Qt::Checked : Qt::Unchecked);
    }
    m_otherCommunes->setText(relay.communeCodes.isEmpty() ? QString()
                                                          : tr("Also serves %n commune(s) chosen one by one.",
                                                               nullptr, int(relay.communeCodes.size())));

    m_staff->setRowCount(int(relay.staff.size()));
    for (int row = 0; row < relay.staff.size(); ++row) {
        const auto& member = relay.staff.at(row);
        const QStringList cells{member.name, member.role, member.phone, member.email};
        for (int column = 0; column < StaffColumnCount; ++column)
            m_staff->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_errors.clear();
    m_savedState = snapshot();
}

QStringList RelayEditor::snapshot() const
{
    const Relay relay = edited();
    QStringList state{relay.name, relay.managingBody, relay.epciCodes.join(QLatin1Char(','))};
    for (const auto& member : relay.staff)
        state << member.name << member.role << member.phone << member.email;
    return state;
}

bool RelayEditor::isDirty() const
{
    return snapshot() != m_savedState;
}

void RelayEditor::reject()
{
    if (isDirty() && !MessageBox::confirmUnsaved(
                         this, tr("This relay has changes that are not saved. Save them before closing?"),
                         [this] { return save(); }))
        return;
    QDialog::reject();
}

Relay RelayEditor::edited() const
{
    Relay relay = m_relay;
    relay.name = m_name->text();
    relay.managingBody = m_managingBody->text();
    relay.epciCodes.clear();
    for (int i = 0; i < m_epcis->count(); ++i)
        if (m_epcis->item(i)->checkState() == Qt::Checked)
            relay.epciCodes.append(m_epcis->item(i)->data(kCodeRole).toString());
    relay.staff.clear();
    auto text = [this](int row, int column) {
        const auto* item = m_staff->item(row, column);
        return item ? item->text() : QString();
    };
    for (int row = 0; row < m_staff->rowCount(); ++row)
        relay.staff.append(
            {text(row, StaffName), text(row, StaffRole), text(row, StaffPhone), text(row, StaffEmail)});
    return relay;
}

bool RelayEditor::save()
{
    Relay relay = edited();
    try {
        const FieldErrors errors = RelayService(m_context).save(relay);
        const FieldErrors unplaced = m_errors.show(errors);
        if (!unplaced.isEmpty())
            MessageBox::warning(this, tr("The relay was not saved"), unplaced.front().message);
        if (!errors.isEmpty())
            return false;
    } catch (const ConcurrencyConflict&) {
        const auto epciName = [this](const QString& code) {
            for (int i = 0; i < m_epcis->count(); ++i)
                if (m_epcis->item(i)->data(kCodeRole).toString() == code)
                    return m_epcis->item(i)->text();
            return code;
        };
        resolveSaveConflict<Relay>(this, relayMergeFields(epciName), m_relay, relay,
                                   RelayService(m_context).find(m_relay.id), [this](const Relay& merged) {
                                       load(merged);
                                       save();
                                   });
        return false;
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The relay was not saved"), error.message());
        return false;
    }
    m_relay = relay;
    m_savedState = snapshot();
    emit saved(relay.id);
    return true;
}

} // namespace parcours
