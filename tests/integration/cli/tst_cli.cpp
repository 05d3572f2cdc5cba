// The CLI as a user runs it: the real dropbox-connector-cli binary, the demo team, a real SQLite
// file; exit codes, the JSON export's shape and a c1z export read back with the c1z reader.

#include "conductorone/C1z.h"
#include "store/SnapshotStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/dropbox-connector-cli"));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BATON_APP_KEY"));
        env.remove(QStringLiteral("BATON_PROVISIONING"));
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

private Q_SLOTS:
    void syncThenExport()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--members"), QStringLiteral("80"),
                      QStringLiteral("--db"), db(), QStringLiteral("--quiet")}, &out, &err), 0);
        QVERIFY2(out.startsWith("Synced 80 accounts"), out.constData());

        dbx::SnapshotStore store;
        QString error;
        QVERIFY(store.open(db()));
        const auto snap = store.load(store.latestCompleteRun());
        QVERIFY(snap);

        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("accounts")).toArray().size(), snap->accounts.size());
        QCOMPARE(json.value(QStringLiteral("memberships")).toArray().size(), snap->memberships.size());
        const QJsonObject first = json.value(QStringLiteral("accounts")).toArray().first().toObject();
        for (const char *key : {"id", "email", "display_name", "status", "role_id"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        const QString c1zPath = m_dir.filePath(QStringLiteral("sync.c1z"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("c1z"),
                      QStringLiteral("--out"), c1zPath}), 0);
        dbx::c1::C1zContents contents;
        QVERIFY2(dbx::c1::readC1z(c1zPath, &contents, &error), qPrintable(error));
        QCOMPARE(int(contents.grants.size()), int(dbx::grantsOf(*snap).size()));
    }

    void badInputsFailClearly()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--db"), db()}, &out, &err), 1);
        QVERIFY2(err.contains("BATON_APP_KEY"), err.constData());
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--no-such-flag")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("xml")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("empty.sqlite"))}, &out, &err), 1);
        QVERIFY2(err.contains("no complete sync"), err.constData());
        QCOMPARE(run({QStringLiteral("nonsense")}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
