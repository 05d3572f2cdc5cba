// serve: service mode. Connects to ConductorOne with the connector's client credentials and
// serves its tasks (sync and upload, grants, revokes, account changes) on the Dropbox team until
// SIGTERM or SIGINT; reconnects with backoff (C1Service). Logs one JSON object per line on
// stderr ({"ts","level","category","msg", fields...}) so a log collector can parse it.
// Exit codes: 0 stopped by a signal, 1 a runtime failure (e.g. ConductorOne refused the
// credentials), 2 a wrong command line or configuration.

#include "Commands.h"
#include "c1sim/SimConductorOne.h"
#include "conductorone/C1Service.h"
#include "conductorone/Credentials.h"
#include "worker/ConnectorTaskHandler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace dbx::cli {

namespace {
Q_LOGGING_CATEGORY(lcServe, "dbx.serve")

constexpr int kStopTimeoutMs = 9000; // serve stops within 10 s of SIGTERM

QMutex &logMutex()
{
    static QMutex m;
    return m;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warn");
    case QtCriticalMsg: return QStringLiteral("error");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

// One line of JSON on stderr, whole lines only (several threads log).
void writeJsonLine(QtMsgType type, const QString &category, const QString &msg, const QJsonObject &fields = {})
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), levelName(type));
    o.insert(QStringLiteral("category"), category);
    o.insert(QStringLiteral("msg"), msg);
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    line += '\n';
    QMutexLocker lock(&logMutex());
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void jsonMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    writeJsonLine(type, QString::fromLatin1(context.category ? context.category : "default"), msg);
}

// An event of the service itself, with structured fields (task_id, state, ...).
void logEvent(QtMsgType type, const QString &msg, const QJsonObject &fields = {})
{
    const QLoggingCategory &cat = lcServe();
    if (!cat.isEnabled(type))
        return;
    writeJsonLine(type, QString::fromLatin1(cat.categoryName()), msg, fields);
}

QJsonObject taskFields(const c1::TaskRecord &t)
{
    QJsonObject o{{QStringLiteral("task_id"), t.taskId}, {QStringLiteral("task_type"), t.type}};
    if (!t.summary.isEmpty())
        o.insert(QStringLiteral("summary"), t.summary);
    if (t.finished) {
        o.insert(QStringLiteral("ok"), t.ok);
        if (t.startedAt.isValid() && t.finishedAt.isValid())
            o.insert(QStringLiteral("duration_ms"), double(t.startedAt.msecsTo(t.finishedAt)));
        if (!t.message.isEmpty())
            o.insert(QStringLiteral("detail"), t.message);
    }
    return o;
}

