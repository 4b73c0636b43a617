#include "DemoSurveyCampaigns.h"

#include "AppContext.h"
#include "CampaignRepository.h"
#include "CampaignService.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "ContactRepository.h"
#include "DemoAnswers.h"
#include "DemoRandom.h"
#include "QuestionnaireService.h"
#include "ResponseService.h"
#include "TransactionRunner.h"

#include <QHash>

namespace parcours {

using namespace demo;

namespace {

const QStringList kStaff = {QStringLiteral("Marie-Michelle Hoarau"), QStringLiteral("Claire Petit"),
                            QStringLiteral("Sophie Lambert"), QStringLiteral("Nadia Benali")};

// When the letters went out: mid-March last year; this year, two and a half
// months before the clock's date (not before the first working days of January).
QDate invitationDay(int year, QDate today)
{
    if (year < today.year())
        return QDate(year, 3, 16);
    return qMax(QDate(year, 1, 5), today.addDays(-75));
}

} // namespace

DemoCampaignSummary DemoSurveyCampaigns::generate(quint32 seed)
{
    DemoCampaignSummary summary;
    QuestionnaireService(m_context).installDefaultIfMissing();
    const int year = m_context.clock().today().year();
    runCampaign(year - 1, seed, summary);
    runCampaign(year, seed, summary);
    return summary;
}

void DemoSurveyCampaigns::runCampaign(int year, quint32 seed, DemoCampaignSummary& summary)
{
    const QDate today = m_context.clock().today();
    const auto questionnaire =
        QuestionnaireService(m_context).latest(QuestionnaireService::defaultTemplate().name);
    SurveyCampaign campaign;
    if (!questionnaire ||
        !CampaignService(m_context).createCampaign(year, questionnaire->id, {}, &campaign).isEmpty())
        return; // a campaign for that year exists already
    ++summary.campaigns;

    QRandomGenerator rng(seed ^ (0x5EA50000u + quint32(year)));
    const bool finished = year < today.year();
    const QDate invited = invitationDay(year, today);
    const QDate lastDay = finished ? QDate(year, 6, 30) : today;
    const int span = qMax(1, int(invited.daysTo(lastDay)));
    DemoAnswers answers(*questionnaire, year);
    ResponseService responses(m_context);
    CampaignRepository& campaigns = m_context.campaigns();
    QHash<QString, int> relayIndex;

    ChildminderQuery working;
    working.statuses = {ChildminderStatus::Active, ChildminderStatus::Suspended};
    working.sort = ChildminderSortColumn::Name;
    working.limit = 2000;
    for (working.offset = 0;; working.offset += working.limit) {
        const auto page = m_context.childminders().list(working);
        m_context.transactions().inWriteTransaction([&] {
            for (const ChildminderSummary& person : page) {
                if (!campaigns.status(campaign.id, person.id))
                    continue;
                // A few were never written to (no address, arrived late...).
                if (!finished && chance(rng, 120))
                    continue;
                CampaignInvitation letter{0, invited, ContactChannel::Letter, InvitationKind::Invitation};
                campaigns.addInvitation(campaign.id, person.id, letter);
                campaigns.setStatus(campaign.id, person.id, CampaignStatus::Invited);
                ++summary.invitations;
                const int outcome = finished ? weighted(rng, {72, 6, 7, 15}) : weighted(rng, {46, 3, 2, 49});
                if (outcome == 1) {
                    campaigns.setStatus(campaign.id, person.id, CampaignStatus::Refused);
                    continue;
                }
                if (outcome == 2) {
                    campaigns.setStatus(campaign.id, person.id, CampaignStatus::Unreachable);
                    continue;
                }
                const QDate answeredOn = invited.addDays(between(rng, 3, span));
                // Reminders 4 and 8 weeks after the letter, for those who had not answered by then.
                for (int week : {4, 8}) {
                    const QDate reminderDay = invited.addDays(7 * week);
                    if (reminderDay > lastDay || (outcome == 0 && answeredOn <= reminderDay))
                        break;
                    CampaignInvitation reminder{
                        0, reminderDay, chance(rng, 500) ? ContactChannel::Phone : ContactChannel::Email,
                        InvitationKind::Reminder};
                    campaigns.addInvitation(campaign.id, person.id, reminder);
                    campaigns.setStatus(campaign.id, person.id, CampaignStatus::Reminded);
                    ++summary.invitations;
                }
                if (outcome != 0)
                    continue;
                SurveyResponse response;
                response.campaignId = campaign.id;
                response.childminderId = person.id;
                const bool online = chance(rng, 450);
                response.source = online ? ResponseSource::Online : ResponseSource::Staff;
                response.channel = online
                                       ? ContactChannel::OnlineForm
                                       : (chance(rng, 800) ? ContactChannel::Phone : ContactChannel::Letter);
                response.enteredBy = online ? QString() : pick(rng, kStaff);
                response.submittedAt = QDateTime(answeredOn, QTime(between(rng, 8, 19), between(rng, 0, 59)));
                DemoRespondent who;
                who.approvedPlaces = person.places;
                who.age = person.birthDate.isValid() ? person.birthDate.daysTo(answeredOn) / 365 : 45;
                auto relay = relayIndex.constFind(person.relayName);
                if (relay == relayIndex.cend())
                    relay = relayIndex.insert(person.relayName, int(relayIndex.size()));
                who.relayIndex = relay.value();
                answers.fill(rng, who, response);
                ContactEntry logged;
                if (responses.store(response, *questionnaire, year, &logged) && logged.followUp &&
                    logged.followUp->due < today && chance(rng, 850)) {
                    // Most coordinators called back in time.
                    logged.followUp->doneOn = logged.followUp->due.addDays(-between(rng, 0, 5));
                    m_context.contacts().save(logged);
                }
                ++summary.responses;
            }
        });
        if (page.size() < working.limit)
            break;
    }
}

} // namespace parcours
