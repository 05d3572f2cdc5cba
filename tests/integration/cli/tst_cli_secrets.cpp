// Secrets and transport at the CLI's door, with the real binary: a secret given as a flag value
// (visible to every local user in ps) is refused with exit 2 and a sentence naming the safe ways,
// without repeating it; --app-secret-file / --refresh-token-file / --access-token-file read it from
// a file or standard input; plain http to anything but loopback (--base-url, BATON_BASE_URL,
// configure) is refused before a connection or even the database exists; configure prints the
// refresh token it got, configure --save (in a private keyring, with-keyring.sh) prints it on
// neither stream. Only .invalid names are used for the refused hosts, so nothing can leave this
// machine.

#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/CliFixture.h"
#include "support/TestFiles.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace dbx;

namespace {
const QByteArray kSecretValue = "s3cr3t-value-on-argv";

// A byte-for-byte TCP relay on loopback in front of the simulator that keeps a copy of every
// reply: the refresh token the token endpoint hands out for a code is random, and this is how
// the test learns it without a hook in the simulator or in the CLI.
class ReplyRecorder
{
public:
    bool listen(const QUrl &upstream)
    {
        m_upstream = upstream;
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        QUrl u = m_upstream;
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server.serverPort());
        return u;
    }

    void clear() { m_replies.clear(); }

    // Every refresh_token value in the replies recorded so far.
    QStringList refreshTokens() const
    {
        static const QRegularExpression re(QStringLiteral("\"refresh_token\"\\s*:\\s*\"([^\"]+)\""));
        QStringList tokens;
        for (auto it = re.globalMatch(QString::fromUtf8(m_replies)); it.hasNext();)
            tokens << it.next().captured(1);
        return tokens;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto pending = std::make_shared<QByteArray>();
            QObject::connect(client, &QTcpSocket::readyRead, client, [client, upstream, pending] {
                const QByteArray data = client->readAll();
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(data);
                else
                    *pending += data;
            });
            QObject::connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
                upstream->write(*pending);
                pending->clear();
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                m_replies += data;
                client->write(data);
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress(m_upstream.host()), quint16(m_upstream.port()));
        }
    }

    QTcpServer m_server;
    QUrl m_upstream;
    QByteArray m_replies;
};

struct ConfigureRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCliSecrets : public QObject, private test::CliSimTest
{
    Q_OBJECT

    // env: the child's whole environment (simEnv(), maybe changed).
    int run(const QStringList &args, const QProcessEnvironment &env, QByteArray *out, QByteArray *err,
            const QByteArray &stdinData = QByteArray())
    {
        return test::runCli(args, env, out, err, stdinData);
    }

    // No BATON_* of the caller; the database, the simulator's app key and address, and its
    // app secret and refresh token when asked.
    QProcessEnvironment simEnv(bool withSecret, bool withRefreshToken) const
    {
        test::CliSimOptions options;
        options.appSecret = withSecret;
        options.refreshToken = withRefreshToken;
        return test::cliSimEnvironment(*m_sim, db(), options);
    }

