#include "ProvisionRun.h"

#include "Output.h"
#include "Progress.h"
#include "model/EnumNames.h"
#include "provision/ProvisionTypes.h"
#include "provision/Provisioner.h"
#include "store/SnapshotStore.h"
#include "worker/ConnectorSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

namespace dbx::cli {

namespace {
QString outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::Success: return QStringLiteral("done");
    case Outcome::NoChange: return QStringLiteral("no change");
    case Outcome::Failed: return QStringLiteral("FAILED");
    case Outcome::Invalid: return QStringLiteral("INVALID");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::Unknown: return QStringLiteral("UNKNOWN");
    }
    return QString();
}

// The outcome's name in JSON (stable: README "Scripting the CLI"): the audit log's wire name, but
// "done" for a success.
QString outcomeName(Outcome o) { return o == Outcome::Success ? QStringLiteral("done") : toWire(o); }

Colour outcomeColour(Outcome o)
{
    switch (o) {
    case Outcome::Success: return Colour::Green;
    case Outcome::NoChange:
    case Outcome::Cancelled: return Colour::Dim;
    case Outcome::Failed:
    case Outcome::Invalid: return Colour::Red;
    case Outcome::Unknown: break;
    }
    return Colour::Yellow;
}

// People's notices (the demo's address, syncing first): not with --quiet, nor in JSON unless --verbose.
bool notices() { return !quiet() && (!jsonOutput() || verbose()); }

// Prints the preview of operations: the verdict, what it does, and its consequence.
int dryRun(ProvisionRun &run, const QVector<Operation> &ops)
{
    int invalid = 0;
    for (const Operation &op : ops) {
        const Precheck c = run.provisioner()->precheck(op);
        const Snapshot &s = run.provisioner()->state().snapshot();
        invalid += c.verdict == Precheck::Verdict::Invalid ? 1 : 0;
        if (jsonOutput()) {
            const bool will = c.verdict == Precheck::Verdict::WillChange;
            printJson({{QStringLiteral("type"), QStringLiteral("preview")},
                       {QStringLiteral("action"), auditAction(op.type)},
                       {QStringLiteral("user"), op.user.text()},
                       {QStringLiteral("verdict"), verdictName(c.verdict)},
                       {QStringLiteral("message"), will ? op.describe(&s) : c.reason},
                       {QStringLiteral("consequence"), will ? op.confirmationText(&s) : QString()}});
            continue;
        }
        out() << '[' << verdictLabel(c.verdict) << "] ";
        if (c.verdict == Precheck::Verdict::WillChange)
            out() << op.describe(&s) << '\n' << "    " << op.confirmationText(&s) << '\n';
        else
            out() << c.reason << '\n';
    }
    if (!jsonOutput())
        out() << tr("Dry run: nothing was sent to Dropbox.") << '\n' << Qt::flush;
    else if (notices())
        err() << tr("Dry run: nothing was sent to Dropbox.") << '\n' << Qt::flush;
    return invalid ? Failed : Ok;
}

// Each verdict as JSON names it (wire) and as a preview prints it (display, never translated):
// both are stable, README "Scripting the CLI". The last row is also the fallback.
const EnumName<Precheck::Verdict> kVerdicts[] = {
    {Precheck::Verdict::WillChange, "will_change", "will change"},
    {Precheck::Verdict::AlreadySo, "already_so", "already so"},
    {Precheck::Verdict::Invalid, "invalid", "INVALID"},
};
} // namespace

QString verdictLabel(Precheck::Verdict v) { return QLatin1String(rowOf(kVerdicts, v).display); }

QString verdictName(Precheck::Verdict v) { return QLatin1String(rowOf(kVerdicts, v).wire); }

QList<OptionSpec> writeOptions()
{
    return reportOptions()
        + QList<OptionSpec>{
            {QStringLiteral("dry-run"),
             QString(),
             tr("Only show what would change (nothing is sent to Dropbox)."),
             {},
             {}},
            {QStringLiteral("poll-ms"), QString(), tr("Milliseconds between polls of a Dropbox job."),
             QStringLiteral("MS"), QStringLiteral("1000")},
            {QStringLiteral("admin"), QStringLiteral("BATON_ADMIN"), tr("Who to record in the audit log as the admin."),
             QStringLiteral("NAME"), tr("the admin who authorized the connection")},
        };
}

