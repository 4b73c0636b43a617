#include "DemoDataGenerator.h"
#include "AlertRules.h"
#include "ApprovalRules.h"
#include "CommuneDirectory.h"
#include "DemoNames.h"
#include "DemoTestSupport.h"
#include "EmailAddress.h"
#include "PhoneNumber.h"
#include "QtStringMaker.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

#include <map>

using namespace parcours;
using parcours::testing::FakeDemoStore;

namespace {
const QDate kToday = testing::kDemoToday;

DemoSummary generate(FakeDemoStore& store, int size, quint32 seed)
{
    return testing::generateDemo(store, size, seed);
}

// One Meuse register of the default size, shared by the read-only checks.
const FakeDemoStore& meuse()
{
    static FakeDemoStore store;
    static const bool done = (generate(store, 1100, 2026), true);
    Q_UNUSED(done);
    return store;
}

template <typename Key> int count(const std::map<Key, int>& counts, Key key)
{
    const auto it = counts.find(key);
    return it == counts.end() ? 0 : it->second;
}

double ageOn(QDate birth, QDate day)
{
    return birth.daysTo(day) / 365.25;
}

} // namespace

TEST_CASE("Demo data: the same seed and date give the same register, another seed another")
{
    FakeDemoStore a, b, c;
    const DemoSummary sa = generate(a, 1100, 7);
    const DemoSummary sb = generate(b, 1100, 7);
    generate(c, 1100, 8);
    CHECK(a.digest() == b.digest());
    CHECK(a.digest() != c.digest());
    CHECK(sa.childminders == sb.childminders);
    CHECK(sa.approvals == sb.approvals);
    CHECK(sa.childminders == 1100);
    CHECK(int(a.people.size()) == 1100);
    CHECK(int(a.approvalRows.size()) == sa.approvals);
    CHECK(int(a.relayRows.size()) == sa.relays);
    CHECK(int(a.mamRows.size()) == sa.mams);
}

TEST_CASE("Demo data: the age structure follows the leaflet (one in five over 60, about 48)")
{
    const auto& store = meuse();
    int over60 = 0;
    double sum = 0;
    for (const auto& [id, p] : store.people) {
        over60 += p.birthDate.addYears(60) <= kToday;
        sum += ageOn(p.birthDate, kToday);
    }
    const double n = double(store.people.size());
    CHECK(over60 / n >= 0.15);
    CHECK(over60 / n <= 0.25);
    CHECK(sum / n >= 45.0);
    CHECK(sum / n <= 51.0);
}

TEST_CASE("Demo data: everybody lives in a real Meuse commune with its real postal code and relay")
{
    const auto& store = meuse();
    const auto& directory = CommuneDirectory::builtin();
    QHash<QString, qint64> relayOfEpci;
    for (const auto& [id, r] : store.relayRows)
        for (const auto& code : r.epciCodes)
            relayOfEpci.insert(code, id);
    QSet<QString> communes;
    for (const auto& [id, p] : store.people) {
        INFO(p.displayName().toStdString()
             << " " << p.postalCode.toStdString() << " " << p.inseeCode.toStdString());
        REQUIRE(directory.postalCodeServes(p.postalCode, p.inseeCode));
        const auto commune = directory.byCode(p.inseeCode);
        CHECK(commune->name == p.communeName);
        CHECK(commune->departement == QStringLiteral("55"));
        CHECK(p.relayId == relayOfEpci.value(commune->epciCode));
        CHECK_FALSE(p.relayOverridden);
        communes.insert(p.inseeCode);
    }
    // Spread like the population: the towns and many villages.
    CHECK(communes.size() > 150);
}

TEST_CASE("Demo data: Meuse gets one relay per EPCI with plausible staff")
{
    const auto& store = meuse();
    QStringList expected;
    for (const auto& e : CommuneDirectory::builtin().epcisOfDepartement(QStringLiteral("55")))
        expected << e.code;
    REQUIRE(expected.size() == 16);
    QStringList territories;
    for (const auto& [id, r] : store.relayRows) {
        INFO(r.name.toStdString());
        CHECK(r.name.startsWith(QStringLiteral("RPE ")));
        CHECK_FALSE(r.managingBody.isEmpty());
        REQUIRE(r.epciCodes.size() == 1);
        territories << r.epciCodes;
        CHECK(r.staff.size() >= 1);
        CHECK(r.staff.size() <= 2);
        for (const auto& s : r.staff) {
            CHECK(normalisePhone(s.phone) == s.phone);
            CHECK(isPlausibleEmail(s.email));
            CHECK(s.email.endsWith(QStringLiteral(".example")));
        }
        CHECK(r.staff.front().phone.startsWith(QStringLiteral("03 ")));
    }
    expected.sort();
    territories.sort();
    CHECK(territories == expected);
}

TEST_CASE("Demo data: names, phones and e-mails look French and normalised")
{
    const auto& store = meuse();
    const DemoNames names = DemoNames::load();
    int men = 0, emails = 0, meusePhones = 0;
    for (const auto& [id, p] : store.people) {
        CHECK(normalisePhone(p.phone) == p.phone);
        meusePhones += p.phone.startsWith(QStringLiteral("03 29 "));
        if (!p.email.isEmpty()) {
            ++emails;
            CHECK(isPlausibleEmail(p.email));
        }
        if (!names.femaleFirstNames.contains(p.firstName))
            ++men;
        CHECK(QRegularExpression(QStringLiteral("^\\d+( bis)? \\S.*$")).match(p.address).hasMatch());
    }
    const double n = double(store.people.size());
    CHECK(men >= 1);
    CHECK(men / n <= 0.06);
    CHECK(emails / n >= 0.62);
    CHECK(emails / n <= 0.78);
    CHECK(meusePhones > 0);
}

