#include "worker/ConnectorWorker.h"

#include "worker/ConnectorSession.h"

#include <QCoreApplication>
#include <QLoggingCategory>

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

// Lives on the worker thread; everything it touches was created there.
class WorkerCore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~WorkerCore() override { closeSession(); }

    void open(const ConnectionConfig &config)
    {
        closeSession();
        const QString invalid = config.validate();
        if (!invalid.isEmpty()) {
            emit stateChanged(ConnectionState::NotConfigured, invalid);
            emit connectionOpened(config.effectiveDbPath(), invalid);
            return;
        }
        m_session = new ConnectorSession(config, this);
        QString error;
        if (!m_session->open(&error)) {
            closeSession();
            emit stateChanged(ConnectionState::Error, error);
            emit connectionOpened(config.effectiveDbPath(), error);
            return;
        }
        connect(m_session->syncEngine(), &SyncEngine::progressChanged, this, &WorkerCore::syncProgress);
        connect(m_session->syncEngine(), &SyncEngine::finished, this, &WorkerCore::onSyncFinished);
        emit connectionOpened(config.effectiveDbPath(), QString());
        const qint64 latest = m_session->store()->latestCompleteRun();
        if (latest > 0) {
            const auto info = m_session->store()->run(latest);
            emit stateChanged(ConnectionState::Connected,
                              info ? info->finishedAt.toLocalTime().toString(Qt::ISODate) : QString());
        } else {
            emit stateChanged(ConnectionState::Connected, QString());
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
            emit syncFinished(o);
            return;
        }
        if (m_session->syncEngine()->isRunning())
            return;
        emit stateChanged(ConnectionState::Syncing, QString());
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
            emit snapshotLoaded(Snapshot());
            return;
        }
        auto s = m_session->store()->load(runId);
        if (!s) {
            qCWarning(lcWorker) << "cannot load run" << runId << s.error().message();
            emit stateChanged(ConnectionState::Error, s.error().message());
            return;
        }
        emit snapshotLoaded(*s);
    }

    void listRuns()
    {
        if (m_session)
            emit runsListed(m_session->store()->runs());
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
            emit diffReady(empty);
            return;
        }
        emit diffReady(store->diff(from, to));
    }

    ConnectorSession *session() const { return m_session; }

    // The session's Provisioner, made on first use (a child of the session, so it goes with it).
    Provisioner *provisioner()
    {
        if (!m_session)
            return nullptr;
        auto *p = m_session->findChild<Provisioner *>(QString(), Qt::FindDirectChildrenOnly);
        if (!p) {
            p = new Provisioner(m_session->client(), m_session->store(), m_session);
            p->setEnabled(m_session->config().provisioning);
            p->setConnectionName(m_session->config().name);
            connect(p, &Provisioner::progressChanged, this, &WorkerCore::operationProgress);
            connect(p, &Provisioner::operationFinished, this, &WorkerCore::operationFinished);
            connect(p, &Provisioner::finished, this, [this](const QVector<OperationResult> &results, bool cancelled) {
                // The store was patched: the views get the snapshot as it is now.
                if (m_session)
                    loadRun(m_session->store()->latestCompleteRun());
                emit provisionFinished(results, cancelled);
            });
            connect(p, &Provisioner::planFinished, this, &WorkerCore::planFinished);
            connect(p, &Provisioner::reconciled, this, [this](const QVector<OperationResult> &results) {
                if (results.isEmpty())
                    return;
                if (m_session)
                    loadRun(m_session->store()->latestCompleteRun());
                emit interruptedReconciled(results);
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
        emit provisionFinished(noConnection(ops), false);
    }

    void previewOperations(const QVector<Operation> &ops)
    {
        if (Provisioner *p = provisioner())
            emit operationsPreviewed(p->preview(ops));
    }

    void previewPlan(const Plan &plan)
    {
        Provisioner *p = provisioner();
        emit planPreviewed(p && plan.isValid() ? p->preview(plan) : plan);
    }

    void applyPlan(const Plan &plan)
    {
        if (Provisioner *p = provisioner())
            p->applyPlan(plan);
    }

    void listAudit(const AuditFilter &filter)
    {
        if (m_session)
            emit auditListed(m_session->store()->audit(filter));
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

Q_SIGNALS:
    void connectionOpened(const QString &dbPath, const QString &error);
    void stateChanged(dbx::ConnectionState state, const QString &detail);
    void syncProgress(const dbx::SyncProgress &progress);
    void syncFinished(const dbx::SyncOutcome &outcome);
    void snapshotLoaded(const dbx::Snapshot &snapshot);
    void runsListed(const QVector<dbx::RunInfo> &runs);
    void diffReady(const dbx::SnapshotDiff &diff);
    void operationProgress(const dbx::ProvisionProgress &progress);
    void operationFinished(const dbx::OperationResult &result);
    void provisionFinished(const QVector<dbx::OperationResult> &results, bool cancelled);
    void operationsPreviewed(const QVector<dbx::OperationPreview> &previews);
    void planPreviewed(const dbx::Plan &plan);
    void planFinished(const dbx::Plan &plan, bool cancelled);
    void auditListed(const QVector<dbx::AuditEntry> &entries);
    void interruptedReconciled(const QVector<dbx::OperationResult> &results);

private:
    void onSyncFinished(const SyncOutcome &o)
    {
        if (o.ok) {
            emit stateChanged(ConnectionState::Connected,
                              QDateTime::currentDateTime().toString(Qt::ISODate));
            loadRun(o.runId);
        } else if (o.cancelled) {
            emit stateChanged(ConnectionState::Connected, QString());
        } else {
            emit stateChanged(ConnectionState::Error, o.message);
        }
        emit syncFinished(o);
    }

    void closeSession()
    {
        if (!m_session)
            return;
        m_session->syncEngine()->cancel();
        delete m_session;
        m_session = nullptr;
    }

    ConnectorSession *m_session = nullptr;
};

ConnectorWorker::ConnectorWorker(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_core(new WorkerCore)
{
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<RunInfo>();
    qRegisterMetaType<QVector<RunInfo>>();
    qRegisterMetaType<SnapshotDiff>();
    qRegisterMetaType<Snapshot>();
    qRegisterMetaType<ConnectionConfig>();
    m_thread->setObjectName(QStringLiteral("ConnectorWorker"));
    m_core->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    connect(m_core, &WorkerCore::connectionOpened, this, &ConnectorWorker::connectionOpened);
    connect(m_core, &WorkerCore::stateChanged, this, &ConnectorWorker::stateChanged);
    connect(m_core, &WorkerCore::syncProgress, this, &ConnectorWorker::syncProgress);
    connect(m_core, &WorkerCore::syncFinished, this, &ConnectorWorker::syncFinished);
    connect(m_core, &WorkerCore::snapshotLoaded, this, &ConnectorWorker::snapshotLoaded);
    connect(m_core, &WorkerCore::runsListed, this, &ConnectorWorker::runsListed);
    connect(m_core, &WorkerCore::diffReady, this, &ConnectorWorker::diffReady);
    qRegisterMetaType<AuditEntry>();
    qRegisterMetaType<QVector<AuditEntry>>();
    connect(m_core, &WorkerCore::operationProgress, this, &ConnectorWorker::operationProgress);
    connect(m_core, &WorkerCore::operationFinished, this, &ConnectorWorker::operationFinished);
    connect(m_core, &WorkerCore::provisionFinished, this, &ConnectorWorker::provisionFinished);
    connect(m_core, &WorkerCore::operationsPreviewed, this, &ConnectorWorker::operationsPreviewed);
    connect(m_core, &WorkerCore::planPreviewed, this, &ConnectorWorker::planPreviewed);
    connect(m_core, &WorkerCore::planFinished, this, &ConnectorWorker::planFinished);
    connect(m_core, &WorkerCore::auditListed, this, &ConnectorWorker::auditListed);
    connect(m_core, &WorkerCore::interruptedReconciled, this, &ConnectorWorker::interruptedReconciled);
    m_thread->start();
}

ConnectorWorker::~ConnectorWorker()
{
    // Cancel on the worker thread, then let the thread finish its queue and delete the core there.
    QMetaObject::invokeMethod(m_core, [core = m_core] { core->cancel(); });
    m_thread->quit();
    m_thread->wait();
}

void ConnectorWorker::setConnection(const ConnectionConfig &config)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, config] { core->open(config); });
}

void ConnectorWorker::startSync()
{
    QMetaObject::invokeMethod(m_core, &WorkerCore::startSync);
}

void ConnectorWorker::cancel()
{
    // The engine is single-threaded: a queued cancel is handled between two network replies,
    // at most one reply's parsing away.
    QMetaObject::invokeMethod(m_core, &WorkerCore::cancel);
}

void ConnectorWorker::loadRun(qint64 runId)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, runId] { core->loadRun(runId); });
}

