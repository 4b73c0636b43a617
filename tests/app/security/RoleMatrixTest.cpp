#include "AccessDenied.h"
#include "ChildminderExporter.h"
#include "ChildminderService.h"
#include "ContactService.h"
#include "PartnerService.h"
#include "QtStringMaker.h"
#include "SecurityTestSupport.h"
#include "TestDatabase.h"

#include <QBuffer>

using namespace parcours;
using namespace parcours::testing;

// Each role signs in for real (AuthService) and calls the real services: what
// the "done when" asks, checked through the app layer, not the GUI.

namespace {

struct Matrix
{
    SteppingClock clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    qint64 personId = 0;
    qint64 partnerId = 0;

    Matrix()
    {
        addAccount(*ctx, QStringLiteral("coordination"), Role::Coordinator, strongPassword(1));
        addAccount(*ctx, QStringLiteral("contact"), Role::ContactStaff, strongPassword(2));
        addAccount(*ctx, QStringLiteral("lecture"), Role::ReadOnly, strongPassword(3));
        Childminder p;
        p.usageName = QStringLiteral("Lefèvre");
        p.firstName = QStringLiteral("Hélène");
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        personId = p.id;
        ctx->setSession(Session{});
    }

    void signInAs(const QString& login, int password)
    {
        REQUIRE(AuthService(*ctx, PasswordHashLimits::fastForTests())
                    .signIn(login, strongPassword(password))
                    .ok());
    }

    // A partner to delete, made as system so each role has one to try on.
    qint64 newPartner()
    {
        const Session was = ctx->session();
        ctx->setSession(Session::system());
        Partner partner;
        partner.kind = PartnerKind::FranceTravail;
        partner.name = QStringLiteral("France Travail Verdun");
        REQUIRE(PartnerService(*ctx).save(partner).isEmpty());
        ctx->setSession(was);
        return partner.id;
    }

    // Each returns normally when allowed and throws AccessDenied otherwise.
    void read()
    {
        const auto file = ChildminderService(*ctx).open(personId); // throws before REQUIRE sees it
        REQUIRE(file);
    }
    void createPerson()
    {
        Childminder p;
        p.usageName = QStringLiteral("Martin");
        p.firstName = QStringLiteral("Zoé");
        const FieldErrors errors = ChildminderService(*ctx).save(p);
        REQUIRE(errors.isEmpty());
    }
    void editPerson()
    {
        const auto file = ChildminderService(*ctx).open(personId);
        REQUIRE(file);
        Childminder p = file->person;
        p.notes = QStringLiteral("Rappeler en janvier");
        const FieldErrors errors = ChildminderService(*ctx).save(p);
        REQUIRE(errors.isEmpty());
    }
    void logContact()
    {
        ContactEntry e;
        e.childminderId = personId;
        e.at = QDateTime(QDate(2026, 11, 29), QTime(9, 30));
        e.staffMember = QStringLiteral("Claire");
        const FieldErrors errors = ContactService(*ctx).log(e);
        REQUIRE(errors.isEmpty());
    }
    void deleteSomething(qint64 id) { PartnerService(*ctx).remove(id); }
    void exportRegister()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const int rows = ChildminderExporter(*ctx).write(out, ExportFormat::Csv);
        REQUIRE(rows >= 1);
    }
    void manageUsers()
    {
        const auto users = UserService(*ctx, PasswordHashLimits::fastForTests()).list();
        REQUIRE(users.size() == 3);
    }
    void changeSettings()
    {
        RuleSettings rules = ctx->rules();
        rules.alertEndingWithinMonths += 1;
        ctx->setRules(rules);
    }
};

} // namespace

TEST_CASE("Role matrix - a coordinator may do everything")
{
    Matrix m;
    m.signInAs(QStringLiteral("coordination"), 1);
    const qint64 partner = m.newPartner();
    CHECK_NOTHROW(m.read());
    CHECK_NOTHROW(m.createPerson());
    CHECK_NOTHROW(m.editPerson());
    CHECK_NOTHROW(m.logContact());
    CHECK_NOTHROW(m.deleteSomething(partner));
    CHECK_NOTHROW(m.exportRegister());
    CHECK_NOTHROW(m.manageUsers());
    CHECK_NOTHROW(m.changeSettings());
}

