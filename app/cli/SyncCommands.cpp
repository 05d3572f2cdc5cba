// sync, export, runs and diff: reading the team and what the snapshot database keeps.

#include "Commands.h"
#include "Output.h"
#include "Progress.h"
#include "conductorone/C1z.h"
#include "store/Export.h"
#include "store/SnapshotStore.h"
#include "worker/ConnectorSession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <sys/ioctl.h>
#include <unistd.h>

namespace dbx::cli {

namespace {
// Off a terminal, a progress line at most this often (and at every phase change).
constexpr qint64 kLogLineIntervalMs = 2000;

// The width of the terminal stderr shows on (80 when it does not say).
int terminalColumns()
{
    winsize ws{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
        return ws.ws_col;
    return 80;
}

// A sync so far, in one line: records, requests, rate, and an estimate of the time left once
// every group is known (the share of groups whose members are in says how far the sync is).
QString progressLine(const SyncProgress &p, qint64 elapsedMs)
{
    const qint64 records = qint64(p.accounts) + p.roles + p.groups + p.memberships;
    const double seconds = elapsedMs / 1000.0;
    // From the first millisecond on: a short sync's "Done" line must not say 0 records/s.
    const qint64 rate = elapsedMs > 0 ? records * 1000 / elapsedMs : 0;
    const QString phase = p.phase == SyncProgress::Phase::Saving ? tr("Saving")
        : p.phase == SyncProgress::Phase::Done                   ? tr("Done")
                                                                 : tr("Reading");
    // The figures that matter most first: a narrow terminal cuts the end of the line.
    QString line = tr("%1: %2 records, %3 requests, %4 records/s").arg(phase).arg(records).arg(p.requests).arg(rate);
    if (p.phase == SyncProgress::Phase::Reading && p.groupsListed && p.groupsDone > 0 && p.groups > 0) {
        const double left = seconds * double(p.groups - p.groupsDone) / double(p.groupsDone);
        line += tr(", about %1 s left").arg(QString::number(left, 'f', left < 10 ? 1 : 0));
    }
    if (p.retries > 0)
        line += tr(", %1 retries").arg(p.retries);
    line += tr(" (%1 accounts, %2/%3 groups, %4 memberships)")
                .arg(p.accounts)
                .arg(p.groupsDone)
                .arg(p.groups)
                .arg(p.memberships);
    return line;
}

// The run a read command looks at: --<option> N, else fallback (the newest complete one, ...).
Expected<qint64> pickRun(const CommandLine &cl, const SnapshotStore &store, const QString &option, qint64 fallback)
{
    if (!cl.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 runId = cl.value(option).toLongLong(&ok);
    const auto info = ok ? store.run(runId) : std::nullopt;
    if (!info || info->status != QLatin1String("complete")) {
        return unexpected(Error::make(
            Error::Kind::NotFound,
            tr("--%1: there is no complete sync run %2 (see the runs command).").arg(option, cl.value(option))));
    }
    return runId;
}

// The figures a sync reports and a stored run keeps (SyncOutcome, RunInfo), under the same names.
template <typename Figures>
QJsonObject withCounts(QJsonObject json, const Figures &f)
{
    json.insert(QStringLiteral("accounts"), f.accounts);
    json.insert(QStringLiteral("roles"), f.roles);
    json.insert(QStringLiteral("groups"), f.groups);
    json.insert(QStringLiteral("memberships"), f.memberships);
    json.insert(QStringLiteral("requests"), f.requests);
    return json;
}

QJsonObject syncJson(const SyncOutcome &o, const QString &database)
{
    return withCounts({{QStringLiteral("ok"), o.ok},
                       {QStringLiteral("cancelled"), o.cancelled},
                       {QStringLiteral("run_id"), o.runId},
                       {QStringLiteral("retries"), o.retries},
                       {QStringLiteral("elapsed_ms"), o.elapsedMs},
                       {QStringLiteral("skipped_groups"), QJsonArray::fromStringList(o.skippedGroups)},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("message"), o.summary()}},
                      o);
}

QString utc(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

// After "this database has no sync yet": when the command read the default database and the
// demo's database does hold a sync (the user ran 'sync --demo' first), say how to read that one.
void demoHint(const CommandLine &cl, const QString &command)
{
    if (cl.flag(QStringLiteral("demo")) || !cl.value(QStringLiteral("db")).isEmpty())
        return;
    const QString demoPath = DemoTeam::defaultDemoDbPath();
    if (!QFileInfo::exists(demoPath))
        return;
    SnapshotStore demo;
    if (!demo.open(demoPath) || demo.latestCompleteRun() == 0)
        return;
    err() << tr("The demo's database (%1) has a sync: add --demo to read it, as in "
                "'dropbox-connector-cli %2 --demo'.")
                 .arg(demoPath, command)
          << '\n';
}

// Opens the database; false (the reason printed) when it cannot.
bool open(const CommandLine &cl, SnapshotStore *store)
{
    const Expected<void> opened = openStore(cl, store);
    if (!opened)
        err() << opened.error().message() << '\n';
    return bool(opened);
}

int runSync(const CommandLine &cl)
{
    Expected<Connection> connection = cl.connection();
    if (!connection)
        return connectionFailed(connection.error());
    const ConnectionConfig &config = connection->config;
    const std::unique_ptr<DemoTeam> &demo = connection->demo;
    ConnectorSession session(config);
    if (const auto opened = session.open(); !opened) {
        err() << opened.error().message() << '\n';
        return Failed;
    }

    // Progress is for people: not with --quiet, and with --format json only when --verbose asks.
    const bool quiet = cli::quiet() || (jsonOutput() && !verbose());
    const bool tty = stderrIsTerminal();
    if (demo && !quiet)
        err() << tr("Using the simulated team at %1 (database %2).")
                     .arg(config.effectiveBaseUrl().toString(), config.effectiveDbPath())
              << '\n';

    SyncEngine *engine = session.syncEngine();
    SyncProgress::Phase lastPhase = SyncProgress::Phase::Starting;
    QElapsedTimer clock;
    QElapsedTimer sinceLine;
    clock.start();
    sinceLine.start();
    int lastWidth = 0;
    const int columns = tty ? terminalColumns() : 0;
    // On a terminal: one line rewritten in place. Otherwise (a log, a pipe): plain lines, one at
    // each phase change and one every few seconds, so a log shows the sync moving.
    QObject::connect(engine, &SyncEngine::progressChanged, engine, [&](const SyncProgress &p) {
        if (quiet)
            return;
        QString line = progressLine(p, clock.elapsed());
        if (tty) {
            // A line longer than the terminal wraps, and '\r' then rewrites only its last part.
            line.truncate(columns - 1);
            err() << '\r' << line.leftJustified(lastWidth) << Qt::flush;
            lastWidth = int(line.size());
        } else if (p.phase != lastPhase || sinceLine.elapsed() >= kLogLineIntervalMs) {
            err() << line << '\n' << Qt::flush;
            sinceLine.restart();
        }
        lastPhase = p.phase;
    });
    QEventLoop loop;
    SyncOutcome outcome;
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        outcome = o;
        loop.quit();
    });
    onInterrupt([engine] {
        err() << '\n' << tr("Cancelling...") << '\n';
        engine->cancel();
    });
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();

    if (jsonOutput()) {
        printJson(syncJson(outcome, config.effectiveDbPath()));
        if (!outcome.ok)
            err() << outcome.summary() << '\n';
        return outcome.ok ? Ok : outcome.cancelled ? Cancelled : Failed;
    }
    if (tty && !quiet)
        err() << '\n' << Qt::flush;
    if (outcome.ok) {
        out() << outcome.summary() << '\n';
        return Ok;
    }
    err() << outcome.summary() << '\n';
    return outcome.cancelled ? Cancelled : Failed;
}

int runExport(const CommandLine &cl)
{
    const QString format = cl.choice(QStringLiteral("format"));
    CsvTable table = CsvTable::Accounts;
    if (format == QLatin1String("csv") && cl.isSet(QStringLiteral("table"))
        && !csvTableFromName(cl.value(QStringLiteral("table")), &table)) {
        err() << tr("--table must be accounts, roles, groups, memberships or grants.") << '\n';
        return Usage;
    }

    SnapshotStore store;
    if (!open(cl, &store))
        return Failed;
    const Expected<qint64> picked = pickRun(cl, store, QStringLiteral("run"), store.latestCompleteRun());
    if (!picked) {
        err() << picked.error().message() << '\n';
        return Failed;
    }
    const qint64 runId = *picked;
    if (runId == 0) {
        err() << tr("The snapshot database has no complete sync yet: run 'dropbox-connector-cli sync' first.") << '\n';
        demoHint(cl, QStringLiteral("export"));
        return Failed;
    }
    Progress progress(QStringLiteral("export"));
    progress.step(tr("Loading sync run %1").arg(runId));
    const auto snapshot = store.load(runId);
    if (!snapshot) {
        progress.clear();
        err() << tr("Cannot read sync run %1: %2").arg(runId).arg(snapshot.error().message()) << '\n';
        return Failed;
    }
    progress.done(tr("loaded sync run %1: %2 accounts, %3 groups, %4 memberships")
                      .arg(runId)
                      .arg(snapshot->accounts.size())
                      .arg(snapshot->groups.size())
                      .arg(snapshot->memberships.size()));
    const QString outPath = cl.value(QStringLiteral("out"));
    if (format == QLatin1String("c1z")) {
        // Binary and written atomically by the c1z writer itself: a file is required.
        if (outPath.isEmpty() || outPath == QLatin1String("-")) {
            err() << tr("--format c1z needs --out FILE (e.g. --out sync.c1z).") << '\n';
            return Usage;
        }
        c1::C1zWriteOptions options;
        c1::C1zWriteOptions::Stage stage = c1::C1zWriteOptions::Stage::Grants;
        progress.step(tr("Writing grants"));
        options.progress = [&](c1::C1zWriteOptions::Stage now, qint64 done, qint64 total) {
            if (now != stage) {
                stage = now;
                progress.done(tr("wrote the c1z database"));
                progress.step(tr("Compressing"));
            }
            if (now == c1::C1zWriteOptions::Stage::Grants)
                progress.update(done, total, tr("grants"));
            else
                progress.update(done >> 20, total >> 20, tr("MB"));
        };
        const Expected<QString> syncId = c1::writeC1z(*snapshot, outPath, options);
        progress.clear();
        if (!syncId) {
            err() << tr("Cannot write %1: %2").arg(outPath, syncId.error().message()) << '\n';
            return Failed;
        }
        err() << tr("Wrote %1 (c1z v1, sync %2) from sync run %3.").arg(outPath, *syncId).arg(runId) << '\n';
        return Ok;
    }
    progress.step(format == QLatin1String("json") ? tr("Writing JSON") : tr("Writing CSV"));
    const QByteArray data = format == QLatin1String("json") ? exportJson(*snapshot) : exportCsv(*snapshot, table);
    progress.done(tr("%1 MB of %2").arg(double(data.size()) / 1e6, 0, 'f', 1).arg(format.toUpper()));
    return writeOutput(outPath, data,
                       tr("Wrote %1 (%2 bytes) from sync run %3.").arg(outPath).arg(data.size()).arg(runId));
}

int runRuns(const CommandLine &cl)
{
    SnapshotStore store;
    if (!open(cl, &store))
        return Failed;
    const QVector<RunInfo> runs = store.runs();
    if (jsonOutput()) {
        QJsonArray list;
        for (const RunInfo &r : runs) {
            list.append(withCounts({{QStringLiteral("id"), r.id},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("started_at"), utc(r.startedAt)},
                                    {QStringLiteral("finished_at"), utc(r.finishedAt)},
                                    {QStringLiteral("team_name"), r.teamName},
                                    {QStringLiteral("error"), r.error}},
                                   r));
        }
        printJson({{QStringLiteral("runs"), list}});
        return Ok;
    }
    if (runs.isEmpty()) {
        out() << tr("No sync runs yet.") << '\n';
        demoHint(cl, QStringLiteral("runs"));
        return Ok;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(QStringLiteral("run"), 5)
                 .arg(QStringLiteral("started (UTC)"), -19)
                 .arg(QStringLiteral("status"), -11)
                 .arg(QStringLiteral("accounts"), 8)
                 .arg(QStringLiteral("groups"), 7)
                 .arg(QStringLiteral("memberships"), 11)
                 .arg(QStringLiteral("error"));
    for (const RunInfo &r : runs) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(r.id, 5)
                     .arg(r.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                     .arg(r.status, -11)
                     .arg(r.accounts, 8)
                     .arg(r.groups, 7)
                     .arg(r.memberships, 11)
                     .arg(r.error);
    }
    return Ok;
}

QJsonObject diffJson(const SnapshotDiff &d, qint64 from, qint64 to)
{
    const auto accounts = [](const QVector<Account> &list) {
        QJsonArray a;
        for (const Account &x : list)
            a.append(
                QJsonObject{{QStringLiteral("team_member_id"), x.teamMemberId}, {QStringLiteral("email"), x.email}});
        return a;
    };
    const auto groups = [](const QVector<Group> &list) {
        QJsonArray a;
        for (const Group &g : list)
            a.append(QJsonObject{{QStringLiteral("group_id"), g.id}, {QStringLiteral("name"), g.name}});
        return a;
    };
    const auto grants = [](const QVector<Grant> &list) {
        QJsonArray a;
        for (const Grant &g : list)
            a.append(g.id());
        return a;
    };
    QJsonArray changed;
    for (const AccountChange &c : d.accountsChanged) {
        changed.append(QJsonObject{{QStringLiteral("team_member_id"), c.after.teamMemberId},
                                   {QStringLiteral("email"), c.after.email},
                                   {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)}});
    }
    return {{QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("accounts_added"), accounts(d.accountsAdded)},
            {QStringLiteral("accounts_removed"), accounts(d.accountsRemoved)},
            {QStringLiteral("accounts_changed"), changed},
            {QStringLiteral("groups_added"), groups(d.groupsAdded)},
            {QStringLiteral("groups_removed"), groups(d.groupsRemoved)},
            {QStringLiteral("grants_added"), grants(d.grantsAdded)},
            {QStringLiteral("grants_removed"), grants(d.grantsRemoved)}};
}

int runDiff(const CommandLine &cl)
{
    SnapshotStore store;
    if (!open(cl, &store))
        return Failed;
    const Expected<qint64> pickedTo = pickRun(cl, store, QStringLiteral("to"), store.latestCompleteRun());
    const Expected<qint64> pickedFrom = pickedTo
        ? pickRun(cl, store, QStringLiteral("from"), store.previousCompleteRun(*pickedTo))
        : Expected<qint64>(unexpected(pickedTo.error()));
    if (!pickedFrom) {
        err() << pickedFrom.error().message() << '\n';
        return Failed;
    }
    const qint64 to = *pickedTo, from = *pickedFrom;
    if (to == 0 || from == 0) {
        err() << tr("Two complete sync runs are needed to compare; sync again later.") << '\n';
        demoHint(cl, QStringLiteral("diff"));
        return Failed;
    }
    Progress progress(QStringLiteral("diff"));
    progress.step(tr("Comparing sync runs %1 and %2").arg(from).arg(to));
    const SnapshotDiff d = store.diff(from, to);
    progress.done(tr("compared sync runs %1 and %2").arg(from).arg(to));
    if (jsonOutput()) {
        printJson(diffJson(d, from, to));
        return Ok;
    }
    out() << tr("Changes from run %1 to run %2:").arg(from).arg(to) << '\n';
    if (d.isEmpty()) {
        out() << tr("  nothing changed") << '\n';
        return Ok;
    }
    for (const Account &a : d.accountsAdded)
        out() << "  + account " << a.email << " (" << a.teamMemberId << ")\n";
    for (const Account &a : d.accountsRemoved)
        out() << "  - account " << a.email << " (" << a.teamMemberId << ")\n";
    for (const AccountChange &c : d.accountsChanged)
        out() << "  ~ account " << c.after.email << ": " << c.fields.join(QStringLiteral(", ")) << '\n';
    for (const Group &g : d.groupsAdded)
        out() << "  + group " << g.name << " (" << g.id << ")\n";
    for (const Group &g : d.groupsRemoved)
        out() << "  - group " << g.name << " (" << g.id << ")\n";
    for (const Grant &g : d.grantsAdded)
        out() << "  + grant " << g.id() << '\n';
    for (const Grant &g : d.grantsRemoved)
        out() << "  - grant " << g.id() << '\n';
    out() << tr("%1 accounts added, %2 removed, %3 changed; %4 grants added, %5 removed.")
                 .arg(d.accountsAdded.size())
                 .arg(d.accountsRemoved.size())
                 .arg(d.accountsChanged.size())
                 .arg(d.grantsAdded.size())
                 .arg(d.grantsRemoved.size())
          << '\n';
    return Ok;
}

} // namespace