PositionalSpec userArgument()
{
    return {QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER")};
}

PositionalSpec usersArgument()
{
    return {QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER...")};
}

PositionalSpec groupArgument()
{
    return {QStringLiteral("group"), tr("Group id or exact name."), QStringLiteral("GROUP")};
}

CommandSpec withWriteOptions(CommandSpec spec)
{
    spec.options += connectionOptions() + writeOptions();
    return spec;
}

OperationCommand::OperationCommand(CommandSpec spec, OperationsFunction operations)
    : Command(withWriteOptions(std::move(spec))), m_operations(operations)
{}

QVector<Operation> forEachUser(const CommandLine &cl, const std::function<Operation(const UserSelector &)> &make)
{
    QVector<Operation> ops;
    for (const QString &user : cl.positional())
        ops << make(UserSelector::parse(user));
    return ops;
}

int OperationCommand::run(const CommandLine &cl) const
{
    const int given = int(cl.positional().size());
    const int required = int(positionals().size());
    const bool repeated = !positionals().isEmpty() && positionals().constLast().syntax.endsWith(QLatin1String("..."));
    if (given < required || (!repeated && given > required)) {
        err() << tr("Wrong number of arguments. Run with --help for the syntax.") << '\n';
        return Usage;
    }
    const Expected<QVector<Operation>> ops = m_operations(cl);
    if (!ops) {
        err() << ops.error().message() << '\n';
        return Usage;
    }
    const bool dry = cl.flag(QStringLiteral("dry-run"));
    ProvisionRun run(cl);
    if (const int code = run.open(!dry); code != Ok)
        return code;
    if (dry)
        return dryRun(run, *ops);
    // The consequence first: the command line is the admin's confirmation, the log says what it meant.
    const Snapshot &s = run.provisioner()->state().snapshot();
    for (const Operation &op : *ops) {
        if (notices() && isDestructive(op.type)
            && run.provisioner()->precheck(op).verdict == Precheck::Verdict::WillChange)
            err() << op.confirmationText(&s) << '\n' << Qt::flush;
    }
    return run.run(*ops);
}

ProvisionRun::ProvisionRun(const CommandLine &cl) : m_cl(cl) {}

ProvisionRun::~ProvisionRun() = default;

int ProvisionRun::open(bool needWrites)
{
    Expected<Connection> connection = m_cl.connection();
    if (!connection)
        return connectionFailed(connection.error());
    m_connection = std::move(*connection);
    const ConnectionConfig &config = m_connection.config;
    if (needWrites && !config.provisioning) {
        err() << Provisioner::disabledMessage() << '\n';
        return Failed;
    }
    m_session = std::make_unique<ConnectorSession>(config);
    if (const auto opened = m_session->open(); !opened) {
        err() << opened.error().message() << '\n';
        return Failed;
    }
    if (m_connection.demo && notices())
        err() << tr("Using the simulated team at %1 (database %2).")
                     .arg(config.effectiveBaseUrl().toString(), config.effectiveDbPath())
              << '\n'
              << Qt::flush;
    if (m_session->store()->latestCompleteRun() == 0 && !syncFirst())
        return Failed;

    m_provisioner = new Provisioner(m_session->client(), m_session->store(), m_session.get());
    Provisioner::Options opts;
    bool ok = true;
    opts.pollIntervalMs = m_cl.intValue(QStringLiteral("poll-ms"), 1000, &ok);
    if (!ok || opts.pollIntervalMs < 0) {
        err() << tr("--poll-ms takes a whole number of milliseconds.") << '\n';
        return Usage;
    }
    m_provisioner->setOptions(opts);
    m_provisioner->setEnabled(config.provisioning);
    m_provisioner->setConnectionName(config.name);
    m_provisioner->setAdmin(m_cl.value(QStringLiteral("admin")));
    m_provisioner->setGrantedScopes(m_session->grantedScopes());
    if (const auto loaded = m_provisioner->refreshState(); !loaded) {
        err() << loaded.error().message() << '\n';
        return Failed;
    }
    reconcile();
    return Ok;
}

// Changes an earlier run sent but never heard back about (it was killed or lost power) are
// read back from Dropbox and their audit rows completed before anything new is sent.
void ProvisionRun::reconcile()
{
    QEventLoop loop;
    QVector<OperationResult> results;
    QObject::connect(m_provisioner, &Provisioner::reconciled, &loop, [&](const QVector<OperationResult> &r) {
        results = r;
        loop.quit();
    });
    QMetaObject::invokeMethod(m_provisioner, &Provisioner::reconcileInterrupted, Qt::QueuedConnection);
    loop.exec();
    if (results.isEmpty())
        return;
    if (jsonOutput()) {
        for (const OperationResult &r : results)
            printJson(resultJson(r, QStringLiteral("reconciled"), 0));
        return;
    }
    err() << QCoreApplication::translate("dbx::cli",
                                         "%n change(s) of an earlier run were interrupted before Dropbox "
                                         "answered; read back now:",
                                         nullptr, int(results.size()))
          << '\n';
    for (const OperationResult &r : results)
        printResult(QStringLiteral("  "), r);
}

int ProvisionRun::run(const QVector<Operation> &ops)
{
    QEventLoop loop;
    bool cancelled = false;
    QVector<OperationResult> results;
    connectProgress();
    QObject::connect(m_provisioner, &Provisioner::operationFinished, &loop,
                     [](const OperationResult &r) { printResult(QString(), r); });
    QObject::connect(m_provisioner, &Provisioner::finished, &loop,
                     [&](const QVector<OperationResult> &all, bool wasCancelled) {
                         results = all;
                         cancelled = wasCancelled;
                         loop.quit();
                     });
    installInterrupt();
    m_provisioner->run(ops);
    loop.exec();
    return exitCodeOf(results, cancelled);
}

int ProvisionRun::apply(const Plan &plan, Plan *done)
{
    QEventLoop loop;
    bool cancelled = false;
    // Live on a terminal (rows done, rate, time left), a log line every few seconds otherwise.
    Progress progress(QStringLiteral("apply"));
    progress.step(tr("Applying the plan"));
    QObject::connect(m_provisioner, &Provisioner::progressChanged, &loop,
                     [&progress](const ProvisionProgress &p) { progress.update(p.done, p.total, tr("rows")); });
    QObject::connect(m_provisioner, &Provisioner::planFinished, &loop, [&](const Plan &p, bool wasCancelled) {
        *done = p;
        cancelled = wasCancelled;
        loop.quit();
    });
    installInterrupt();
    m_provisioner->applyPlan(plan);
    loop.exec();
    progress.done(tr("applied %1 rows").arg(done->rows.size()));
    QVector<OperationResult> results;
    for (const PlanRow &row : done->rows) {
        printResult(tr("line %1: ").arg(row.line), row.result, row.line);
        results << row.result;
    }
    return exitCodeOf(results, cancelled);
}

QJsonObject ProvisionRun::resultJson(const OperationResult &r, const QString &type, int line)
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("action"), auditAction(r.operation.type)},
                  {QStringLiteral("user"), r.operation.user.text()},
                  {QStringLiteral("group"), r.operation.group},
                  {QStringLiteral("role"), r.operation.role},
                  {QStringLiteral("outcome"), outcomeName(r.outcome)},
                  {QStringLiteral("message"), r.message},
                  {QStringLiteral("tag"), r.tag},
                  {QStringLiteral("request_id"), r.requestId},
                  {QStringLiteral("team_member_id"), r.teamMemberId}};
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    return o;
}

