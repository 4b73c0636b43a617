#include "UsersDialog.h"

#include "AppContext.h"
#include "DomainError.h"
#include "MessageBox.h"
#include "UserEditDialog.h"
#include "UserService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

UsersDialog::UsersDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        row->addWidget(b);
        return b;
    };
    m_add = button(tr("&Add…"), "addUserButton");
    m_role = button(tr("&Role…"), "roleButton");
    m_active = button(tr("&Deactivate"), "activeButton");
    m_password = button(tr("Reset &password…"), "resetPasswordButton");
    m_unlock = button(tr("&Unlock"), "unlockButton");
    row->addStretch(1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::chooseRole);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersDialog::unlock);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    resize(720, 420);
    refresh();
}

bool UsersDialog::attempt(const std::function<void()>& work)
{
    try {
        work();
        return true;
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Users"), e.message());
        return false;
    }
}

void UsersDialog::refresh()
{
    const QString current = selected() ? selected()->login : QString();
    if (!attempt([&] { m_users = UserService(m_context).list(); }))
        m_users.clear();
    m_table->setRowCount(int(m_users.size()));
    for (int i = 0; i < m_users.size(); ++i) {
        const UserAccount& u = m_users[i];
        QStringList state;
        state << (u.active ? tr("active") : tr("deactivated"));
        if (u.locked)
            state << tr("locked");
        else if (u.failedAttempts > 0)
            state << tr("%n failed attempt(s)", nullptr, u.failedAttempts);
        const QStringList cells{u.login, u.displayName, roleLabel(u.role), state.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    if (!current.isEmpty())
        selectLogin(current);
    updateButtons();
}

int UsersDialog::rowCount() const
{
    return m_table->rowCount();
}

void UsersDialog::selectLogin(const QString& login)
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users[i].login.compare(login, Qt::CaseInsensitive) == 0)
            m_table->selectRow(i);
}

const UserAccount* UsersDialog::selected() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty() || rows.front().row() >= m_users.size())
        return nullptr;
    return &m_users[rows.front().row()];
}

void UsersDialog::updateButtons()
{
    const UserAccount* u = selected();
    m_add->setEnabled(m_context.can(Permission::ManageUsers));
    for (QPushButton* b : {m_role, m_active, m_password})
        b->setEnabled(u && m_context.can(Permission::ManageUsers));
    m_unlock->setEnabled(u && (u->locked || u->failedAttempts > 0));
    m_active->setText(u && !u->active ? tr("Re&activate") : tr("&Deactivate"));
}

void UsersDialog::addUser()
{
    auto* dialog = new UserEditDialog(UserEditDialog::NewAccount, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        NewUser user;
        user.login = dialog->login();
        user.displayName = dialog->displayName();
        user.role = dialog->role();
        user.password = dialog->password();
        if (attempt([&] { UserService(m_context).add(user); })) {
            refresh();
            selectLogin(user.login);
        }
    });
    dialog->open();
}

void UsersDialog::chooseRole()
{
    const UserAccount* u = selected();
    if (!u)
        return;
    const QList<Role> roles{Role::Coordinator, Role::ContactStaff, Role::ReadOnly};
    QStringList labels;
    for (Role r : roles)
        labels << roleLabel(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Role of %1").arg(u->login), tr("Role:"), labels,
                                                 int(roles.indexOf(u->role)), false, &ok);
    if (ok)
        changeRole(roles.value(int(labels.indexOf(chosen)), u->role));
}

void UsersDialog::changeRole(Role role)
{
    if (const UserAccount* u = selected()) {
        const qint64 id = u->id;
        if (attempt([&] { UserService(m_context).changeRole(id, role); }))
            refresh();
    }
}

void UsersDialog::toggleActive()
{
    if (const UserAccount* u = selected()) {
        const qint64 id = u->id;
        const bool active = u->active;
        if (attempt([&] {
                UserService users(m_context);
                active ? users.deactivate(id) : users.reactivate(id);
            }))
            refresh();
    }
}

void UsersDialog::resetPassword()
{
    const UserAccount* u = selected();
    if (!u)
        return;
    const qint64 id = u->id;
    auto* dialog = new UserEditDialog(UserEditDialog::PasswordOnly, u->login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString password = dialog->password();
        if (attempt([&] { UserService(m_context).resetPassword(id, password); }))
            refresh();
    });
    dialog->open();
}

void UsersDialog::unlock()
{
    if (const UserAccount* u = selected()) {
        const qint64 id = u->id;
        if (attempt([&] { UserService(m_context).unlock(id); }))
            refresh();
    }
}

} // namespace parcours