int runServe(const CommandLine &cl)
{
    // Service mode logs JSON lines, informational ones included unless BATON_LOG_LEVEL says less.
    if (qEnvironmentVariableIsEmpty("BATON_LOG_LEVEL"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nqt.*=false\n"));
    qInstallMessageHandler(jsonMessageHandler);

    auto configError = [](const QString &message) {
        logEvent(QtCriticalMsg, message, {{QStringLiteral("exit_code"), int(Usage)}});
        return int(Usage);
    };

    QString clientId = cl.value(QStringLiteral("client-id")).trimmed();
    QString clientSecret = cl.value(QStringLiteral("client-secret")).trimmed();
    // --simulate-conductorone: a ConductorOne on loopback with credentials made for this run.
    std::unique_ptr<c1sim::SimConductorOne> simulated;
    if (cl.flag(QStringLiteral("simulate-conductorone"))) {
        const c1sim::SimConductorOne::Credentials made = c1sim::SimConductorOne::makeCredentials();
        simulated = std::make_unique<c1sim::SimConductorOne>(made.publicKey, made.clientId,
                                                             QStringLiteral("demo.conductor.one"));
        const auto started = simulated->start();
        if (!started) {
            logEvent(QtCriticalMsg, tr("The simulated ConductorOne did not start: %1").arg(started.error().message()),
                     {{QStringLiteral("exit_code"), int(Failed)}});
            return Failed;
        }
        clientId = made.clientId;
        clientSecret = made.clientSecret;
        simulated->enqueue(c1sim::SimConductorOne::syncTask());
    }
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        QStringList missing;
        if (clientId.isEmpty())
            missing << QStringLiteral("client ID (BATON_CLIENT_ID)");
        if (clientSecret.isEmpty())
            missing << QStringLiteral("client secret (BATON_CLIENT_SECRET)");
        return configError(tr("The ConductorOne %1 missing: create the connector's credentials in "
                              "ConductorOne and set them.")
                               .arg(missing.join(tr(" and ")) + (missing.size() > 1 ? tr(" are") : tr(" is"))));
    }
    const Expected<c1::ClientCredentials> credentials = c1::Credentials::parse(clientId, clientSecret);
    if (!credentials)
        return configError(credentials.error().message());

    bool ok = true;
    const int reuse = cl.intValue(QStringLiteral("reuse-snapshot"), 0, &ok);
    if (!ok || reuse < 0)
        return configError(tr("--reuse-snapshot takes a whole number of seconds."));

    Expected<Connection> dropbox = cl.connection();
    if (!dropbox)
        return configError(dropbox.error().message());
    const ConnectionConfig &connection = dropbox->config;
    const std::unique_ptr<DemoTeam> &demo = dropbox->demo;

    c1::ServiceOptions options;
    options.credentials = *credentials;
    options.applyEnvironment();
    options.apiHost = cl.value(QStringLiteral("c1-api-host"));
    options.hostId = cl.value(QStringLiteral("host-id"));
    options.insecure = cl.flag(QStringLiteral("insecure"));
    const QString tokenUrl = cl.value(QStringLiteral("c1-token-url"));
    if (!tokenUrl.isEmpty()) {
        options.tokenUrl = QUrl(tokenUrl, QUrl::StrictMode);
        if (!options.tokenUrl.isValid())
            return configError(tr("--c1-token-url must be a URL, not '%1'.").arg(tokenUrl));
    }

    if (simulated) {
        options.apiHost = simulated->grpcTarget();
        options.tokenUrl = simulated->tokenUrl();
        options.insecure = true;
        logEvent(QtInfoMsg, tr("Using a simulated ConductorOne on this computer."),
                 {{QStringLiteral("conductorone"), simulated->grpcTarget()}});
    }

    ConnectorTaskHandler::Options handlerOptions;
    handlerOptions.connection = connection;
    handlerOptions.c1zDir = cl.value(QStringLiteral("c1z-dir"));
    handlerOptions.reuseSnapshotYoungerThanSecs = reuse;
    auto handler = std::make_shared<ConnectorTaskHandler>(handlerOptions);

    c1::C1Service service(options, handler);
    int exitCode = Ok;
    QObject::connect(&service, &c1::C1Service::stateChanged, qApp,
                     [](c1::C1Service::State state, const QString &detail) {
                         QJsonObject f{{QStringLiteral("state"), c1::C1Service::stateName(state)}};
                         if (!detail.isEmpty())
                             f.insert(QStringLiteral("detail"), detail);
                         logEvent(QtInfoMsg, tr("Service state: %1").arg(c1::C1Service::stateName(state)), f);
                     });
    QObject::connect(&service, &c1::C1Service::taskStarted, qApp,
                     [](const c1::TaskRecord &t) { logEvent(QtInfoMsg, tr("Task started"), taskFields(t)); });
    QObject::connect(&service, &c1::C1Service::taskFinished, qApp, [](const c1::TaskRecord &t) {
        logEvent(t.ok ? QtInfoMsg : QtWarningMsg, t.ok ? tr("Task finished") : tr("Task failed"), taskFields(t));
    });
    QObject::connect(&service, &c1::C1Service::progress, qApp,
                     [](const QString &taskId, const QString &step, qint64 done, qint64 total) {
                         QJsonObject f{{QStringLiteral("task_id"), taskId}, {QStringLiteral("step"), step}};
                         if (done >= 0)
                             f.insert(QStringLiteral("done"), double(done));
                         if (total >= 0)
                             f.insert(QStringLiteral("total"), double(total));
                         logEvent(QtDebugMsg, tr("Progress"), f);
                     });
    QObject::connect(&service, &c1::C1Service::fatalError, qApp, [&exitCode](const QString &message) {
        logEvent(QtCriticalMsg, message, {{QStringLiteral("exit_code"), int(Failed)}});
        exitCode = Failed;
        QCoreApplication::exit(Failed);
    });
    onInterrupt([&service] {
        // What the service thread reported before the signal (a task that just finished) is
        // logged first: those reports wait in the queue behind this handler.
        QCoreApplication::sendPostedEvents(qApp, QEvent::MetaCall);
        logEvent(QtInfoMsg,
                 tr("Stopping on a signal: a task under way is stopped, a change in flight is read back "
                    "from Dropbox, and ConductorOne is told how the task ended. A second signal quits at "
                    "once."));
        // Kubernetes sends SIGKILL after its grace period (30 s by default): stop well before it.
        // Every change's audit row is on disk before it is sent, so even a late exit loses nothing.
        if (!service.stop(kStopTimeoutMs)) {
            logEvent(QtWarningMsg,
                     tr("The running task did not finish within %1 s; exiting anyway. The next start "
                        "reads back any change that was in flight.")
                         .arg(kStopTimeoutMs / 1000));
            std::fflush(nullptr);
            std::_Exit(Ok);
        }
        QCoreApplication::exit(Ok);
    });

    if (const Expected<void> started = service.start(); !started)
        return configError(started.error().message());
    QJsonObject startFields{{QStringLiteral("host_id"), service.hostId()},
                            {QStringLiteral("endpoint"), service.endpointTarget()},
                            {QStringLiteral("provisioning"), connection.provisioning},
                            {QStringLiteral("database"), connection.effectiveDbPath()}};
    if (demo)
        startFields.insert(QStringLiteral("dropbox"), connection.effectiveBaseUrl().toString());
    logEvent(QtInfoMsg,
             demo ? tr("Serving ConductorOne's tasks for the simulated Dropbox team.")
                  : tr("Serving ConductorOne's tasks for the Dropbox team."),
             startFields);

    const int loopCode = QCoreApplication::exec();
    service.stop();
    // The service thread has ended; reports it queued while stopping (the task it was told to
    // stop, its outcome) reach the log before the last line, not never.
    QCoreApplication::sendPostedEvents(qApp, QEvent::MetaCall);
    if (exitCode == Ok && loopCode == Ok)
        logEvent(QtInfoMsg, tr("Stopped."));
    return exitCode != Ok ? exitCode : loopCode;
}

} // namespace

