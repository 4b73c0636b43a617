#include "Database.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlRelayRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

using namespace parcours;
using namespace parcours::testing;

namespace {
struct Register
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlApprovalRepository approvals{*db};
    SqlRelayRepository relays{*db};

    qint64 add(const QString& name, const QString& first, const QString& commune, qint64 relay,
               ChildminderStatus status, QDate end, int places = 4)
    {
        Childminder p = makePerson(name, first);
        p.communeName = commune;
        p.inseeCode = commune == QStringLiteral("Verdun") ? QStringLiteral("55545") : QStringLiteral("55029");
        p.relayId = relay;
        p.status = status;
        people.insert(p);
        if (end.isValid()) {
            Approval a = makeApproval(p.id, QStringLiteral("55-%1").arg(p.id, 4, 10, QLatin1Char('0')),
                                      end.addYears(-5).addDays(1), end, places);
            approvals.save(a);
        }
        return p.id;
    }
};

QStringList names(const QList<ChildminderSummary>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << r.surname;
    return out;
}
// Hélène Lefèvre of Bar-le-Duc and Zoé Martin of Verdun: the two people
// the search tests look for.
void addSearchPair(Register& r)
{
    r.add(QStringLiteral("Lefèvre"), QStringLiteral("Hélène"), QStringLiteral("Bar-le-Duc"), 0,
          ChildminderStatus::Active, QDate(2028, 1, 1));
    r.add(QStringLiteral("Martin"), QStringLiteral("Zoé"), QStringLiteral("Verdun"), 0,
          ChildminderStatus::Active, QDate(2028, 1, 1));
}

QStringList searchNames(Register& r, const QString& text)
{
    ChildminderQuery q;
    q.text = text;
    return names(r.people.list(q));
}
} // namespace

TEST_CASE("Search is accent-insensitive, by prefix, over names, commune and approval number")
{
    Register r;
    addSearchPair(r);
    auto search = [&](const QString& text) { return searchNames(r, text); };
    CHECK(search(QStringLiteral("lefe")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("LEFÈ")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("helene")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("zoe")) == QStringList{QStringLiteral("Martin")});
    CHECK(search(QStringLiteral("verd")) == QStringList{QStringLiteral("Martin")});
    CHECK(search(QStringLiteral("bar duc")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("55-0002")) == QStringList{QStringLiteral("Martin")});
    CHECK(search(QStringLiteral("nobody")).isEmpty());
    // FTS syntax typed by a user is just text.
    CHECK(search(QStringLiteral("\"lef OR *")).size() <= 1);
}

TEST_CASE("Search as you type: two and three letters, accents typed or not, approval number parts")
{
    Register r;
    addSearchPair(r);
    auto search = [&](const QString& text) { return searchNames(r, text); };
    const QStringList both{QStringLiteral("Lefèvre"), QStringLiteral("Martin")};
    CHECK(search(QStringLiteral("le")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("hé")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("HE")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("zo")) == QStringList{QStringLiteral("Martin")});
    CHECK(search(QStringLiteral("zoé")) == QStringList{QStringLiteral("Martin")});
    CHECK(search(QStringLiteral("Lèf")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("ve")) == QStringList{QStringLiteral("Martin")});
    CHECK(search(QStringLiteral("du h")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("du zo")).isEmpty());
    // Approval numbers: each part is a prefix too.
    CHECK(search(QStringLiteral("55")) == both);
    CHECK(search(QStringLiteral("55-00")) == both);
    CHECK(search(QStringLiteral("0001")) == QStringList{QStringLiteral("Lefèvre")});
    CHECK(search(QStringLiteral("ma 55-0002")) == QStringList{QStringLiteral("Martin")});
    CHECK(search(QStringLiteral("lef 0002")).isEmpty());
    // A "word" that folds to nothing finds nobody and is no error.
    CHECK(search(QStringLiteral("²")).isEmpty());
}