void addStoreCommands(CommandList &list)
{
    list.push_back(std::make_unique<Command>(
        CommandSpec{QStringLiteral("sync"),
                    tr("Run a full sync of the team into the snapshot database."),
                    tr("Read every account, admin role, group and group membership of the team into a new snapshot."),
                    {},
                    connectionOptions() + reportOptions(),
                    runSync}));
    const QList<OptionSpec> exportOptions{
        formatOption(tr("json, csv or c1z (ConductorOne's sync file)."),
                     {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("c1z")}, QStringLiteral("json")),
        {QStringLiteral("table"), QString(), tr("With csv: accounts, roles, groups, memberships or grants."),
         QStringLiteral("TABLE"), QStringLiteral("accounts")},
        {QStringLiteral("out"), QString(), tr("Output file."), QStringLiteral("FILE"), tr("standard output")},
        {QStringLiteral("run"), QString(), tr("Sync run to export."), QStringLiteral("ID"), tr("the newest")},
    };
    list.push_back(std::make_unique<Command>(CommandSpec{QStringLiteral("export"),
                                                         tr("Write the newest snapshot as JSON or CSV."),
                                                         tr("Write the newest snapshot (or --run N) as JSON or CSV."),
                                                         {},
                                                         storeOptions() + exportOptions,
                                                         runExport}));
    list.push_back(std::make_unique<Command>(CommandSpec{QStringLiteral("runs"),
                                                         tr("List the sync runs kept in the snapshot database."),
                                                         tr("List the sync runs kept in the snapshot database."),
                                                         {},
                                                         storeOptions() + reportOptions(),
                                                         runRuns}));
    const QList<OptionSpec> diffOptions{
        {QStringLiteral("from"), QString(), tr("Older run."), QStringLiteral("ID"), tr("the one before --to")},
        {QStringLiteral("to"), QString(), tr("Newer run."), QStringLiteral("ID"), tr("the newest")},
    };
    list.push_back(std::make_unique<Command>(
        CommandSpec{QStringLiteral("diff"),
                    tr("Show what changed between two sync runs."),
                    tr("Show what changed between two sync runs (default: the newest and the one before)."),
                    {},
                    storeOptions() + diffOptions + reportOptions(),
                    runDiff}));
}

} // namespace dbx::cli
