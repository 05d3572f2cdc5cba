// Snapshot store benchmark: commit, load, diff and export a large team, straight to SQLite (no
// HTTP), so the figures are the store's alone.
//
//   bench_store [--members 100000] [--groups 5000] [--memberships 500000] [--db FILE]

#include "BenchOptions.h"
#include "store/Export.h"
#include "store/SnapshotStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dbx;

static Snapshot makeTeam(int members, int groups, int memberships)
{
    Snapshot s;
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.team = {QStringLiteral("Bench Team"), QStringLiteral("dbtid:bench"), members, members, members};
    s.admin = {QStringLiteral("dbmid:admin"), QStringLiteral("admin@example.com"), QStringLiteral("Admin"),
               QStringLiteral("dbid:admin")};
    for (int r = 0; r < 10; ++r)
        s.roles.push_back({QStringLiteral("pid_dbtmr:%1").arg(r), QStringLiteral("Role %1").arg(r),
                           QStringLiteral("Does role %1 things").arg(r)});
    for (int g = 0; g < groups; ++g)
        s.groups.push_back({QStringLiteral("g:%1").arg(g, 16, 16, QLatin1Char('0')), QStringLiteral("Group %1").arg(g),
                            g % 7 ? GroupManagementType::UserManaged : GroupManagementType::CompanyManaged, QString(),
                            memberships / qMax(1, groups)});
    const QDateTime joined = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
    s.accounts.reserve(members);
    for (int i = 0; i < members; ++i) {
        Account a;
        a.teamMemberId = QStringLiteral("dbmid:AAD%1").arg(i, 20, 10, QLatin1Char('0'));
        a.email = QStringLiteral("person.%1@example.com").arg(i);
        a.emailVerified = true;
        a.givenName = QStringLiteral("Given%1").arg(i);
        a.surname = QStringLiteral("Surname%1").arg(i);
        a.familiarName = a.givenName;
        a.displayName = a.givenName + QLatin1Char(' ') + a.surname;
        a.abbreviatedName = QStringLiteral("GS");
        a.memberFolderId = QString::number(1000000 + i);
        a.rootFolderId = QString::number(2000000 + i);
        a.accountId = QStringLiteral("dbid:AAB%1").arg(i, 20, 10, QLatin1Char('0'));
        a.persistentId = QString();
        a.joinedOn = joined.addSecs(i);
        a.invitedOn = joined.addSecs(i - 3600);
        if (i % 50 == 0)
            a.roleId = QStringLiteral("pid_dbtmr:%1").arg(i % 10);
        if (i % 20 == 0)
            a.secondaryEmails = {{QStringLiteral("alt.%1@example.org").arg(i), true}};
        s.accounts.push_back(a);
    }
    s.memberships.reserve(memberships);
    for (int m = 0; m < memberships && members > 0 && groups > 0; ++m) {
        const int g = m % groups;
        const int member = (m / groups + g * 7) % members;
        s.memberships.push_back({s.groups.at(g).id, s.accounts.at(member).teamMemberId,
                                 m % 40 == 0 ? AccessType::Owner : AccessType::Member});
        if (s.accounts[member].groupIds.size() < 8)
            s.accounts[member].groupIds.push_back(s.groups.at(g).id);
    }
    s.finishedAt = QDateTime::currentDateTimeUtc();
    return s;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser p;
    p.addHelpOption();
    const bench::TeamOptions sizes;
    sizes.addTo(p);
    p.process(app);

    QTemporaryDir tmp;
    const QString path = sizes.dbPath(p, tmp);
    bench::Clock clock;
    clock.wall.start();
    const Snapshot team
        = makeTeam(p.value(sizes.members).toInt(), p.value(sizes.groups).toInt(), p.value(sizes.memberships).toInt());
    out << "generated " << team.accounts.size() << " accounts, " << team.groups.size() << " groups, "
        << team.memberships.size() << " memberships in " << clock.text() << "\n"
        << Qt::flush;

    SnapshotStore store;
    if (const Expected<void> opened = store.open(path); !opened) {
        out << "open failed: " << opened.error().message() << '\n';
        return 1;
    }
    auto commit = [&](const Snapshot &s) -> qint64 {
        const qint64 run = store.beginRun().value_or(0);
        clock.restart();
        if (const Expected<void> committed = store.commitRun(run, s, 1234); !committed) {
            out << "commit failed: " << committed.error().message() << '\n';
            return 0;
        }
        out << "commit run " << run << ": " << clock.text() << "\n" << Qt::flush;
        return run;
    };
    const qint64 first = commit(team);
    if (!first)
        return 1;

    clock.restart();
    const auto loaded = store.load(first);
    if (!loaded) {
        out << "load failed: " << loaded.error().message() << '\n';
        return 1;
    }
    out << "load: " << clock.text() << " (" << loaded->accounts.size() << " accounts, " << loaded->memberships.size()
        << " memberships)\n"
        << Qt::flush;

    // A second sync with some churn: 1% of accounts changed, 0.5% gone, 1% of memberships flipped.
    Snapshot next = team;
    for (int i = 0; i < next.accounts.size(); i += 100)
        next.accounts[i].status = AccountStatus::Suspended;
    for (int i = 0; i < next.memberships.size(); i += 100)
        next.memberships[i].accessType
            = next.memberships[i].accessType == AccessType::Owner ? AccessType::Member : AccessType::Owner;
    for (int i = next.accounts.size() - 1; i >= 0; i -= 200)
        next.accounts.remove(i);
    const qint64 second = commit(next);
    if (!second)
        return 1;

    clock.restart();
    const SnapshotDiff d = store.diff(first, second);
    out << "diff: " << clock.text() << " (" << d.accountsChanged.size() << " changed, " << d.accountsRemoved.size()
        << " removed, " << d.grantsAdded.size() << " grants added, " << d.grantsRemoved.size() << " removed)\n"
        << Qt::flush;

    clock.restart();
    const QByteArray json = exportJson(*loaded);
    out << "export json: " << clock.text() << " (" << json.size() / 1e6 << " MB)\n";
    clock.restart();
    const QByteArray csv = exportCsv(*loaded, CsvTable::Grants);
    out << "export grants csv: " << clock.text() << " (" << csv.size() / 1e6 << " MB)\n";

    clock.restart();
    const int pruned = store.pruneRuns(1);
    out << "prune (" << pruned << " run): " << clock.text() << "\n";
    out << "file: " << QFileInfo(path).size() / 1e6 << " MB (+ WAL "
        << QFileInfo(path + QStringLiteral("-wal")).size() / 1e6 << " MB); peak RSS " << bench::peakRssMb() << " MB\n";
    return 0;
}
