// Plans and prechecks: CSV parsing with line numbers, option parsing, the preview's three
// verdicts (and rows that see what the rows before them would change), the report, and every
// error tag of the reference explained in words. A plan broken as a whole (unclosed quote, too
// large, not UTF-8, ...) is rejected as a whole (that it then sends nothing to the simulated team
// is tst_provision_plan_reject, in the integration tests). No network.

#include "provision/ErrorText.h"
#include "provision/Plan.h"
#include "provision/Provisioner.h"
#include "provision/TeamState.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

namespace {

Account account(const QString &id, const QString &email, AccountStatus status, const QString &role = {})
{
    Account a;
    a.teamMemberId = id;
    a.email = email;
    a.status = status;
    a.roleId = role;
    a.displayName = email.section(QLatin1Char('@'), 0, 0);
    return a;
}

Snapshot team()
{
    Snapshot s;
    s.runId = 1;
    s.accounts << account(QStringLiteral("dbmid:ann"), QStringLiteral("ann@example.com"), AccountStatus::Active,
                          QStringLiteral("pid_dbtmr:1"))
               << account(QStringLiteral("dbmid:bob"), QStringLiteral("bob@example.com"), AccountStatus::Active)
               << account(QStringLiteral("dbmid:cat"), QStringLiteral("cat@example.com"), AccountStatus::Suspended)
               << account(QStringLiteral("dbmid:dan"), QStringLiteral("dan@example.com"), AccountStatus::Invited)
               << account(QStringLiteral("dbmid:eve"), QStringLiteral("eve@example.com"), AccountStatus::Removed)
               << account(QStringLiteral("dbmid:fay"), QStringLiteral("fay@example.com"), AccountStatus::Removed);
    s.accounts[4].removedIsRecoverable = true;
    s.accounts[1].externalId = QStringLiteral("ext-bob");
    s.roles << Role{QStringLiteral("pid_dbtmr:1"), QStringLiteral("Team admin"), QString()}
            << Role{QStringLiteral("pid_dbtmr:2"), QStringLiteral("User management admin"), QString()}
            << Role{QStringLiteral("pid_dbtmr:3"), QStringLiteral("Support admin"), QString()};
    const auto group = [](const char *id, const char *name, GroupManagementType t) {
        Group g;
        g.id = QString::fromLatin1(id);
        g.name = QString::fromLatin1(name);
        g.managementType = t;
        return g;
    };
    s.groups << group("g:1", "Sales", GroupManagementType::UserManaged)
             << group("g:2", "Everyone at Example", GroupManagementType::SystemManaged)
             << group("g:3", "Finance", GroupManagementType::CompanyManaged)
             << group("g:4", "Twin", GroupManagementType::UserManaged)
             << group("g:5", "Twin", GroupManagementType::UserManaged);
    s.memberships << Membership{QStringLiteral("g:1"), QStringLiteral("dbmid:bob"), AccessType::Member}
                  << Membership{QStringLiteral("g:1"), QStringLiteral("dbmid:ann"), AccessType::Owner}
                  << Membership{QStringLiteral("g:3"), QStringLiteral("dbmid:bob"), AccessType::Member};
    return s;
}

QByteArray dataFile(const char *name)
{
    QFile f(QStringLiteral(DBX_TEST_DATA_DIR "/provision/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

const PlanRow *rowAt(const Plan &plan, int line)
{
    for (const PlanRow &r : plan.rows) {
        if (r.line == line)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestProvisionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRowsWithLineNumbers()
    {
        const Plan plan = parsePlan(dataFile("plan_mixed.csv"), QStringLiteral("plan_mixed.csv"));
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.rows.size(), 12); // header, comment and blank line skipped
        QCOMPARE(plan.rows.first().line, 3);

        const PlanRow *create = rowAt(plan, 3);
        QVERIFY(create && create->parsed);
        QCOMPARE(create->operation.type, OperationType::CreateAccount);
        QCOMPARE(create->operation.givenName, QStringLiteral("New"));
        QCOMPARE(create->operation.sendWelcomeEmail, false);

        const PlanRow *owner = rowAt(plan, 4);
        QVERIFY(owner && owner->parsed);
        QCOMPARE(owner->operation.accessType, AccessType::Owner);
        QCOMPARE(owner->operation.group, QStringLiteral("Sales"));

        const PlanRow *unknown = rowAt(plan, 8);
        QVERIFY(unknown && !unknown->parsed);
        QVERIFY2(unknown->parseError.contains(QStringLiteral("frobnicate")), qPrintable(unknown->parseError));

        const PlanRow *quoted = rowAt(plan, 12);
        QVERIFY(quoted && quoted->parsed);
        QCOMPARE(quoted->operation.givenName, QStringLiteral("Lee, Jr."));
        QCOMPARE(quoted->operation.surname, QStringLiteral("O'Neil"));

        const PlanRow *badOption = rowAt(plan, 14);
        QVERIFY(badOption && !badOption->parsed);
        QVERIFY2(badOption->parseError.contains(QStringLiteral("colour")), qPrintable(badOption->parseError));
        QCOMPARE(badOption->status(), QStringLiteral("invalid"));
    }

    void rejectsWrongHeader()
    {
        const Plan plan = parsePlan(dataFile("plan_badheader.csv"));
        QVERIFY(!plan.isValid());
        QVERIFY2(plan.error.contains(QStringLiteral("Line 1")), qPrintable(plan.error));
        QVERIFY(!parsePlan(QByteArray()).isValid());
    }

    // The plan of the report: four rows, an unclosed quote on line 3. It used to preview as two
    // rows (the quote swallowing the rest, remove-account included) while line 2 still applied.
    void unclosedQuoteRejectsWholePlan()
    {
        const QByteArray csv = "action,email_or_id,group_or_role,options\n"
                               "suspend,a@example.com,,\n"
                               "add-to-group,b@example.com,\"Sales,\n"
                               "unsuspend,c@example.com,,\n"
                               "remove-account,d@example.com,,\n";
        const Plan plan = parsePlan(csv, QStringLiteral("four.csv"));
        QVERIFY(!plan.isValid());
        QCOMPARE(plan.errorLine, 3);
        QVERIFY2(plan.error.startsWith(QStringLiteral("Line 3: a quoted field starts here and is never closed")),
                 qPrintable(plan.error));
        QVERIFY2(plan.error.contains(QStringLiteral("none of its rows is applied")), qPrintable(plan.error));
        QVERIFY(plan.rows.isEmpty());
        QVERIFY(plan.anyFailed());

        // The line is where the quote opened, also after a valid multi-line quoted field and CRLF.
        const QByteArray later = "action,email_or_id,group_or_role,options\r\n"
                                 "create-account,e@example.com,,\"given_name=Two\r\nLines\"\r\n"
                                 "suspend,f@example.com,,\r\n"
                                 "suspend,\"g@example.com,,\r\n"
                                 "suspend,h@example.com,,\r\n";
        const Plan p2 = parsePlan(later);
        QVERIFY(!p2.isValid());
        QCOMPARE(p2.errorLine, 5);
        QVERIFY2(p2.error.startsWith(QStringLiteral("Line 5:")), qPrintable(p2.error));

        const auto records = parseCsv(QString::fromUtf8(csv));
        QVERIFY(!records); // no records, only the error
        const QString error = records.error().message();
        QVERIFY2(error.startsWith(QStringLiteral("Line 3:")), qPrintable(error));
    }

    void structuralBreakageRejectsWholePlan_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = "action,email_or_id,group_or_role,options\n";
        QTest::newRow("stray quote in a field") << head + "suspend,a@b.com,,\nsuspend,o\"neil@b.com,,\n"
                                                << 3 << QStringLiteral("quote inside a field");
        QTest::newRow("text after closing quote") << head + "suspend,\"a@b.com\"x,,\n"
                                                  << 2 << QStringLiteral("follows the closing quote");
        QTest::newRow("NUL byte") << head + "suspend,a@b.com,,\nsuspend,b@b.com" + QByteArray(1, '\0') + ",,\n"
                                  << 3 << QStringLiteral("NUL");
        QTest::newRow("Latin-1, not UTF-8") << head + "suspend,a@b.com,,\n\n" + "suspend,jos\xe9@b.com,,\n"
                                            << 4 << QStringLiteral("UTF-8");
        QTest::newRow("truncated UTF-8") << head + "create-account,a@b.com,,given_name=\xc3\n"
                                         << 2 << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0c\0",
                                              6)
                                << 1 << QStringLiteral("UTF-16");
        QTest::newRow("unclosed quote on the header")
            << QByteArray("\"action,email_or_id,group_or_role,options\n") << 1 << QStringLiteral("never closed");
    }

    void structuralBreakageRejectsWholePlan()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const Plan plan = parsePlan(csv);
        QVERIFY(!plan.isValid());
        QVERIFY(plan.rows.isEmpty());
        QCOMPARE(plan.errorLine, line);
        QVERIFY2(plan.error.contains(QStringLiteral("Line %1").arg(line)), qPrintable(plan.error));
        QVERIFY2(plan.error.contains(mentions), qPrintable(plan.error));
    }

    // What stays accepted: quotes around fields with blanks outside them, doubled quotes, a
    // comment with any quotes, CR line ends, a BOM, and UTF-8 names.
    void lenientWhereHarmless()
    {
        const QByteArray csv
            = "\xEF\xBB\xBF"
              "action,email_or_id,group_or_role,options\r"
              "# Bob \"the builder\" O'Neil's rows\r"
              " \"create-account\" , \"jos\xc3\xa9@example.com\" ,,\"given_name=Jos\xc3\xa9;surname=\"\"Q\"\"\"\r"
              "suspend,bob@example.com,,\r";
        const Plan plan = parsePlan(csv);
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows[0].line, 3);
        QVERIFY2(plan.rows[0].parsed, qPrintable(plan.rows[0].parseError));
        QCOMPARE(plan.rows[0].operation.user.value, QStringLiteral("jos\u00e9@example.com"));
        QCOMPARE(plan.rows[0].operation.givenName, QStringLiteral("Jos\u00e9"));
        QCOMPARE(plan.rows[0].operation.surname, QStringLiteral("\"Q\""));
        QCOMPARE(plan.rows[1].line, 4);
        QVERIFY(plan.rows[1].parsed);
    }

