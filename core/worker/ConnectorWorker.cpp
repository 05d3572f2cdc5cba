#include "worker/ConnectorWorker.h"

#include "provision/Provisioner.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcWorker, "dbx.worker")

namespace dbx {

QString displayName(ConnectionState s)
{
    switch (s) {
    case ConnectionState::NotConfigured: return QCoreApplication::translate("dbx::worker", "Not configured");
    case ConnectionState::Syncing: return QCoreApplication::translate("dbx::worker", "Syncing");
    case ConnectionState::Connected: return QCoreApplication::translate("dbx::worker", "Connected");
    case ConnectionState::Error: break;
    }
    return QCoreApplication::translate("dbx::worker", "Error");
}

// Lives on the worker thread; everything it touches was created there. It reports through the
// ConnectorWorker's signals (declared once, there): report() has the worker emit one on its own
// (the GUI's) thread, so receivers and QSignalSpy see it there, in order. The worker outlives the
// core (its destructor waits for this thread).
class WorkerCore : public QObject
{
    Q_OBJECT
public:
    explicit WorkerCore(ConnectorWorker *out) : m_out(out) {}
    ~WorkerCore() override { closeSession(); }

    void open(const ConnectionConfig &config)
    {
        closeSession();
        if (const auto valid = config.validate(); !valid) {
            const QString invalid = valid.error().message();
            report(&ConnectorWorker::stateChanged, ConnectionState::NotConfigured, invalid);
            report(&ConnectorWorker::connectionOpened, config.effectiveDbPath(), invalid);
            return;
        }
        m_session = std::make_unique<ConnectorSession>(config);
        if (const auto opened = m_session->open(); !opened) {
            const QString error = opened.error().message();
            closeSession();
            report(&ConnectorWorker::stateChanged, ConnectionState::Error, error);
            report(&ConnectorWorker::connectionOpened, config.effectiveDbPath(), error);
            return;
        }
        // The window shows every finished run next: the sync keeps its rows for that
        // (showFinishedRun), rather than the run being read back from the file.
        m_session->syncEngine()->setKeepRows(true);
        connect(m_session->syncEngine(), &SyncEngine::progressChanged, m_out, &ConnectorWorker::syncProgress);
        connect(m_session->syncEngine(), &SyncEngine::finished, this, &WorkerCore::onSyncFinished);
        report(&ConnectorWorker::connectionOpened, config.effectiveDbPath(), QString());
        const qint64 latest = m_session->store()->latestCompleteRun();
        if (latest > 0) {
            const auto info = m_session->store()->run(latest);
            report(&ConnectorWorker::stateChanged, ConnectionState::Connected,
                   info ? info->finishedAt.toLocalTime().toString(Qt::ISODate) : QString());
        } else {
            report(&ConnectorWorker::stateChanged, ConnectionState::Connected, QString());
        }
        loadRun(latest);
        if (latest > 0) {
            // Changes a run of an earlier process sent but never heard back about are read back
            // from Dropbox now, and their audit rows completed.
            if (Provisioner *p = provisioner())
                p->reconcileInterrupted();
        }
    }

    void startSync()
    {
        if (!m_session) {
            SyncOutcome o;
            o.message = QCoreApplication::translate("dbx::worker", "No connection is configured.");
            report(&ConnectorWorker::syncFinished, o);
            return;
        }
        if (m_session->syncEngine()->isRunning())
            return;
        report(&ConnectorWorker::stateChanged, ConnectionState::Syncing, QString());
        m_session->syncEngine()->start();
    }

    void cancel()
    {
        if (m_session)
            m_session->syncEngine()->cancel();
        if (m_session) {
            if (auto *p = m_session->findChild<Provisioner *>(QString(), Qt::FindDirectChildrenOnly))
                p->cancel();
        }
    }

    void loadRun(qint64 runId)
    {
        if (!m_session)
            return;
        if (runId <= 0) {
            report(&ConnectorWorker::snapshotLoaded, Snapshot());
            return;
        }
        auto s = m_session->store()->load(runId);
        if (!s) {
            qCWarning(lcWorker) << "cannot load run" << runId << s.error().message();
            report(&ConnectorWorker::stateChanged, ConnectionState::Error, s.error().message());
            return;
        }
        report(&ConnectorWorker::snapshotLoaded, *s);
    }