TEST_CASE("Demo data: mostly active people, and every other status appears")
{
    std::map<ChildminderStatus, int> counts;
    for (const auto& [id, p] : meuse().people)
        ++counts[p.status];
    CHECK(count(counts, ChildminderStatus::Active) > 800);
    for (auto s : {ChildminderStatus::ApprovalPending, ChildminderStatus::Suspended,
                   ChildminderStatus::Stopped, ChildminderStatus::Retired})
        CHECK(count(counts, s) > 0);
    CHECK(count(counts, ChildminderStatus::Prospect) == 0);
}

TEST_CASE("Demo data: agrément histories follow the rules and never exceed the legal capacity")
{
    const auto& store = meuse();
    const RuleSettings settings;
    const ApprovalRules rules(settings);
    const TrainingState qualified{true, true, true};
    QSet<QString> numbers;
    const QRegularExpression numberFormat(QStringLiteral("^55-(\\d{4})-\\d{4}$"));
    for (const auto& [id, p] : store.people) {
        const QList<Approval> history = store.approvalsOf(id);
        CHECK(history.isEmpty() == (p.status == ChildminderStatus::ApprovalPending));
        for (int i = 0; i < history.size(); ++i) {
            const Approval& a = history[i];
            INFO(a.number.toStdString());
            CHECK(a.isRenewal == (i > 0));
            if (i == 0)
                CHECK(a.endDate == rules.validityEnd(a.startDate, false, {}));
            else
                CHECK((a.endDate == rules.validityEnd(a.startDate, true, {}) ||
                       a.endDate == rules.validityEnd(a.startDate, true, qualified)));
            if (i > 0)
                CHECK(a.startDate == history[i - 1].endDate.addDays(1));
            const auto match = numberFormat.match(a.number);
            REQUIRE(match.hasMatch());
            CHECK(match.captured(1).toInt() == a.decisionDate.year());
            CHECK_FALSE(numbers.contains(a.number));
            numbers.insert(a.number);
            CHECK(rules.capacityProblems(a.places, a.placesUnder3, false).isEmpty());
            CHECK(a.places >= 1);
            CHECK(a.places <= rules.maxPlaces(false));
            CHECK(a.placesUnder3 <= settings.maxChildrenUnder3);
            CHECK(a.startDate >= p.birthDate.addYears(18));
            CHECK(a.startDate <= kToday);
        }
    }
}

TEST_CASE("Demo data: the dashboard alerts have something to show")
{
    const auto& store = meuse();
    const AlertRules rules;
    std::map<AlertKind, int> counts;
    for (const auto& [id, p] : store.people)
        for (const auto& alert : rules.alertsFor(p, store.approvalsOf(id), kToday))
            ++counts[alert.kind];
    for (const auto& [id, m] : store.mamRows)
        for (const auto& alert : rules.alertsFor(m, kToday))
            ++counts[alert.kind];
    CHECK(count(counts, AlertKind::ApprovalEndingSoon) >= 20);
    CHECK(count(counts, AlertKind::RenewalFileDue) >= 5);
    CHECK(count(counts, AlertKind::ExpiredWhileActive) >= 3);
    CHECK(count(counts, AlertKind::ExpiredWhileActive) <= 40);
    CHECK(count(counts, AlertKind::SuspensionTooLong) >= 1);
    CHECK(count(counts, AlertKind::MamOverLimits) >= 1);
}

TEST_CASE("Demo data: MAMs have 2 to 6 members working there, but one is over the limits")
{
    const auto& store = meuse();
    const int n = int(store.people.size());
    CHECK(int(store.mamRows.size()) >= n / 100);
    CHECK(int(store.mamRows.size()) <= n / 35);
    int overLimit = 0;
    for (const auto& [id, m] : store.mamRows) {
        INFO(m.name.toStdString());
        CHECK(m.name.startsWith(QStringLiteral("MAM ")));
        CHECK(CommuneDirectory::builtin().postalCodeServes(m.postalCode, m.inseeCode));
        if (m.members.size() > 6) {
            ++overLimit;
            CHECK(m.childCapacityOn(kToday) > RuleSettings().mamMaxChildren);
        } else {
            CHECK(m.members.size() >= 2);
            CHECK(AlertRules().alertsFor(m, kToday).isEmpty());
        }
        for (const auto& member : m.members) {
            const Childminder& p = store.people.at(member.childminderId);
            CHECK(p.mamId == id);
            CHECK(p.inseeCode == m.inseeCode);
            CHECK(p.status == ChildminderStatus::Active);
            CHECK(member.joined.isValid());
            CHECK(member.joined <= kToday);
            CHECK(member.joined >= QDate(2010, 6, 9));
            const QList<Approval> history = store.approvalsOf(p.id);
            REQUIRE_FALSE(history.isEmpty());
            const Approval& a = history.last();
            CHECK(a.places <= 4);
            CHECK(member.places == a.places);
            if (a.endDate >= member.joined)
                CHECK(a.placeOfPractice != PlaceOfPractice::Home);
        }
    }
    CHECK(overLimit == 1);
    int members = 0;
    for (const auto& [id, p] : store.people)
        members += p.mamId != 0;
    int listed = 0;
    for (const auto& [id, m] : store.mamRows)
        listed += int(m.members.size());
    CHECK(members == listed);
}
