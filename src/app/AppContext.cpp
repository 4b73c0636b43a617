#include "AppContext.h"

#include "AccessDenied.h"
#include "Database.h"
#include "Logging.h"
#include "RuleSettingsStore.h"
#include "ServiceIdentityStore.h"
#include "SqlApprovalRepository.h"
#include "SqlAuditRepository.h"
#include "SqlCampaignRepository.h"
#include "SqlCareerRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlContactRepository.h"
#include "SqlMamRepository.h"
#include "SqlPartnerRepository.h"
#include "SqlPersonalDataRepository.h"
#include "SqlPromotionActionRepository.h"
#include "SqlProspectRepository.h"
#include "SqlQuestionnaireRepository.h"
#include "SqlRelayRepository.h"
#include "SqlResponseRepository.h"
#include "SqlRetentionRepository.h"
#include "SqlSettingsRepository.h"
#include "SqlSurveyStatistics.h"
#include "SqlTimelineRepository.h"
#include "SqlTrainingRepository.h"
#include "SqlUserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace parcours {

struct AppContext::Store
{
    explicit Store(std::unique_ptr<Database> database)
        : db(std::move(database)), childminders(*db), approvals(*db), relays(*db), mams(*db), settings(*db),
          contacts(*db), questionnaires(*db), campaigns(*db), responses(*db), statistics(*db), trainings(*db),
          careers(*db), partners(*db), promotionActions(*db), prospects(*db), retention(*db), timeline(*db),
          users(*db), personalData(*db)
    {
    }
    std::unique_ptr<Database> db;
    SqlChildminderRepository childminders;
    SqlApprovalRepository approvals;
    SqlRelayRepository relays;
    SqlMamRepository mams;
    SqlSettingsRepository settings;
    SqlContactRepository contacts;
    SqlQuestionnaireRepository questionnaires;
    SqlCampaignRepository campaigns;
    SqlResponseRepository responses;
    SqlSurveyStatistics statistics;
    SqlTrainingRepository trainings;
    SqlCareerRepository careers;
    SqlPartnerRepository partners;
    SqlPromotionActionRepository promotionActions;
    SqlProspectRepository prospects;
    SqlRetentionRepository retention;
    SqlTimelineRepository timeline;
    SqlUserRepository users;
    SqlPersonalDataRepository personalData;
    SqlAuditRepository audit{*db};
};

AppContext::AppContext(std::unique_ptr<Store> store, const Clock& clock)
    : m_store(std::move(store)), m_clock(clock),
      m_location(m_store->db->isServer() ? DatabaseLocation::serverAt(m_store->db->serverSettings())
                                         : DatabaseLocation::file(m_store->db->path())),
      m_rules(loadRuleSettings(m_store->settings))
{
}

AppContext::~AppContext() = default;

std::unique_ptr<AppContext> AppContext::openFile(const QString& path, const Clock& clock)
{
    auto context =
        std::unique_ptr<AppContext>(new AppContext(std::make_unique<Store>(Database::open(path)), clock));
    logInfo(QStringLiteral("database opened: %1").arg(context->databasePath()));
    return context;
}

std::unique_ptr<AppContext> AppContext::openInMemory(const Clock& clock)
{
    return openOn(Database::openInMemory(), clock);
}

std::unique_ptr<AppContext> AppContext::openServer(const ServerSettings& settings, const Clock& clock)
{
    auto context = std::unique_ptr<AppContext>(
        new AppContext(std::make_unique<Store>(Database::openServer(settings)), clock));
    logInfo(QStringLiteral("database server opened: %1").arg(context->databasePath()));
    return context;
}

std::unique_ptr<AppContext> AppContext::open(const DatabaseLocation& location, const Clock& clock)
{
    return location.onServer ? openServer(location.server, clock) : openFile(location.filePath, clock);
}

std::unique_ptr<AppContext> AppContext::openOn(std::unique_ptr<Database> database, const Clock& clock)
{
    auto context =
        std::unique_ptr<AppContext>(new AppContext(std::make_unique<Store>(std::move(database)), clock));
    context->setSession(Session::system());
    return context;
}

void AppContext::setSession(const Session& session)
{
    m_session = session;
    // The audit trail names whoever is signed in on the rows sealed from now on.
    m_store->db->setAuditActor(session.signedIn ? session.login : QString());
}

void AppContext::require(Permission permission) const
{
    if (m_session.allows(permission))
        return;
    if (!m_session.signedIn)
        throw AccessDenied(QCoreApplication::translate("AppContext", "Nobody is signed in: sign in to %1.")
                               .arg(permissionLabel(permission)));
    throw AccessDenied(QCoreApplication::translate("AppContext", "Your role (%1) does not allow you to %2. "
                                                                 "Ask a coordinator.")
                           .arg(roleLabel(m_session.role), permissionLabel(permission)));
}

QString AppContext::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("parcours.sqlite"));
}

void AppContext::setCancelFlag(const std::atomic<bool>* flag)
{
    m_store->db->setCancelFlag(flag);
}

QString AppContext::databasePath() const
{
    return m_store->db->path();
}

bool AppContext::isServer() const
{
    return m_store->db->isServer();
}

Database& AppContext::database()
{
    return *m_store->db;
}

void AppContext::refreshStatistics()
{
    m_store->db->execute(QStringLiteral("ANALYZE"));
}

void AppContext::setRules(const RuleSettings& rules)
{
    require(Permission::ManageSettings);
    m_store->db->inWriteTransaction([&] { saveRuleSettings(m_store->settings, rules); });
    m_rules = rules;
}

ServiceIdentity AppContext::serviceIdentity() const
{
    return loadServiceIdentity(m_store->settings);
}

void AppContext::setServiceIdentity(const ServiceIdentity& identity)
{
    require(Permission::ManageSettings);
    m_store->db->inWriteTransaction([&] { saveServiceIdentity(m_store->settings, identity); });
}

ChildminderRepository& AppContext::childminders()
{
    return m_store->childminders;
}
ApprovalRepository& AppContext::approvals()
{
    return m_store->approvals;
}
RelayRepository& AppContext::relays()
{
    return m_store->relays;
}
MamRepository& AppContext::mams()
{
    return m_store->mams;
}

ContactRepository& AppContext::contacts()
{
    return m_store->contacts;
}
QuestionnaireRepository& AppContext::questionnaires()
{
    return m_store->questionnaires;
}
CampaignRepository& AppContext::campaigns()
{
    return m_store->campaigns;
}

ResponseRepository& AppContext::responses()
{
    return m_store->responses;
}
SettingsRepository& AppContext::settings()
{
    return m_store->settings;
}
SurveyStatisticsRepository& AppContext::statistics()
{
    return m_store->statistics;
}
TrainingRepository& AppContext::trainings()
{
    return m_store->trainings;
}
CareerRepository& AppContext::careers()
{
    return m_store->careers;
}
PartnerRepository& AppContext::partners()
{
    return m_store->partners;
}
PromotionActionRepository& AppContext::promotionActions()
{
    return m_store->promotionActions;
}
ProspectRepository& AppContext::prospects()
{
    return m_store->prospects;
}
RetentionRepository& AppContext::retention()
{
    return m_store->retention;
}
TimelineRepository& AppContext::timeline()
{
    return m_store->timeline;
}
UserRepository& AppContext::users()
{
    return m_store->users;
}
PersonalDataRepository& AppContext::personalData()
{
    return m_store->personalData;
}
AuditRepository& AppContext::audit()
{
    return m_store->audit;
}
TransactionRunner& AppContext::transactions()
{
    return *m_store->db;
}

} // namespace parcours
