// Provisioning commands: create-account, remove-account, suspend, unsuspend, set-role,
// clear-role, add-to-group, remove-from-group, set-access-type, apply (CSV plans) and audit.
// Writes are refused unless --provisioning / BATON_PROVISIONING=true; every command can preview
// with --dry-run; the exit code is non-zero when any item failed; Ctrl+C stops between items.

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

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::cli", s); }

void addWriteOptions(CommandLine &cl)
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

bool parseBoolText(const QString &text, bool *out)
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

QString verdictLabel(Precheck::Verdict v)
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
int dryRun(ProvisionRun &run, const QVector<Operation> &ops)
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
int runWrite(CommandLine &cl, const std::function<bool(const CommandLine &, QVector<Operation> *, QString *)> &build)
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

bool needPositional(const CommandLine &cl, int min, int max, QString *error)
{
    const int n = int(cl.positional().size());
    if (n >= min && (max < 0 || n <= max))
        return true;
    *error = tr("Wrong number of arguments. Run with --help for the syntax.");
    return false;
}

QStringList userArgs(const CommandLine &cl)
{
    return cl.positional();
}
} // namespace

int runCreateAccount(const QStringList &args)
{
    CommandLine cl(QStringLiteral("create-account"), tr("Add a new member to the team (invites them)."));
    cl.addPositional(QStringLiteral("email"), tr("The new member's email address."), QStringLiteral("EMAIL"));
    cl.add({QStringLiteral("given-name"), QString(), tr("Given name."), QStringLiteral("NAME"), {}});
    cl.add({QStringLiteral("surname"), QString(), tr("Surname."), QStringLiteral("NAME"), {}});
    cl.add({QStringLiteral("external-id"), QString(), tr("External id (at most 64 characters)."), QStringLiteral("ID"), {}});
    cl.add({QStringLiteral("no-welcome-email"), QString(), tr("Do not send the welcome email (e.g. with SSO)."), {}, {}});
    cl.add({QStringLiteral("role"), QString(), tr("Admin role to give (id or exact name)."), QStringLiteral("ROLE"), {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, 1, error))
            return false;
        *ops << Operation::createAccount(c.positional().first(), c.value(QStringLiteral("given-name")),
                                         c.value(QStringLiteral("surname")), c.value(QStringLiteral("external-id")),
                                         !c.flag(QStringLiteral("no-welcome-email")), c.value(QStringLiteral("role")));
        return true;
    });
}

