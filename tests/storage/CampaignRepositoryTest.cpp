#include "Database.h"
#include "QtStringMaker.h"
#include "SqlCampaignRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlQuestionnaireRepository.h"
#include "SqlRelayRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QSet>

using namespace parcours;
using namespace parcours::testing;

namespace {
struct Campaigns
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlRelayRepository relays{*db};
    SqlQuestionnaireRepository questionnaires{*db};
    SqlCampaignRepository campaigns{*db};

    qint64 relay(const QString& name)
    {
        Relay r;
        r.name = name;
        relays.save(r);
        return r.id;
    }

    qint64 person(const QString& name, qint64 relay = 0, ChildminderStatus status = ChildminderStatus::Active)
    {
        Childminder p = makePerson(name, QStringLiteral("A"));
        p.relayId = relay;
        p.status = status;
        people.insert(p);
        return p.id;
    }

    qint64 questionnaire()
    {
        QuestionnaireTemplate t;
        t.name = QStringLiteral("Enquête annuelle");
        questionnaires.save(t);
        return t.id;
    }

    SurveyCampaign campaign(int year, const QList<qint64>& relays = {})
    {
        SurveyCampaign c;
        c.year = year;
        c.questionnaireId = questionnaire();
        c.scopeRelayIds = relays;
        campaigns.create(c);
        return c;
    }
};
} // namespace

TEST_CASE("A campaign takes every working childminder, each with her own reference code")
{
    Campaigns s;
    const auto north = s.relay(QStringLiteral("RPE Nord"));
    const auto a = s.person(QStringLiteral("Arnaud"), north);
    const auto b = s.person(QStringLiteral("Bernard"), 0, ChildminderStatus::Suspended);
    s.person(QStringLiteral("Colin"), north, ChildminderStatus::Stopped);
    SurveyCampaign c;
    c.year = 2026;
    c.questionnaireId = s.questionnaire();
    CHECK(s.campaigns.create(c) == 2);
    CHECK(c.id > 0);
    CHECK(c.version == 1);
    const auto rows = s.campaigns.people(c.id, {}, 0, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].childminderId == a);
    CHECK(rows[0].relayName == QStringLiteral("RPE Nord"));
    CHECK(rows[1].childminderId == b);
    CHECK(rows[0].status == CampaignStatus::ToContact);
    CHECK(rows[0].referenceCode.startsWith(QStringLiteral("2026-")));
    CHECK(rows[0].referenceCode.size() == 11);
    CHECK(rows[0].referenceCode != rows[1].referenceCode);
    CHECK(s.campaigns.people(c.id, {}, 0, 10)[0].referenceCode == rows[0].referenceCode);
    // The same formula on SQLite and PostgreSQL: printed letters stay valid
    // when a register moves to the server.
    for (const auto& row : rows) {
        const quint64 mixed =
            ((quint64(row.childminderId) + quint64(c.id) * 7919) * 2654435761ULL) & 0xFFFFFF;
        CHECK(row.referenceCode ==
              QStringLiteral("2026-") +
                  QString::number(mixed, 16).rightJustified(6, QLatin1Char('0')).toUpper());
    }

    const auto back = s.campaigns.find(2026);
    REQUIRE(back);
    CHECK(back->id == c.id);
    CHECK(back->questionnaireId == c.questionnaireId);
    CHECK(back->scopeRelayIds.isEmpty());
    CHECK_FALSE(s.campaigns.find(2025));
    CHECK(s.campaigns.findById(c.id)->year == 2026);
}

TEST_CASE("A campaign limited to some relays takes only their working childminders")
{
    Campaigns s;
    const auto north = s.relay(QStringLiteral("RPE Nord"));
    const auto south = s.relay(QStringLiteral("RPE Sud"));
    const auto west = s.relay(QStringLiteral("RPE Ouest"));
    s.person(QStringLiteral("Arnaud"), north);
    s.person(QStringLiteral("Bernard"), south);
    s.person(QStringLiteral("Colin"), west);
    s.person(QStringLiteral("Dumas"));
    s.person(QStringLiteral("Favre"), north, ChildminderStatus::Stopped);
    const auto c = s.campaign(2026, {north, west});
    CHECK(s.campaigns.findById(c.id)->scopeRelayIds == QList<qint64>{north, west});
    QStringList names;
    for (const auto& row : s.campaigns.people(c.id, {}, 0, 10))
        names << row.relayName;
    CHECK(names == QStringList{QStringLiteral("RPE Nord"), QStringLiteral("RPE Ouest")});
}

TEST_CASE("A second campaign for the same year is refused by the store")
{
    Campaigns s;
    s.campaign(2026);
    SurveyCampaign again;
    again.year = 2026;
    again.questionnaireId = s.questionnaire();
    CHECK_THROWS(s.campaigns.create(again));
}

