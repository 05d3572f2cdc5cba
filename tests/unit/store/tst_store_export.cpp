// Exports: the JSON document's exact shape, and RFC 4180 CSV (quoting, unicode, formula cells).

#include "helpers/StoreFixtures.h"
#include "model/Entitlements.h"
#include "store/Export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace dbx;
using namespace dbx::test;

namespace {
// A strict RFC 4180 reader, written for the test: records end in CRLF, quoted cells may hold
// anything, a quote inside a quoted cell is doubled.
QVector<QStringList> parseCsv(const QByteArray &data, QString *error)
{
    QVector<QStringList> rows;
    QStringList row;
    QByteArray cell;
    bool quoted = false, wasQuoted = false;
    for (int i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data.at(i + 1) == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == '"') {
            if (!cell.isEmpty() || wasQuoted) {
                *error = QStringLiteral("quote inside an unquoted cell at byte %1").arg(i);
                return {};
            }
            quoted = wasQuoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(cell);
            cell.clear();
            wasQuoted = false;
        } else if (c == '\r') {
            if (i + 1 >= data.size() || data.at(i + 1) != '\n') {
                *error = QStringLiteral("bare CR at byte %1").arg(i);
                return {};
            }
            row << QString::fromUtf8(cell);
            rows << row;
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else if (c == '\n') {
            *error = QStringLiteral("bare LF at byte %1").arg(i);
            return {};
        } else {
            cell += c;
        }
    }
    if (quoted || !cell.isEmpty() || !row.isEmpty())
        *error = QStringLiteral("the last record does not end in CRLF");
    return rows;
}

QStringList keysInOrder(const QByteArray &json, const QStringList &keys)
{
    // The byte offsets of each key's first appearance, to check the documented order.
    QVector<qsizetype> at;
    for (const QString &k : keys)
        at << json.indexOf(QByteArray(QByteArray("\"") + k.toUtf8() + "\":"));
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end(),
              [&](const QString &a, const QString &b) { return at[keys.indexOf(a)] < at[keys.indexOf(b)]; });
    return sorted;
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonShapeIsExact()
    {
        const Snapshot s = sampleSnapshot();
        const QByteArray json = exportJson(s);
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
        QVERIFY2(perr.error == QJsonParseError::NoError, qPrintable(perr.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), (QStringList{"accounts", "groups", "memberships", "roles"}));

        // Each array holds exactly these objects (keys and values), in the snapshot's order.
        const auto compareRows = [&root](const char *name, const QVector<QJsonObject> &expected) {
            const QJsonArray rows = root.value(QLatin1String(name)).toArray();
            QCOMPARE(rows.size(), expected.size());
            for (int i = 0; i < rows.size(); ++i)
                QCOMPARE(rows.at(i).toObject(), expected.at(i));
        };
        const QStringList statuses{"active", "invited", "suspended", "removed"};
        QVector<QJsonObject> accounts;
        for (const Account &a : s.accounts) {
            // role_id is JSON null without a role.
            accounts << QJsonObject{{"id", a.teamMemberId},
                                    {"email", a.email},
                                    {"display_name", a.displayName},
                                    {"status", statuses.at(accounts.size())},
                                    {"role_id", a.roleId.isEmpty() ? QJsonValue() : QJsonValue(a.roleId)},
                                    {"last_active", QJsonValue()}};
        }
        compareRows("accounts", accounts);
        const QJsonArray accountRows = root.value(QLatin1String("accounts")).toArray();
        QCOMPARE(accountRows.at(0).toObject().value(QLatin1String("display_name")).toString(),
                 QStringLiteral("Ána Ødegård 東京"));
        QCOMPARE(accountRows.at(3).toObject().value(QLatin1String("display_name")).toString(),
                 QStringLiteral("Smith, \"Bob\"\nsecond line 😀"));

        QVector<QJsonObject> roles;
        for (const Role &r : s.roles)
            roles << QJsonObject{{"id", r.id}, {"name", r.name}};
        compareRows("roles", roles);

        const QStringList management{"user_managed", "company_managed", "system_managed"};
        QVector<QJsonObject> groups;
        for (const Group &g : s.groups)
            groups << QJsonObject{{"id", g.id}, {"name", g.name}, {"management_type", management.at(groups.size())}};
        compareRows("groups", groups);

        QVector<QJsonObject> memberships;
        for (const Membership &m : s.memberships) {
            memberships << QJsonObject{{"group_id", m.groupId},
                                       {"account_id", m.teamMemberId},
                                       {"access_type", memberships.isEmpty() ? "owner" : "member"}};
        }
        compareRows("memberships", memberships);
    }

