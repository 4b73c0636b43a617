#pragma once

#include "DatabaseLocation.h"
#include "Permission.h"
#include "RuleSettings.h"
#include "ServiceIdentity.h"
#include "Session.h"

#include <QString>
#include <atomic>
#include <memory>

namespace parcours {

class ApprovalRepository;
class AuditRepository;
class TrainingRepository;
class CareerRepository;
class PartnerRepository;
class PersonalDataRepository;
class PromotionActionRepository;
class ProspectRepository;
class RetentionRepository;
class TimelineRepository;
class CampaignRepository;
class Database;
struct ServerSettings;
class ChildminderRepository;
class Clock;
class ContactRepository;
class MamRepository;
class QuestionnaireRepository;
class RelayRepository;
class ResponseRepository;
class SettingsRepository;
class SurveyStatisticsRepository;
class TransactionRunner;
class UserRepository;

// The open database and everything bound to it: what a front end holds to run
// use cases. Front ends see only domain interfaces here, never QtSql.
class AppContext
{
  public:
    // Opens (or creates) the database file. Throws StorageError (French message).
    static std::unique_ptr<AppContext> openFile(const QString& path, const Clock& clock);
    static std::unique_ptr<AppContext> openInMemory(const Clock& clock);
    // Connects to a shared PostgreSQL database (issue 6); opens signed out,
    // like a file. Throws StorageError (French message).
    static std::unique_ptr<AppContext> openServer(const ServerSettings& settings, const Clock& clock);
    // Runs on a database opened by the caller, as the system (tests run the
    // same suite on SQLite and on PostgreSQL this way).
    static std::unique_ptr<AppContext> openOn(std::unique_ptr<Database> database, const Clock& clock);
    // A file or a server, signed out (a worker then takes the caller's session).
    static std::unique_ptr<AppContext> open(const DatabaseLocation& location, const Clock& clock);
    // Where the database lives when the user names none:
    // QStandardPaths::AppDataLocation/parcours.sqlite.
    static QString defaultDatabasePath();
    ~AppContext();

    QString databasePath() const;
    // Where this database is: what a worker thread opens its own connection to.
    DatabaseLocation location() const { return m_location; }
    // A shared PostgreSQL server rather than a local file: no file backup,
    // no integrity check of a file, several workstations at once.
    bool isServer() const;
    // The connection itself, for app-layer code that moves whole databases
    // (server migration); front ends never need it.
    Database& database();

    // Who is working (issue 5). A file database opens signed out: nothing is
    // allowed until a front end signs someone in. An in-memory one (tests, dry
    // runs) opens with Session::system(). Roles are enforced here, in the
    // app layer: every service calls require() before it reads or writes.
    const Session& session() const { return m_session; }
    void setSession(const Session& session);
    bool can(Permission permission) const { return m_session.allows(permission); }
    // Throws AccessDenied with a French message naming what was refused.
    void require(Permission permission) const;
    // Refreshes SQLite's table statistics (ANALYZE) after a bulk load, so the
    // planner picks the RPE index for an RPE's people rather than the status
    // one: without them, listing one RPE of a national register scans it all.
    void refreshStatistics();
    // See Database::setCancelFlag: lets another thread stop this context's
    // long statements (a worker's dashboard when the window closes).
    void setCancelFlag(const std::atomic<bool>* flag);
    const Clock& clock() const { return m_clock; }
    const RuleSettings& rules() const { return m_rules; }
    void setRules(const RuleSettings& rules); // stores them too
    // Who sends the letters and signs the reports (stored in the settings).
    ServiceIdentity serviceIdentity() const;
    void setServiceIdentity(const ServiceIdentity& identity);

    ChildminderRepository& childminders();
    ApprovalRepository& approvals();
    RelayRepository& relays();
    MamRepository& mams();
    ContactRepository& contacts();
    QuestionnaireRepository& questionnaires();
    CampaignRepository& campaigns();
    ResponseRepository& responses();
    SettingsRepository& settings();
    SurveyStatisticsRepository& statistics();
    // Career paths (issue 4).
    TrainingRepository& trainings();
    CareerRepository& careers();
    PartnerRepository& partners();
    PromotionActionRepository& promotionActions();
    ProspectRepository& prospects();
    RetentionRepository& retention();
    TimelineRepository& timeline();
    // Personal-data rights and retention (issue 5, privacy).
    PersonalDataRepository& personalData();
    // Trust (issue 5).
    UserRepository& users();
    // The audit trail (issue 5): AuditService is the use-case side.
    AuditRepository& audit();
    TransactionRunner& transactions();

  private:
    struct Store;
    AppContext(std::unique_ptr<Store> store, const Clock& clock);

    std::unique_ptr<Store> m_store;
    const Clock& m_clock;
    DatabaseLocation m_location;
    RuleSettings m_rules;
    Session m_session;
};

} // namespace parcours