void addServeCommand(CommandList &list)
{
    const QList<OptionSpec> options{
        {QStringLiteral("client-id"),
         QStringLiteral("BATON_CLIENT_ID"),
         tr("ConductorOne client ID of this connector."),
         QStringLiteral("ID"),
         {}},
        secretOption(QStringLiteral("client-secret"), tr("ConductorOne client secret of this connector."),
                     QStringLiteral("SECRET")),
        {QStringLiteral("c1-api-host"),
         QStringLiteral("BATON_C1_API_HOST"),
         tr("ConductorOne API host[:port] (default: the client ID's tenant)."),
         QStringLiteral("HOST"),
         {}},
        {QStringLiteral("c1-token-url"),
         QStringLiteral("BATON_C1_TOKEN_URL"),
         tr("ConductorOne token endpoint (default: https://<API host>/auth/v1/token)."),
         QStringLiteral("URL"),
         {}},
        {QStringLiteral("host-id"), QStringLiteral("BATON_HOST_ID"),
         tr("The name this connector reports to ConductorOne."), QStringLiteral("NAME"), tr("the machine's host name")},
        {QStringLiteral("simulate-conductorone"),
         QString(),
         tr("Serve a simulated ConductorOne on this computer instead (no tenant needed; it asks for one "
            "full sync at once). For trying the service mode, e.g. with --demo."),
         {},
         {}},
        {QStringLiteral("insecure"),
         QString(),
         tr("Plaintext gRPC to a ConductorOne on this computer's loopback address (tests)."),
         {},
         {}},
        {QStringLiteral("c1z-dir"), QStringLiteral("BATON_C1Z_DIR"), tr("Keep the uploaded c1z files in this folder."),
         QStringLiteral("DIR"), tr("a temporary folder")},
        {QStringLiteral("reuse-snapshot"), QStringLiteral("BATON_REUSE_SNAPSHOT_SECS"),
         tr("Upload the newest snapshot instead of syncing when it is younger than this many seconds."),
         QStringLiteral("SECONDS"), QStringLiteral("0")},
    };
    // Service mode logs more by default (runServe).
    const EnvSpec logLevel{QStringLiteral("BATON_LOG_LEVEL"),
                           tr("debug, info, warn or error: how much is logged (default info).")};
    list.push_back(std::make_unique<Command>(
        CommandSpec{QStringLiteral("serve"),
                    tr("Serve ConductorOne's tasks (sync, upload, provisioning) until stopped."),
                    tr("Serve ConductorOne's tasks for this connector until stopped (SIGTERM/SIGINT): full syncs "
                       "uploaded as c1z files, and with provisioning on, grants, revokes, account creation, "
                       "removal, suspension. Logs JSON lines on stderr."),
                    {},
                    connectionOptions() + options,
                    runServe,
                    {logLevel}}));
}

} // namespace dbx::cli