void ConnectorWorker::listRuns()
{
    QMetaObject::invokeMethod(m_core, &WorkerCore::listRuns);
}

void ConnectorWorker::computeDiff(qint64 fromRun, qint64 toRun)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, fromRun, toRun] { core->computeDiff(fromRun, toRun); });
}

void ConnectorWorker::provision(const QVector<Operation> &operations)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, operations] { core->provision(operations); });
}

void ConnectorWorker::previewOperations(const QVector<Operation> &operations)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, operations] { core->previewOperations(operations); });
}

void ConnectorWorker::loadPlan(const QString &path)
{
    // Reading and parsing happen on the worker thread too: a big file never blocks the window.
    QMetaObject::invokeMethod(m_core, [core = m_core, path] { core->previewPlan(readPlanFile(path)); });
}

void ConnectorWorker::previewPlan(const Plan &plan)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, plan] { core->previewPlan(plan); });
}

void ConnectorWorker::applyPlan(const Plan &plan)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, plan] { core->applyPlan(plan); });
}

void ConnectorWorker::listAudit(const AuditFilter &filter)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, filter] { core->listAudit(filter); });
}

void ConnectorWorker::runOnWorker(std::function<void(ConnectorSession *)> fn)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, fn] { fn(core->session()); });
}

} // namespace dbx

#include "ConnectorWorker.moc"
