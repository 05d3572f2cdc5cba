// The CLI as a user runs it: the real dropbox-connector-cli binary, the demo team, a real SQLite
// file; exit codes, the JSON export's shape and a c1z export read back with the c1z reader.

#include "conductorone/C1z.h"
#include "store/SnapshotStore.h"
#include "support/CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // No BATON_* of the caller: the demo team, or nothing to connect to.
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return dbx::test::runCli(args, dbx::test::cliBaseEnvironment(), out, err);
    }

    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

private Q_SLOTS:
    // Off a terminal (a pipe here) the sync's progress comes as plain log lines: no carriage
    // returns, one per phase at least, each with the records, the requests and the rate.
    void syncProgressOffATerminalIsPlainLines()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--members"),
                      QStringLiteral("120"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("progress.sqlite"))},
                     &out, &err),
                 0);
        QVERIFY2(!err.contains('\r'), err.constData());
        int progressLines = 0;
        bool done = false;
        for (const QByteArray &line : err.split('\n')) {
            if (!line.contains(" records, ") || !line.contains(" requests, ") || !line.contains(" records/s"))
                continue;
            ++progressLines;
            if (line.startsWith("Done: ")) {
                done = true;
                // A sync of 120 accounts takes a few milliseconds; its rate is still not 0.
                const QString rate = QString::fromUtf8(line).section(QStringLiteral(", "), 2, 2).section(u' ', 0, 0);
                QVERIFY2(rate.toLongLong() > 0, line.constData());
            }
        }
        QVERIFY2(progressLines >= 3, err.constData()); // reading, saving, done
        QVERIFY2(done, err.constData());
        QVERIFY2(out.startsWith("Synced 120 accounts"), out.constData());
    }

    void syncThenExport()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--members"),
                      QStringLiteral("80"), QStringLiteral("--db"), db(), QStringLiteral("--quiet")},
                     &out, &err),
                 0);
        QVERIFY2(out.startsWith("Synced 80 accounts"), out.constData());

        dbx::SnapshotStore store;
        QString error;
        QVERIFY(store.open(db()));
        const auto snap = store.load(store.latestCompleteRun());
        QVERIFY(snap);

        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                      QStringLiteral("json")},
                     &out),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("accounts")).toArray().size(), snap->accounts.size());
        QCOMPARE(json.value(QStringLiteral("memberships")).toArray().size(), snap->memberships.size());
        const QJsonObject first = json.value(QStringLiteral("accounts")).toArray().first().toObject();
        for (const char *key : {"id", "email", "display_name", "status", "role_id"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        const QString c1zPath = m_dir.filePath(QStringLiteral("sync.c1z"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                      QStringLiteral("c1z"), QStringLiteral("--out"), c1zPath}),
                 0);
        const dbx::Expected<dbx::c1::C1zContents> contents = dbx::c1::readC1z(c1zPath);
        QVERIFY2(contents, qPrintable(contents.error().message()));
        // Group and role grants, and the seats (the license grants) as baton-dropbox syncs them.
        QCOMPARE(int(contents->grants.size()), int(dbx::grantsOf(*snap).size() + dbx::licenseGrantsOf(*snap).size()));
    }

    void badInputsFailClearly()
    {
        QByteArray out, err;
        // Missing credentials are a configuration error (2), for reading and writing commands alike.
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--db"), db()}, &out, &err), 2);
        QVERIFY2(err.contains("BATON_APP_KEY"), err.constData());
        QCOMPARE(run({QStringLiteral("suspend"), QStringLiteral("--db"), db(), QStringLiteral("a@example.invalid")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains("BATON_APP_KEY"), err.constData());
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--no-such-flag")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                      QStringLiteral("xml")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains("export: --format must be json, csv or c1z, not 'xml'."), err.constData());
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("empty.sqlite"))},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("no complete sync"), err.constData());
        QCOMPARE(run({QStringLiteral("nonsense")}, &out, &err), 2);
    }

    // help <command> prints that command's help, the same as <command> --help: its usage line,
    // its own options and positionals, and the environment variables it reads.
    void helpPerCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("sync") << QStringLiteral("sync")
                              << QStringList{QStringLiteral("--quiet"), QStringLiteral("BATON_APP_KEY"),
                                             QStringLiteral("--app-secret-file")};
        QTest::newRow("suspend") << QStringLiteral("suspend")
                                 << QStringList{QStringLiteral("[options] USER..."), QStringLiteral("--wipe-data"),
                                                QStringLiteral("--dry-run"), QStringLiteral("BATON_PROVISIONING")};
        QTest::newRow("set-access-type") << QStringLiteral("set-access-type")
                                         << QStringList{QStringLiteral("USER GROUP owner|member")};
        QTest::newRow("audit") << QStringLiteral("audit")
                               << QStringList{QStringLiteral("--outcome"), QStringLiteral("BATON_DB")};
        QTest::newRow("serve") << QStringLiteral("serve")
                               << QStringList{QStringLiteral("BATON_CLIENT_ID"), QStringLiteral("--client-secret-file"),
                                              QStringLiteral("BATON_LOG_LEVEL"), QStringLiteral("(default info)")};
    }

    void helpPerCommand()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, expected);
        QByteArray help, err;
        QCOMPARE(run({QStringLiteral("help"), command}, &help, &err), 0);
        QVERIFY2(help.startsWith(QByteArray("Usage: dropbox-connector-cli " + command.toUtf8() + ' ')),
                 help.constData());
        for (const QString &text : expected)
            QVERIFY2(help.contains(text.toUtf8()),
                     qPrintable(text + QStringLiteral(" in:\n") + QString::fromUtf8(help)));
        QByteArray dashHelp;
        QCOMPARE(run({command, QStringLiteral("--help")}, &dashHelp, &err), 0);
        QCOMPARE(help, dashHelp);
    }

    void helpOfUnknownCommand()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("help"), QStringLiteral("nonsense")}, &out, &err), 2);
        QVERIFY2(err.contains("unknown command 'nonsense'"), err.constData());
        QVERIFY2(err.contains("set-access-type"), err.constData()); // the command list follows
        QCOMPARE(run({QStringLiteral("help")}, &out, &err), 0);
        QVERIFY2(out.contains("Commands:") && out.contains("audit"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