    // configure's paste-code flow played like a user: read the printed authorize address, get a
    // code for its PKCE challenge as the simulator's authorize page would show it, paste it. The
    // event loop runs all along (the ReplyRecorder lives on this thread). program: the CLI, or
    // with-keyring.sh with the CLI as its first argument.
    ConfigureRun configure(const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        ConfigureRun r;
        QProcess p;
        test::startCli(p, args, env, program);
        if (!p.waitForStarted(10000))
            return r;
        const auto drain = [&] {
            r.out += p.readAllStandardOutput();
            r.err += p.readAllStandardError();
        };
        QDeadlineTimer deadline(60000);
        while (!r.out.contains("Go to: ") && p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(20);
            drain();
        }
        const int at = r.out.indexOf("Go to: ");
        if (at >= 0) {
            QByteArray line = r.out.mid(at + 7);
            line.truncate(line.indexOf('\n'));
            const QString challenge
                = QUrlQuery(QUrl(QString::fromUtf8(line.trimmed()))).queryItemValue(QStringLiteral("code_challenge"));
            p.write(m_sim->server()->mintAuthorizationCode(challenge).toUtf8() + '\n');
        }
        p.closeWriteChannel();
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        drain();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, content) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startTeam(10, 3)); }

    void secretValueOnCommandLineRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("safeFlag");
        QTest::addColumn<QString>("env");
        const QString v = QString::fromLatin1(kSecretValue);
        QTest::newRow("sync --app-secret")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--app-secret"), v} << "--app-secret-file"
            << "BATON_APP_SECRET";
        QTest::newRow("sync --app-secret=")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--app-secret=") + v} << "--app-secret-file"
            << "BATON_APP_SECRET";
        QTest::newRow("sync --refresh-token")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--refresh-token"), v} << "--refresh-token-file"
            << "BATON_REFRESH_TOKEN";
        QTest::newRow("suspend --access-token")
            << QStringList{QStringLiteral("suspend"), QStringLiteral("--access-token"), v,
                           QStringLiteral("a@example.com")}
            << "--access-token-file"
            << "BATON_ACCESS_TOKEN";
        QTest::newRow("serve --client-secret")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--client-secret"), v} << "--client-secret-file"
            << "BATON_CLIENT_SECRET";
        QTest::newRow("configure --app-secret")
            << QStringList{QStringLiteral("configure"), QStringLiteral("--app-secret"), v} << "--app-secret-file"
            << "BATON_APP_SECRET";
    }

    void secretValueOnCommandLineRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, safeFlag);
        QFETCH(QString, env);
        QByteArray out, err;
        QCOMPARE(run(args, simEnv(true, true), &out, &err), 2);
        QVERIFY2(err.contains(safeFlag.toUtf8()), err.constData());
        QVERIFY2(err.contains(env.toUtf8()), err.constData());
        QVERIFY2(err.contains("standard input"), err.constData());
        QVERIFY2(!err.contains(kSecretValue) && !out.contains(kSecretValue), err.constData());
        QVERIFY(!QFileInfo::exists(db())); // refused before anything started
    }

    void secretsFromFileAndStdin()
    {
        const sim::Credentials c = m_sim->credentials();
        const QString secretFile = writeFile(QStringLiteral("app-secret"), c.appSecret.toUtf8() + "\n");
        QVERIFY(!secretFile.isEmpty());
        QByteArray out, err;
        // The secret from a file, the refresh token on standard input, neither in the environment.
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--quiet"), QStringLiteral("--app-secret-file"),
                      secretFile, QStringLiteral("--refresh-token-file"), QStringLiteral("-")},
                     simEnv(false, false), &out, &err, c.refreshToken.toUtf8() + "\n"),
                 0);
        QVERIFY2(QFileInfo::exists(db()), err.constData());
        // A fixed access token from a file works too.
        const QString tokenFile = writeFile(QStringLiteral("access-token"), c.accessToken.toUtf8());
        QCOMPARE(
            run({QStringLiteral("sync"), QStringLiteral("--quiet"), QStringLiteral("--access-token-file"), tokenFile},
                simEnv(false, false), &out, &err),
            0);
        // Without the file's secret, the sync cannot authenticate: the file was really read.
        const QString wrong = writeFile(QStringLiteral("wrong-secret"), "not-the-secret\n");
        QVERIFY(run({QStringLiteral("sync"), QStringLiteral("--quiet"), QStringLiteral("--app-secret-file"), wrong},
                    simEnv(false, true), &out, &err)
                != 0);
    }

    void unreadableSecretFile()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--app-secret-file"),
                      m_dir.filePath(QStringLiteral("missing"))},
                     simEnv(false, true), &out, &err),
                 2);
        QVERIFY2(err.contains("--app-secret-file"), err.constData());
        const QString empty = writeFile(QStringLiteral("empty"), "\n");
        QCOMPARE(
            run({QStringLiteral("sync"), QStringLiteral("--app-secret-file"), empty}, simEnv(false, true), &out, &err),
            2);
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--app-secret-file"), QStringLiteral("-"),
                      QStringLiteral("--refresh-token-file"), QStringLiteral("-")},
                     simEnv(false, false), &out, &err, "a\nb\n"),
                 2);
        QVERIFY2(err.contains("standard input"), err.constData());
    }

    void plainHttpRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("viaEnv");
        // A refused address is a configuration error: exit code 2 for every command.
        QTest::addColumn<int>("exitCode");
        QTest::newRow("--base-url") << QStringList{QStringLiteral("sync"), QStringLiteral("--base-url"),
                                                   QStringLiteral("http://dropbox.invalid")}
                                    << false << 2;
        QTest::newRow("BATON_BASE_URL") << QStringList{QStringLiteral("sync")} << true << 2;
        QTest::newRow("provisioning command")
            << QStringList{QStringLiteral("suspend"), QStringLiteral("--base-url"),
                           QStringLiteral("http://dropbox.invalid:8080/"), QStringLiteral("a@example.com")}
            << false << 2;
        QTest::newRow("configure") << QStringList{QStringLiteral("configure"), QStringLiteral("--base-url"),
                                                  QStringLiteral("http://dropbox.invalid")}
                                   << false << 2;
    }

    void plainHttpRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, viaEnv);
        QFETCH(int, exitCode);
        QFile::remove(db());
        QProcessEnvironment env = simEnv(true, true);
        if (viaEnv)
            env.insert(QStringLiteral("BATON_BASE_URL"), QStringLiteral("http://dropbox.invalid"));
        else
            env.remove(QStringLiteral("BATON_BASE_URL"));
        const qint64 before = m_sim->stats().apiRequests + m_sim->stats().oauthRequests;
        QByteArray out, err;
        QCOMPARE(run(args, env, &out, &err), exitCode);
        QVERIFY2(err.contains("must use https"), err.constData());
        QVERIFY2(err.contains("dropbox.invalid"), err.constData());
        QVERIFY2(err.contains("loopback"), err.constData());
        QVERIFY2(!out.contains("Go to"), out.constData()); // configure: no authorize address either
        QVERIFY(!QFileInfo::exists(db()));                 // refused before the session opened
        QCOMPARE(m_sim->stats().apiRequests + m_sim->stats().oauthRequests, before);
    }

    void loopbackHttpAccepted()
    {
        // The same flag with the simulator's http://127.0.0.1 address works (no false refusal).
        QByteArray out, err;
        QProcessEnvironment env = simEnv(true, true);
        env.remove(QStringLiteral("BATON_BASE_URL"));
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--quiet"), QStringLiteral("--base-url"),
                      m_sim->baseUrl().toString()},
                     env, &out, &err),
                 0);
    }

    // configure prints the refresh token the token endpoint issued; configure --save keeps it in
    // the keychain (gnome-keyring in a private D-Bus session and HOME: with-keyring.sh) and
    // prints it nowhere, on either stream. Without gnome-keyring, --save must refuse before
    // asking for a code (then no token exists to leak).
    void configureSavePrintsNoToken()
    {
        ReplyRecorder recorder;
        QVERIFY(recorder.listen(m_sim->baseUrl()));
        QProcessEnvironment env = simEnv(true, false);
        env.insert(QStringLiteral("BATON_BASE_URL"), recorder.url().toString());
        // Never the user's own session bus (and keyring): with-keyring.sh starts a private one.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

        const ConfigureRun plain = configure(test::cliProgram(), {QStringLiteral("configure")}, env);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const QStringList printedTokens = recorder.refreshTokens();
        QCOMPARE(printedTokens.size(), 1);
        QVERIFY2(plain.out.contains(QByteArray("Refresh token: " + printedTokens.first().toUtf8())),
                 plain.out.constData());

        recorder.clear();
        const QString withKeyring = QStringLiteral(DBX_TEST_DATA_DIR "/../integration/auth/with-keyring.sh");
        QVERIFY(QFileInfo(withKeyring).isExecutable());
        const ConfigureRun saved = configure(withKeyring,
                                             {test::cliProgram(), QStringLiteral("configure"), QStringLiteral("--save"),
                                              QStringLiteral("--name"), QStringLiteral("tst_cli_secrets")},
                                             env);
        const QByteArray both = saved.out + saved.err;
        QVERIFY2(!both.contains("Refresh token"), both.constData());
        QVERIFY2(!both.contains(m_sim->credentials().appSecret.toUtf8()), both.constData());
        const bool keyring = !QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
        const QStringList savedTokens = recorder.refreshTokens();
        if (!keyring) {
            QCOMPARE(saved.exitCode, 1);
            QVERIFY2(saved.err.contains("Nothing was saved"), saved.err.constData());
            QVERIFY2(!saved.out.contains("Go to"), saved.out.constData());
            QVERIFY(savedTokens.isEmpty());
            QSKIP("gnome-keyring or dbus-run-session is missing (scripts/setup.sh): only the refusal was checked");
        }
        QVERIFY2(saved.exitCode == 0, both.constData());
        QVERIFY2(saved.out.contains("Saved as connection \"tst_cli_secrets\""), saved.out.constData());
        QCOMPARE(savedTokens.size(), 1);
        QVERIFY(savedTokens.first() != printedTokens.first());
        const QByteArray token = savedTokens.first().toUtf8();
        QVERIFY2(!saved.out.contains(token), saved.out.constData());
        QVERIFY2(!saved.err.contains(token), saved.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
