#pragma once
// Shared by the provisioning commands: one connection, its session and a Provisioner, the dry-run
// preview and the body of every single-operation command.
// (Moved from ProvisionCommands.cpp without change; reshaped in the next commit.)

#include "Cli.h"
#include "Commands.h"

#include "dropbox/DropboxClient.h"
#include "provision/Audit.h"
#include "provision/ErrorText.h"
#include "provision/Plan.h"
#include "provision/Provisioner.h"
#include "store/SnapshotStore.h"
#include "worker/ConnectorSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

namespace dbx::cli {

inline QString tr(const char *s) { return QCoreApplication::translate("dbx::cli", s); }

inline void addWriteOptions(CommandLine &cl)
{
    cl.addConnectionOptions();
    cl.add({QStringLiteral("dry-run"), QString(),
            tr("Only show what would change (nothing is sent to Dropbox)."), {}, {}});
    cl.add({QStringLiteral("poll-ms"), QString(), tr("Milliseconds between polls of a Dropbox job."),
            QStringLiteral("MS"), QStringLiteral("1000")});
    cl.add({QStringLiteral("admin"), QStringLiteral("BATON_ADMIN"),
            tr("Who to record in the audit log as the admin."), QStringLiteral("NAME"),
            tr("the admin who authorized the connection")});
}

inline bool parseBoolText(const QString &text, bool *out)
{
    const QString v = text.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1")) {
        *out = true;
        return true;
    }
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0")) {
        *out = false;
        return true;
    }
    return false;
}

inline QString outcomeLabel(Outcome o)
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

inline QString verdictLabel(Precheck::Verdict v)
{
    switch (v) {
    case Precheck::Verdict::WillChange: return QStringLiteral("will change");
    case Precheck::Verdict::AlreadySo: return QStringLiteral("already so");
    case Precheck::Verdict::Invalid: break;
    }
    return QStringLiteral("INVALID");
}

// One connection, its session and a Provisioner, with the snapshot the checks need.
class ProvisionRun
{
public:
    explicit ProvisionRun(const CommandLine &cl) : m_cl(cl) {}

    // Connects, opens the database and makes sure a snapshot exists (syncing once if not).
    // needWrites: refuse at once when provisioning is off.
    bool open(bool needWrites, int *exitCode)
    {
        QString error;
        if (!m_cl.connection(&m_config, &m_demo, &error)) {
            err() << error << '\n';
            *exitCode = Failed;
            return false;
        }
        if (needWrites && !m_config.provisioning) {
            err() << Provisioner::disabledMessage() << '\n';
            *exitCode = Failed;
            return false;
        }
        m_session = std::make_unique<ConnectorSession>(m_config);
        if (!m_session->open(&error)) {
            err() << error << '\n';
            *exitCode = Failed;
            return false;
        }
        if (m_demo)
            err() << tr("Using the simulated team at %1 (database %2).")
                         .arg(m_config.effectiveBaseUrl().toString(), m_config.effectiveDbPath()) << '\n' << Qt::flush;
        if (m_session->store()->latestCompleteRun() == 0 && !syncFirst(exitCode))
            return false;

        m_provisioner = new Provisioner(m_session->client(), m_session->store(), m_session.get());
        Provisioner::Options opts;
        bool ok = true;
        opts.pollIntervalMs = m_cl.intValue(QStringLiteral("poll-ms"), 1000, &ok);
        if (!ok || opts.pollIntervalMs < 0) {
            err() << tr("--poll-ms takes a whole number of milliseconds.") << '\n';
            *exitCode = Usage;
            return false;
        }
        m_provisioner->setOptions(opts);
        m_provisioner->setEnabled(m_config.provisioning);
        m_provisioner->setConnectionName(m_config.name);
        m_provisioner->setAdmin(m_cl.value(QStringLiteral("admin")));
        m_provisioner->setGrantedScopes(m_session->grantedScopes());
        if (!m_provisioner->refreshState(&error)) {
            err() << error << '\n';
            *exitCode = Failed;
            return false;
        }
        reconcile();
        return true;
    }

