#include "conductorone/C1Service.h"

#include "conductorone/C1Log.h"
#include "conductorone/C1ProtoHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QThread>

#ifndef DBX_VERSION_STRING
#define DBX_VERSION_STRING "0.0.0"
#endif

namespace dbx {
namespace c1 {

namespace {

constexpr qint64 kMaxPollMs = 5 * 60 * 1000;

// Status codes that retrying will not fix (baton's isRetryableHelloError, inverted).
bool isPermanent(const RpcStatus &s)
{
    if (s.credentialsRefused)
        return true;
    switch (s.code) {
    case 3:  // INVALID_ARGUMENT
    case 5:  // NOT_FOUND
    case 7:  // PERMISSION_DENIED
    case 9:  // FAILED_PRECONDITION
    case 12: // UNIMPLEMENTED
    case 16: // UNAUTHENTICATED
        return true;
    default: return false;
    }
}

} // namespace

void ServiceOptions::applyEnvironment()
{
    const QString host = qEnvironmentVariable("BATON_C1_API_HOST");
    if (!host.isEmpty())
        apiHost = host;
    const QString id = qEnvironmentVariable("BATON_HOST_ID");
    if (!id.isEmpty())
        hostId = id;
}

C1Service::C1Service(ServiceOptions options, std::shared_ptr<TaskHandler> handler, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_handler(std::move(handler))
{
    qRegisterMetaType<dbx::c1::TaskRecord>();
    qRegisterMetaType<dbx::c1::C1Service::State>();
}

C1Service::~C1Service() { stop(); }

QString C1Service::stateName(State state)
{
    switch (state) {
    case State::Stopped: return tr("Stopped");
    case State::Connecting: return tr("Connecting");
    case State::Connected: return tr("Connected");
    case State::Working: return tr("Working");
    case State::Reconnecting: return tr("Reconnecting");
    case State::Failed: return tr("Failed");
    }
    return QString();
}

QString C1Service::hostId() const { return m_client ? m_client->hostId() : m_options.hostId; }

QString C1Service::endpointTarget() const { return m_client ? m_client->endpoint().target : QString(); }

Expected<void> C1Service::start()
{
    auto refuse = [](const QString &text) { return unexpected(Error::make(Error::Kind::Invalid, text)); };
    if (m_thread)
        return refuse(tr("The ConductorOne connection is already running."));
    if (!m_handler)
        return refuse(tr("Nothing is set up to carry out ConductorOne's tasks."));
    if (m_options.credentials.clientId.isEmpty() || m_options.credentials.privateKey.isEmpty())
        return refuse(tr("The ConductorOne client ID and secret are missing."));
    Expected<BatonEndpoint> endpoint
        = BatonEndpoint::resolve(m_options.credentials.host, m_options.apiHost, m_options.insecure);
    if (!endpoint)
        return unexpected(std::move(endpoint).error());
    endpoint->rootCertificates = m_options.rootCertificates;
    QUrl tokenUrl = m_options.tokenUrl;
    if (tokenUrl.isEmpty() && !m_options.apiHost.isEmpty())
        tokenUrl = AccessTokenSource::defaultTokenUrl(m_options.apiHost); // baton: the override is the token host too
    if (tokenUrl.isEmpty())
        tokenUrl = AccessTokenSource::defaultTokenUrl(m_options.credentials.host);
    if (Expected<void> checked = AccessTokenSource::checkTokenUrl(tokenUrl); !checked)
        return checked;

    const QByteArray userAgent = m_options.credentials.clientName.toUtf8() + " dropbox-team-connector/"
        + (m_options.packageVersion.isEmpty() ? QByteArray(DBX_VERSION_STRING) : m_options.packageVersion.toUtf8());
    m_tokens = std::make_shared<AccessTokenSource>(m_options.credentials, tokenUrl);
    m_tokens->setUserAgent(userAgent);
    m_client = std::make_shared<BatonClient>(*endpoint, m_tokens, m_options.hostId, userAgent);

    m_stopping = false;
    m_running = true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("c1-service"));
    m_thread->start();
    qCInfo(lcC1) << "service started: ConductorOne at" << endpoint->target << (endpoint->insecure ? "(plaintext)" : "")
                 << "host id" << m_client->hostId();
    return {};
}

bool C1Service::stop(int timeoutMs)
{
    if (!m_thread)
        return true;
    m_stopping = true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_current)
            m_current->cancel(tr("The connector is stopping."));
    }
    if (m_client)
        m_client->cancelAll();
    if (m_thread.get() != QThread::currentThread()) {
        if (!m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs)))
            return false; // still finishing: the caller decides (serve exits anyway)
        m_thread.reset(); // has ended: the holder's wait returns at once
    }
    return true;
}