    void sizeLimit()
    {
        // In memory: one byte over the limit is refused with the size and the limit.
        QByteArray big = planHeader().toUtf8() + '\n';
        big += QByteArray(int(kMaxPlanBytes) + 1 - big.size(), '#');
        const Plan plan = parsePlan(big, QStringLiteral("big.csv"));
        QVERIFY(!plan.isValid());
        QVERIFY(plan.rows.isEmpty());
        QVERIFY2(plan.error.contains(QStringLiteral("20000001 bytes")), qPrintable(plan.error));
        QVERIFY2(plan.error.contains(QStringLiteral("at most 20 MB")), qPrintable(plan.error));
        big.clear();

        // On disk: refused before it is read. The file is sparse zeros: had it been read, the
        // NUL bytes would have been the complaint.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxPlanBytes + 5));
        f.close();
        const Plan fromFile = readPlanFile(path);
        QVERIFY(!fromFile.isValid());
        QVERIFY2(fromFile.error.contains(QStringLiteral("20.0 MB (20000005 bytes)")), qPrintable(fromFile.error));
        QVERIFY2(!fromFile.error.contains(QStringLiteral("NUL")), qPrintable(fromFile.error));

        // At the limit it is read (and judged on its content).
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(kMaxPlanBytes));
        f.close();
        QVERIFY(readPlanFile(path).error.contains(QStringLiteral("NUL")));
    }

    void rowLimit()
    {
        QByteArray csv = planHeader().toUtf8() + '\n';
        csv.reserve(csv.size() + (kMaxPlanRows + 1) * 22);
        for (int i = 0; i <= kMaxPlanRows; ++i)
            csv += "unsuspend,a@b.com,,\n";
        const Plan plan = parsePlan(csv);
        QVERIFY(!plan.isValid());
        QVERIFY(plan.rows.isEmpty());
        QCOMPARE(plan.errorLine, kMaxPlanRows + 2);
        QVERIFY2(plan.error.contains(QStringLiteral("more than %1 rows").arg(kMaxPlanRows)), qPrintable(plan.error));
    }

    void optionErrors_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad bool") << QStringLiteral("suspend,a@b.com,,wipe_data=maybe") << QStringLiteral("wipe_data");
        QTest::newRow("not key=value") << QStringLiteral("suspend,a@b.com,,wipe_data") << QStringLiteral("key=value");
        QTest::newRow("no user") << QStringLiteral("suspend,,,") << QStringLiteral("email_or_id");
        QTest::newRow("no group") << QStringLiteral("add-to-group,a@b.com,,") << QStringLiteral("group");
        QTest::newRow("no role") << QStringLiteral("set-role,a@b.com,,") << QStringLiteral("role");
        QTest::newRow("access missing") << QStringLiteral("set-access-type,a@b.com,Sales,") << QStringLiteral("owner");
        QTest::newRow("bad access") << QStringLiteral("set-access-type,a@b.com,Sales,access=boss")
                                    << QStringLiteral("boss");
        QTest::newRow("object on suspend") << QStringLiteral("suspend,a@b.com,Sales,") << QStringLiteral("Sales");
        QTest::newRow("too many columns") << QStringLiteral("suspend,a@b.com,,,extra") << QStringLiteral("5 columns");
        QTest::newRow("options on unsuspend")
            << QStringLiteral("unsuspend,a@b.com,,x=1") << QStringLiteral("no options");
        QTest::newRow("member on create-group")
            << QStringLiteral("create_group,a@b.com,Sales,") << QStringLiteral("names no member");
        QTest::newRow("no group to create") << QStringLiteral("create-group,,,") << QStringLiteral("group_or_role");
        QTest::newRow("rename without a name") << QStringLiteral("rename_group,,Sales,") << QStringLiteral("new_name");
        QTest::newRow("bad management") << QStringLiteral("set_group,,Sales,management=anyone")
                                        << QStringLiteral("company or user");
        QTest::newRow("group on recover")
            << QStringLiteral("recover_account,a@b.com,Sales,") << QStringLiteral("Sales");
        QTest::newRow("unknown profile option")
            << QStringLiteral("set_profile,a@b.com,,nickname=A") << QStringLiteral("nickname");
    }

    void optionErrors()
    {
        QFETCH(QString, row);
        QFETCH(QString, mentions);
        const Plan plan = parsePlan((planHeader() + QLatin1Char('\n') + row + QLatin1Char('\n')).toUtf8());
        QVERIFY(plan.isValid());
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().line, 2);
        QVERIFY(!plan.rows.first().parsed);
        QVERIFY2(plan.rows.first().parseError.contains(mentions), qPrintable(plan.rows.first().parseError));
    }

    void previewSortsRows()
    {
        Plan plan = parsePlan(dataFile("plan_mixed.csv"));
        previewPlan(&plan, TeamState(team()));
        const auto verdictAt = [&](int line) { return rowAt(plan, line)->status(); };
        QCOMPARE(verdictAt(3), QStringLiteral("will_change"));
        QCOMPARE(verdictAt(4), QStringLiteral("will_change")); // sees the account row 3 creates
        QCOMPARE(verdictAt(6), QStringLiteral("will_change"));
        QCOMPARE(verdictAt(7), QStringLiteral("no_change")); // cat is already suspended
        QCOMPARE(verdictAt(8), QStringLiteral("invalid"));
        QCOMPARE(verdictAt(9), QStringLiteral("invalid")); // no such role
        QVERIFY(rowAt(plan, 9)->message().contains(QStringLiteral("No Such Role")));
        QCOMPARE(verdictAt(10), QStringLiteral("no_change")); // bob is in Sales
        QCOMPARE(verdictAt(11), QStringLiteral("invalid"));   // keep_account with wipe_data
        QVERIFY2(rowAt(plan, 11)->message().contains(QStringLiteral("wipe")), qPrintable(rowAt(plan, 11)->message()));
        QCOMPARE(verdictAt(12), QStringLiteral("will_change"));
        QCOMPARE(verdictAt(13), QStringLiteral("will_change")); // demote ann, an owner
        QCOMPARE(verdictAt(14), QStringLiteral("invalid"));
        QCOMPARE(verdictAt(15), QStringLiteral("will_change"));
        QCOMPARE(plan.count(Precheck::Verdict::WillChange), 6);
        QCOMPARE(plan.count(Precheck::Verdict::AlreadySo), 2);
        QCOMPARE(plan.count(Precheck::Verdict::Invalid), 4);

        const QByteArray report = planReport(plan);
        const QList<QByteArray> lines = report.split('\n');
        QVERIFY(lines.first().startsWith("line,action,email_or_id,group_or_role,options,status,message"));
        QCOMPARE(report.count('\n'), 13);
        QVERIFY(report.contains("\"given_name=Lee, Jr.;surname=O'Neil\""));
    }

    void prechecks_data()
    {
        QTest::addColumn<Operation>("op");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("mentions");
        const auto u = [](const char *s) { return UserSelector::parse(QString::fromLatin1(s)); };
        const int will = int(Precheck::Verdict::WillChange), already = int(Precheck::Verdict::AlreadySo),
                  bad = int(Precheck::Verdict::Invalid);
        QTest::newRow("create present member") << Operation::createAccount(QStringLiteral("BOB@example.com")) << already
                                               << QStringLiteral("already on the team");
        QTest::newRow("create recoverable removed")
            << Operation::createAccount(QStringLiteral("eve@example.com")) << bad << QStringLiteral("restored");
        QTest::newRow("create unrecoverable removed")
            << Operation::createAccount(QStringLiteral("fay@example.com")) << will << QString();
        QTest::newRow("create bad email")
            << Operation::createAccount(QStringLiteral("not-an-email")) << bad << QStringLiteral("valid email");
        QTest::newRow("create used external id")
            << Operation::createAccount(QStringLiteral("x@example.com"), {}, {}, QStringLiteral("ext-bob")) << bad
            << QStringLiteral("bob@example.com");
        QTest::newRow("create with role by name") << Operation::createAccount(QStringLiteral("x@example.com"), {}, {},
                                                                              {}, true, QStringLiteral("support admin"))
                                                  << will << QString();
        QTest::newRow("remove unknown") << Operation::removeAccount(u("nobody@example.com")) << bad
                                        << QStringLiteral("nobody@example.com");
        QTest::newRow("remove removed") << Operation::removeAccount(u("dbmid:eve")) << already
                                        << QStringLiteral("already removed");
        QTest::newRow("remove keep+transfer")
            << Operation::removeAccount(u("bob@example.com"), false, true, u("ann@example.com"), u("ann@example.com"))
            << bad << QStringLiteral("transferred");
        QTest::newRow("remove transfer without admin")
            << Operation::removeAccount(u("bob@example.com"), true, false, u("ann@example.com")) << bad
            << QStringLiteral("transfer_admin");
        QTest::newRow("remove transfer to self")
            << Operation::removeAccount(u("bob@example.com"), true, false, u("bob@example.com"), u("ann@example.com"))
            << bad << QStringLiteral("another recipient");
        QTest::newRow("remove retain without keep")
            << Operation::removeAccount(u("bob@example.com"), false, false, {}, {}, true) << bad
            << QStringLiteral("keep_account");
        QTest::newRow("remove keep invited")
            << Operation::removeAccount(u("dan@example.com"), false, true) << bad << QStringLiteral("invited");
        QTest::newRow("remove with transfer")
            << Operation::removeAccount(u("bob@example.com"), true, false, u("ann@example.com"), u("ann@example.com"))
            << will << QString();
        QTest::newRow("suspend suspended")
            << Operation::suspend(u("cat@example.com")) << already << QStringLiteral("already suspended");
        QTest::newRow("suspend invited") << Operation::suspend(u("dan@example.com")) << bad
                                         << QStringLiteral("invited");
        QTest::newRow("unsuspend active")
            << Operation::unsuspend(u("bob@example.com")) << already << QStringLiteral("not suspended");
        QTest::newRow("unsuspend suspended") << Operation::unsuspend(u("cat@example.com")) << will << QString();
        QTest::newRow("set held role") << Operation::setRole(u("ann@example.com"), QStringLiteral("Team admin"))
                                       << already << QStringLiteral("already holds");
        QTest::newRow("set unknown role") << Operation::setRole(u("ann@example.com"), QStringLiteral("pid_dbtmr:99"))
                                          << bad << QStringLiteral("pid_dbtmr:99");
        QTest::newRow("clear no role") << Operation::clearRole(u("bob@example.com")) << already
                                       << QStringLiteral("no admin role");
        QTest::newRow("add to system group") << Operation::addToGroup(u("bob@example.com"), QStringLiteral("g:2"))
                                             << bad << QStringLiteral("managed by Dropbox");
        QTest::newRow("add to ambiguous group") << Operation::addToGroup(u("bob@example.com"), QStringLiteral("Twin"))
                                                << bad << QStringLiteral("by its id");
        QTest::newRow("add to unknown group")
            << Operation::addToGroup(u("bob@example.com"), QStringLiteral("Nope")) << bad << QStringLiteral("Nope");
        QTest::newRow("add member as owner")
            << Operation::addToGroup(u("bob@example.com"), QStringLiteral("Sales"), AccessType::Owner) << bad
            << QStringLiteral("set-access-type");
        QTest::newRow("suspended owner") << Operation::addToGroup(u("cat@example.com"), QStringLiteral("Sales"),
                                                                  AccessType::Owner)
                                         << bad << QStringLiteral("suspended");
        QTest::newRow("owner of company group")
            << Operation::setAccessType(u("bob@example.com"), QStringLiteral("Finance"), AccessType::Owner) << bad
            << QStringLiteral("company managed");
        QTest::newRow("remove non-member") << Operation::removeFromGroup(u("dan@example.com"), QStringLiteral("Sales"))
                                           << already << QStringLiteral("not in");
        QTest::newRow("access of non-member")
            << Operation::setAccessType(u("dan@example.com"), QStringLiteral("Sales"), AccessType::Owner) << bad
            << QStringLiteral("add-to-group");
        QTest::newRow("demote owner") << Operation::setAccessType(u("ann@example.com"), QStringLiteral("Sales"),
                                                                  AccessType::Member)
                                      << will << QString();
    }

    void prechecks()
    {
        QFETCH(Operation, op);
        QFETCH(int, verdict);
        QFETCH(QString, mentions);
        const TeamState state(team());
        const Precheck c = state.precheck(op);
        QCOMPARE(int(c.verdict), verdict);
        QVERIFY2(c.reason.contains(mentions, Qt::CaseInsensitive), qPrintable(c.reason));
    }

    void noSnapshotMeansSyncFirst()
    {
        const Precheck c = TeamState().precheck(Operation::suspend(UserSelector::byEmail(QStringLiteral("a@b.com"))));
        QCOMPARE(c.verdict, Precheck::Verdict::Invalid);
        QVERIFY(c.reason.contains(QStringLiteral("sync")));
    }

    void confirmationsSpellOutConsequences()
    {
        const Snapshot s = team();
        const auto u = [](const char *x) { return UserSelector::parse(QString::fromLatin1(x)); };
        const QString setRole
            = Operation::setRole(u("ann@example.com"), QStringLiteral("pid_dbtmr:2")).confirmationText(&s);
        QVERIFY2(setRole.contains(QStringLiteral("\"Team admin\""))
                     && setRole.contains(QStringLiteral("\"User management admin\"")),
                 qPrintable(setRole));
        QVERIFY(setRole.contains(QStringLiteral("replaced")));
        const QString remove = Operation::removeAccount(u("bob@example.com")).confirmationText(&s);
        QVERIFY2(remove.contains(QStringLiteral("files")) && remove.contains(QStringLiteral("7 days")),
                 qPrintable(remove));
        const QString keep = Operation::removeAccount(u("bob@example.com"), false, true).confirmationText(&s);
        QVERIFY2(keep.contains(QStringLiteral("Basic")), qPrintable(keep));
        const QString transfer
            = Operation::removeAccount(u("bob@example.com"), true, false, u("ann@example.com"), u("ann@example.com"))
                  .confirmationText(&s);
        QVERIFY2(transfer.contains(QStringLiteral("transferred to ann")), qPrintable(transfer));
        const QString demote = Operation::setAccessType(u("ann@example.com"), QStringLiteral("g:1"), AccessType::Member)
                                   .confirmationText(&s);
        QVERIFY2(demote.contains(QStringLiteral("stays in \"Sales\"")), qPrintable(demote));
        QVERIFY(!Operation::suspend(u("bob@example.com")).describe(&s).isEmpty());
    }

    void everyReferenceTagIsExplained()
    {
        const char *tags[] = {
            "user_not_found",
            "user_not_in_team",
            "remove_last_admin",
            "cannot_keep_account_and_transfer",
            "cannot_keep_account_and_delete_data",
            "cannot_keep_invited_user_account",
            "cannot_retain_shares_when_data_wiped",
            "cannot_retain_shares_when_no_account_kept",
            "cannot_retain_shares_when_team_external_sharing_off",
            "cannot_keep_account",
            "cannot_keep_account_under_legal_hold",
            "cannot_keep_account_required_to_sign_tos",
            "email_address_too_long_to_be_disabled",
            "member_is_transfer_destination",
            "removed_and_transfer_dest_should_differ",
            "removed_and_transfer_admin_should_differ",
            "transfer_dest_user_not_found",
            "transfer_dest_user_not_in_team",
            "transfer_admin_user_not_in_team",
            "transfer_admin_user_not_found",
            "unspecified_transfer_admin_id",
            "transfer_admin_is_not_admin",
            "recipient_not_verified",
            "suspend_inactive_user",
            "suspend_last_admin",
            "team_license_limit",
            "unsuspend_non_suspended_member",
            "last_admin",
            "cannot_set_permissions",
            "role_not_found",
            "free_team_member_limit_reached",
            "user_already_on_team",
            "user_on_another_team",
            "user_already_paired",
            "user_migration_failed",
            "duplicate_external_member_id",
            "duplicate_member_persistent_id",
            "persistent_id_disabled",
            "user_creation_failed",
            "group_not_found",
            "group_not_in_team",
            "system_managed_group_disallowed",
            "duplicate_user",
            "members_not_in_team",
            "users_not_found",
            "user_must_be_active_to_be_owner",
            "user_cannot_be_manager_of_company_managed_group",
            "member_not_in_group",
            "invalid_async_job_id",
            "internal_error",
            // the group lifecycle and member upkeep (team.stone)
            "group_name_already_used",
            "group_name_invalid",
            "external_id_already_in_use",
            "group_already_deleted",
            "user_unrecoverable",
            "external_id_and_new_external_id_unsafe",
            "no_new_data_specified",
            "email_reserved_for_other_user",
            "external_id_used_by_other_user",
            "set_profile_disallowed",
            "param_cannot_be_empty",
            "persistent_id_used_by_other_user",
            "directory_restricted_off",
        };
        const QString fallback = explainTag(QStringLiteral("some_tag_nobody_knows"));
        QVERIFY(fallback.contains(QStringLiteral("some_tag_nobody_knows")));
        for (const char *t : tags) {
            const QString text = explainTag(QString::fromLatin1(t));
            QVERIFY2(!text.contains(QLatin1String(t)) && text.size() > 15, t);
        }
        QVERIFY(tagMeansNoChange(OperationType::AddToGroup, QStringLiteral("duplicate_user")));
        QVERIFY(tagMeansNoChange(OperationType::RemoveFromGroup, QStringLiteral("member_not_in_group")));
        QVERIFY(!tagMeansNoChange(OperationType::SetAccessType, QStringLiteral("member_not_in_group")));
        QVERIFY(tagMeansNoChange(OperationType::Unsuspend, QStringLiteral("unsuspend_non_suspended_member")));
        QVERIFY(!tagMeansNoChange(OperationType::Suspend, QStringLiteral("suspend_last_admin")));

        Error scope;
        scope.kind = Error::Kind::Unauthorized;
        scope.tag = QStringLiteral("missing_scope");
        scope.requiredScope = QStringLiteral("members.delete");
        QVERIFY(explainError(scope).contains(QStringLiteral("members.delete")));
    }

    void userSelectors()
    {
        QCOMPARE(UserSelector::parse(QStringLiteral("dbmid:abc")).kind, UserSelector::Kind::TeamMemberId);
        QCOMPARE(UserSelector::parse(QStringLiteral(" a@b.com ")).kind, UserSelector::Kind::Email);
        QCOMPARE(UserSelector::parse(QStringLiteral("a@b.com")).value, QStringLiteral("a@b.com"));
        QCOMPARE(UserSelector::parse(QStringLiteral("external_id:E1")).kind, UserSelector::Kind::ExternalId);
        QCOMPARE(UserSelector::parse(QStringLiteral("external_id:E1")).value, QStringLiteral("E1"));
        QVERIFY(UserSelector::parse(QString()).isEmpty());
        const QJsonObject j = UserSelector::byEmail(QStringLiteral("a@b.com")).toJson();
        QCOMPARE(j.value(QStringLiteral(".tag")).toString(), QStringLiteral("email"));
        QCOMPARE(j.value(QStringLiteral("email")).toString(), QStringLiteral("a@b.com"));
    }
};

QTEST_GUILESS_MAIN(TestProvisionPlan)
#include "tst_provision_plan.moc"