TEST_CASE("Role matrix - contact staff create and edit people and contacts, nothing more")
{
    Matrix m;
    m.signInAs(QStringLiteral("contact"), 2);
    const qint64 partner = m.newPartner();
    const int alertWindow = m.ctx->rules().alertEndingWithinMonths;
    CHECK_NOTHROW(m.read());
    CHECK_NOTHROW(m.createPerson());
    CHECK_NOTHROW(m.editPerson());
    CHECK_NOTHROW(m.logContact());
    CHECK_THROWS_AS(m.deleteSomething(partner), AccessDenied);
    CHECK_THROWS_AS(m.exportRegister(), AccessDenied);
    CHECK_THROWS_AS(m.manageUsers(), AccessDenied);
    CHECK_THROWS_AS(m.changeSettings(), AccessDenied);
    CHECK(m.ctx->rules().alertEndingWithinMonths == alertWindow);
    m.ctx->setSession(Session::system());
    CHECK(PartnerService(*m.ctx).find(partner)); // still there
}

TEST_CASE("Role matrix - a read-only user reads and nothing else")
{
    Matrix m;
    m.signInAs(QStringLiteral("lecture"), 3);
    const qint64 partner = m.newPartner();
    CHECK_NOTHROW(m.read());
    CHECK_THROWS_AS(m.createPerson(), AccessDenied);
    CHECK_THROWS_AS(m.editPerson(), AccessDenied);
    CHECK_THROWS_AS(m.logContact(), AccessDenied);
    CHECK_THROWS_AS(m.deleteSomething(partner), AccessDenied);
    CHECK_THROWS_AS(m.exportRegister(), AccessDenied);
    CHECK_THROWS_AS(m.manageUsers(), AccessDenied);
    CHECK_THROWS_AS(m.changeSettings(), AccessDenied);
    try {
        m.createPerson();
    } catch (const AccessDenied& e) {
        CHECK(e.message().contains(QStringLiteral("read only")));
    }
    m.ctx->setSession(Session::system());
    CHECK(ChildminderService(*m.ctx).count({}) == 1); // nothing was created
}

TEST_CASE("Role matrix - nobody signed in may not even read")
{
    Matrix m;
    CHECK_THROWS_AS(m.read(), AccessDenied);
    CHECK_THROWS_AS(m.logContact(), AccessDenied);
}

TEST_CASE("Role matrix - coordinators manage accounts, and the last coordinator stays")
{
    Matrix m;
    m.signInAs(QStringLiteral("coordination"), 1);
    UserService users(*m.ctx, PasswordHashLimits::fastForTests());
    const UserAccount coord = users.byLogin(QStringLiteral("coordination"));
    const UserAccount reader = users.byLogin(QStringLiteral("lecture"));
    CHECK(coord.passwordHash.isEmpty()); // never handed out
    users.changeRole(reader.id, Role::ContactStaff);
    CHECK(m.ctx->users().find(reader.id)->role == Role::ContactStaff);
    CHECK_THROWS_AS(users.changeRole(coord.id, Role::ReadOnly), DomainError); // the only coordinator
    CHECK_THROWS_AS(users.deactivate(coord.id), DomainError);                 // herself
    NewUser weak;
    weak.login = QStringLiteral("nouvelle");
    weak.password = QStringLiteral("nouvelle2026");
    CHECK_THROWS_AS(users.add(weak), DomainError);
    NewUser taken;
    taken.login = QStringLiteral("LECTURE");
    taken.password = strongPassword(4);
    CHECK_THROWS_AS(users.add(taken), DomainError);
    users.resetPassword(reader.id, strongPassword(7));
    m.ctx->setSession(Session{});
    CHECK(AuthService(*m.ctx, PasswordHashLimits::fastForTests())
              .signIn(QStringLiteral("lecture"), strongPassword(7))
              .ok());
}
