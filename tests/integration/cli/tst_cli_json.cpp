// The CLI for scripts: --format json on every reporting command (parsed here as a script would,
// field by field), JSON lines for provisioning results, exit codes, --quiet, and colours only
// where they belong (never in JSON, never with NO_COLOR, never into a pipe unless forced).

#include "support/CliFixture.h"
#include "support/TestFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using dbx::test::runCli;

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList l;
    for (const char *a : list)
        l << QString::fromUtf8(a);
    return l;
}

// One JSON document: the whole of standard output.
QJsonObject document(const QByteArray &out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not one JSON object (%s): %s", qPrintable(error.errorString()), out.constData());
    return doc.object();
}

// JSON lines: every line of standard output one object.
QList<QJsonObject> lines(const QByteArray &out)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON line: %s", line.constData());
            return {};
        }
        list << doc.object();
    }
    return list;
}
} // namespace

class TestCliJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int run(const QStringList &arguments, QByteArray *out, QByteArray *err = nullptr,
            const QProcessEnvironment &env = dbx::test::cliBaseEnvironment())
    {
        return runCli(arguments, env, out, err);
    }
    QString db() const { return m_dir.filePath(QStringLiteral("json.sqlite")); }
    QStringList demo() const { return {QStringLiteral("--demo"), QStringLiteral("--db"), db()}; }