    // A run the session's sync has just saved: shown from the rows the sync kept
    // (SnapshotStore::loadWithRows), or read whole when it kept none for this run.
    void showFinishedRun(qint64 runId)
    {
        if (!m_session)
            return;
        const Snapshot rows = m_session->syncEngine()->takeRows();
        if (rows.runId != runId || runId <= 0) {
            loadRun(runId);
            return;
        }
        QElapsedTimer clock;
        clock.start();
        auto s = m_session->store()->loadWithRows(runId, rows);
        if (!s) {
            qCWarning(lcWorker) << "cannot load run" << runId << s.error().message();
            report(&ConnectorWorker::stateChanged, ConnectionState::Error, s.error().message());
            return;
        }
        qCInfo(lcWorker) << "run" << runId << "ready to show in" << clock.elapsed() << "ms (rows kept by the sync)";
        report(&ConnectorWorker::snapshotLoaded, *s);
    }

    void listRuns()
    {
        if (m_session)
            report(&ConnectorWorker::runsListed, m_session->store()->runs());
    }

    void computeDiff(qint64 from, qint64 to)
    {
        if (!m_session)
            return;
        SnapshotStore *store = m_session->store();
        if (to <= 0)
            to = store->latestCompleteRun();
        if (from <= 0)
            from = store->previousCompleteRun(to);
        if (from <= 0 || to <= 0) {
            SnapshotDiff empty;
            empty.toRun = to;
            report(&ConnectorWorker::diffReady, empty);
            return;
        }
        report(&ConnectorWorker::diffReady, store->diff(from, to));
    }

    ConnectorSession *session() const { return m_session.get(); }

    // Emits out's `signal` with `args` on out's thread (queued, in the order reported).
    template <typename Signal, typename... Args>
    void report(Signal signal, Args... args)
    {
        QMetaObject::invokeMethod(
            m_out, [out = m_out, signal, args...] { (out->*signal)(args...); }, Qt::QueuedConnection);
    }

    // The session's Provisioner, made on first use (a child of the session, so it goes with it).
    Provisioner *provisioner()
    {
        if (!m_session)
            return nullptr;
        auto *p = m_session->findChild<Provisioner *>(QString(), Qt::FindDirectChildrenOnly);
        if (!p) {
            p = new Provisioner(m_session->client(), m_session->store(), m_session.get());
            p->setEnabled(m_session->config().provisioning);
            p->setConnectionName(m_session->config().name);
            connect(p, &Provisioner::progressChanged, m_out, &ConnectorWorker::operationProgress);
            connect(p, &Provisioner::operationFinished, m_out, &ConnectorWorker::operationFinished);
            connect(p, &Provisioner::snapshotPatched, this,
                    [this](const SnapshotChange &change) { m_unpublished.push_back(change); });
            connect(p, &Provisioner::finished, this, [this](const QVector<OperationResult> &results, bool cancelled) {
                // The store was patched: the views fold in the same changes (no reload of the run).
                publishChanges();
                report(&ConnectorWorker::provisionFinished, results, cancelled);
            });
            connect(p, &Provisioner::planFinished, m_out, &ConnectorWorker::planFinished);
            connect(p, &Provisioner::reconciled, this, [this](const QVector<OperationResult> &results) {
                if (results.isEmpty())
                    return;
                publishChanges();
                report(&ConnectorWorker::interruptedReconciled, results);
            });
        }
        p->setGrantedScopes(m_session->grantedScopes());
        return p;
    }

    void provision(const QVector<Operation> &ops)
    {
        if (Provisioner *p = provisioner()) {
            p->run(ops);
            return;
        }
        report(&ConnectorWorker::provisionFinished, noConnection(ops), false);
    }

    void previewOperations(const QVector<Operation> &ops)
    {
        if (Provisioner *p = provisioner())
            report(&ConnectorWorker::operationsPreviewed, p->preview(ops));
    }

    void previewPlan(const Plan &plan)
    {
        Provisioner *p = provisioner();
        report(&ConnectorWorker::planPreviewed, p && plan.isValid() ? p->preview(plan) : plan);
    }

    void applyPlan(const Plan &plan)
    {
        if (Provisioner *p = provisioner())
            p->applyPlan(plan);
    }

    void listAudit(const AuditFilter &filter)
    {
        if (m_session)
            report(&ConnectorWorker::auditListed, m_session->store()->audit(filter));
    }

    // What the Provisioner patched since the last call, to the window in one go.
    void publishChanges()
    {
        if (!m_unpublished.isEmpty())
            report(&ConnectorWorker::snapshotPatched, std::exchange(m_unpublished, {}));
    }