TEST_CASE("Statuses, invitations, counts per relay and the paged call list")
{
    Campaigns s;
    const auto north = s.relay(QStringLiteral("RPE Nord"));
    const auto south = s.relay(QStringLiteral("RPE Sud"));
    QList<qint64> ids;
    for (const auto& name : {QStringLiteral("Arnaud"), QStringLiteral("Bernard"), QStringLiteral("Colin"),
                             QStringLiteral("Dumas"), QStringLiteral("Favre")})
        ids << s.person(name, ids.size() < 3 ? north : south);
    const auto c = s.campaign(2026);
    CHECK(s.campaigns.setStatus(c.id, ids[0], CampaignStatus::Responded));
    CHECK(s.campaigns.setStatus(c.id, ids[1], CampaignStatus::Invited));
    CHECK(s.campaigns.setStatus(c.id, ids[3], CampaignStatus::Refused));
    CHECK_FALSE(s.campaigns.setStatus(c.id, 9999, CampaignStatus::Refused));
    CHECK(s.campaigns.status(c.id, ids[1]) == CampaignStatus::Invited);
    CHECK_FALSE(s.campaigns.status(c.id, 9999));

    const auto all = s.campaigns.statusCounts(c.id, 0);
    CHECK(all.value(CampaignStatus::Responded) == 1);
    CHECK(all.value(CampaignStatus::Invited) == 1);
    CHECK(all.value(CampaignStatus::Refused) == 1);
    CHECK(all.value(CampaignStatus::ToContact) == 2);
    const auto bySouth = s.campaigns.statusCounts(c.id, south);
    CHECK(bySouth.value(CampaignStatus::Refused) == 1);
    CHECK(bySouth.value(CampaignStatus::ToContact) == 1);
    CHECK(bySouth.value(CampaignStatus::Responded) == 0);

    const auto page1 = s.campaigns.people(c.id, {}, 0, 2);
    const auto page3 = s.campaigns.people(c.id, {}, 4, 2);
    REQUIRE(page1.size() == 2);
    CHECK(page1[1].childminderId == ids[1]);
    REQUIRE(page3.size() == 1);
    CHECK(page3[0].childminderId == ids[4]);
    const auto toContact =
        s.campaigns.people(c.id, CampaignPeopleFilter{CampaignStatus::ToContact, 0}, 0, 10);
    REQUIRE(toContact.size() == 2);
    CHECK(toContact[0].childminderId == ids[2]);

    CampaignInvitation first{0, QDate(2026, 3, 1), ContactChannel::Letter, InvitationKind::Invitation};
    CampaignInvitation second{0, QDate(2026, 3, 20), ContactChannel::Email, InvitationKind::Reminder};
    s.campaigns.addInvitation(c.id, ids[1], second);
    s.campaigns.addInvitation(c.id, ids[1], first);
    CHECK(first.id > 0);
    const auto sent = s.campaigns.invitations(c.id, ids[1]);
    REQUIRE(sent.size() == 2);
    CHECK(sent[0].date == QDate(2026, 3, 1));
    CHECK(sent[0].kind == InvitationKind::Invitation);
    CHECK(sent[1].channel == ContactChannel::Email);
    CHECK(sent[1].kind == InvitationKind::Reminder);
}

TEST_CASE("Inviting everyone still to contact records one invitation each in two statements")
{
    Campaigns f;
    const qint64 north = f.relay(QStringLiteral("RPE Nord"));
    const qint64 south = f.relay(QStringLiteral("RPE Sud"));
    const qint64 a = f.person(QStringLiteral("Aubert"), north);
    const qint64 b = f.person(QStringLiteral("Bernard"), north);
    const qint64 c = f.person(QStringLiteral("Colin"), south);
    const qint64 d = f.person(QStringLiteral("Dubois"), north);
    const SurveyCampaign campaign = f.campaign(2026);
    // Dubois already answered: she is left alone.
    REQUIRE(f.campaigns.setStatus(campaign.id, d, CampaignStatus::Responded));

    CampaignInvitation letter;
    letter.date = QDate(2026, 11, 2);
    letter.channel = ContactChannel::Letter;
    CampaignPeopleFilter northOnly;
    northOnly.relayId = north;
    CHECK(f.campaigns.inviteAll(campaign.id, northOnly, letter) == 2);
    CHECK(f.campaigns.status(campaign.id, a) == CampaignStatus::Invited);
    CHECK(f.campaigns.status(campaign.id, b) == CampaignStatus::Invited);
    CHECK(f.campaigns.status(campaign.id, c) == CampaignStatus::ToContact);
    CHECK(f.campaigns.status(campaign.id, d) == CampaignStatus::Responded);
    const auto sent = f.campaigns.invitations(campaign.id, a);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().date == QDate(2026, 11, 2));
    CHECK(sent.first().channel == ContactChannel::Letter);
    CHECK(sent.first().kind == InvitationKind::Invitation);
    CHECK(f.campaigns.invitations(campaign.id, d).isEmpty());

    // Again: nobody in the north is still to contact; a filter on another status selects nobody.
    CHECK(f.campaigns.inviteAll(campaign.id, northOnly, letter) == 0);
    CHECK(f.campaigns.invitations(campaign.id, a).size() == 1);
    CampaignPeopleFilter invited;
    invited.status = CampaignStatus::Invited;
    CHECK(f.campaigns.inviteAll(campaign.id, invited, letter) == 0);
    // Every relay: only Colin is left.
    CHECK(f.campaigns.inviteAll(campaign.id, {}, letter) == 1);
    CHECK(f.campaigns.status(campaign.id, c) == CampaignStatus::Invited);
}
