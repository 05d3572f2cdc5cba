#pragma once
// The CLI tests' one way to run the real dropbox-connector-cli binary: its path, the child's
// environment (the caller's own without any BATON_* variable, so a developer's real settings never
// leak into a test run; plus the simulator's credentials and address, the database and the
// provisioning switch), a run to the end with standard input, and a simulated team to run it on.

#include "sim/SimThread.h"
#include "support/SimFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dbx::test {

// The CLI binary, built next to the test executables.
inline QString cliProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/dropbox-connector-cli");
}

// The system environment with every BATON_* variable removed.
inline QProcessEnvironment cliBaseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys()) {
        if (k.startsWith(QLatin1String("BATON_")))
            env.remove(k);
    }
    return env;
}

struct CliSimOptions {
    bool appSecret = true;     // BATON_APP_SECRET
    bool refreshToken = true;  // BATON_REFRESH_TOKEN
    bool provisioning = false; // BATON_PROVISIONING=true: writes allowed
};

// cliBaseEnvironment() with the simulator's app key and base URL, the database (when not
// empty) and what options asks for.
inline QProcessEnvironment cliSimEnvironment(const sim::SimThread &sim, const QString &db,
                                             const CliSimOptions &options = CliSimOptions())
{
    QProcessEnvironment env = cliBaseEnvironment();
    const sim::Credentials creds = sim.credentials();
    env.insert(QStringLiteral("BATON_APP_KEY"), creds.appKey);
    if (options.appSecret)
        env.insert(QStringLiteral("BATON_APP_SECRET"), creds.appSecret);
    if (options.refreshToken)
        env.insert(QStringLiteral("BATON_REFRESH_TOKEN"), creds.refreshToken);
    env.insert(QStringLiteral("BATON_BASE_URL"), sim.baseUrl().toString());
    if (!db.isEmpty())
        env.insert(QStringLiteral("BATON_DB"), db);
    if (options.provisioning)
        env.insert(QStringLiteral("BATON_PROVISIONING"), QStringLiteral("true"));
    return env;
}

// Starts program (the CLI unless told) with the arguments and environment; does not wait.
inline void startCli(QProcess &p, const QStringList &args, const QProcessEnvironment &env,
                     const QString &program = cliProgram())
{
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
}

// How a run to the end went: exitCode -1 when it did not start, crashed or ran out of time.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI to the end (two minutes at most), input on its standard input (then closed).
inline CliResult runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {})
{
    CliResult r;
    QProcess p;
    startCli(p, args, env);
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// runCli() for tests that keep the streams in their own variables: the exit code; out and err
// (when given) receive standard output and standard error.
inline int runCli(const QStringList &args, const QProcessEnvironment &env, QByteArray *out, QByteArray *err = nullptr,
                  const QByteArray &input = {})
{
    CliResult r = runCli(args, env, input);
    if (out)
        *out = std::move(r.out);
    if (err)
        *err = std::move(r.err);
    return r.exitCode;
}

// Waits for the process to end while this thread's event loop runs (a fake service living on
// this thread keeps answering it). False when it still runs after timeoutMs.
inline bool waitForExit(QProcess &p, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
        QTest::qWait(20);
    return p.state() == QProcess::NotRunning;
}

// A simulated team of that size on a free loopback port; nullptr (the reason logged) when it
// cannot start.
inline std::unique_ptr<sim::SimThread> startSimTeam(int members, int groups, quint32 seed = 1)
{
    auto sim = std::make_unique<sim::SimThread>(SimFixture::team(members, groups, seed));
    const Expected<void> started = sim->start(0);
    if (!started) {
        qWarning("The simulated team did not start: %s", qPrintable(started.error().message()));
        return nullptr;
    }
    return sim;
}

// The base of a CLI test class run against a simulated team: a temporary folder, the team on a
// thread of its own (startTeam() in initTestCase()), and run() of the CLI with the team's
// credentials and address, the database in the folder, and writes allowed once a test sets
// m_options.provisioning.
class CliSimTest
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimThread> m_sim;
    CliSimOptions m_options;

    QString db() const { return m_dir.filePath(QStringLiteral("snapshots.sqlite")); }

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) const
    {
        return runCli(args, cliSimEnvironment(*m_sim, db(), m_options), out, err);
    }

    // Runs the command with `--out path` added (exit code 0 expected) and reads back the file it
    // wrote into *written.
    void runToFile(const QStringList &args, const QString &path, QByteArray *written) const
    {
        QByteArray out, err;
        QCOMPARE(run(args + QStringList{QStringLiteral("--out"), path}, &out, &err), 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        *written = f.readAll();
    }

    // `sync --quiet` that also reads the last sign-ins of that many days.
    static QStringList syncWithSignIns(int days)
    {
        return {QStringLiteral("sync"), QStringLiteral("--quiet"), QStringLiteral("--sync-user-last-login"),
                QStringLiteral("--last-login-days"), QString::number(days)};
    }

    // The folder and a team of this size; false when either is missing (the reason logged).
    bool startTeam(int members, int groups, quint32 seed = 1)
    {
        if (!m_dir.isValid()) {
            qWarning("No temporary folder: %s", qPrintable(m_dir.errorString()));
            return false;
        }
        m_sim = startSimTeam(members, groups, seed);
        return m_sim != nullptr;
    }
};

// Faults under which Dropbox applies the first write on route and holds its reply: the run that
// sent it waits for an answer that never comes (to be killed or stopped).
inline sim::Faults holdWriteReply(const QString &route)
{
    sim::Faults hold;
    hold.afterWrite = sim::AfterWrite::Hang;
    hold.afterWriteRoute = route;
    return hold;
}

} // namespace dbx::test