void C1Service::setState(State state, const QString &detail)
{
    m_state = int(state);
    qCInfo(lcC1).noquote() << "state:" << stateName(state) << detail;
    emit stateChanged(state, detail);
}

void C1Service::fail(const QString &message)
{
    qCCritical(lcC1).noquote() << "service stopped:" << message;
    setState(State::Failed, message);
    emit fatalError(message);
}

void C1Service::run()
{
    setState(State::Connecting, m_client->endpoint().target);
    if (bootstrap()) {
        setState(State::Connected, m_client->endpoint().target);
        int errors = 0;
        while (!stopping()) {
            QElapsedTimer since;
            since.start();
            batonv1::BatonServiceGetTaskResponse resp;
            const RpcStatus s = m_client->getTask(&resp);
            if (stopping())
                break;
            if (!s.ok()) {
                if (s.credentialsRefused) {
                    fail(s.message);
                    break;
                }
                ++errors;
                const int waitMs = int(qMin<qint64>(qint64(errors) * errors * 1000, m_options.pollErrorMaxBackoffMs));
                setState(State::Reconnecting,
                         tr("ConductorOne did not answer (%1); trying again in %2 s.")
                             .arg(s.describe())
                             .arg(waitMs / 1000.0));
                m_client->sleep(waitMs);
                continue;
            }
            if (errors > 0) {
                errors = 0;
                setState(State::Connected, m_client->endpoint().target);
            }
            const qint64 nextPoll
                = qBound(qint64(0), resp.has_next_poll() ? durationMs(resp.next_poll()) : 0, kMaxPollMs);
            const batonv1::Task &task = resp.task();
            const bool hasTask = resp.has_task() && task.task_type_case() != batonv1::Task::kNone
                && !(task.task_type_case() == batonv1::Task::TASK_TYPE_NOT_SET && task.id().empty());
            if (hasTask) {
                setState(State::Working, taskTypeName(task));
                process(task);
                if (!stopping())
                    setState(State::Connected, m_client->endpoint().target);
            }
            qint64 waitMs = nextPoll - since.elapsed();
            if (!hasTask)
                waitMs = qMax<qint64>(waitMs, m_options.minPollMs);
            if (waitMs > 0)
                m_client->sleep(int(waitMs));
        }
    }
    if (state() != State::Failed)
        setState(State::Stopped);
    m_running = false;
    emit stopped();
}

RpcStatus C1Service::sendHello(const QString &taskId)
{
    return m_client->hello(taskId, connectorMetadata(m_handler->provisioningEnabled()),
                           buildInfo(m_options.packageVersion), osInfo());
}

bool C1Service::bootstrap()
{
    qint64 backoff = m_options.initialBackoffMs;
    for (int attempt = 1; !stopping(); ++attempt) {
        const RpcStatus s = sendHello(QString());
        if (s.ok())
            return true;
        if (stopping())
            return false;
        if (isPermanent(s)) {
            fail(s.credentialsRefused ? s.message
                                      : tr("ConductorOne refused this connector (%1). Check the client ID and "
                                           "secret, and that the connector still exists in ConductorOne.")
                                            .arg(s.describe()));
            return false;
        }
        setState(State::Reconnecting,
                 tr("ConductorOne could not be reached (%1); trying again in %2 s.")
                     .arg(s.describe())
                     .arg(backoff / 1000.0));
        qCWarning(lcC1) << "hello attempt" << attempt << "failed:" << s.describe();
        m_client->sleep(int(backoff));
        backoff = qMin<qint64>(backoff * 2, m_options.maxBackoffMs);
    }
    return false;
}

} // namespace c1
} // namespace dbx
