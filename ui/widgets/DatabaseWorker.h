#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QThread;

namespace parcours {

class AppContext;

// Runs one computation at a time on a worker thread with its own connection
// to the database file, so that the window never freezes on a national
// register (the dashboard, a campaign's coverage and summary). A run asked
// for while one is in progress follows it, so the result reflects the latest
// saves; only the latest queued run is kept. An in-memory database (tests,
// screenshots) cannot be shared with a thread: the work then runs at once.
class DatabaseWorker : public QObject
{
    Q_OBJECT
  public:
    // Runs on the worker with its own AppContext; it stores its result where
    // `Done` finds it (a shared_ptr both capture).
    using Work = std::function<void(AppContext&)>;
    // Runs on the GUI thread once `Work` is over, with the French message of
    // a failure to open the database or of a DomainError `Work` let through
    // (empty when all went well). Not called for a run superseded by a queued one.
    using Done = std::function<void(const QString& error)>;

    explicit DatabaseWorker(AppContext& context, QObject* parent = nullptr);
    // Waits for a run in progress: its thread must not outlive us.
    ~DatabaseWorker() override;

    void run(Work work, Done done);
    bool isBusy() const { return m_thread != nullptr; }

  private:
    AppContext& m_context;
    QThread* m_thread = nullptr;
    // Set when we are destroyed: the worker's statements stop at once
    // instead of keeping the closing window waiting.
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::optional<std::pair<Work, Done>> m_queued;
};

} // namespace parcours
