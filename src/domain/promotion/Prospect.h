#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// How a prospect heard of the job.
enum class ProspectChannel {
    InfoMeeting,
    JobForum,
    TrainingOrg,
    FranceTravail,
    IntegrationEmployer,
    Rpe,
    WordOfMouth,
    SocialMedia,
    Press,
    Website,
    Other
};

// Where she stands on the way to her first child. The stages are ordered
// (see stageRank); Dropped leaves the way and needs a reason.
enum class ProspectStage {
    Interested,
    InfoMeeting,
    Immersion,
    Training,
    ApplicationFiled,
    Approved,
    FirstChild,
    Dropped
};

QString prospectChannelKey(ProspectChannel channel);
std::optional<ProspectChannel> prospectChannelFromKey(const QString& key);
QString prospectChannelLabel(ProspectChannel channel);
QList<ProspectChannel> allProspectChannels();

QString prospectStageKey(ProspectStage stage);
std::optional<ProspectStage> prospectStageFromKey(const QString& key);
QString prospectStageLabel(ProspectStage stage);
// Every stage, Dropped last.
QList<ProspectStage> allProspectStages();
// The funnel's stages in order: every stage but Dropped.
QList<ProspectStage> funnelStages();
// 0 for Interested ... 6 for FirstChild; -1 for Dropped.
int stageRank(ProspectStage stage);
// The stage after `stage` on the way, or nullopt after FirstChild and for Dropped.
std::optional<ProspectStage> nextStage(ProspectStage stage);

// One step of her history: the stage she reached and when.
struct ProspectStageEntry
{
    qint64 id = 0;
    ProspectStage stage = ProspectStage::Interested;
    QDate date;
    QString note; // the reason for Dropped
};

struct Prospect
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString phone;
    QString email;
    QString address;
    QString postalCode;
    QString communeName;
    ProspectChannel channel = ProspectChannel::Other;
    qint64 actionId = 0;          // the promotion action she came from (0: none)
    qint64 referrerPartnerId = 0; // France Travail or an integration employer (0: none)
    ProspectStage stage = ProspectStage::Interested;
    QDate stageDate;
    QString droppedReason; // required when stage is Dropped
    QDate firstContact;
    qint64 childminderId = 0; // set once she became a childminder in the register
    QString notes;
    QList<ProspectStageEntry> history; // oldest first; filled by find(), empty in lists
    int version = 0;

    QString displayName() const;
    // The furthest stage of the way she reached (from her history, Dropped
    // excluded); Interested when there is none.
    ProspectStage furthestStage() const;
};

// One page of prospects, by name: by current stage, channel and text (name,
// commune, email or phone).
struct ProspectQuery
{
    std::optional<ProspectStage> stage;
    std::optional<ProspectChannel> channel;
    QString text;
    int offset = 0;
    int limit = 100;
};

} // namespace parcours