void ProvisionRun::printResult(const QString &prefix, const OperationResult &r, int line)
{
    if (jsonOutput()) {
        printJson(resultJson(r, QStringLiteral("result"), line));
        return;
    }
    QTextStream &s = r.ok() ? out() : err();
    s << prefix << '[' << coloured(outcomeLabel(r.outcome), outcomeColour(r.outcome), !r.ok()) << "] " << r.message;
    if (!r.requestId.isEmpty() && (r.outcome == Outcome::Failed || r.outcome == Outcome::Unknown))
        s << ' ' << tr("(Dropbox request id %1)").arg(r.requestId);
    s << '\n' << Qt::flush;
}

bool ProvisionRun::syncFirst()
{
    if (notices())
        err() << tr("The database has no snapshot of the team yet; syncing first...") << '\n' << Qt::flush;
    SyncEngine *engine = m_session->syncEngine();
    QEventLoop loop;
    SyncOutcome outcome;
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    if (!outcome.ok) {
        err() << outcome.summary() << '\n'
              << tr("A snapshot is needed to check changes against; run 'dropbox-connector-cli sync' first.") << '\n';
        return false;
    }
    if (notices())
        err() << outcome.summary() << '\n' << Qt::flush;
    return true;
}

void ProvisionRun::connectProgress()
{
    if (!stderrIsTerminal() || !notices())
        return;
    QObject::connect(m_provisioner, &Provisioner::progressChanged, m_provisioner, [](const ProvisionProgress &p) {
        if (p.total > 1)
            err() << tr("[%1/%2] ").arg(p.done).arg(p.total) << p.text.left(100) << '\n' << Qt::flush;
    });
}

void ProvisionRun::installInterrupt()
{
    Provisioner *p = m_provisioner;
    onInterrupt([p] {
        err() << '\n'
              << tr("Cancelling: a change in flight is read back to report what Dropbox did "
                    "(press Ctrl+C again to quit at once)...")
              << '\n'
              << Qt::flush;
        p->cancel();
    });
}

int ProvisionRun::exitCodeOf(const QVector<OperationResult> &results, bool cancelled)
{
    const OutcomeCounts n = countOutcomes(results);
    // An unknown outcome outranks the others: the admin must not take it for done or failed.
    const int code = n.unknown ? Unknown : cancelled ? Cancelled : n.failed ? Failed : Ok;
    if (jsonOutput()) {
        printJson({{QStringLiteral("type"), QStringLiteral("summary")},
                   {QStringLiteral("changed"), n.success},
                   {QStringLiteral("no_change"), n.noChange},
                   {QStringLiteral("failed"), n.failed},
                   {QStringLiteral("not_started"), n.cancelled},
                   {QStringLiteral("unknown"), n.unknown},
                   {QStringLiteral("exit_code"), code}});
        return code;
    }
    QTextStream &s = n.failed || n.cancelled || n.unknown ? err() : out();
    s << tr("%1 changed, %2 already so, %3 failed or invalid, %4 not started.")
             .arg(n.success)
             .arg(n.noChange)
             .arg(n.failed)
             .arg(n.cancelled);
    if (n.unknown)
        s << ' '
          << tr("%1 unknown: the reply was lost and could not be read back; run 'sync' to confirm.").arg(n.unknown);
    s << '\n' << Qt::flush;
    return code;
}

} // namespace dbx::cli