    // Changes an earlier run sent but never heard back about (it was killed or lost power) are
    // read back from Dropbox and their audit rows completed before anything new is sent.
    void reconcile()
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
        err() << QCoreApplication::translate("dbx::cli", "%n change(s) of an earlier run were interrupted before Dropbox "
                                                         "answered; read back now:", nullptr, int(results.size()))
              << '\n';
        for (const OperationResult &r : results)
            printResult(QStringLiteral("  "), r);
    }

    Provisioner *provisioner() const { return m_provisioner; }
    const ConnectionConfig &config() const { return m_config; }

    // Runs the operations (or the plan) to the end, printing each result; Ctrl+C cancels between
    // items. Returns the exit code.
    int run(const QVector<Operation> &ops)
    {
        QEventLoop loop;
        bool cancelled = false;
        QVector<OperationResult> results;
        connectProgress();
        QObject::connect(m_provisioner, &Provisioner::operationFinished, &loop, [](const OperationResult &r) {
            printResult(QString(), r);
        });
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

    int apply(const Plan &plan, Plan *done)
    {
        QEventLoop loop;
        bool cancelled = false;
        connectProgress();
        QObject::connect(m_provisioner, &Provisioner::planFinished, &loop, [&](const Plan &p, bool wasCancelled) {
            *done = p;
            cancelled = wasCancelled;
            loop.quit();
        });
        installInterrupt();
        m_provisioner->applyPlan(plan);
        loop.exec();
        QVector<OperationResult> results;
        for (const PlanRow &row : done->rows) {
            printResult(tr("line %1: ").arg(row.line), row.result);
            results << row.result;
        }
        return exitCodeOf(results, cancelled);
    }

    static void printResult(const QString &prefix, const OperationResult &r)
    {
        QTextStream &s = r.ok() ? out() : err();
        s << prefix << '[' << outcomeLabel(r.outcome) << "] " << r.message;
        if (!r.requestId.isEmpty() && (r.outcome == Outcome::Failed || r.outcome == Outcome::Unknown))
            s << ' ' << tr("(Dropbox request id %1)").arg(r.requestId);
        s << '\n' << Qt::flush;
    }

private:
    bool syncFirst(int *exitCode)
    {
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
            *exitCode = Failed;
            return false;
        }
        err() << outcome.summary() << '\n' << Qt::flush;
        return true;
    }

    void connectProgress()
    {
        if (!stderrIsTerminal())
            return;
        QObject::connect(m_provisioner, &Provisioner::progressChanged, m_provisioner, [](const ProvisionProgress &p) {
            if (p.total > 1)
                err() << tr("[%1/%2] ").arg(p.done).arg(p.total) << p.text.left(100) << '\n' << Qt::flush;
        });
    }

    void installInterrupt()
    {
        Provisioner *p = m_provisioner;
        onInterrupt([p] {
            err() << '\n' << tr("Cancelling: a change in flight is read back to report what Dropbox did "
                                 "(press Ctrl+C again to quit at once)...") << '\n' << Qt::flush;
            p->cancel();
        });
    }

    static int exitCodeOf(const QVector<OperationResult> &results, bool cancelled)
    {
        int ok = 0, noChange = 0, failed = 0, skipped = 0, unknown = 0;
        for (const OperationResult &r : results) {
            switch (r.outcome) {
            case Outcome::Success: ++ok; break;
            case Outcome::NoChange: ++noChange; break;
            case Outcome::Failed:
            case Outcome::Invalid: ++failed; break;
            case Outcome::Cancelled: ++skipped; break;
            case Outcome::Unknown: ++unknown; break;
            }
        }
        QTextStream &s = failed || skipped || unknown ? err() : out();
        s << tr("%1 changed, %2 already so, %3 failed or invalid, %4 not started.")
                 .arg(ok).arg(noChange).arg(failed).arg(skipped);
        if (unknown)
            s << ' ' << tr("%1 unknown: the reply was lost and could not be read back; run 'sync' to confirm.").arg(unknown);
        s << '\n' << Qt::flush;
        // An unknown outcome outranks the others: the admin must not take it for done or failed.
        if (unknown)
            return Unknown;
        if (cancelled)
            return Cancelled;
        return failed ? Failed : Ok;
    }

    const CommandLine &m_cl;
    ConnectionConfig m_config;
    std::unique_ptr<DemoTeam> m_demo;
    std::unique_ptr<ConnectorSession> m_session;
    Provisioner *m_provisioner = nullptr;
};

// Prints the preview of operations: the verdict, what it does, and its consequence.
inline int dryRun(ProvisionRun &run, const QVector<Operation> &ops)
{
    int invalid = 0;
    for (const Operation &op : ops) {
        const Precheck c = run.provisioner()->precheck(op);
        const Snapshot &s = run.provisioner()->state().snapshot();
        out() << '[' << verdictLabel(c.verdict) << "] ";
        if (c.verdict == Precheck::Verdict::WillChange)
            out() << op.describe(&s) << '\n' << "    " << op.confirmationText(&s) << '\n';
        else
            out() << c.reason << '\n';
        invalid += c.verdict == Precheck::Verdict::Invalid ? 1 : 0;
    }
    out() << tr("Dry run: nothing was sent to Dropbox.") << '\n' << Qt::flush;
    return invalid ? Failed : Ok;
}

// The shared body of every single-operation command.
inline int runWrite(CommandLine &cl, const std::function<bool(const CommandLine &, QVector<Operation> *, QString *)> &build)
{
    QVector<Operation> ops;
    QString error;
    if (!build(cl, &ops, &error)) {
        err() << error << '\n';
        return Usage;
    }
    const bool dry = cl.flag(QStringLiteral("dry-run"));
    ProvisionRun run(cl);
    int code = Ok;
    if (!run.open(!dry, &code))
        return code;
    if (dry)
        return dryRun(run, ops);
    // The consequence first: the command line is the admin's confirmation, the log says what it meant.
    const Snapshot &s = run.provisioner()->state().snapshot();
    for (const Operation &op : ops) {
        if (isDestructive(op.type) && run.provisioner()->precheck(op).verdict == Precheck::Verdict::WillChange)
            err() << op.confirmationText(&s) << '\n' << Qt::flush;
    }
    return run.run(ops);
}

inline bool needPositional(const CommandLine &cl, int min, int max, QString *error)
{
    const int n = int(cl.positional().size());
    if (n >= min && (max < 0 || n <= max))
        return true;
    *error = tr("Wrong number of arguments. Run with --help for the syntax.");
    return false;
}

inline QStringList userArgs(const CommandLine &cl)
{
    return cl.positional();
}

} // namespace dbx::cli