    static QVector<OperationResult> noConnection(const QVector<Operation> &ops)
    {
        QVector<OperationResult> out;
        for (int i = 0; i < ops.size(); ++i) {
            OperationResult r;
            r.index = i;
            r.operation = ops[i];
            r.outcome = Outcome::Failed;
            r.message = QCoreApplication::translate("dbx::worker", "No connection is configured.");
            out << r;
        }
        return out;
    }

private:
    void onSyncFinished(const SyncOutcome &o)
    {
        if (o.ok) {
            report(&ConnectorWorker::stateChanged, ConnectionState::Connected,
                   QDateTime::currentDateTime().toString(Qt::ISODate));
            showFinishedRun(o.runId);
        } else if (o.cancelled) {
            report(&ConnectorWorker::stateChanged, ConnectionState::Connected, QString());
        } else {
            report(&ConnectorWorker::stateChanged, ConnectionState::Error, o.message);
        }
        report(&ConnectorWorker::syncFinished, o);
    }

    void closeSession()
    {
        if (!m_session)
            return;
        m_session->syncEngine()->cancel();
        m_session.reset();
        m_unpublished.clear();
    }

    ConnectorWorker *m_out;
    std::unique_ptr<ConnectorSession> m_session;
    QVector<SnapshotChange> m_unpublished; // patched by the Provisioner, not yet reported
};

ConnectorWorker::ConnectorWorker(QObject *parent) : QObject(parent), m_core(new WorkerCore(this))
{
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<RunInfo>();
    qRegisterMetaType<QVector<RunInfo>>();
    qRegisterMetaType<SnapshotDiff>();
    qRegisterMetaType<SnapshotChange>();
    qRegisterMetaType<QVector<SnapshotChange>>();
    qRegisterMetaType<Snapshot>();
    qRegisterMetaType<ConnectionConfig>();
    qRegisterMetaType<AuditEntry>();
    qRegisterMetaType<QVector<AuditEntry>>();
    m_thread = makeWorkerThread(m_core, QStringLiteral("ConnectorWorker"));
}

ConnectorWorker::~ConnectorWorker()
{
    // Cancel on the worker thread; then the thread finishes its queue and deletes the core there.
    // The thread ends here, not after this body: until then the core emits this object's signals.
    post([](WorkerCore *core) { core->cancel(); });
    m_thread.reset();
}

void ConnectorWorker::post(std::function<void(WorkerCore *)> fn)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, fn = std::move(fn)] { fn(core); });
}

void ConnectorWorker::setConnection(const ConnectionConfig &config)
{
    post([config](WorkerCore *core) { core->open(config); });
}

void ConnectorWorker::startSync()
{
    post([](WorkerCore *core) { core->startSync(); });
}

void ConnectorWorker::cancel()
{
    // The engine is single-threaded: a queued cancel is handled between two network replies,
    // at most one reply's parsing away.
    post([](WorkerCore *core) { core->cancel(); });
}

void ConnectorWorker::loadRun(qint64 runId)
{
    post([runId](WorkerCore *core) { core->loadRun(runId); });
}

void ConnectorWorker::listRuns()
{
    post([](WorkerCore *core) { core->listRuns(); });
}

void ConnectorWorker::computeDiff(qint64 fromRun, qint64 toRun)
{
    post([fromRun, toRun](WorkerCore *core) { core->computeDiff(fromRun, toRun); });
}

void ConnectorWorker::provision(const QVector<Operation> &operations)
{
    post([operations](WorkerCore *core) { core->provision(operations); });
}

void ConnectorWorker::previewOperations(const QVector<Operation> &operations)
{
    post([operations](WorkerCore *core) { core->previewOperations(operations); });
}

void ConnectorWorker::loadPlan(const QString &path)
{
    // Reading and parsing happen on the worker thread too: a big file never blocks the window.
    post([path](WorkerCore *core) { core->previewPlan(readPlanFile(path)); });
}

void ConnectorWorker::previewPlan(const Plan &plan)
{
    post([plan](WorkerCore *core) { core->previewPlan(plan); });
}

void ConnectorWorker::applyPlan(const Plan &plan)
{
    post([plan](WorkerCore *core) { core->applyPlan(plan); });
}

void ConnectorWorker::listAudit(const AuditFilter &filter)
{
    post([filter](WorkerCore *core) { core->listAudit(filter); });
}

void ConnectorWorker::runOnWorker(std::function<void(ConnectorSession *)> fn)
{
    post([fn = std::move(fn)](WorkerCore *core) { fn(core->session()); });
}

} // namespace dbx

#include "ConnectorWorker.moc"
