#include "DatabaseWorker.h"

#include "AppContext.h"
#include "DomainError.h"

#include <QThread>
#include <memory>

namespace parcours {

DatabaseWorker::DatabaseWorker(AppContext& context, QObject* parent) : QObject(parent), m_context(context) {}

DatabaseWorker::~DatabaseWorker()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void DatabaseWorker::run(Work work, Done done)
{
    const DatabaseLocation location = m_context.location();
    if (location.isInMemory()) {
        QString error;
        try {
            work(m_context);
        } catch (const DomainError& e) {
            error = e.message();
        }
        done(error);
        return;
    }
    if (m_thread) {
        m_queued = std::make_pair(std::move(work), std::move(done));
        return;
    }
    auto error = std::make_shared<QString>();
    const Clock& clock = m_context.clock();
    const Session session = m_context.session();
    m_thread = QThread::create([work = std::move(work), location, &clock, error, session, cancel = m_cancel] {
        try {
            auto context = AppContext::open(location, clock);
            context->setSession(session); // a file opens signed out: the worker acts as the caller
            context->setCancelFlag(cancel.get());
            work(*context);
        } catch (const DomainError& e) {
            *error = e.message();
        }
    });
    // finished is emitted by the worker; `this` lives on the GUI thread, so
    // the slot runs there (queued).
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done), error] {
        m_thread->wait(); // finished is emitted just before the thread really ends
        delete m_thread;
        m_thread = nullptr;
        if (m_queued) {
            auto next = std::move(*m_queued);
            m_queued.reset();
            run(std::move(next.first), std::move(next.second));
            return;
        }
        done(*error);
    });
    m_thread->start();
}

} // namespace parcours
