#include "StoreFixtures.h"

#include "store/SnapshotStore.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace dbx::test {

Account sampleAccount(const QString &id)
{
    Account a;
    a.teamMemberId = id;
    a.email = id.mid(6).toLower() + QStringLiteral("@example.com");
    a.emailVerified = true;
    a.givenName = QStringLiteral("Given ") + id;
    a.surname = QStringLiteral("Surname");
    a.familiarName = a.givenName;
    a.displayName = a.givenName + QStringLiteral(" Surname");
    a.abbreviatedName = QStringLiteral("GS");
    a.memberFolderId = QStringLiteral("100") + id.right(1);
    a.rootFolderId = QStringLiteral("200") + id.right(1);
    a.accountId = QStringLiteral("dbid:") + id.mid(6);
    a.persistentId = QStringLiteral("pid-") + id.mid(6);
    a.joinedOn = QDateTime(QDate(2023, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);
    a.invitedOn = QDateTime(QDate(2023, 2, 28), QTime(17, 0, 0), Qt::UTC);
    return a;
}

Snapshot sampleSnapshot()
{
    Snapshot s;
    // Not UTC on purpose: the store keeps the instant, and QDateTime compares instants.
    s.startedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), QTimeZone(3600 * 2));
    s.finishedAt = QDateTime(QDate(2024, 5, 6), QTime(5, 9, 0, 0), Qt::UTC);
    s.team = {QStringLiteral("Équipe Ünïcode 東京"), QStringLiteral("dbtid:AAAteam"), 50, 40, 38};
    s.admin = {QStringLiteral("dbmid:A1"), QStringLiteral("a1@example.com"), QStringLiteral("Ána Ødegård"),
               QStringLiteral("dbid:A1")};

    s.roles = {{QStringLiteral("pid_dbtmr:1"), QStringLiteral("Team admin"), QStringLiteral("Everything")},
               {QStringLiteral("pid_dbtmr:2"), QStringLiteral("User management admin"), QString()},
               {QStringLiteral("pid_dbtmr:3"), QStringLiteral("Support admin"), QStringLiteral("Résumé, \"quotes\"")}};

    s.groups
        = {{QStringLiteral("g:1"), QStringLiteral("Engineering"), GroupManagementType::UserManaged, QString(), 2},
           {QStringLiteral("g:2"), QStringLiteral("Ventes, Europe"), GroupManagementType::CompanyManaged,
            QStringLiteral("ext-g2"), -1},
           {QStringLiteral("g:3"), QStringLiteral("Everyone 🌍"), GroupManagementType::SystemManaged, QString(), 0}};

    Account a1 = sampleAccount(QStringLiteral("dbmid:A1"));
    a1.displayName = QStringLiteral("Ána Ødegård 東京");
    a1.givenName = QStringLiteral("Ána");
    a1.surname = QStringLiteral("Ødegård");
    a1.roleId = QStringLiteral("pid_dbtmr:1");
    a1.groupIds = {QStringLiteral("g:1"), QStringLiteral("g:2")};
    a1.externalId = QStringLiteral("ext-1");
    a1.profilePhotoUrl = QStringLiteral("https://photos.example.com/a1.jpg?size=128&v=2");
    a1.secondaryEmails = {{QStringLiteral("ana@old.example.com"), true}, {QStringLiteral("ána@ü.example"), false}};

    Account a2 = sampleAccount(QStringLiteral("dbmid:A2"));
    a2.status = AccountStatus::Invited;
    a2.emailVerified = false;
    a2.accountId = QString();  // invited members have none
    a2.joinedOn = QDateTime(); // never joined: a null date
    a2.membershipType = MembershipType::Limited;

    Account a3 = sampleAccount(QStringLiteral("dbmid:A3"));
    a3.status = AccountStatus::Suspended;
    a3.suspendedOn = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    a3.isDirectoryRestricted = true;
    a3.groupIds = {QStringLiteral("g:1")};

    Account a4 = sampleAccount(QStringLiteral("dbmid:A4"));
    a4.status = AccountStatus::Removed;
    a4.removedIsRecoverable = true;
    a4.removedIsDisconnected = true;
    a4.displayName = QStringLiteral("Smith, \"Bob\"\nsecond line 😀");
    a4.invitedOn = QDateTime();
    a4.groupIds = {QStringLiteral("g:2")};

    s.accounts = {a1, a2, a3, a4};
    s.memberships = {{QStringLiteral("g:1"), QStringLiteral("dbmid:A1"), AccessType::Owner},
                     {QStringLiteral("g:1"), QStringLiteral("dbmid:A3"), AccessType::Member},
                     {QStringLiteral("g:2"), QStringLiteral("dbmid:A1"), AccessType::Member},
                     {QStringLiteral("g:2"), QStringLiteral("dbmid:A4"), AccessType::Member}};
    return s;
}