    void jsonIsIndentedStableAndOrdered()
    {
        const QByteArray json = exportJson(sampleSnapshot());
        QCOMPARE(json, exportJson(sampleSnapshot()));
        QVERIFY(json.startsWith("{\n    \"accounts\": [\n        {\n            \"id\": \"dbmid:A1\",\n"));
        QVERIFY(json.endsWith("}\n"));
        const QStringList top{"accounts", "roles", "groups", "memberships"};
        QCOMPARE(keysInOrder(json, top), top);
        const QStringList account{"id", "email", "display_name", "status", "role_id", "last_active"};
        QCOMPARE(keysInOrder(json, account), account);
        QVERIFY(json.contains("\"role_id\": null"));
        // Non-ASCII is written as UTF-8, not escaped.
        QVERIFY(json.contains(QStringLiteral("Ødegård 東京").toUtf8()));
    }

    void jsonEscapesEverything()
    {
        Snapshot s;
        Account a;
        a.teamMemberId = QStringLiteral("dbmid:X");
        a.displayName = QStringLiteral("quote \" backslash \\ tab \t cr \r lf \n ctl ") + QChar(0x01) + QChar(0x1f)
            + QStringLiteral(" slash / 😀");
        s.accounts << a;
        const QJsonDocument doc = QJsonDocument::fromJson(exportJson(s));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object()
                     .value(QLatin1String("accounts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("display_name"))
                     .toString(),
                 a.displayName);
    }

    void jsonOfAnEmptySnapshot()
    {
        const QByteArray json = exportJson(Snapshot());
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isObject());
        for (const char *k : {"accounts", "roles", "groups", "memberships"}) {
            QVERIFY(doc.object().value(QLatin1String(k)).isArray());
            QVERIFY(doc.object().value(QLatin1String(k)).toArray().isEmpty());
        }
    }