private Q_SLOTS:
    void syncReportsOneDocument()
    {
        QByteArray out, err;
        QCOMPARE(run(args({"sync", "--members", "40", "--groups", "5", "--format", "json"}) + demo(), &out, &err), 0);
        const QJsonObject o = document(out);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("cancelled")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("accounts")).toInt(), 40);
        QCOMPARE(o.value(QStringLiteral("groups")).toInt(), 5);
        QVERIFY(o.value(QStringLiteral("run_id")).toInteger() > 0);
        QVERIFY(o.value(QStringLiteral("requests")).toInteger() > 0);
        QVERIFY(o.value(QStringLiteral("memberships")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("database")).toString(), db());
        QVERIFY(o.value(QStringLiteral("skipped_groups")).isArray());
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        // The progress lines are for people: never on standard output in JSON mode.
        QVERIFY2(!out.contains("Reading members"), out.constData());
    }

    void runsAndDiffAfterTwoSyncs()
    {
        QByteArray out, err;
        QCOMPARE(run(args({"sync", "--members", "40", "--groups", "5", "--quiet"}) + demo(), &out, &err), 0);
        QCOMPARE(run(args({"runs", "--format", "json", "--db"}) << db(), &out, &err), 0);
        const QJsonArray runs = document(out).value(QStringLiteral("runs")).toArray();
        QVERIFY2(runs.size() >= 2, out.constData());
        const QJsonObject newest = runs.first().toObject();
        for (const char *key : {"id", "status", "started_at", "finished_at", "team_name", "accounts", "roles", "groups",
                                "memberships", "requests", "error"})
            QVERIFY2(newest.contains(QLatin1String(key)), key);
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QVERIFY(QDateTime::fromString(newest.value(QStringLiteral("started_at")).toString(), Qt::ISODate).isValid());

        QCOMPARE(run(args({"diff", "--format", "json", "--db"}) << db(), &out, &err), 0);
        const QJsonObject d = document(out);
        QVERIFY(d.value(QStringLiteral("to")).toInteger() > d.value(QStringLiteral("from")).toInteger());
        for (const char *key : {"accounts_added", "accounts_removed", "accounts_changed", "groups_added",
                                "groups_removed", "grants_added", "grants_removed"})
            QVERIFY2(d.value(QLatin1String(key)).isArray(), key);
    }

    void provisioningReportsJsonLines()
    {
        QByteArray out, err;
        QCOMPARE(
            run(args({"suspend", "--provisioning", "--format", "json", "--quiet", "--members", "40", "--groups", "5"})
                        + demo()
                    << QStringLiteral("nobody@nowhere.invalid"),
                &out, &err),
            1);
        const QList<QJsonObject> l = lines(out);
        QCOMPARE(l.size(), 2);
        QCOMPARE(l.first().value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QCOMPARE(l.first().value(QStringLiteral("action")).toString(), QStringLiteral("suspend"));
        QCOMPARE(l.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("invalid"));
        QVERIFY(!l.first().value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject summary = l.last();
        QCOMPARE(summary.value(QStringLiteral("type")).toString(), QStringLiteral("summary"));
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("exit_code")).toInt(), 1);

        // The first member of the demo's database, from the export, suspended for real.
        QCOMPARE(run(args({"export", "--format", "json", "--db"}) << db(), &out, &err), 0);
        QString email;
        for (const QJsonValue &a : document(out).value(QStringLiteral("accounts")).toArray()) {
            if (a.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active")) {
                email = a.toObject().value(QStringLiteral("email")).toString();
                break;
            }
        }
        QVERIFY(!email.isEmpty());
        QCOMPARE(
            run(args({"suspend", "--provisioning", "--format", "json", "--members", "40", "--groups", "5"}) + demo()
                    << email,
                &out, &err),
            0);
        const QList<QJsonObject> done = lines(out);
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
        QCOMPARE(done.first().value(QStringLiteral("user")).toString(), email);
        QVERIFY(!done.first().value(QStringLiteral("team_member_id")).toString().isEmpty());
        QCOMPARE(done.last().value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(done.last().value(QStringLiteral("exit_code")).toInt(), 0);

        QCOMPARE(run(args({"audit", "--format", "json", "--db"}) << db(), &out, &err), 0);
        const QJsonArray entries = document(out).value(QStringLiteral("entries")).toArray();
        QVERIFY(!entries.isEmpty());
        const QJsonObject newest = entries.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("suspend"));
        QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        for (const char *key :
             {"id", "at", "admin", "connection", "target", "object", "details", "message", "request_id"})
            QVERIFY2(newest.contains(QLatin1String(key)), key);
    }

    void applyReportsChecksAndResults()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY(
            dbx::test::writeFile(plan, "action,email_or_id,group_or_role,options\nsuspend,nobody@nowhere.invalid,,\n"));
        QByteArray out, err;
        QCOMPARE(run(args({"apply", "--provisioning", "--format", "json", "--members", "40", "--groups", "5"}) + demo()
                         << plan,
                     &out, &err),
                 1);
        const QList<QJsonObject> l = lines(out);
        QVERIFY2(l.size() >= 3, out.constData());
        QCOMPARE(l.first().value(QStringLiteral("type")).toString(), QStringLiteral("check"));
        QCOMPARE(l.first().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(l.last().value(QStringLiteral("type")).toString(), QStringLiteral("summary"));
    }

    // The README's lines, literally, in a fresh home: sync the demo, then read its database with
    // --demo; without it the (empty) default database says where the demo's sync is.
    void readmeLinesWorkAsWritten()
    {
        QTemporaryDir home;
        QProcessEnvironment env = dbx::test::cliBaseEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        QByteArray out, err;
        QCOMPARE(run(args({"sync", "--demo", "--quiet"}), &out, &err, env), 0);
        const QString team = home.filePath(QStringLiteral("team.json"));
        QCOMPARE(run(args({"export", "--demo", "--format", "json", "--out"}) << team, &out, &err, env), 0);
        QVERIFY(QFileInfo(team).size() > 0);
        QCOMPARE(run(args({"runs", "--demo", "--format", "json"}), &out, &err, env), 0);
        QCOMPARE(document(out).value(QStringLiteral("runs")).toArray().size(), 1);
        // Without --demo: the default database has no sync; the sentence says how to reach the demo's.
        QCOMPARE(run(args({"export", "--format", "json", "--out"}) << team, &out, &err, env), 1);
        QVERIFY2(err.contains("no complete sync yet") && err.contains("add --demo"), err.constData());
    }

    void badFormatIsAUsageError()
    {
        QByteArray out, err;
        QCOMPARE(run(args({"runs", "--format", "xml", "--db"}) << db(), &out, &err), 2);
        QVERIFY2(err.contains("--format takes text or json"), err.constData());
        QCOMPARE(run(args({"runs", "--quiet", "--verbose", "--db"}) << db(), &out, &err), 2);
    }

    void helpListsTheFieldsAndExitCodes()
    {
        QByteArray out;
        QCOMPARE(run(args({"sync", "--help"}), &out), 0);
        QVERIFY2(out.contains("JSON output (--format json):") && out.contains("\"run_id\""), out.constData());
        QCOMPARE(run(args({"suspend", "--help"}), &out), 0);
        QVERIFY2(out.contains("\"outcome\"") && out.contains("\"exit_code\""), out.constData());
        QCOMPARE(run(args({"--help"}), &out), 0);
        QVERIFY2(out.contains("Exit codes:"), out.constData());
    }

    void coloursOnlyWhereWanted()
    {
        QByteArray out, err;
        QProcessEnvironment env = dbx::test::cliBaseEnvironment();
        env.remove(QStringLiteral("NO_COLOR"));
        env.remove(QStringLiteral("CLICOLOR_FORCE"));
        const QStringList suspend = args({"suspend", "--provisioning", "--members", "40", "--groups", "5"}) + demo()
            << QStringLiteral("nobody@nowhere.invalid");
        // Into a pipe: no escape codes.
        QCOMPARE(run(suspend, &out, &err, env), 1);
        QVERIFY2(!err.contains('\x1b') && !out.contains('\x1b'), err.constData());
        // Forced (as a terminal would have them): the outcome is coloured.
        env.insert(QStringLiteral("CLICOLOR_FORCE"), QStringLiteral("1"));
        QCOMPARE(run(suspend, &out, &err, env), 1);
        QVERIFY2(err.contains("\x1b[31m"), err.constData());
        // NO_COLOR wins over everything.
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        QCOMPARE(run(suspend, &out, &err, env), 1);
        QVERIFY2(!err.contains('\x1b') && !out.contains('\x1b'), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_cli_json.moc"
