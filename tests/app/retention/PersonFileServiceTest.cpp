#include "PersonFileService.h"
#include "ContactService.h"
#include "PersonFileJson.h"
#include "QtStringMaker.h"
#include "RetentionAppFixture.h"
#include "RetentionService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace parcours;
using namespace parcours::testing;

namespace {
struct WithFile : RetentionApp
{
    qint64 north = relay(QStringLiteral("RPE Nord"));
    qint64 her = person(QStringLiteral("Martin"), north, QDate(2023, 9, 1));

    WithFile()
    {
        CollectiveActivity a =
            makeActivity(ActivityKind::PracticeSharing, QStringLiteral("Échange : l'adaptation"),
                         QDate(2026, 4, 7), 3, north, QStringLiteral("Salle du RPE"));
        RetentionService service(*ctx);
        REQUIRE(service.saveActivity(a).isEmpty());
        REQUIRE(service.addAttendee(a.id, her).isEmpty());
        ContactEntry c;
        c.childminderId = her;
        c.at = QDateTime(QDate(2026, 1, 20), QTime(10, 0));
        c.staffMember = QStringLiteral("Marie");
        REQUIRE(ContactService(*ctx).log(c).isEmpty());
    }
};
} // namespace

TEST_CASE("The person file gathers identity, agrément, RPE and timeline")
{
    WithFile w;
    PersonFileService service(*w.ctx);
    CHECK_FALSE(service.build(9999));
    const auto file = service.build(w.her);
    REQUIRE(file);
    CHECK(file->displayName == QStringLiteral("MARTIN Claire"));
    CHECK(file->hasApproval);
    CHECK(file->approvalStart == QDate(2023, 9, 1));
    CHECK(file->approvalEnd == QDate(2028, 8, 31)); // 5 years by the rules
    CHECK(file->relayName == QStringLiteral("RPE Nord"));
    CHECK(file->generatedOn == QDate(2026, 6, 15));
    // By default the training obligations and the renewal checklist are in.
    CHECK_FALSE(file->obligations.isEmpty());
    CHECK(file->checklist.size() == 5);
    REQUIRE(file->timeline.size() == 3);
    CHECK(file->timeline[0].category == TimelineCategory::Activity);
    CHECK(file->timeline[1].category == TimelineCategory::Contact);
    CHECK(file->timeline[2].category == TimelineCategory::Approval);
}

TEST_CASE("The obligations provider fills the file's obligations and checklist")
{
    WithFile w;
    PersonFileService service(*w.ctx);
    qint64 askedFor = 0;
    service.setObligationsProvider([&](PersonFile& f) {
        askedFor = f.childminderId;
        f.obligations.append(
            {QStringLiteral("Formation 40 h"), QStringLiteral("0 h"), QStringLiteral("En retard")});
        f.checklist.append({QStringLiteral("Attestation"), QString(), QStringLiteral("Manquant")});
    });
    const auto file = service.build(w.her);
    REQUIRE(file);
    CHECK(askedFor == w.her);
    REQUIRE(file->obligations.size() == 1);
    CHECK(file->checklist.value(0).state == QStringLiteral("Manquant"));
}

TEST_CASE("The person file JSON keeps stable keys and ISO dates")
{
    WithFile w;
    const auto file = PersonFileService(*w.ctx).build(w.her);
    REQUIRE(file);
    const QJsonObject json = QJsonDocument::fromJson(personFileJsonText(*file)).object();
    CHECK(json[QStringLiteral("generatedOn")].toString() == QStringLiteral("2026-06-15"));
    CHECK(json[QStringLiteral("identity")][QStringLiteral("id")].toInteger() == w.her);
    CHECK(json[QStringLiteral("identity")][QStringLiteral("birthDate")].toString() ==
          QStringLiteral("1978-05-02"));
    CHECK(json[QStringLiteral("approval")][QStringLiteral("end")].toString() == QStringLiteral("2028-08-31"));
    CHECK(json[QStringLiteral("relay")].toString() == QStringLiteral("RPE Nord"));
    const QJsonArray timeline = json[QStringLiteral("timeline")].toArray();
    REQUIRE(timeline.size() == 3);
    CHECK(timeline[0][QStringLiteral("category")].toString() == QStringLiteral("activity"));
    CHECK(timeline[0][QStringLiteral("date")].toString() == QStringLiteral("2026-04-07"));
    CHECK(timeline[0][QStringLiteral("title")].toString() == QStringLiteral("Échange : l'adaptation"));
}
