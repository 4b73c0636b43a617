#include "InvitationEmailExport.h"
#include "AppContext.h"
#include "CampaignService.h"
#include "ChildminderService.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "QuestionnaireRepository.h"
#include "RelayService.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace parcours;

namespace {
struct Mailing
{
    FixedClock clock{QDate(2026, 11, 29)};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    CampaignService campaigns{*ctx};
    SurveyCampaign campaign;
    Relay rpe{0, QStringLiteral("RPE du Grand Verdun"), {}, {}, {QStringLiteral("200049187")}, {}, 0};

    qint64 add(const QString& name, const QString& email, const QString& address)
    {
        Childminder p;
        p.usageName = name;
        p.firstName = QStringLiteral("Hélène");
        p.postalCode = QStringLiteral("55100");
        p.communeName = QStringLiteral("verdun");
        p.email = email;
        p.address = address;
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        return p.id;
    }

    Mailing()
    {
        REQUIRE(RelayService(*ctx).save(rpe).isEmpty());
        add(QStringLiteral("Lefèvre"), QStringLiteral("helene.lefevre@example.fr"),
            QStringLiteral("3 rue de l’Église\n\nBâtiment B\n"));
        add(QStringLiteral("Martin"), QString(), QStringLiteral("1 place Chevert"));
        add(QStringLiteral("Noël"), QStringLiteral("noel@example.fr"), QString());
        QuestionnaireTemplate t;
        t.name = QStringLiteral("Enquête annuelle");
        ctx->questionnaires().save(t);
        REQUIRE(campaigns.createCampaign(2026, t.id, {}, &campaign).isEmpty());
    }
};

QString read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3));
}
} // namespace

TEST_CASE("Campaign addresses carry the address lines, email, code and relay, a page at a time")
{
    Mailing m;
    const auto rows = m.campaigns.addresses(m.campaign.id);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name.contains(QStringLiteral("Lefèvre"), Qt::CaseInsensitive));
    CHECK(rows[0].addressLines ==
          QStringList{QStringLiteral("3 rue de l’Église"), QStringLiteral("Bâtiment B")});
    CHECK(rows[0].postalCode == QStringLiteral("55100"));
    CHECK(rows[0].communeName == QStringLiteral("Verdun"));
    CHECK(rows[0].email == QStringLiteral("helene.lefevre@example.fr"));
    CHECK(rows[0].referenceCode.startsWith(QStringLiteral("2026-")));
    CHECK(rows[0].relayName == QStringLiteral("RPE du Grand Verdun"));
    CHECK(rows[0].status == CampaignStatus::ToContact);
    // Same order and codes as the call list.
    const auto people = m.campaigns.people(m.campaign.id);
    for (int i = 0; i < 3; ++i) {
        CHECK(rows[i].childminderId == people[i].childminderId);
        CHECK(rows[i].referenceCode == people[i].referenceCode);
    }
    const auto second = m.campaigns.addresses(m.campaign.id, {}, 1, 1);
    REQUIRE(second.size() == 1);
    CHECK(second[0].childminderId == rows[1].childminderId);
    CHECK(m.campaigns.addresses(m.campaign.id, {CampaignStatus::Invited, 0}).isEmpty());
}

TEST_CASE("The invitation email list has those with an email, Excel-ready")
{
    Mailing m;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emails.csv"));
    InvitationEmailExport exporter(*m.ctx);
    REQUIRE(exporter.exportTo(path, m.campaign.id) == 2);
    const auto codes = m.campaigns.addresses(m.campaign.id);
    const QStringList lines = read(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].trimmed() ==
          QStringList{InvitationEmailExport::tr("Name"), InvitationEmailExport::tr("Email"),
                      InvitationEmailExport::tr("Reference code"), InvitationEmailExport::tr("Relay")}
              .join(QLatin1Char(';')));
    CHECK(lines[1].trimmed() == QStringLiteral("%1;helene.lefevre@example.fr;%2;RPE du Grand Verdun")
                                    .arg(codes[0].name, codes[0].referenceCode));
    CHECK(lines[2].trimmed() == QStringLiteral("%1;noel@example.fr;%2;RPE du Grand Verdun")
                                    .arg(codes[2].name, codes[2].referenceCode));
}

TEST_CASE("The email list is filtered and cancellable without leaving a file")
{
    Mailing m;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emails.csv"));
    InvitationEmailExport exporter(*m.ctx);
    CHECK(exporter.exportTo(path, m.campaign.id, {CampaignStatus::Invited, 0}) == 0);
    CHECK(read(path).count(QLatin1Char('\n')) == 1); // the header only
    QFile::remove(path);
    CHECK(exporter.exportTo(path, m.campaign.id, {}, [](int, int) { return false; }) == -1);
    CHECK_FALSE(QFile::exists(path));
    CHECK_THROWS_AS(exporter.exportTo(dir.filePath(QStringLiteral("absent/emails.csv")), m.campaign.id),
                    DomainError);
}

TEST_CASE("The email list neutralises cells a spreadsheet would run as formulas")
{
    Mailing m;
    const qint64 id =
        m.add(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("durand@example.fr"), QString());
    // A campaign made after she arrived, so that she is part of it.
    QuestionnaireTemplate t;
    t.name = QStringLiteral("Enquête annuelle");
    m.ctx->questionnaires().save(t);
    SurveyCampaign next;
    REQUIRE(m.campaigns.createCampaign(2027, t.id, {}, &next).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emails.csv"));
    REQUIRE(InvitationEmailExport(*m.ctx).exportTo(path, next.id) == 3);
    const QString text = read(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"X\"\") Hélène\";durand@example.fr;")));
    CHECK_FALSE(text.contains(QStringLiteral("\n=")));
    CHECK(id > 0);
}