int runRemoveAccount(const QStringList &args)
{
    CommandLine cl(QStringLiteral("remove-account"),
                   tr("Remove members from the team. By default their files stay with the team (an admin can "
                      "transfer them later) and their linked devices are wiped."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    cl.add({QStringLiteral("wipe-data"), QString(),
            tr("Wipe their Dropbox data from linked devices: true or false."), QStringLiteral("BOOL"),
            tr("true, or false with --keep-account")});
    cl.add({QStringLiteral("keep-account"), QString(),
            tr("Convert the account to a personal Basic account instead of deleting it."), {}, {}});
    cl.add({QStringLiteral("retain-team-shares"), QString(),
            tr("With --keep-account: keep folders explicitly shared with them."), {}, {}});
    cl.add({QStringLiteral("transfer-to"), QString(), tr("Transfer their files to this member."), QStringLiteral("USER"), {}});
    cl.add({QStringLiteral("transfer-admin"), QString(), tr("Admin emailed about transfer errors (needed with --transfer-to)."),
            QStringLiteral("USER"), {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        const bool keep = c.flag(QStringLiteral("keep-account"));
        bool wipe = !keep;
        if (c.isSet(QStringLiteral("wipe-data")) && !parseBoolText(c.value(QStringLiteral("wipe-data")), &wipe)) {
            *error = tr("--wipe-data takes true or false.");
            return false;
        }
        for (const QString &u : userArgs(c)) {
            *ops << Operation::removeAccount(UserSelector::parse(u), wipe, keep,
                                             UserSelector::parse(c.value(QStringLiteral("transfer-to"))),
                                             UserSelector::parse(c.value(QStringLiteral("transfer-admin"))),
                                             c.flag(QStringLiteral("retain-team-shares")));
        }
        return true;
    });
}

int runSuspend(const QStringList &args)
{
    CommandLine cl(QStringLiteral("suspend"), tr("Suspend members: they cannot sign in; files, groups and role are kept."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    cl.add({QStringLiteral("wipe-data"), QString(), tr("Also wipe their Dropbox data from linked devices."), {}, {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        for (const QString &u : userArgs(c))
            *ops << Operation::suspend(UserSelector::parse(u), c.flag(QStringLiteral("wipe-data")));
        return true;
    });
}

int runUnsuspend(const QStringList &args)
{
    CommandLine cl(QStringLiteral("unsuspend"), tr("Let suspended members sign in again."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        for (const QString &u : userArgs(c))
            *ops << Operation::unsuspend(UserSelector::parse(u));
        return true;
    });
}

int runSetRole(const QStringList &args)
{
    CommandLine cl(QStringLiteral("set-role"),
                   tr("Give a member an admin role. A member holds one role at most: it replaces the current one."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("role"), tr("Role id or exact name, e.g. \"User management admin\"."), QStringLiteral("ROLE"));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 2, 2, error))
            return false;
        *ops << Operation::setRole(UserSelector::parse(c.positional()[0]), c.positional()[1]);
        return true;
    });
}

int runClearRole(const QStringList &args)
{
    CommandLine cl(QStringLiteral("clear-role"), tr("Take the admin role from members (member only)."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        for (const QString &u : userArgs(c))
            *ops << Operation::clearRole(UserSelector::parse(u));
        return true;
    });
}

int runAddToGroup(const QStringList &args)
{
    CommandLine cl(QStringLiteral("add-to-group"), tr("Add a member to a group, as member or owner."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("group"), tr("Group id or exact name."), QStringLiteral("GROUP"));
    cl.add({QStringLiteral("owner"), QString(), tr("Add as an owner (can manage the group's members)."), {}, {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 2, 2, error))
            return false;
        *ops << Operation::addToGroup(UserSelector::parse(c.positional()[0]), c.positional()[1],
                                      c.flag(QStringLiteral("owner")) ? AccessType::Owner : AccessType::Member);
        return true;
    });
}

int runRemoveFromGroup(const QStringList &args)
{
    CommandLine cl(QStringLiteral("remove-from-group"), tr("Remove a member (or owner) from a group."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("group"), tr("Group id or exact name."), QStringLiteral("GROUP"));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 2, 2, error))
            return false;
        *ops << Operation::removeFromGroup(UserSelector::parse(c.positional()[0]), c.positional()[1]);
        return true;
    });
}

int runSetAccessType(const QStringList &args)
{
    CommandLine cl(QStringLiteral("set-access-type"),
                   tr("Make a group member an owner, or an owner a plain member (without removing them)."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("group"), tr("Group id or exact name."), QStringLiteral("GROUP"));
    cl.addPositional(QStringLiteral("access"), tr("owner or member."), QStringLiteral("owner|member"));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 3, 3, error))
            return false;
        AccessType access = AccessType::Member;
        if (!accessTypeFromWire(c.positional()[2].toLower(), &access)) {
            *error = tr("The access type is owner or member, not '%1'.").arg(c.positional()[2]);
            return false;
        }
        *ops << Operation::setAccessType(UserSelector::parse(c.positional()[0]), c.positional()[1], access);
        return true;
    });
}

