#include "BackgroundTask.h"

#include "AppContext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <exception>
#include <memory>

namespace parcours {

namespace {
// What the worker and the GUI thread share: plain atomics, no locks needed.
struct SharedState
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelRequested{false};
    std::exception_ptr error;
};
} // namespace

bool BackgroundTask::run(QWidget* parent, const QString& label, AppContext& context, const Work& work)
{
    if (context.location().isInMemory()) {
        work(context, [](int, int) { return true; });
        return true;
    }
    return run(parent, label, context.location(), context.clock(), work, context.session());
}

bool BackgroundTask::run(QWidget* parent, const QString& label, const QString& databasePath,
                         const Clock& clock, const Work& work, const Session& session)
{
    return run(parent, label, DatabaseLocation::file(databasePath), clock, work, session);
}

bool BackgroundTask::run(QWidget* parent, const QString& label, const DatabaseLocation& location,
                         const Clock& clock, const Work& work, const Session& session)
{
    auto shared = std::make_shared<SharedState>();
    std::unique_ptr<QThread> thread(QThread::create([shared, location, &clock, work, session] {
        try {
            auto context = AppContext::open(location, clock);
            context->setSession(session); // a file opens signed out: the worker acts as the caller
            work(*context, [shared](int done, int total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancelRequested.load();
            });
        } catch (...) {
            shared->error = std::current_exception();
        }
    }));

    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("Please wait"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(400); // quick jobs finish without a flash
    dialog.setMinimumWidth(420);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        shared->cancelRequested = true;
        dialog.setLabelText(tr("Cancelling… the work in progress is being undone."));
    });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const int total = shared->total;
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        dialog.setValue(qMin(shared->done.load(), qMax(total, 0)));
    });
    thread->start();
    poll.start();
    loop.exec();
    poll.stop();
    thread->wait();
    dialog.hide();

    if (shared->error)
        std::rethrow_exception(shared->error);
    return !shared->cancelRequested;
}

} // namespace parcours