    void csvRowQuoting_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringList{"a", "b c", ""} << QByteArray("a,b c,\r\n");
        QTest::newRow("comma") << QStringList{"Smith, Bob"} << QByteArray("\"Smith, Bob\"\r\n");
        QTest::newRow("quote") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringList{"two\nlines", "x"} << QByteArray("\"two\nlines\",x\r\n");
        QTest::newRow("carriage return") << QStringList{"a\rb"} << QByteArray("\"a\rb\"\r\n");
        QTest::newRow("unicode") << QStringList{QStringLiteral("Ødegård 東京 😀")}
                                 << (QStringLiteral("Ødegård 東京 😀").toUtf8() + "\r\n");
        QTest::newRow("formula =") << QStringList{"=1+1"} << QByteArray("'=1+1\r\n");
        QTest::newRow("formula +") << QStringList{"+1"} << QByteArray("'+1\r\n");
        QTest::newRow("formula -") << QStringList{"-2"} << QByteArray("'-2\r\n");
        QTest::newRow("formula @") << QStringList{"@SUM(A1)"} << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("formula tab") << QStringList{"\tx"} << QByteArray("'\tx\r\n");
        QTest::newRow("formula with comma") << QStringList{"=HYPERLINK(\"http://x\",\"y\")"}
                                            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
        QTest::newRow("not at the start") << QStringList{"a=b", "x-1"} << QByteArray("a=b,x-1\r\n");
        QTest::newRow("no cells") << QStringList{} << QByteArray("\r\n");
    }

    void csvRowQuoting()
    {
        QFETCH(QStringList, cells);
        QFETCH(QByteArray, expected);
        QCOMPARE(csvRow(cells), expected);
    }

    void csvRowKeepsFormulasWhenAsked()
    {
        QCOMPARE(csvRow({QStringLiteral("=1+1"), QStringLiteral("-2")}, CsvFormulas::Keep), QByteArray("=1+1,-2\r\n"));
    }

    void csvTables_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("rows");
        const Snapshot s = sampleSnapshot();
        QTest::newRow("accounts") << QStringLiteral("accounts")
                                  << QStringList{"id",        "email",       "display_name",    "given_name",
                                                 "surname",   "status",      "membership_type", "role_id",
                                                 "role_name", "external_id", "joined_on",       "last_active"}
                                  << int(s.accounts.size());
        QTest::newRow("roles") << QStringLiteral("roles") << QStringList{"id", "name", "description"}
                               << int(s.roles.size());
        QTest::newRow("groups") << QStringLiteral("groups")
                                << QStringList{"id", "name", "management_type", "external_id", "member_count"}
                                << int(s.groups.size());
        QTest::newRow("memberships") << QStringLiteral("memberships")
                                     << QStringList{"group_id", "group_name", "account_id", "email", "access_type"}
                                     << int(s.memberships.size());
        QTest::newRow("grants") << QStringLiteral("grants")
                                << QStringList{"grant_id", "entitlement_id", "resource_type",  "resource_id",
                                               "slug",     "principal_id",   "principal_email"}
                                << int(grantsOf(s).size());
    }

    void csvTables()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, header);
        QFETCH(int, rows);
        CsvTable table = CsvTable::Accounts;
        QVERIFY(csvTableFromName(name, &table));
        QCOMPARE(csvTableName(table), name);
        QString error;
        const QVector<QStringList> parsed = parseCsv(exportCsv(sampleSnapshot(), table), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), rows + 1);
        QCOMPARE(parsed.first(), header);
        for (const QStringList &r : parsed)
            QCOMPARE(r.size(), header.size());
    }

    void csvAccountsValues()
    {
        const Snapshot s = sampleSnapshot();
        QString error;
        const QVector<QStringList> rows = parseCsv(exportCsv(s, CsvTable::Accounts), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.at(1),
                 (QStringList{"dbmid:A1", "a1@example.com", QStringLiteral("Ána Ødegård 東京"), QStringLiteral("Ána"),
                              QStringLiteral("Ødegård"), "active", "full", "pid_dbtmr:1", "Team admin", "ext-1",
                              "2023-03-01T09:30:00Z", ""}));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("invited"));
        QCOMPARE(rows.at(2).at(6), QStringLiteral("limited"));
        QCOMPARE(rows.at(2).at(7), QString());  // no role
        QCOMPARE(rows.at(2).at(10), QString()); // never joined
        // Comma, quotes, a line break and an emoji survive the round trip through quoting.
        QCOMPARE(rows.at(4).at(2), QStringLiteral("Smith, \"Bob\"\nsecond line 😀"));
        QCOMPARE(rows.at(4).at(5), QStringLiteral("removed"));
    }

    void csvGroupsAndGrantsValues()
    {
        const Snapshot s = sampleSnapshot();
        QString error;
        const QVector<QStringList> groups = parseCsv(exportCsv(s, CsvTable::Groups), &error);
        QCOMPARE(groups.at(1), (QStringList{"g:1", "Engineering", "user_managed", "", "2"}));
        QCOMPARE(groups.at(2),
                 (QStringList{"g:2", "Ventes, Europe", "company_managed", "ext-g2", ""})); // unknown count
        const QVector<QStringList> grants = parseCsv(exportCsv(s, CsvTable::Grants), &error);
        QCOMPARE(grants.at(1),
                 (QStringList{"group:g:1:owner:user:dbmid:A1", "group:g:1:owner", "group", "g:1", "owner", "dbmid:A1",
                              "a1@example.com"}));
        QCOMPARE(grants.last(),
                 (QStringList{"role:pid_dbtmr:1:member:user:dbmid:A1", "role:pid_dbtmr:1:member", "role", "pid_dbtmr:1",
                              "member", "dbmid:A1", "a1@example.com"}));
        const QVector<QStringList> members = parseCsv(exportCsv(s, CsvTable::Memberships), &error);
        QCOMPARE(members.at(1), (QStringList{"g:1", "Engineering", "dbmid:A1", "a1@example.com", "owner"}));
    }

    void csvHasNoByteOrderMark()
    {
        QVERIFY(exportCsv(sampleSnapshot(), CsvTable::Roles).startsWith("id,name,description\r\n"));
    }

    void csvTableNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("table");
        QTest::newRow("accounts") << QStringLiteral("accounts") << true << int(CsvTable::Accounts);
        QTest::newRow("roles") << QStringLiteral("roles") << true << int(CsvTable::Roles);
        QTest::newRow("groups") << QStringLiteral("groups") << true << int(CsvTable::Groups);
        QTest::newRow("memberships") << QStringLiteral("memberships") << true << int(CsvTable::Memberships);
        QTest::newRow("grants") << QStringLiteral("grants") << true << int(CsvTable::Grants);
        QTest::newRow("any case") << QStringLiteral("Grants") << true << int(CsvTable::Grants);
        QTest::newRow("singular") << QStringLiteral("account") << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
    }

    void csvTableNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(int, table);
        CsvTable t = CsvTable::Accounts;
        QCOMPARE(csvTableFromName(name, &t), ok);
        if (ok)
            QCOMPARE(int(t), table);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_store_export.moc"