TEST_CASE("Lists filter, sort, page and count in SQL")
{
    Register r;
    Relay north{0, QStringLiteral("RPE Nord"), {}, {}, {}, {}, 0};
    r.relays.save(north);
    const QStringList surnames = {QStringLiteral("Durand"), QStringLiteral("Émery"),
                                  QStringLiteral("Bernard"), QStringLiteral("Adam"), QStringLiteral("Caron")};
    for (int i = 0; i < surnames.size(); ++i)
        r.add(surnames[i], QStringLiteral("A"), QStringLiteral("Bar-le-Duc"), i % 2 ? north.id : 0,
              i == 4 ? ChildminderStatus::Retired : ChildminderStatus::Active, QDate(2027, 1, 1).addMonths(i),
              i + 1);

    ChildminderQuery all;
    CHECK(r.people.count(all) == 5);
    // Accented names sort with their letter, not after Z.
    CHECK(names(r.people.list(all)) == QStringList{QStringLiteral("Adam"), QStringLiteral("Bernard"),
                                                   QStringLiteral("Caron"), QStringLiteral("Durand"),
                                                   QStringLiteral("Émery")});
    ChildminderQuery page = all;
    page.offset = 2;
    page.limit = 2;
    CHECK(names(r.people.list(page)) == QStringList{QStringLiteral("Caron"), QStringLiteral("Durand")});

    ChildminderQuery byRelay;
    byRelay.relayId = north.id;
    CHECK(r.people.count(byRelay) == 2);
    byRelay.relayId = -1;
    CHECK(r.people.count(byRelay) == 3);

    ChildminderQuery active;
    active.statuses = {ChildminderStatus::Active};
    CHECK(r.people.count(active) == 4);

    ChildminderQuery ending;
    ending.approvalEndingBefore = QDate(2027, 3, 1);
    CHECK(r.people.count(ending) == 2);

    ChildminderQuery byPlaces;
    byPlaces.sort = ChildminderSortColumn::Places;
    byPlaces.ascending = false;
    CHECK(r.people.list(byPlaces).front().places == 5);

    ChildminderQuery byRelayName;
    byRelayName.sort = ChildminderSortColumn::Relay;
    byRelayName.ascending = false;
    CHECK(r.people.list(byRelayName).front().relayName == QStringLiteral("RPE Nord"));
    // No relay comes first going up, last going down, on either backend.
    byRelayName.ascending = true;
    CHECK(r.people.list(byRelayName).front().relayName.isEmpty());
    CHECK(r.people.list(byRelayName).back().relayName == QStringLiteral("RPE Nord"));

    ChildminderQuery verdun;
    verdun.inseeCode = QStringLiteral("55545");
    CHECK(r.people.count(verdun) == 0);
}

TEST_CASE("Alert candidates and statistics come from SQL")
{
    Register r;
    const QDate today(2026, 11, 29);
    const auto soon = r.add(QStringLiteral("Soon"), QStringLiteral("A"), QStringLiteral("Verdun"), 0,
                            ChildminderStatus::Active, QDate(2027, 2, 1), 4);
    r.add(QStringLiteral("Later"), QStringLiteral("B"), QStringLiteral("Verdun"), 0,
          ChildminderStatus::Active, QDate(2030, 2, 1), 3);
    const auto none = r.add(QStringLiteral("None"), QStringLiteral("C"), QStringLiteral("Verdun"), 0,
                            ChildminderStatus::Active, QDate());
    r.add(QStringLiteral("Retired"), QStringLiteral("D"), QStringLiteral("Verdun"), 0,
          ChildminderStatus::Retired, QDate(2020, 1, 1));
    CHECK(r.people.alertCandidates(today, today.addMonths(6)) == QList<qint64>{soon, none});
    // A withdrawn agrément makes her a candidate whatever its end date.
    const auto withdrawn = r.add(QStringLiteral("Withdrawn"), QStringLiteral("E"), QStringLiteral("Verdun"),
                                 0, ChildminderStatus::Active, QDate(2029, 6, 30));
    auto approval = r.approvals.forChildminder(withdrawn).front();
    approval.status = ApprovalStatus::Withdrawn;
    r.approvals.save(approval);
    CHECK(r.people.alertCandidates(today, today.addMonths(6)) == QList<qint64>{soon, none, withdrawn});

    const auto stats = r.people.statistics(today);
    CHECK(stats.totalChildminders == 5);
    CHECK(stats.activeChildminders == 4); // places of a withdrawn agrément do not count
    CHECK(stats.places == 7);
    REQUIRE(stats.byRelay.size() == 1);
    CHECK(stats.byRelay[0].activeChildminders == 4);
}
