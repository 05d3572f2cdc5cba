#include "worker/PushService.h"

#include "conductorone/AccessTokenSource.h"
#include "conductorone/C1Service.h"
#include "conductorone/C1z.h"
#include "conductorone/Credentials.h"
#include "conductorone/ForceSync.h"
#include "worker/ConnectorTaskHandler.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace dbx {

namespace {

// Runs work on a short-lived thread and hands its result to done on receiver's thread.
template <typename Result>
void runInBackground(QObject *receiver, std::function<Result()> work, std::function<void(const Result &)> done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([work, done, guard] {
        const Result result = work();
        if (guard)
            QMetaObject::invokeMethod(
                guard, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

Expected<c1::ClientCredentials> parseCredentials(const QString &clientId, const QString &clientSecret)
{
    return c1::Credentials::parse(clientId.trimmed(), clientSecret.trimmed());
}

} // namespace

class PushService::Private
{
public:
    Callbacks callbacks;
    // The context of the service's queued signals: they arrive on the thread that made the
    // PushService, and not at all once it is gone.
    QObject context;
    std::unique_ptr<c1::C1Service> service;
    QString host;
};

PushService::PushService(Callbacks callbacks) : d(std::make_unique<Private>())
{
    d->callbacks = std::move(callbacks);
    qRegisterMetaType<dbx::c1::TaskRecord>();
    qRegisterMetaType<dbx::c1::C1Service::State>();
}

PushService::~PushService() { stop(); }

Expected<void> PushService::configure(const PushServiceOptions &options)
{
    const Expected<c1::ClientCredentials> credentials
        = parseCredentials(options.credentials.clientId, options.credentials.clientSecret);
    if (!credentials)
        return unexpected(credentials.error());
    c1::ServiceOptions serviceOptions;
    serviceOptions.credentials = *credentials;
    serviceOptions.apiHost = options.apiHost.trimmed();
    serviceOptions.tokenUrl = options.credentials.tokenUrl;
    serviceOptions.insecure = options.insecure;
    serviceOptions.packageVersion = QCoreApplication::applicationVersion();

    ConnectorTaskHandler::Options handlerOptions;
    handlerOptions.connection = options.connection;
    handlerOptions.reuseSnapshotYoungerThanSecs = options.reuseSnapshotYoungerThanSecs;
    auto handler = std::make_shared<ConnectorTaskHandler>(handlerOptions);
    if (options.storeChanged)
        handler->setStoreChangedCallback(options.storeChanged);
    if (options.snapshotPatched)
        handler->setSnapshotPatchedCallback(options.snapshotPatched);

    d->service = std::make_unique<c1::C1Service>(serviceOptions, handler);
    d->host = credentials->host;
    // The service emits from its own thread: each signal arrives queued, in order, on the
    // context's thread and goes on to its callback.
    c1::C1Service *service = d->service.get();
    const Callbacks &cb = d->callbacks;
    QObject *context = &d->context;
    if (cb.stateChanged) {
        QObject::connect(service, &c1::C1Service::stateChanged, context,
                         [cb](State state, const QString &detail) { cb.stateChanged(state, detail); });
    }
    if (cb.taskStarted) {
        QObject::connect(service, &c1::C1Service::taskStarted, context,
                         [cb](const c1::TaskRecord &task) { cb.taskStarted(task); });
    }
    if (cb.taskFinished) {
        QObject::connect(service, &c1::C1Service::taskFinished, context,
                         [cb](const c1::TaskRecord &task) { cb.taskFinished(task); });
    }
    if (cb.progress)
        QObject::connect(service, &c1::C1Service::progress, context, cb.progress);
    if (cb.fatalError)
        QObject::connect(service, &c1::C1Service::fatalError, context, cb.fatalError);
    if (cb.stopped)
        QObject::connect(service, &c1::C1Service::stopped, context, cb.stopped);
    return {};
}

Expected<void> PushService::start()
{
    if (!d->service) {
        const QString text = QCoreApplication::translate("dbx::PushService", "The ConductorOne service is not set up.");
        return unexpected(Error::make(Error::Kind::Internal, text));
    }
    return d->service->start();
}

void PushService::stop()
{
    if (d->service)
        d->service->stop();
}

bool PushService::isRunning() const { return d->service && d->service->isRunning(); }

QString PushService::endpointTarget() const { return d->service ? d->service->endpointTarget() : QString(); }

QString PushService::host() const { return d->host; }

QString PushService::uploadingStep() { return c1::C1Service::tr("Uploading"); }

Expected<void> PushService::checkCredentials(const QString &clientId, const QString &clientSecret)
{
    const Expected<c1::ClientCredentials> credentials = parseCredentials(clientId, clientSecret);
    if (!credentials)
        return unexpected(credentials.error());
    return {};
}

Expected<void> PushService::requestSync(QObject *receiver, const PushCredentials &credentials, const QUrl &restBaseUrl,
                                        const QString &appId, const QString &connectorId,
                                        std::function<void(const Expected<void> &)> done)
{
    const Expected<c1::ClientCredentials> parsed = parseCredentials(credentials.clientId, credentials.clientSecret);
    if (!parsed)
        return unexpected(parsed.error());
    const c1::ClientCredentials creds = *parsed;
    const QUrl tokenUrl = credentials.tokenUrl;
    runInBackground<Expected<void>>(
        receiver,
        [creds, tokenUrl, restBaseUrl, appId, connectorId] {
            c1::AccessTokenSource tokens(creds, tokenUrl);
            return c1::requestForceSync(tokens, restBaseUrl, appId, connectorId);
        },
        std::move(done));
    return {};
}

void PushService::writeC1z(QObject *receiver, const Snapshot &snapshot, const QString &path,
                           std::function<void(const Expected<void> &)> done)
{
    runInBackground<QString>(
        receiver,
        [snapshot, path] {
            const Expected<QString> written = c1::writeC1z(snapshot, path);
            if (written)
                return QString();
            const QString error = written.error().message();
            return error.isEmpty()
                ? QCoreApplication::translate("dbx::PushService", "The c1z file could not be written.")
                : error;
        },
        [done](const QString &error) {
            if (error.isEmpty())
                done({});
            else
                done(unexpected(Error::make(Error::Kind::Io, error)));
        });
}

} // namespace dbx
