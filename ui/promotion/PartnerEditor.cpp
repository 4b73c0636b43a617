#include "PartnerEditor.h"

#include "AppContext.h"
#include "ConflictResolution.h"
#include "DomainError.h"
#include "MergeFields.h"
#include "MessageBox.h"
#include "PartnerService.h"
#include "Relay.h"
#include "RelayRepository.h"

#include <QCheckBox>
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
enum ContactColumn { ContactName, ContactRole, ContactPhone, ContactEmail, ContactColumnCount };

QLineEdit* lineEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}
} // namespace

PartnerEditor::PartnerEditor(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context), m_kind(new QComboBox(this)),
      m_name(lineEdit(QStringLiteral("partnerNameEdit"), this)),
      m_address(lineEdit(QStringLiteral("partnerAddressEdit"), this)),
      m_postalCode(lineEdit(QStringLiteral("partnerPostalCodeEdit"), this)),
      m_commune(lineEdit(QStringLiteral("partnerCommuneEdit"), this)),
      m_phone(lineEdit(QStringLiteral("partnerPhoneEdit"), this)),
      m_email(lineEdit(QStringLiteral("partnerEmailEdit"), this)),
      m_website(lineEdit(QStringLiteral("partnerWebsiteEdit"), this)), m_relay(new QComboBox(this)),
      m_active(new QCheckBox(tr("Active partner"), this)), m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("partnerEditor"));
    setWindowTitle(tr("Partner"));
    m_kind->setObjectName(QStringLiteral("partnerKindCombo"));
    for (const auto kind : allPartnerKinds())
        m_kind->addItem(partnerKindLabel(kind), partnerKindKey(kind));
    m_relay->setObjectName(QStringLiteral("partnerRelayCombo"));
    m_relay->addItem(tr("(none)"), qint64(0));
    for (const Relay& relay : context.relays().summaries())
        m_relay->addItem(relay.name, relay.id);
    m_active->setObjectName(QStringLiteral("partnerActiveCheck"));
    m_notes->setObjectName(QStringLiteral("partnerNotesEdit"));
    m_notes->setMaximumHeight(80);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"),
                 FieldErrorLabels::stack(m_name, m_errors.create(QStringLiteral("name"), this)));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postal code:"),
                 FieldErrorLabels::stack(m_postalCode, m_errors.create(QStringLiteral("postalCode"), this)));
    form->addRow(tr("&Commune:"), m_commune);
    form->addRow(tr("P&hone:"),
                 FieldErrorLabels::stack(m_phone, m_errors.create(QStringLiteral("phone"), this)));
    form->addRow(tr("&Email:"),
                 FieldErrorLabels::stack(m_email, m_errors.create(QStringLiteral("email"), this)));
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&RPE:"), m_relay);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&otes:"), m_notes);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(buildContacts(), 1);

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
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    Partner partner;
    if (id > 0)
        partner = PartnerService(context).find(id).value_or(Partner{});
    load(partner);
    resize(1000, 560);
}

QWidget* PartnerEditor::buildContacts()
{
    auto* box = new QGroupBox(tr("Contact people"), this);
    m_contacts = new QTableWidget(0, ContactColumnCount, box);
    m_contacts->setObjectName(QStringLiteral("partnerContactsTable"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("Email")});
    m_contacts->verticalHeader()->hide();
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactEmail, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("Add a &person"), box);
    add->setObjectName(QStringLiteral("addContactButton"));
    auto* remove = new QPushButton(tr("&Remove"), box);
    remove->setObjectName(QStringLiteral("removeContactButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        for (int column = 0; column < ContactColumnCount; ++column)
            m_contacts->setItem(row, column, new QTableWidgetItem);
        m_contacts->setCurrentCell(row, ContactName);
        m_contacts->editItem(m_contacts->item(row, ContactName));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0)
            m_contacts->removeRow(m_contacts->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_contacts, 1);
    layout->addLayout(buttons);
    auto* contactErrors = m_errors.create(QStringLiteral("contacts"), box);
    layout->addWidget(contactErrors);
    return box;
}

void PartnerEditor::load(const Partner& partner)
{
    m_partner = partner;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(partnerKindKey(partner.kind))));
    m_name->setText(partner.name);
    m_address->setText(partner.address);
    m_postalCode->setText(partner.postalCode);
    m_commune->setText(partner.communeName);
    m_phone->setText(partner.phone);
    m_email->setText(partner.email);
    m_website->setText(partner.website);
    m_relay->setCurrentIndex(std::max(0, m_relay->findData(partner.relayId)));
    m_active->setChecked(partner.active);
    m_notes->setPlainText(partner.notes);
    m_contacts->setRowCount(0);
    for (const auto& c : partner.contacts) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        m_contacts->setItem(row, ContactName, new QTableWidgetItem(c.name));
        m_contacts->setItem(row, ContactRole, new QTableWidgetItem(c.role));
        m_contacts->setItem(row, ContactPhone, new QTableWidgetItem(c.phone));
        m_contacts->setItem(row, ContactEmail, new QTableWidgetItem(c.email));
    }
}

Partner PartnerEditor::edited() const
{
    Partner p = m_partner;
    p.kind = partnerKindFromKey(m_kind->currentData().toString()).value_or(PartnerKind::Other);
    p.name = m_name->text();
    p.address = m_address->text();
    p.postalCode = m_postalCode->text();
    p.communeName = m_commune->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.website = m_website->text();
    p.relayId = m_relay->currentData().toLongLong();
    p.active = m_active->isChecked();
    p.notes = m_notes->toPlainText();
    p.contacts.clear();
    auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_contacts->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        PartnerContact c{0, text(row, ContactName), text(row, ContactRole), text(row, ContactPhone),
                         text(row, ContactEmail)};
        // A line left blank is no contact.
        if (!(c.name.isEmpty() && c.role.isEmpty() && c.phone.isEmpty() && c.email.isEmpty()))
            p.contacts.append(c);
    }
    return p;
}

bool PartnerEditor::save()
{
    Partner candidate = edited();
    FieldErrors errors;
    try {
        errors = PartnerService(m_context).save(candidate);
    } catch (const ConcurrencyConflict&) {
        resolveSaveConflict<Partner>(this, partnerMergeFields(comboNamer(m_relay)), m_partner, candidate,
                                     PartnerService(m_context).find(m_partner.id),
                                     [this](const Partner& merged) {
                                         load(merged);
                                         save();
                                     });
        return false;
    }
    // Problems on contact lines (contact0, contact1...) go under the table.
    FieldErrors shown;
    for (auto e : errors) {
        if (e.field.startsWith(QLatin1String("contact")))
            e.field = QStringLiteral("contacts");
        shown.append(e);
    }
    m_errors.clear();
    const FieldErrors rest = m_errors.show(shown);
    if (!rest.isEmpty())
        MessageBox::warning(this, tr("Partner"), rest.first().message);
    if (!errors.isEmpty())
        return false;
    m_partner = candidate;
    emit saved(candidate.id);
    return true;
}

} // namespace parcours