namespace {
template <typename T, typename Describe>
bool sameList(const QVector<T> &actual, const QVector<T> &expected, const char *what, Describe describe, QString *why)
{
    if (actual.size() != expected.size()) {
        *why = QStringLiteral("%1: %2 rows, expected %3")
                   .arg(QLatin1String(what))
                   .arg(actual.size())
                   .arg(expected.size());
        return false;
    }
    for (int i = 0; i < actual.size(); ++i) {
        if (!(actual.at(i) == expected.at(i))) {
            *why = QStringLiteral("%1 #%2 differs: %3")
                       .arg(QLatin1String(what))
                       .arg(i)
                       .arg(describe(actual.at(i), expected.at(i)));
            return false;
        }
    }
    return true;
}

// Names the fields in which two accounts differ, as the store's diff does.
QString describeAccount(const Account &a, const Account &e)
{
    return e.teamMemberId + QStringLiteral(": ") + changedAccountFields(a, e).join(QStringLiteral(", "));
}
} // namespace

bool sameSnapshot(const Snapshot &actual, const Snapshot &expected, QString *why)
{
    auto fail = [why](const QString &w) {
        *why = w;
        return false;
    };
    if (actual.startedAt != expected.startedAt)
        return fail(
            QStringLiteral("startedAt %1 != %2")
                .arg(actual.startedAt.toString(Qt::ISODateWithMs), expected.startedAt.toString(Qt::ISODateWithMs)));
    if (actual.finishedAt != expected.finishedAt)
        return fail(QStringLiteral("finishedAt differs"));
    const TeamInfo &t = actual.team, &u = expected.team;
    if (t.name != u.name || t.teamId != u.teamId || t.numLicensedUsers != u.numLicensedUsers
        || t.numProvisionedUsers != u.numProvisionedUsers || t.numUsedLicenses != u.numUsedLicenses)
        return fail(QStringLiteral("team info differs"));
    const AdminProfile &p = actual.admin, &q = expected.admin;
    if (p.teamMemberId != q.teamMemberId || p.email != q.email || p.displayName != q.displayName
        || p.accountId != q.accountId)
        return fail(QStringLiteral("admin differs"));
    const auto plain = [](const auto &, const auto &) { return QString(); };
    return sameList(actual.accounts, expected.accounts, "account", describeAccount, why)
        && sameList(actual.roles, expected.roles, "role", plain, why)
        && sameList(actual.groups, expected.groups, "group", plain, why)
        && sameList(actual.memberships, expected.memberships, "membership", plain, why);
}

QStringList grantIds(const QVector<Grant> &grants)
{
    QStringList ids;
    for (const Grant &g : grants)
        ids << g.id();
    ids.sort();
    return ids;
}

QStringList accountIds(const QVector<Account> &accounts)
{
    QStringList ids;
    for (const Account &a : accounts)
        ids << a.teamMemberId;
    return ids;
}

QString StoreTestBase::newPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_files)); }

std::unique_ptr<SnapshotStore> StoreTestBase::openStore(const QString &path)
{
    auto store = std::make_unique<SnapshotStore>();
    if (const Expected<void> opened = store->open(path); !opened) {
        qWarning() << "open failed:" << opened.error().message();
        return nullptr;
    }
    return store;
}

qint64 StoreTestBase::commit(SnapshotStore &store, const Snapshot &s)
{
    const Expected<qint64> run = store.beginRun();
    const Expected<void> committed = run ? store.commitRun(*run, s, 42) : Expected<void>(unexpected(run.error()));
    if (!committed) {
        qWarning().noquote() << "commit failed:" << committed.error().message();
        return 0;
    }
    return *run;
}

std::pair<std::unique_ptr<SnapshotStore>, qint64> StoreTestBase::storeWithRun(const Snapshot &s)
{
    std::unique_ptr<SnapshotStore> store = openStore(newPath());
    const qint64 run = store ? commit(*store, s) : 0;
    return {std::move(store), run};
}

qint64 StoreTestBase::commitToFile(const QString &path, const Snapshot &s)
{
    std::unique_ptr<SnapshotStore> store = openStore(path);
    return store ? commit(*store, s) : 0;
}

RawDb::RawDb(const QString &path) : m_connection(QStringLiteral("raw-"), path)
{
    QSqlDatabase db = m_connection.db();
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        m_error = db.lastError().text();
}

bool RawDb::exec(const QString &sql)
{
    QSqlQuery q(m_connection.db());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QVariant RawDb::scalar(const QString &sql)
{
    QSqlQuery q(m_connection.db());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return QVariant();
    }
    return q.next() ? q.value(0) : QVariant();
}

} // namespace dbx::test
