#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlChildminderRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {

struct People
{
    std::unique_ptr<Database> db = openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlApprovalRepository approvals{*db};

    QStringList found(const QString& text) const
    {
        ChildminderQuery q;
        q.text = text;
        QStringList out;
        for (const auto& r : people.list(q))
            out << r.surname;
        return out;
    }
    qint64 add(const QString& name, const QString& number = {})
    {
        Childminder p = makePerson(name, QStringLiteral("Anne"));
        people.insert(p);
        if (!number.isEmpty()) {
            Approval a = makeApproval(p.id, number, QDate(2024, 1, 1), QDate(2029, 1, 1), 3);
            approvals.save(a);
        }
        return p.id;
    }
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

struct Abort
{
};

} // namespace

TEST_CASE("Searching inside a write transaction finds the people written earlier in it")
{
    People r;
    r.db->inWriteTransaction([&] {
        r.add(QStringLiteral("Lefèvre"), QStringLiteral("55-0042"));
        CHECK(r.found(QStringLiteral("lefe")) == QStringList{QStringLiteral("Lefèvre")});
        CHECK(r.found(QStringLiteral("55-0042")) == QStringList{QStringLiteral("Lefèvre")});
        r.add(QStringLiteral("Lebrun"));
        CHECK(r.found(QStringLiteral("le")) ==
              (QStringList{QStringLiteral("Lebrun"), QStringLiteral("Lefèvre")}));
    });
    CHECK(r.found(QStringLiteral("le")) ==
          (QStringList{QStringLiteral("Lebrun"), QStringLiteral("Lefèvre")}));
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM childminders_fts")) == 2);
}

TEST_CASE("A renamed person is found under her new name only, renamed inside or outside a transaction")
{
    People r;
    const qint64 id = r.add(QStringLiteral("Durand"));
    r.db->inWriteTransaction([&] {
        auto p = *r.people.find(id);
        p.usageName = QStringLiteral("Moreau");
        r.people.update(p);
        p.usageName = QStringLiteral("Mercier");
        r.people.update(p);
    });
    CHECK(r.found(QStringLiteral("dur")).isEmpty());
    CHECK(r.found(QStringLiteral("mor")).isEmpty());
    CHECK(r.found(QStringLiteral("merc")) == QStringList{QStringLiteral("Mercier")});
    auto p = *r.people.find(id);
    p.usageName = QStringLiteral("Petit");
    r.people.update(p); // outside a transaction: written at once
    CHECK(r.found(QStringLiteral("merc")).isEmpty());
    CHECK(r.found(QStringLiteral("pet")) == QStringList{QStringLiteral("Petit")});
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM childminders_fts")) == 1);
}

TEST_CASE("A rolled-back transaction or savepoint leaves nothing of its people in the search index")
{
    People r;
    CHECK_THROWS_AS(r.db->inWriteTransaction([&] {
        r.add(QStringLiteral("Fantôme"), QStringLiteral("55-0001"));
        throw Abort{};
    }),
                    Abort);
    CHECK(r.found(QStringLiteral("fant")).isEmpty());
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM childminders_fts")) == 0);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM approvals_fts")) == 0);

    r.db->inWriteTransaction([&] {
        r.add(QStringLiteral("Gardée"));
        try {
            r.db->inWriteTransaction([&] {
                r.add(QStringLiteral("Annulée"));
                throw Abort{};
            });
        } catch (const Abort&) {
        }
    });
    CHECK(r.found(QStringLiteral("gard")) == QStringList{QStringLiteral("Gardée")});
    CHECK(r.found(QStringLiteral("annul")).isEmpty());
    // The id the rolled-back person had is given again, and indexed once.
    r.add(QStringLiteral("Suivante"));
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM childminders_fts")) ==
          r.scalar(QStringLiteral("SELECT count(*) FROM childminders")));
}

TEST_CASE("People written in a transaction are indexed at its commit, in one pass", "[sqlite-only]")
{
    // What makes an import fast: no full-text row is written between the
    // audited inserts (each would become its own FTS5 segment).
    People r;
    r.db->inWriteTransaction([&] {
        for (int i = 0; i < 50; ++i)
            r.add(QStringLiteral("Nom") + QChar(u'a' + i / 26) + QChar(u'a' + i % 26),
                  QStringLiteral("55-%1").arg(i, 4, 10, QLatin1Char('0')));
        CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM childminders_fts")) == 0);
        CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM approvals_fts")) == 0);
    });
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM childminders_fts")) == 50);
    CHECK(r.scalar(QStringLiteral("SELECT count(*) FROM approvals_fts")) == 50);
    CHECK(r.found(QStringLiteral("nomb")).size() == 24); // Nomba … Nombx
    QSqlQuery check(r.db->connection());
    CHECK(check.exec(
        QStringLiteral("INSERT INTO childminders_fts(childminders_fts) VALUES('integrity-check')")));
    CHECK(check.exec(QStringLiteral("INSERT INTO approvals_fts(approvals_fts) VALUES('integrity-check')")));
}