int runApply(const QStringList &args)
{
    CommandLine cl(QStringLiteral("apply"),
                   tr("Apply a CSV plan: one operation per row (action,email_or_id,group_or_role,options). "
                      "Every row is checked first; a wrong row is reported with its line and never stops the others."));
    cl.addPositional(QStringLiteral("plan"), tr("The plan file."), QStringLiteral("PLAN.csv"));
    cl.add({QStringLiteral("report"), QString(), tr("Write each row's outcome to this CSV file."), QStringLiteral("FILE"), {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    if (cl.positional().size() != 1) {
        err() << tr("apply takes one plan file. Run with --help for the format.") << '\n';
        return Usage;
    }
    const Plan parsed = readPlanFile(cl.positional().first());
    if (!parsed.isValid()) {
        err() << parsed.error << '\n';
        return Failed;
    }
    const bool dry = cl.flag(QStringLiteral("dry-run"));
    ProvisionRun run(cl);
    if (!run.open(!dry, &code))
        return code;

    const Plan preview = run.provisioner()->preview(parsed);
    for (const PlanRow &row : preview.rows) {
        QTextStream &s = row.status() == QLatin1String("invalid") ? err() : out();
        s << tr("line %1: ").arg(row.line) << '[' << (row.parsed ? verdictLabel(row.verdict) : QStringLiteral("INVALID"))
          << "] " << row.message() << '\n';
    }
    out() << tr("Preview: %1 will change, %2 already so, %3 invalid.")
                 .arg(preview.count(Precheck::Verdict::WillChange))
                 .arg(preview.count(Precheck::Verdict::AlreadySo))
                 .arg(preview.count(Precheck::Verdict::Invalid)) << '\n' << Qt::flush;

    const QString reportPath = cl.value(QStringLiteral("report"));
    const auto writeReport = [&](const Plan &p) {
        if (reportPath.isEmpty())
            return true;
        QString error;
        if (!writePlanReport(p, reportPath, &error)) {
            err() << error << '\n';
            return false;
        }
        err() << tr("Wrote the report %1.").arg(reportPath) << '\n';
        return true;
    };
    if (dry) {
        out() << tr("Dry run: nothing was sent to Dropbox.") << '\n' << Qt::flush;
        const bool wrote = writeReport(preview);
        return preview.anyFailed() || preview.count(Precheck::Verdict::Invalid) > 0 || !wrote ? Failed : Ok;
    }
    out() << tr("Applying...") << '\n' << Qt::flush;
    Plan done;
    code = run.apply(parsed, &done);
    if (!writeReport(done) && code == Ok)
        code = Failed;
    return code;
}

int runAudit(const QStringList &args)
{
    CommandLine cl(QStringLiteral("audit"), tr("Show the audit log: every change attempted, newest first."));
    cl.add({QStringLiteral("db"), QStringLiteral("BATON_DB"), tr("Snapshot database file."), QStringLiteral("FILE"),
            tr("the user's data folder")});
    cl.add({QStringLiteral("demo"), QString(), tr("Read the demo's database."), {}, {}});
    cl.add({QStringLiteral("text"), QString(), tr("Only entries whose action, target, object or message contain TEXT."),
            QStringLiteral("TEXT"), {}});
    cl.add({QStringLiteral("outcome"), QString(), tr("Only success, no_change, failed or invalid."),
            QStringLiteral("OUTCOME"), {}});
    cl.add({QStringLiteral("since"), QString(), tr("Only entries since this date/time (ISO 8601)."),
            QStringLiteral("WHEN"), {}});
    cl.add({QStringLiteral("limit"), QString(), tr("At most this many entries."), QStringLiteral("N"),
            QStringLiteral("10000")});
    cl.add({QStringLiteral("csv"), QString(), tr("Write CSV instead of text."), {}, {}});
    int code = 0;
    if (!cl.parse(args, &code))
        return code;

    AuditFilter filter;
    filter.text = cl.value(QStringLiteral("text"));
    filter.outcome = cl.value(QStringLiteral("outcome"));
    bool ok = true;
    filter.limit = cl.intValue(QStringLiteral("limit"), 10000, &ok);
    if (!ok || filter.limit < 1) {
        err() << tr("--limit takes a positive whole number.") << '\n';
        return Usage;
    }
    if (cl.isSet(QStringLiteral("since"))) {
        filter.since = QDateTime::fromString(cl.value(QStringLiteral("since")), Qt::ISODate);
        if (!filter.since.isValid()) {
            err() << tr("--since takes an ISO 8601 date such as 2024-05-01 or 2024-05-01T12:00:00Z.") << '\n';
            return Usage;
        }
    }
    QString path = cl.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = cl.flag(QStringLiteral("demo")) ? DemoTeam::defaultDemoDbPath() : SnapshotStore::defaultPath();
    SnapshotStore store;
    QString error;
    if (!store.open(path, &error)) {
        err() << tr("Cannot open the snapshot database %1: %2").arg(path, error) << '\n';
        return Failed;
    }
    const QVector<AuditEntry> entries = store.audit(filter);
    if (cl.flag(QStringLiteral("csv"))) {
        const QByteArray data = auditCsv(entries);
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size()) {
            err() << tr("Cannot write to standard output.") << '\n';
            return Failed;
        }
        return Ok;
    }
    for (const AuditEntry &e : entries) {
        out() << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
              << e.outcome.leftJustified(9) << ' ' << e.action.leftJustified(17) << ' ' << e.target;
        if (!e.object.isEmpty())
            out() << ' ' << e.object;
        out() << "  (" << e.admin;
        if (!e.connection.isEmpty())
            out() << ", " << e.connection;
        out() << ")\n    " << e.message;
        if (!e.requestId.isEmpty())
            out() << "  [" << e.requestId << ']';
        out() << '\n';
    }
    err() << QCoreApplication::translate("dbx::cli", "%n entries.", nullptr, int(entries.size())) << '\n';
    return Ok;
}

} // namespace dbx::cli
