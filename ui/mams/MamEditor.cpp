#include "MamEditor.h"

#include "AppContext.h"
#include "ChildminderPicker.h"
#include "ChildminderService.h"
#include "Clock.h"
#include "CommuneCompleter.h"
#include "ConflictResolution.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "MamService.h"
#include "MamSupportPanel.h"
#include "MergeFields.h"
#include "MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { Name, Joined, Left, ColumnCount };
constexpr int kIdRole = Qt::UserRole;

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

MamEditor::MamEditor(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context), m_name(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_postalCode(new QLineEdit(this)), m_commune(new QComboBox(this)),
      m_communeCompleter(new CommuneCompleter(m_postalCode, m_commune, this))
{
    setObjectName(QStringLiteral("mamEditor"));
    m_name->setObjectName(QStringLiteral("mamNameEdit"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_postalCode->setObjectName(QStringLiteral("postalCodeEdit"));
    m_postalCode->setMaximumWidth(90);
    m_commune->setObjectName(QStringLiteral("communeCombo"));

    auto* place = new QWidget(this);
    auto* placeLayout = new QVBoxLayout(place);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->setSpacing(2);
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_postalCode);
    placeRow->addWidget(m_commune, 1);
    placeLayout->addLayout(placeRow);
    placeLayout->addWidget(m_errors.create(QStringLiteral("postalCode"), place));
    placeLayout->addWidget(m_errors.create(QStringLiteral("commune"), place));
    place->setFocusProxy(m_postalCode); // the label's accelerator lands on the postal code

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"),
                 FieldErrorLabels::stack(m_name, m_errors.create(QStringLiteral("name"), this)));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postal code, commune:"), place);

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
    layout->addWidget(buildMembers(), 1);
    // « Accompagnement »: the service's support actions for this MAM (retention).
    auto* support = new MamSupportPanel(context, id, this);
    connect(this, &MamEditor::saved, support, &MamSupportPanel::setMam);
    layout->addWidget(support);
    layout->addWidget(buttons);

    Mam mam;
    if (id > 0)
        mam = MamService(context).find(id).value_or(Mam{});
    load(mam);
    resize(720, 720);
}

QWidget* MamEditor::buildMembers()
{
    auto* box = new QGroupBox(tr("Members"), this);
    m_members = new QTableWidget(0, ColumnCount, box);
    m_members->setObjectName(QStringLiteral("memberTable"));
    m_members->setHorizontalHeaderLabels({tr("Childminder"), tr("Joined on"), tr("Left on")});
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_members->setColumnWidth(Joined, 130);
    m_members->setColumnWidth(Left, 130);
    auto* hint = new QLabel(tr("Dates as dd/mm/yyyy. When a member leaves, fill in the date she left rather "
                               "than removing her."),
                            box);
    hint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(hint);
    auto* add = new QPushButton(tr("Add a &member…"), box);
    add->setObjectName(QStringLiteral("addMemberButton"));
    auto* remove = new QPushButton(tr("&Remove (entered by mistake)"), box);
    remove->setObjectName(QStringLiteral("removeMemberButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        ChildminderService service(m_context);
        ChildminderPicker picker(service, this);
        if (picker.exec() == QDialog::Accepted && picker.selectedId() > 0)
            addMember(picker.selectedId(), picker.selectedName());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0)
            m_members->removeRow(m_members->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_members, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_errors.create(QStringLiteral("members"), box));
    return box;
}

void MamEditor::addMember(qint64 childminderId, const QString& displayName)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto* name = new QTableWidgetItem(displayName);
    name->setData(kIdRole, childminderId);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    m_members->setItem(row, Name, name);
    m_members->setItem(row, Joined, new QTableWidgetItem(dateText(m_context.clock().today())));
    m_members->setItem(row, Left, new QTableWidgetItem);
}

void MamEditor::load(const Mam& mam)
{
    m_mam = mam;
    setWindowTitle(mam.id == 0 ? tr("New MAM") : tr("MAM — %1").arg(mam.name));
    m_name->setText(mam.name);
    m_address->setText(mam.address);
    m_communeCompleter->setCommune(mam.postalCode, mam.inseeCode, mam.communeName);
    m_members->setRowCount(0);
    for (const auto& member : mam.members) {
        addMember(member.childminderId, member.displayName);
        const int row = m_members->rowCount() - 1;
        m_members->item(row, Joined)->setText(dateText(member.joined));
        m_members->item(row, Left)->setText(dateText(member.left));
    }
    m_errors.clear();
    m_savedState = snapshot();
}

QStringList MamEditor::snapshot() const
{
    QStringList state{m_name->text(), m_address->text(), m_communeCompleter->postalCode(),
                      m_communeCompleter->communeName()};
    for (int row = 0; row < m_members->rowCount(); ++row) {
        state << m_members->item(row, Name)->data(kIdRole).toString();
        for (const int column : {Joined, Left})
            state << m_members->item(row, column)->text().trimmed();
    }
    return state;
}

bool MamEditor::isDirty() const
{
    return snapshot() != m_savedState;
}

void MamEditor::reject()
{
    if (isDirty() && !MessageBox::confirmUnsaved(
                         this, tr("This MAM has changes that are not saved. Save them before closing?"),
                         [this] { return save(); }))
        return;
    QDialog::reject();
}

bool MamEditor::readMembers(QList<MamMember>& members)
{
    QStringList problems;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        MamMember member;
        member.childminderId = m_members->item(row, Name)->data(kIdRole).toLongLong();
        member.displayName = m_members->item(row, Name)->text();
        for (const int column : {Joined, Left}) {
            const QString text = m_members->item(row, column)->text().trimmed();
            const QDate date = DateLineEdit::parse(text);
            if (!text.isEmpty() && !date.isValid())
                problems.append(tr("%1: “%2” is not a date (dd/mm/yyyy).").arg(member.displayName, text));
            (column == Joined ? member.joined : member.left) = date;
        }
        members.append(member);
    }
    if (!problems.isEmpty())
        m_errors.show({{QStringLiteral("members"), problems.join(QLatin1Char('\n'))}});
    return problems.isEmpty();
}

bool MamEditor::save()
{
    Mam mam = m_mam;
    mam.name = m_name->text();
    mam.address = m_address->text();
    mam.postalCode = m_communeCompleter->postalCode();
    mam.communeName = m_communeCompleter->communeName();
    mam.inseeCode = m_communeCompleter->inseeCode();
    mam.members.clear();
    if (!readMembers(mam.members))
        return false;
    try {
        const FieldErrors errors = MamService(m_context).save(mam);
        const FieldErrors unplaced = m_errors.show(errors);
        if (!unplaced.isEmpty())
            MessageBox::warning(this, tr("The MAM was not saved"), unplaced.front().message);
        if (!errors.isEmpty())
            return false;
    } catch (const ConcurrencyConflict&) {
        resolveSaveConflict<Mam>(this, mamMergeFields(), m_mam, mam, MamService(m_context).find(m_mam.id),
                                 [this](const Mam& merged) {
                                     load(merged);
                                     save();
                                 });
        return false;
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The MAM was not saved"), error.message());
        return false;
    }
    m_mam = mam;
    m_savedState = snapshot();
    emit saved(mam.id);
    return true;
}

} // namespace parcours
