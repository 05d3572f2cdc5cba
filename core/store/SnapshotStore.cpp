#include "store/SnapshotStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcStore, "dbx.store")

namespace dbx {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("dbx::SnapshotStore", s); }

const QString kComplete = QStringLiteral("complete");
const QString kRunning = QStringLiteral("running");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString sqlError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    // SQLite's own words ("NOT NULL constraint failed: ...") without Qt's "Unable to fetch row".
    return tr("database error: %1").arg(e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

// ---- value encoding --------------------------------------------------------------------------
// Times are UTC milliseconds since the epoch (INTEGER): compact, ordered, and NULL for "never".
QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Lists go in as JSON text; an empty list is NULL so that the common case costs no parsing.
// Plain strings (no quote, backslash or control character: every Dropbox id) are written and
// read without a JSON parser, which would otherwise be a third of the time load() takes.
bool isPlainJsonString(QStringView s)
{
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20)
            return false;
    }
    return true;
}

QVariant stringListValue(const QStringList &list)
{
    if (list.isEmpty())
        return QVariant();
    if (std::all_of(list.cbegin(), list.cend(), [](const QString &s) { return isPlainJsonString(s); }))
        return QStringLiteral("[\"") + list.join(QStringLiteral("\",\"")) + QStringLiteral("\"]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringListFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    // Without a backslash no string can hold a quote, so '","' only ever separates elements.
    if (text.size() >= 4 && text.startsWith(QLatin1String("[\"")) && text.endsWith(QLatin1String("\"]"))
        && !text.contains(QLatin1Char('\\'))) {
        QStringList out;
        for (const QStringView part : QStringView(text).mid(2, text.size() - 4).split(QStringView(u"\",\"")))
            out.push_back(part.toString());
        return out;
    }
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    QStringList out;
    out.reserve(a.size());
    for (const QJsonValue &e : a)
        out.push_back(e.toString());
    return out;
}

QVariant secondaryEmailsValue(const QVector<SecondaryEmail> &list)
{
    if (list.isEmpty())
        return QVariant();
    QJsonArray a;
    for (const SecondaryEmail &e : list)
        a.push_back(QJsonObject{{QStringLiteral("email"), e.email}, {QStringLiteral("is_verified"), e.isVerified}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVector<SecondaryEmail> secondaryEmailsFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    QVector<SecondaryEmail> out;
    out.reserve(a.size());
    for (const QJsonValue &e : a) {
        const QJsonObject o = e.toObject();
        out.push_back({o.value(QLatin1String("email")).toString(), o.value(QLatin1String("is_verified")).toBool()});
    }
    return out;
}

// -1 ("Dropbox did not say") is NULL, so SQL readers see an unknown count as unknown.
QVariant countValue(int n) { return n < 0 ? QVariant() : QVariant(n); }
int countFrom(const QVariant &v) { return v.isNull() ? -1 : v.toInt(); }

// ---- schema ----------------------------------------------------------------------------------
// Step N brings a file from schema N-1 to N. Steps are never edited once released: a change is a
// new step, so every file, however old, walks the same path.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps = {
        // v1
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
            // AUTOINCREMENT: a pruned run's id is never handed out again, so an id someone noted
            // (a CLI --run, an audit row) can never silently point at a different sync.
            QStringLiteral("CREATE TABLE sync_runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " started_at INTEGER, finished_at INTEGER,"
                           " status TEXT NOT NULL, error TEXT,"
                           " team_name TEXT, team_id TEXT,"
                           " num_licensed INTEGER, num_provisioned INTEGER, num_used INTEGER,"
                           " admin_member_id TEXT, admin_email TEXT, admin_name TEXT, admin_account_id TEXT,"
                           " requests INTEGER NOT NULL DEFAULT 0,"
                           " num_accounts INTEGER NOT NULL DEFAULT 0, num_roles INTEGER NOT NULL DEFAULT 0,"
                           " num_groups INTEGER NOT NULL DEFAULT 0, num_memberships INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX sync_runs_status ON sync_runs(status, id)"),
            // WITHOUT ROWID: the natural key is the only b-tree, so a commit writes each row once
            // (a rowid table would also maintain the key's separate unique index). `seq` keeps
            // the order Dropbox listed things in, which load() restores.
            QStringLiteral("CREATE TABLE accounts ("
                           " run_id INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,"
                           " team_member_id TEXT NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " email TEXT, email_verified INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL,"
                           " removed_is_recoverable INTEGER NOT NULL DEFAULT 0,"
                           " removed_is_disconnected INTEGER NOT NULL DEFAULT 0,"
                           " given_name TEXT, surname TEXT, familiar_name TEXT, display_name TEXT,"
                           " abbreviated_name TEXT, membership_type TEXT NOT NULL,"
                           " group_ids TEXT,"                   // JSON array, NULL = none
                           " member_folder_id TEXT, root_folder_id TEXT, account_id TEXT,"
                           " external_id TEXT, persistent_id TEXT, profile_photo_url TEXT,"
                           " secondary_emails TEXT,"            // JSON [{email, is_verified}], NULL = none
                           " invited_on INTEGER, joined_on INTEGER, suspended_on INTEGER,"
                           " is_directory_restricted INTEGER NOT NULL DEFAULT 0,"
                           " role_id TEXT,"
                           " PRIMARY KEY (run_id, team_member_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE roles ("
                           " run_id INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,"
                           " role_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                           " name TEXT, description TEXT,"
                           " PRIMARY KEY (run_id, role_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE groups ("
                           " run_id INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,"
                           " group_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                           " name TEXT, management_type TEXT NOT NULL, external_id TEXT,"
                           " member_count INTEGER,"             // NULL = Dropbox did not say
                           " PRIMARY KEY (run_id, group_id)) WITHOUT ROWID"),
            // No index on (run_id, team_member_id): it would cost every commit a second b-tree of
            // half a million entries, for the benefit of deleteAccount() alone, which scans one
            // run's memberships in a few tens of milliseconds instead.
            QStringLiteral("CREATE TABLE memberships ("
                           " run_id INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,"
                           " group_id TEXT NOT NULL, team_member_id TEXT NOT NULL,"
                           " seq INTEGER NOT NULL, access_type TEXT NOT NULL,"
                           " PRIMARY KEY (run_id, group_id, team_member_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at INTEGER NOT NULL,"
                           " admin TEXT, connection TEXT, action TEXT NOT NULL,"
                           " target TEXT, object TEXT, details TEXT,"
                           " outcome TEXT NOT NULL, message TEXT, request_id TEXT)"),
            // The log is read newest first, optionally since a time; and per person.
            QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
            QStringLiteral("CREATE INDEX audit_target ON audit(target)"),
        },
    };
    return steps;
}

// ---- transactions ----------------------------------------------------------------------------
// Rolls back unless committed. Writers take the write lock up front (BEGIN IMMEDIATE): a deferred
// transaction that reads first and writes later can fail with SQLITE_BUSY halfway in WAL mode.
// Queries made inside must be gone (or finished) before commit()/the destructor.
class Transaction
{
public:
    enum Mode { Read, Write };
    explicit Transaction(const QSqlDatabase &db) : m_db(db) {}
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(Mode mode, QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(mode == Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
            setError(error, sqlError(q));
            return false;
        }
        m_active = true;
        return true;
    }
    bool commit(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            setError(error, sqlError(q));
            return false;        // still active: the destructor rolls back
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Runs begun by this process and not yet finished, by "<file>#<id>". open() leaves these alone
// when it marks crashed runs "interrupted": a second store object on the same file (the GUI
// reading while the worker syncs) must not interrupt a sync that is alive.
QMutex g_liveMutex;
QSet<QString> g_liveRuns;
QAtomicInteger<quint64> g_connectionCounter;

QString liveKey(const QString &path, qint64 runId)
{
    return path + QLatin1Char('#') + QString::number(runId);
}

void setLive(const QString &path, qint64 runId, bool live)
{
    QMutexLocker lock(&g_liveMutex);
    if (live)
        g_liveRuns.insert(liveKey(path, runId));
    else
        g_liveRuns.remove(liveKey(path, runId));
}

// ---- accounts --------------------------------------------------------------------------------
const char *const kAccountColumns =
    "team_member_id, email, email_verified, status, removed_is_recoverable, removed_is_disconnected,"
    " given_name, surname, familiar_name, display_name, abbreviated_name, membership_type, group_ids,"
    " member_folder_id, root_folder_id, account_id, external_id, persistent_id, profile_photo_url,"
    " secondary_emails, invited_on, joined_on, suspended_on, is_directory_restricted, role_id";
constexpr int kAccountColumnCount = 25;

void bindAccount(QSqlQuery &q, int pos, const Account &a)
{
    q.bindValue(pos++, a.teamMemberId);
    q.bindValue(pos++, a.email);
    q.bindValue(pos++, int(a.emailVerified));
    q.bindValue(pos++, toWire(a.status));
    q.bindValue(pos++, int(a.removedIsRecoverable));
    q.bindValue(pos++, int(a.removedIsDisconnected));
    q.bindValue(pos++, a.givenName);
    q.bindValue(pos++, a.surname);
    q.bindValue(pos++, a.familiarName);
    q.bindValue(pos++, a.displayName);
    q.bindValue(pos++, a.abbreviatedName);
    q.bindValue(pos++, toWire(a.membershipType));
    q.bindValue(pos++, stringListValue(a.groupIds));
    q.bindValue(pos++, a.memberFolderId);
    q.bindValue(pos++, a.rootFolderId);
    q.bindValue(pos++, a.accountId);
    q.bindValue(pos++, a.externalId);
    q.bindValue(pos++, a.persistentId);
    q.bindValue(pos++, a.profilePhotoUrl);
    q.bindValue(pos++, secondaryEmailsValue(a.secondaryEmails));
    q.bindValue(pos++, timeValue(a.invitedOn));
    q.bindValue(pos++, timeValue(a.joinedOn));
    q.bindValue(pos++, timeValue(a.suspendedOn));
    q.bindValue(pos++, int(a.isDirectoryRestricted));
    q.bindValue(pos++, a.roleId);
}

Account readAccount(const QSqlQuery &q, int pos)
{
    Account a;
    a.teamMemberId = q.value(pos++).toString();
    a.email = q.value(pos++).toString();
    a.emailVerified = q.value(pos++).toInt() != 0;
    a.status = accountStatusFromWire(q.value(pos++).toString());
    a.removedIsRecoverable = q.value(pos++).toInt() != 0;
    a.removedIsDisconnected = q.value(pos++).toInt() != 0;
    a.givenName = q.value(pos++).toString();
    a.surname = q.value(pos++).toString();
    a.familiarName = q.value(pos++).toString();
    a.displayName = q.value(pos++).toString();
    a.abbreviatedName = q.value(pos++).toString();
    a.membershipType = membershipTypeFromWire(q.value(pos++).toString());
    a.groupIds = stringListFrom(q.value(pos++));
    a.memberFolderId = q.value(pos++).toString();
    a.rootFolderId = q.value(pos++).toString();
    a.accountId = q.value(pos++).toString();
    a.externalId = q.value(pos++).toString();
    a.persistentId = q.value(pos++).toString();
    a.profilePhotoUrl = q.value(pos++).toString();
    a.secondaryEmails = secondaryEmailsFrom(q.value(pos++));
    a.invitedOn = timeFrom(q.value(pos++));
    a.joinedOn = timeFrom(q.value(pos++));
    a.suspendedOn = timeFrom(q.value(pos++));
    a.isDirectoryRestricted = q.value(pos++).toInt() != 0;
    a.roleId = q.value(pos++).toString();
    return a;
}

const char *const kGroupColumns = "group_id, name, management_type, external_id, member_count";

Group readGroup(const QSqlQuery &q, int pos)
{
    Group g;
    g.id = q.value(pos).toString();
    g.name = q.value(pos + 1).toString();
    g.managementType = managementTypeFromWire(q.value(pos + 2).toString());
    g.externalId = q.value(pos + 3).toString();
    g.memberCount = countFrom(q.value(pos + 4));
    return g;
}

// "a.email, a.status, ..." for a join.
QString prefixedColumns(const char *columns, const QString &alias)
{
    QStringList out;
    for (const QString &c : QString::fromLatin1(columns).split(QLatin1Char(',')))
        out << alias + QLatin1Char('.') + c.trimmed();
    return out.join(QStringLiteral(", "));
}

QString placeholders(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

// Restores the listing order from `seq`. Reading in key order and sorting here is cheaper than
// ORDER BY seq, which makes SQLite build a temporary sorter of every full row.
// Sorting indexes, not rows: an Account is two dozen members, costly to shuffle around.
template <typename T>
QVector<T> inSeqOrder(QVector<T> &rows, const std::vector<qint64> &seqs)
{
    if (std::is_sorted(seqs.begin(), seqs.end()))
        return std::move(rows);
    std::vector<int> order(seqs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&seqs](int a, int b) { return seqs[size_t(a)] < seqs[size_t(b)]; });
    QVector<T> out;
    out.reserve(rows.size());
    for (const int i : order)
        out.push_back(std::move(rows[i]));
    return out;
}

// The order in which to insert rows: by primary key, so that SQLite appends to the b-tree's
// rightmost page instead of splitting pages all over the file (measured: several times faster
// for half a million memberships). The key order only needs to be close to SQLite's (UTF-8
// bytes), not equal: it is a speed hint, and `seq` keeps the real order.
template <typename Less>
std::vector<int> keyOrder(qsizetype n, Less less)
{
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < int(n); ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), less);
    return order;
}

// Inserts the rows `order` names, several to a statement. Qt's QSQLITE driver pays per value
// bound and again per exec (reset, bookkeeping, a fresh step); several rows a statement cut the
// per-exec part. Measured for 500k memberships: ~35% less CPU at 10 rows a statement, no further
// gain past ~50. Under 999 values a statement suits even old SQLite builds.
template <typename Bind>
bool insertRows(const QSqlDatabase &db, const QString &head, const QString &row, int params,
                const std::vector<int> &order, Bind bind, QString *error)
{
    const size_t perStatement = size_t(std::max(1, std::min(50, 999 / params)));
    QSqlQuery many(db);
    QSqlQuery one(db);
    if (order.size() >= perStatement) {
        QStringList rows;
        for (size_t r = 0; r < perStatement; ++r)
            rows << row;
        if (!many.prepare(head + rows.join(QStringLiteral(", ")))) {
            setError(error, sqlError(many));
            return false;
        }
    }
    if (order.size() % perStatement && !one.prepare(head + row)) {
        setError(error, sqlError(one));
        return false;
    }
    for (size_t i = 0; i < order.size();) {
        const bool full = order.size() - i >= perStatement;
        QSqlQuery &q = full ? many : one;
        const size_t k = full ? perStatement : 1;
        for (size_t r = 0; r < k; ++r)
            bind(q, int(r) * params, order[i + r]);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        i += k;
    }
    return true;
}

} // namespace

QStringList changedAccountFields(const Account &before, const Account &after)
{
    QStringList f;
    auto check = [&f](bool differs, const char *name) {
        if (differs)
            f.push_back(QLatin1String(name));
    };
    check(before.teamMemberId != after.teamMemberId, "team_member_id");
    check(before.status != after.status, "status");
    check(before.email != after.email, "email");
    check(before.emailVerified != after.emailVerified, "email_verified");
    check(before.displayName != after.displayName, "display_name");
    check(before.givenName != after.givenName, "given_name");
    check(before.surname != after.surname, "surname");
    check(before.familiarName != after.familiarName, "familiar_name");
    check(before.abbreviatedName != after.abbreviatedName, "abbreviated_name");
    check(before.membershipType != after.membershipType, "membership_type");
    check(before.roleId != after.roleId, "role_id");
    check(before.externalId != after.externalId, "external_id");
    check(before.groupIds != after.groupIds, "groups");
    check(before.removedIsRecoverable != after.removedIsRecoverable, "removed_is_recoverable");
    check(before.removedIsDisconnected != after.removedIsDisconnected, "removed_is_disconnected");
    check(before.memberFolderId != after.memberFolderId, "member_folder_id");
    check(before.rootFolderId != after.rootFolderId, "root_folder_id");
    check(before.accountId != after.accountId, "account_id");
    check(before.persistentId != after.persistentId, "persistent_id");
    check(before.profilePhotoUrl != after.profilePhotoUrl, "profile_photo_url");
    check(!(before.secondaryEmails == after.secondaryEmails), "secondary_emails");
    check(before.invitedOn != after.invitedOn, "invited_on");
    check(before.joinedOn != after.joinedOn, "joined_on");
    check(before.suspendedOn != after.suspendedOn, "suspended_on");
    check(before.isDirectoryRestricted != after.isDirectoryRestricted, "is_directory_restricted");
    return f;
}

bool SnapshotDiff::isEmpty() const
{
    return accountsAdded.isEmpty() && accountsRemoved.isEmpty() && accountsChanged.isEmpty()
        && groupsAdded.isEmpty() && groupsRemoved.isEmpty() && grantsAdded.isEmpty()
        && grantsRemoved.isEmpty();
}

struct SnapshotStore::Private {
    QString connectionName;
    QString path;              // as given to open()
    QString liveKeyPath;       // absolute, for the process-wide live-run registry
    QSqlDatabase db;
    bool open = false;
    QSet<qint64> liveRuns;     // begun here, neither committed nor abandoned yet

    void close()
    {
        interruptLiveRuns();
        if (db.isValid())
            db.close();
        open = false;
    }

    void live(qint64 runId, bool isLive)
    {
        if (isLive)
            liveRuns.insert(runId);
        else
            liveRuns.remove(runId);
        setLive(liveKeyPath, runId, isLive);
    }

    // A store closed in the middle of a sync (the application quitting) says so at once,
    // rather than leaving it to the next open() to guess.
    void interruptLiveRuns()
    {
        const QSet<qint64> runs = liveRuns;
        for (qint64 id : runs) {
            if (open) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE sync_runs SET status = 'interrupted', error = ?, finished_at = ?"
                                         " WHERE id = ? AND status = 'running'"));
                q.bindValue(0, tr("The sync was stopped before it finished."));
                q.bindValue(1, QDateTime::currentMSecsSinceEpoch());
                q.bindValue(2, id);
                if (!q.exec())
                    qCWarning(lcStore) << "cannot mark run" << id << "interrupted:" << q.lastError().text();
            }
            live(id, false);
        }
    }

    // The run's status, or an empty string when there is no such run.
    QString status(qint64 runId, QString *error) const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT status FROM sync_runs WHERE id = ?"));
        q.bindValue(0, runId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return QString();
        }
        return q.next() ? q.value(0).toString() : QString();
    }

    bool requireComplete(qint64 runId, QString *error) const
    {
        QString why;
        const QString s = status(runId, &why);
        if (s == kComplete)
            return true;
        if (!why.isEmpty())
            setError(error, why);
        else if (s.isEmpty())
            setError(error, tr("there is no sync run %1").arg(runId));
        else
            setError(error, tr("sync run %1 is not complete (it is %2)").arg(runId).arg(s));
        return false;
    }

    bool exec(const QString &sql, QString *error) const
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            setError(error, sqlError(q));
            return false;
        }
        return true;
    }

    bool migrate(QString *error);
    bool markInterrupted(QString *error);

    QVector<Account> loadAccounts(qint64 runId, int sizeHint, QString *error) const;
    QVector<Group> loadGroups(qint64 runId, QString *error) const;
    QVector<Role> loadRoles(qint64 runId, QString *error) const;
    QVector<Membership> loadMemberships(qint64 runId, int sizeHint, QString *error) const;
    bool adjustRunCount(qint64 runId, const char *column, int delta, QString *error) const;
    bool adjustMemberCount(qint64 runId, const QString &groupId, int delta, QString *error) const;
    bool editGroupIds(qint64 runId, const QString &teamMemberId, const QString &groupId, bool add,
                      QString *error) const;
    qint64 nextSeq(const char *table, qint64 runId, QString *error) const;
};

bool SnapshotStore::Private::migrate(QString *error)
{
    Transaction tx(db);
    if (!tx.begin(Transaction::Write, error))
        return false;
    int version = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
            setError(error, sqlError(q));
            return false;
        }
        QStringList tables;
        while (q.next())
            tables.push_back(q.value(0).toString());
        if (tables.contains(QLatin1String("meta"))) {
            QSqlQuery v(db);
            v.setForwardOnly(true);
            if (!v.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
                setError(error, sqlError(v));
                return false;
            }
            bool ok = false;
            if (v.next())
                version = v.value(0).toString().toInt(&ok);
            if (!ok) {
                setError(error, tr("the file is not a snapshot database (it has no schema version)"));
                return false;
            }
        } else if (!tables.isEmpty()) {
            // Someone else's SQLite file: never add our tables to it.
            setError(error, tr("the file is an SQLite database of another kind, not a snapshot database"));
            return false;
        }
    }
    if (version > SnapshotStore::kSchemaVersion) {
        setError(error, tr("the file was written by a newer version of this application (schema version %1; "
                           "this version reads up to %2). Update the application, or use another file.")
                            .arg(version).arg(SnapshotStore::kSchemaVersion));
        return false;
    }
    if (version == SnapshotStore::kSchemaVersion)
        return tx.commit(error);

    const QVector<QStringList> &steps = migrations();
    for (int v = version + 1; v <= SnapshotStore::kSchemaVersion; ++v) {
        for (const QString &sql : steps.at(v - 1)) {
            if (!exec(sql, error)) {
                qCWarning(lcStore) << "migration to schema" << v << "failed at" << sql;
                return false;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)"));
        q.bindValue(0, QString::number(v));
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        qCInfo(lcStore) << "migrated" << path << "to schema" << v;
    }
    return tx.commit(error);
}

bool SnapshotStore::Private::markInterrupted(QString *error)
{
    QVector<qint64> ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM sync_runs WHERE status = 'running'"))) {
            setError(error, sqlError(q));
            return false;
        }
        QMutexLocker lock(&g_liveMutex);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!g_liveRuns.contains(liveKey(liveKeyPath, id)))
                ids.push_back(id);
        }
    }
    for (qint64 id : ids) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE sync_runs SET status = 'interrupted', error = ?,"
                                 " finished_at = COALESCE(finished_at, ?) WHERE id = ? AND status = 'running'"));
        q.bindValue(0, tr("The application stopped before this sync finished."));
        q.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        q.bindValue(2, id);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        qCInfo(lcStore) << "sync run" << id << "was left running: marked interrupted";
    }
    return true;
}

QVector<Account> SnapshotStore::Private::loadAccounts(qint64 runId, int sizeHint, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, %1 FROM accounts WHERE run_id = ?").arg(QLatin1String(kAccountColumns)));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Account> rows;
    std::vector<qint64> seqs;
    rows.reserve(sizeHint);
    seqs.reserve(size_t(sizeHint));
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        rows.push_back(readAccount(q, 1));
    }
    if (q.lastError().isValid())
        setError(error, sqlError(q));
    return inSeqOrder(rows, seqs);
}

QVector<Group> SnapshotStore::Private::loadGroups(qint64 runId, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, %1 FROM groups WHERE run_id = ?").arg(QLatin1String(kGroupColumns)));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Group> rows;
    std::vector<qint64> seqs;
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        rows.push_back(readGroup(q, 1));
    }
    return inSeqOrder(rows, seqs);
}

QVector<Role> SnapshotStore::Private::loadRoles(qint64 runId, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, role_id, name, description FROM roles WHERE run_id = ?"));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Role> rows;
    std::vector<qint64> seqs;
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        rows.push_back(Role{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return inSeqOrder(rows, seqs);
}

QVector<Membership> SnapshotStore::Private::loadMemberships(qint64 runId, int sizeHint, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // access_type comes back as 0/1: an integer costs no string per row, and there are many rows.
    q.prepare(QStringLiteral("SELECT seq, group_id, team_member_id, access_type = 'owner' FROM memberships WHERE run_id = ?"));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Membership> rows;
    std::vector<qint64> seqs;
    rows.reserve(sizeHint);
    seqs.reserve(size_t(sizeHint));
    // Rows come in key order, so one group's id repeats in a run: share one string for it rather
    // than hold a copy per membership.
    QString groupId;
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        const QVariant g = q.value(1);
        if (g.toString() != groupId)
            groupId = g.toString();
        rows.push_back({groupId, q.value(2).toString(),
                        q.value(3).toInt() != 0 ? AccessType::Owner : AccessType::Member});
    }
    if (q.lastError().isValid())
        setError(error, sqlError(q));
    return inSeqOrder(rows, seqs);
}

bool SnapshotStore::Private::adjustRunCount(qint64 runId, const char *column, int delta, QString *error) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET %1 = MAX(0, %1 + ?) WHERE id = ?").arg(QLatin1String(column)));
    q.bindValue(0, delta);
    q.bindValue(1, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return false;
    }
    return true;
}

bool SnapshotStore::Private::adjustMemberCount(qint64 runId, const QString &groupId, int delta, QString *error) const
{
    // An unknown count (NULL) stays unknown: adding one to "not said" says nothing either.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE groups SET member_count = MAX(0, member_count + ?)"
                             " WHERE run_id = ? AND group_id = ? AND member_count IS NOT NULL"));
    q.bindValue(0, delta);
    q.bindValue(1, runId);
    q.bindValue(2, groupId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return false;
    }
    return true;
}

// Keeps the account's profile.groups in step with a membership change, as Dropbox would report it
// on the next sync.
bool SnapshotStore::Private::editGroupIds(qint64 runId, const QString &teamMemberId, const QString &groupId,
                                          bool add, QString *error) const
{
    QStringList ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT group_ids FROM accounts WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        if (!q.next())
            return true;          // a membership of someone not in the listing: nothing to edit
        ids = stringListFrom(q.value(0));
    }
    const bool has = ids.contains(groupId);
    if (add == has)
        return true;
    if (add)
        ids.push_back(groupId);
    else
        ids.removeAll(groupId);
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE accounts SET group_ids = ? WHERE run_id = ? AND team_member_id = ?"));
    u.bindValue(0, stringListValue(ids));
    u.bindValue(1, runId);
    u.bindValue(2, teamMemberId);
    if (!u.exec()) {
        setError(error, sqlError(u));
        return false;
    }
    return true;
}

qint64 SnapshotStore::Private::nextSeq(const char *table, qint64 runId, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq) + 1, 0) FROM %1 WHERE run_id = ?").arg(QLatin1String(table)));
    q.bindValue(0, runId);
    if (!q.exec() || !q.next()) {
        setError(error, sqlError(q));
        return -1;
    }
    return q.value(0).toLongLong();
}

// ---- SnapshotStore ---------------------------------------------------------------------------

SnapshotStore::SnapshotStore(const QString &connectionName) : d(new Private)
{
    d->connectionName = connectionName.isEmpty()
        ? QStringLiteral("dbx.store.%1").arg(++g_connectionCounter)
        : connectionName;
}

SnapshotStore::~SnapshotStore()
{
    d->close();
    // Every QSqlDatabase handle must be gone before the connection is removed.
    const bool hadConnection = d->db.isValid();
    d->db = QSqlDatabase();
    if (hadConnection)
        QSqlDatabase::removeDatabase(d->connectionName);
    delete d;
}

namespace {
// File modes of the snapshot database (team data: emails, names, the audit log): 0600 files in
// 0700 folders, set explicitly whatever the umask, and looser existing modes tightened.
constexpr mode_t kPrivateFile = S_IRUSR | S_IWUSR;
constexpr mode_t kPrivateDir = S_IRWXU;

// Sets path to mode when its permission bits differ by more than what mode allows; a notice
// when something existing was loosened before. False (with errno) only when chmod fails.
bool tightenMode(const QString &path, mode_t mode, bool announce)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return true;                      // not there (yet): nothing to tighten
    const mode_t bits = st.st_mode & 07777;
    if ((bits & ~mode) == 0)
        return true;
    if (::chmod(native.constData(), mode) != 0)
        return false;
    if (announce)
        qCWarning(lcStore).noquote() << tr("%1 was readable by other users (mode %2); it is now %3.")
                                            .arg(QDir::toNativeSeparators(path))
                                            .arg(QString::number(bits, 8), QString::number(mode, 8));
    return true;
}

// A folder that holds more than our files (the home folder, /, sticky /tmp, someone else's) is
// not ours to lock down: only folders this user owns below the home folder, or outside it.
bool mayTightenFolder(const QString &dir)
{
    struct stat st {};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || st.st_uid != ::geteuid()
        || (st.st_mode & S_ISVTX) != 0)
        return false;
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    const QString home = QFileInfo(QDir::homePath()).canonicalFilePath();
    if (canonical.isEmpty() || canonical == QLatin1String("/"))
        return false;
    return home.isEmpty() || !(home == canonical || home.startsWith(canonical + QLatin1Char('/')));
}

// Before SQLite opens path: its folder (and every folder created for it) 0700, the file 0600 and
// created here empty (an empty file is a valid SQLite database), so SQLite, which gives the -wal
// and -shm files the database file's mode, never creates anything readable by others.
bool preparePrivateFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    QStringList created;                  // the folders mkpath is about to create, outermost last
    for (QString d = dir; !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        created << d;
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    if (!QDir().mkpath(dir)) {
        setError(error, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    for (const QString &d : std::as_const(created)) {
        if (::chmod(QFile::encodeName(d).constData(), kPrivateDir) != 0) {
            setError(error, tr("cannot make the folder %1 private: %2")
                                .arg(QDir::toNativeSeparators(d), QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
    }
    if (created.isEmpty()) {
        if (mayTightenFolder(dir)) {
            if (!tightenMode(dir, kPrivateDir, true))
                qCWarning(lcStore).noquote() << tr("cannot make the folder %1 private: %2")
                                                    .arg(QDir::toNativeSeparators(dir),
                                                         QString::fromLocal8Bit(std::strerror(errno)));
        } else {
            struct stat st {};
            if (::stat(QFile::encodeName(dir).constData(), &st) == 0 && (st.st_mode & 077) != 0
                && (st.st_mode & S_ISVTX) == 0)
                qCWarning(lcStore).noquote() << tr("The folder %1 holding the snapshot database is readable by "
                                                   "other users; the database file itself is private.")
                                                    .arg(QDir::toNativeSeparators(dir));
        }
    }
    if (info.exists() && info.isDir())
        return true;                      // open() reports it
    if (!info.exists()) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CREAT | O_CLOEXEC, kPrivateFile);
        if (fd < 0) {
            setError(error, tr("cannot create %1: %2")
                                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        ::close(fd);
    }
    for (const QString &file : {path, path + QLatin1String("-wal"), path + QLatin1String("-shm")}) {
        // Someone else's file (a shared copy opened to read) stays as it is, with a warning.
        if (!tightenMode(file, kPrivateFile, true))
            qCWarning(lcStore).noquote() << tr("cannot make %1 private: %2")
                                                .arg(QDir::toNativeSeparators(file),
                                                     QString::fromLocal8Bit(std::strerror(errno)));
    }
    return true;
}
} // namespace

QString SnapshotStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/snapshots.sqlite");
}

bool SnapshotStore::open(const QString &path, QString *error)
{
    d->close();
    d->path = path;
    if (path.isEmpty()) {
        setError(error, tr("no database file was given"));
        return false;
    }
    if (!preparePrivateFile(path, error))
        return false;
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        setError(error, tr("%1 is a folder, not a file").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // The connection is made here rather than in the constructor: Qt ties a connection to the
    // thread that creates it, and a store may be built on one thread and used on another.
    if (!d->db.isValid()) {
        d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        if (!d->db.isValid()) {
            setError(error, tr("the Qt SQLite driver (QSQLITE) is not available"));
            return false;
        }
    }
    d->db.setDatabaseName(path);
    // Another process (the CLI next to the GUI) may hold the write lock for a moment.
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d->db.open()) {
        setError(error, tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), d->db.lastError().text()));
        return false;
    }
    d->liveKeyPath = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();

    // SQLite opens lazily: the first statement is where a file that is not a database shows.
    QSqlQuery wal(d->db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        const QSqlError e = wal.lastError();
        if (e.nativeErrorCode() == QLatin1String("26") || e.databaseText().contains(QLatin1String("not a database")))
            setError(error, tr("%1 is not a snapshot database (it is not an SQLite file)").arg(QDir::toNativeSeparators(path)));
        else
            setError(error, sqlError(wal));
        wal = QSqlQuery();
        d->close();
        return false;
    }
    if (wal.next() && wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "journal mode is" << wal.value(0).toString() << "not WAL for" << path;
    wal = QSqlQuery();
    // synchronous=NORMAL: in WAL mode a power cut may lose the last commit but never corrupts
    // the file, and a sync can simply run again. cache_size: 64 MiB instead of SQLite's 2 MiB,
    // because a 100k-member commit touches ~140 MB of pages and a small cache re-reads them
    // from disk while inserting (measured: a quarter off commit time). journal_size_limit: after
    // a big commit the WAL file shrinks back instead of keeping its peak size.
    if (!d->exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !d->exec(QStringLiteral("PRAGMA foreign_keys=ON"), error)
        || !d->exec(QStringLiteral("PRAGMA cache_size=-65536"), error)
        || !d->exec(QStringLiteral("PRAGMA journal_size_limit=33554432"), error)
        || !d->migrate(error)) {
        d->close();
        return false;
    }
    // SQLite made -wal and -shm with the database's mode; checked all the same (the umask and
    // an older SQLite may differ).
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")})
        tightenMode(path + suffix, kPrivateFile, false);
    // Now that the file surely exists, its canonical name is known.
    d->liveKeyPath = QFileInfo(path).canonicalFilePath();
    if (!d->markInterrupted(error)) {
        d->close();
        return false;
    }
    d->open = true;
    qCDebug(lcStore) << "opened" << path;
    return true;
}

bool SnapshotStore::isOpen() const
{
    return d->open;
}

QString SnapshotStore::path() const
{
    return d->path;
}

qint64 SnapshotStore::beginRun(QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return 0;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO sync_runs(started_at, status) VALUES (?, 'running')"));
    q.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        setError(error, sqlError(q));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    d->live(id, true);
    qCDebug(lcStore) << "began sync run" << id;
    return id;
}

bool SnapshotStore::commitRun(qint64 runId, const Snapshot &s, qint64 requests, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error))
        return false;
    {
        QString why;
        const QString status = d->status(runId, &why);
        if (!why.isEmpty()) {
            setError(error, why);
            return false;
        }
        // "interrupted" too: another process may have opened the file while this sync was alive
        // and taken it for a crash; the sync finishing proves otherwise.
        if (status != kRunning && status != QLatin1String("interrupted")) {
            setError(error, status.isEmpty() ? tr("there is no sync run %1").arg(runId)
                                             : tr("sync run %1 cannot be saved: it is already %2").arg(runId).arg(status));
            return false;
        }
    }
    // Leftovers cannot exist (a commit is all or nothing), but a run must only ever hold its own rows.
    for (const char *table : {"accounts", "roles", "groups", "memberships"}) {
        if (!d->exec(QStringLiteral("DELETE FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(runId), error))
            return false;
    }

    // Rows go in sorted by key (see keyOrder); a key listed twice is caught here, where it can be
    // named, rather than as SQLite's bare UNIQUE error.
    const QString run = QString::number(runId);
    auto duplicate = [&](const char *what, const QString &id) {
        setError(error, tr("the snapshot lists %1 %2 twice").arg(QLatin1String(what), id));
        qCWarning(lcStore) << "commit of run" << runId << "refused: duplicate" << what << id;
        return false;
    };
    auto failed = [&](const char *what, const QString &why) {
        setError(error, tr("cannot save the %1: %2").arg(QLatin1String(what), why));
        qCWarning(lcStore) << "commit of run" << runId << "failed:" << why;
        return false;
    };
    QString why;
    {
        const std::vector<int> order = keyOrder(s.roles.size(), [&s](int a, int b) { return s.roles.at(a).id < s.roles.at(b).id; });
        for (size_t i = 1; i < order.size(); ++i) {
            if (s.roles.at(order[i]).id == s.roles.at(order[i - 1]).id)
                return duplicate("role", s.roles.at(order[i]).id);
        }
        if (!insertRows(d->db, QStringLiteral("INSERT INTO roles(run_id, role_id, seq, name, description) VALUES "),
                        QStringLiteral("(%1, ?, ?, ?, ?)").arg(run), 4, order,
                        [&s](QSqlQuery &q, int p, int i) {
                            const Role &r = s.roles.at(i);
                            q.bindValue(p, r.id);
                            q.bindValue(p + 1, i);
                            q.bindValue(p + 2, r.name);
                            q.bindValue(p + 3, r.description);
                        }, &why)) {
            return failed("roles", why);
        }
    }
    {
        const std::vector<int> order = keyOrder(s.groups.size(), [&s](int a, int b) { return s.groups.at(a).id < s.groups.at(b).id; });
        for (size_t i = 1; i < order.size(); ++i) {
            if (s.groups.at(order[i]).id == s.groups.at(order[i - 1]).id)
                return duplicate("group", s.groups.at(order[i]).id);
        }
        if (!insertRows(d->db, QStringLiteral("INSERT INTO groups(run_id, group_id, seq, name, management_type, external_id,"
                                              " member_count) VALUES "),
                        QStringLiteral("(%1, ?, ?, ?, ?, ?, ?)").arg(run), 6, order,
                        [&s](QSqlQuery &q, int p, int i) {
                            const Group &g = s.groups.at(i);
                            q.bindValue(p, g.id);
                            q.bindValue(p + 1, i);
                            q.bindValue(p + 2, g.name);
                            q.bindValue(p + 3, toWire(g.managementType));
                            q.bindValue(p + 4, g.externalId);
                            q.bindValue(p + 5, countValue(g.memberCount));
                        }, &why)) {
            return failed("groups", why);
        }
    }
    QElapsedTimer clock;
    clock.start();
    {
        const std::vector<int> order = keyOrder(s.accounts.size(), [&s](int a, int b) {
            return s.accounts.at(a).teamMemberId < s.accounts.at(b).teamMemberId;
        });
        for (size_t i = 1; i < order.size(); ++i) {
            if (s.accounts.at(order[i]).teamMemberId == s.accounts.at(order[i - 1]).teamMemberId)
                return duplicate("account", s.accounts.at(order[i]).teamMemberId);
        }
        if (!insertRows(d->db, QStringLiteral("INSERT INTO accounts(run_id, seq, %1) VALUES ").arg(QLatin1String(kAccountColumns)),
                        QStringLiteral("(%1, ?, %2)").arg(run, placeholders(kAccountColumnCount)), kAccountColumnCount + 1,
                        order,
                        [&s](QSqlQuery &q, int p, int i) {
                            q.bindValue(p, i);
                            bindAccount(q, p + 1, s.accounts.at(i));
                        }, &why)) {
            return failed("accounts", why);
        }
    }
    const qint64 accountsMs = clock.restart();
    {
        const std::vector<int> order = keyOrder(s.memberships.size(), [&s](int a, int b) {
            const Membership &x = s.memberships.at(a);
            const Membership &y = s.memberships.at(b);
            const int c = x.groupId.compare(y.groupId);
            return c < 0 || (c == 0 && x.teamMemberId < y.teamMemberId);
        });
        for (size_t i = 1; i < order.size(); ++i) {
            const Membership &x = s.memberships.at(order[i]);
            const Membership &y = s.memberships.at(order[i - 1]);
            if (x.groupId == y.groupId && x.teamMemberId == y.teamMemberId)
                return duplicate("membership", x.groupId + QLatin1Char('/') + x.teamMemberId);
        }
        const QString member = toWire(AccessType::Member);
        const QString owner = toWire(AccessType::Owner);
        if (!insertRows(d->db, QStringLiteral("INSERT INTO memberships(run_id, group_id, team_member_id, seq, access_type) VALUES "),
                        QStringLiteral("(%1, ?, ?, ?, ?)").arg(run), 4, order,
                        [&](QSqlQuery &q, int p, int i) {
                            const Membership &m = s.memberships.at(i);
                            q.bindValue(p, m.groupId);
                            q.bindValue(p + 1, m.teamMemberId);
                            q.bindValue(p + 2, i);
                            q.bindValue(p + 3, m.accessType == AccessType::Owner ? owner : member);
                        }, &why)) {
            return failed("memberships", why);
        }
    }
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
            "UPDATE sync_runs SET status = 'complete', error = NULL,"
            " started_at = COALESCE(?, started_at), finished_at = ?,"
            " team_name = ?, team_id = ?, num_licensed = ?, num_provisioned = ?, num_used = ?,"
            " admin_member_id = ?, admin_email = ?, admin_name = ?, admin_account_id = ?, requests = ?,"
            " num_accounts = ?, num_roles = ?, num_groups = ?, num_memberships = ? WHERE id = ?"));
        int i = 0;
        q.bindValue(i++, timeValue(s.startedAt));
        q.bindValue(i++, s.finishedAt.isValid() ? s.finishedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
        q.bindValue(i++, s.team.name);
        q.bindValue(i++, s.team.teamId);
        q.bindValue(i++, s.team.numLicensedUsers);
        q.bindValue(i++, s.team.numProvisionedUsers);
        q.bindValue(i++, s.team.numUsedLicenses);
        q.bindValue(i++, s.admin.teamMemberId);
        q.bindValue(i++, s.admin.email);
        q.bindValue(i++, s.admin.displayName);
        q.bindValue(i++, s.admin.accountId);
        q.bindValue(i++, requests);
        q.bindValue(i++, int(s.accounts.size()));
        q.bindValue(i++, int(s.roles.size()));
        q.bindValue(i++, int(s.groups.size()));
        q.bindValue(i++, int(s.memberships.size()));
        q.bindValue(i++, runId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
    }
    const qint64 membershipsMs = clock.restart();
    if (!tx.commit(error))
        return false;
    qCDebug(lcStore) << "commit of run" << runId << ": accounts" << accountsMs << "ms, memberships" << membershipsMs
                     << "ms, commit" << clock.elapsed() << "ms";
    d->live(runId, false);
    qCInfo(lcStore) << "sync run" << runId << "complete:" << s.accounts.size() << "accounts," << s.groups.size()
                    << "groups," << s.memberships.size() << "memberships";
    return true;
}

bool SnapshotStore::abandonRun(qint64 runId, const QString &status, const QString &error)
{
    if (!d->open)
        return false;
    QString st = status;
    if (st != QLatin1String("failed") && st != QLatin1String("cancelled")) {
        qCWarning(lcStore) << "abandonRun with status" << status << "- recorded as failed";
        st = QStringLiteral("failed");
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET status = ?, error = ?, finished_at = ?"
                             " WHERE id = ? AND status IN ('running', 'interrupted')"));
    q.bindValue(0, st);
    q.bindValue(1, error.isEmpty() ? QVariant() : QVariant(error));
    q.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    q.bindValue(3, runId);
    d->live(runId, false);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot abandon run" << runId << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

namespace {
const char *const kRunColumns = "id, started_at, finished_at, status, error, team_name, num_accounts, num_groups,"
                                " num_roles, num_memberships, requests";
RunInfo readRun(const QSqlQuery &q)
{
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.startedAt = timeFrom(q.value(1));
    r.finishedAt = timeFrom(q.value(2));
    r.status = q.value(3).toString();
    r.error = q.value(4).toString();
    r.teamName = q.value(5).toString();
    r.accounts = q.value(6).toInt();
    r.groups = q.value(7).toInt();
    r.roles = q.value(8).toInt();
    r.memberships = q.value(9).toInt();
    r.requests = q.value(10).toLongLong();
    return r;
}
} // namespace

QVector<RunInfo> SnapshotStore::runs() const
{
    QVector<RunInfo> out;
    if (!d->open)
        return out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_runs ORDER BY id DESC").arg(QLatin1String(kRunColumns)))) {
        qCWarning(lcStore) << "runs:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(readRun(q));
    return out;
}

std::optional<RunInfo> SnapshotStore::run(qint64 runId) const
{
    if (!d->open)
        return std::nullopt;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sync_runs WHERE id = ?").arg(QLatin1String(kRunColumns)));
    q.bindValue(0, runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRun(q);
}

qint64 SnapshotStore::latestCompleteRun() const
{
    return previousCompleteRun(std::numeric_limits<qint64>::max());
}

qint64 SnapshotStore::previousCompleteRun(qint64 runId) const
{
    if (!d->open)
        return 0;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MAX(id) FROM sync_runs WHERE status = 'complete' AND id < ?"));
    q.bindValue(0, runId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<Snapshot> SnapshotStore::load(qint64 runId, QString *error) const
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return std::nullopt;
    }
    // One read transaction: a writer committing meanwhile cannot show through between tables.
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Read, error) || !d->requireComplete(runId, error))
        return std::nullopt;
    Snapshot s;
    s.runId = runId;
    int accountsHint = 0;
    int membershipsHint = 0;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT started_at, finished_at, team_name, team_id, num_licensed, num_provisioned,"
                                 " num_used, admin_member_id, admin_email, admin_name, admin_account_id,"
                                 " num_accounts, num_memberships FROM sync_runs WHERE id = ?"));
        q.bindValue(0, runId);
        if (!q.exec() || !q.next()) {
            setError(error, sqlError(q));
            return std::nullopt;
        }
        s.startedAt = timeFrom(q.value(0));
        s.finishedAt = timeFrom(q.value(1));
        s.team.name = q.value(2).toString();
        s.team.teamId = q.value(3).toString();
        s.team.numLicensedUsers = q.value(4).toInt();
        s.team.numProvisionedUsers = q.value(5).toInt();
        s.team.numUsedLicenses = q.value(6).toInt();
        s.admin.teamMemberId = q.value(7).toString();
        s.admin.email = q.value(8).toString();
        s.admin.displayName = q.value(9).toString();
        s.admin.accountId = q.value(10).toString();
        accountsHint = q.value(11).toInt();
        membershipsHint = q.value(12).toInt();
    }
    QString why;
    QElapsedTimer clock;
    clock.start();
    s.roles = d->loadRoles(runId, &why);
    if (why.isEmpty())
        s.groups = d->loadGroups(runId, &why);
    if (why.isEmpty())
        s.accounts = d->loadAccounts(runId, accountsHint, &why);
    const qint64 accountsMs = clock.restart();
    if (why.isEmpty())
        s.memberships = d->loadMemberships(runId, membershipsHint, &why);
    qCDebug(lcStore) << "loaded run" << runId << ": accounts" << accountsMs << "ms, memberships" << clock.elapsed() << "ms";
    if (!why.isEmpty()) {
        setError(error, why);
        return std::nullopt;
    }
    tx.commit(nullptr);
    return s;
}

SnapshotDiff SnapshotStore::diff(qint64 fromRun, qint64 toRun) const
{
    SnapshotDiff out;
    out.fromRun = fromRun;
    out.toRun = toRun;
    if (!d->open)
        return out;
    Transaction tx(d->db);
    QString why;
    if (!tx.begin(Transaction::Read, &why) || !d->requireComplete(fromRun, &why) || !d->requireComplete(toRun, &why)) {
        qCWarning(lcStore) << "diff" << fromRun << toRun << ":" << why;
        return out;
    }

    // SQLite compares the two runs itself, one key lookup per row inside the engine, so only the
    // differences ever become Qt values: a diff of two 100k-account runs costs a fraction of
    // loading one of them.
    const QString from = QString::number(fromRun);
    const QString to = QString::number(toRun);
    auto select = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &row) {
        if (!why.isEmpty())
            return;
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            why = sqlError(q);
            return;
        }
        while (q.next())
            row(q);
    };
    // Rows of `table` in run `in` whose key is not in run `notIn`.
    auto onlyIn = [](const char *table, const char *columns, const char *key, const QString &in, const QString &notIn) {
        return QStringLiteral("SELECT %2 FROM %1 a WHERE a.run_id = %4 AND NOT EXISTS"
                              " (SELECT 1 FROM %1 b WHERE b.run_id = %5 AND b.%3 = a.%3) ORDER BY a.seq")
            .arg(QLatin1String(table), prefixedColumns(columns, QStringLiteral("a")), QLatin1String(key), in, notIn);
    };
    select(onlyIn("accounts", kAccountColumns, "team_member_id", to, from),
           [&](const QSqlQuery &q) { out.accountsAdded.push_back(readAccount(q, 0)); });
    select(onlyIn("accounts", kAccountColumns, "team_member_id", from, to),
           [&](const QSqlQuery &q) { out.accountsRemoved.push_back(readAccount(q, 0)); });
    {
        // NULL and '' are the same to Account (an empty QString either way), so they compare equal here too.
        QStringList differs;
        for (const QString &c : QString::fromLatin1(kAccountColumns).split(QLatin1Char(','))) {
            if (c.trimmed() != QLatin1String("team_member_id"))
                differs << QStringLiteral("IFNULL(a.%1, '') <> IFNULL(b.%1, '')").arg(c.trimmed());
        }
        select(QStringLiteral("SELECT %1, %2 FROM accounts a JOIN accounts b ON b.run_id = %3"
                              " AND b.team_member_id = a.team_member_id WHERE a.run_id = %4 AND (%5) ORDER BY a.seq")
                   .arg(prefixedColumns(kAccountColumns, QStringLiteral("b")),
                        prefixedColumns(kAccountColumns, QStringLiteral("a")), from, to,
                        differs.join(QStringLiteral(" OR "))),
               [&](const QSqlQuery &q) {
                   AccountChange c{readAccount(q, 0), readAccount(q, kAccountColumnCount), {}};
                   c.fields = changedAccountFields(c.before, c.after);
                   if (!c.fields.isEmpty())
                       out.accountsChanged.push_back(std::move(c));
               });
    }
    select(onlyIn("groups", kGroupColumns, "group_id", to, from),
           [&](const QSqlQuery &q) { out.groupsAdded.push_back(readGroup(q, 0)); });
    select(onlyIn("groups", kGroupColumns, "group_id", from, to),
           [&](const QSqlQuery &q) { out.groupsRemoved.push_back(readGroup(q, 0)); });

    // Group grants. access_type is part of the comparison, so an owner<->member change is one
    // removed grant and one added.
    auto grants = [&](const QString &in, const QString &notIn, QVector<Grant> *into) {
        select(QStringLiteral("SELECT a.group_id, a.team_member_id, a.access_type FROM memberships a"
                              " WHERE a.run_id = %1 AND NOT EXISTS (SELECT 1 FROM memberships b WHERE b.run_id = %2"
                              " AND b.group_id = a.group_id AND b.team_member_id = a.team_member_id"
                              " AND b.access_type = a.access_type) ORDER BY a.seq").arg(in, notIn),
               [&](const QSqlQuery &q) {
                   into->push_back({resource_type::group(), q.value(0).toString(), q.value(2).toString(),
                                    q.value(1).toString()});
               });
    };
    grants(to, from, &out.grantsAdded);
    grants(from, to, &out.grantsRemoved);

    // Role grants follow from the accounts (after the group grants, as in grantsOf()).
    const QString member = QStringLiteral("member");
    auto roleGrant = [&member](const Account &a) { return Grant{resource_type::role(), a.roleId, member, a.teamMemberId}; };
    for (const Account &a : std::as_const(out.accountsAdded)) {
        if (!a.roleId.isEmpty())
            out.grantsAdded.push_back(roleGrant(a));
    }
    for (const AccountChange &c : std::as_const(out.accountsChanged)) {
        if (c.before.roleId == c.after.roleId)
            continue;
        if (!c.before.roleId.isEmpty())
            out.grantsRemoved.push_back(roleGrant(c.before));
        if (!c.after.roleId.isEmpty())
            out.grantsAdded.push_back(roleGrant(c.after));
    }
    for (const Account &a : std::as_const(out.accountsRemoved)) {
        if (!a.roleId.isEmpty())
            out.grantsRemoved.push_back(roleGrant(a));
    }
    if (!why.isEmpty()) {
        qCWarning(lcStore) << "diff" << fromRun << toRun << ":" << why;
        SnapshotDiff empty;
        empty.fromRun = fromRun;
        empty.toRun = toRun;
        return empty;
    }
    tx.commit(nullptr);
    return out;
}

int SnapshotStore::pruneRuns(int keep)
{
    if (!d->open)
        return 0;
    // The newest complete run is what every view shows: never prune it, whatever keep says.
    keep = std::max(keep, 1);
    QString why;
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, &why)) {
        qCWarning(lcStore) << "prune:" << why;
        return 0;
    }
    qint64 oldestKept = 0;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM sync_runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1 OFFSET ?"));
        q.bindValue(0, keep - 1);
        if (!q.exec()) {
            qCWarning(lcStore) << "prune:" << q.lastError().text();
            return 0;
        }
        if (!q.next())
            return 0;             // fewer complete runs than keep
        oldestKept = q.value(0).toLongLong();
    }
    // Runs older than the oldest kept snapshot go, failed ones too: they carry no rows, and a
    // failure from before every kept snapshot no longer explains anything the views show.
    QVector<qint64> doomed;
    int complete = 0;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, status FROM sync_runs WHERE id < ? AND status <> 'running'"));
        q.bindValue(0, oldestKept);
        if (!q.exec()) {
            qCWarning(lcStore) << "prune:" << q.lastError().text();
            return 0;
        }
        while (q.next()) {
            doomed.push_back(q.value(0).toLongLong());
            if (q.value(1).toString() == kComplete)
                ++complete;
        }
    }
    for (qint64 id : doomed) {
        for (const char *table : {"memberships", "accounts", "groups", "roles"}) {
            if (!d->exec(QStringLiteral("DELETE FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(id), &why)) {
                qCWarning(lcStore) << "prune:" << why;
                return 0;
            }
        }
        if (!d->exec(QStringLiteral("DELETE FROM sync_runs WHERE id = %1").arg(id), &why)) {
            qCWarning(lcStore) << "prune:" << why;
            return 0;
        }
    }
    if (!tx.commit(&why)) {
        qCWarning(lcStore) << "prune:" << why;
        return 0;
    }
    if (!doomed.isEmpty())
        qCInfo(lcStore) << "pruned" << doomed.size() << "runs," << complete << "of them complete";
    return complete;
}

bool SnapshotStore::upsertAccount(qint64 runId, const Account &a, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    if (a.teamMemberId.isEmpty()) {
        setError(error, tr("the account has no team member id"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    bool existed = false;
    {
        // The account keeps its place in the listing; only a new one goes to the end.
        QString sets;
        const QStringList cols = QString::fromLatin1(kAccountColumns).split(QLatin1Char(','));
        for (const QString &c : cols)
            sets += (sets.isEmpty() ? QString() : QStringLiteral(", ")) + c.trimmed() + QStringLiteral(" = ?");
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE accounts SET %1 WHERE run_id = ? AND team_member_id = ?").arg(sets));
        bindAccount(q, 0, a);
        q.bindValue(kAccountColumnCount, runId);
        q.bindValue(kAccountColumnCount + 1, a.teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    if (!existed) {
        const qint64 seq = d->nextSeq("accounts", runId, error);
        if (seq < 0)
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO accounts(run_id, seq, %1) VALUES (?, ?, %2)")
                      .arg(QLatin1String(kAccountColumns), placeholders(kAccountColumnCount)));
        q.bindValue(0, runId);
        q.bindValue(1, seq);
        bindAccount(q, 2, a);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        if (!d->adjustRunCount(runId, "num_accounts", 1, error))
            return false;
    }
    return tx.commit(error);
}

bool SnapshotStore::deleteAccount(qint64 runId, const QString &teamMemberId, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    // Someone gone from the team is in no group any more: their memberships go with them, and
    // the groups' counts follow.
    QStringList groups;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT group_id FROM memberships WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        while (q.next())
            groups.push_back(q.value(0).toString());
    }
    for (const QString &g : groups) {
        if (!d->adjustMemberCount(runId, g, -1, error))
            return false;
    }
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM memberships WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
    }
    if (!groups.isEmpty() && !d->adjustRunCount(runId, "num_memberships", -int(groups.size()), error))
        return false;
    bool existed = false;
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM accounts WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    if (existed && !d->adjustRunCount(runId, "num_accounts", -1, error))
        return false;
    return tx.commit(error);
}

bool SnapshotStore::upsertMembership(qint64 runId, const Membership &m, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    if (m.groupId.isEmpty() || m.teamMemberId.isEmpty()) {
        setError(error, tr("the membership has no group id or no team member id"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    bool existed = false;
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE memberships SET access_type = ?"
                                 " WHERE run_id = ? AND group_id = ? AND team_member_id = ?"));
        q.bindValue(0, toWire(m.accessType));
        q.bindValue(1, runId);
        q.bindValue(2, m.groupId);
        q.bindValue(3, m.teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    if (!existed) {
        const qint64 seq = d->nextSeq("memberships", runId, error);
        if (seq < 0)
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO memberships(run_id, group_id, team_member_id, seq, access_type)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        q.bindValue(0, runId);
        q.bindValue(1, m.groupId);
        q.bindValue(2, m.teamMemberId);
        q.bindValue(3, seq);
        q.bindValue(4, toWire(m.accessType));
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        if (!d->adjustMemberCount(runId, m.groupId, 1, error)
            || !d->adjustRunCount(runId, "num_memberships", 1, error)
            || !d->editGroupIds(runId, m.teamMemberId, m.groupId, true, error)) {
            return false;
        }
    }
    return tx.commit(error);
}

bool SnapshotStore::deleteMembership(qint64 runId, const QString &groupId, const QString &teamMemberId,
                                     QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    bool existed = false;
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM memberships WHERE run_id = ? AND group_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, groupId);
        q.bindValue(2, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    // Deleting what is not there is no error: the snapshot already says what the caller wanted.
    if (existed
        && (!d->adjustMemberCount(runId, groupId, -1, error)
            || !d->adjustRunCount(runId, "num_memberships", -1, error)
            || !d->editGroupIds(runId, teamMemberId, groupId, false, error))) {
        return false;
    }
    return tx.commit(error);
}

qint64 SnapshotStore::appendAudit(const AuditEntry &e, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return 0;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO audit(at, admin, connection, action, target, object, details, outcome,"
                             " message, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int i = 0;
    q.bindValue(i++, e.at.isValid() ? e.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    q.bindValue(i++, e.admin);
    q.bindValue(i++, e.connection);
    q.bindValue(i++, e.action.isNull() ? QString(QLatin1String("")) : e.action);
    q.bindValue(i++, e.target);
    q.bindValue(i++, e.object);
    q.bindValue(i++, e.details);
    q.bindValue(i++, e.outcome.isNull() ? QString(QLatin1String("")) : e.outcome);
    q.bindValue(i++, e.message);
    q.bindValue(i++, e.requestId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        qCWarning(lcStore) << "cannot append to the audit log:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool SnapshotStore::completeAudit(qint64 id, const QString &outcome, const QString &message,
                                  const QString &requestId, const QString &details, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE audit SET outcome = ?, message = ?, request_id = ?,"
                             " details = COALESCE(?, details) WHERE id = ? AND outcome = 'attempted'"));
    q.bindValue(0, outcome);
    q.bindValue(1, message);
    q.bindValue(2, requestId);
    q.bindValue(3, details.isEmpty() ? QVariant() : QVariant(details));
    q.bindValue(4, id);
    if (!q.exec()) {
        setError(error, sqlError(q));
        qCWarning(lcStore) << "cannot complete audit row" << id << ":" << q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setError(error, tr("audit row %1 is not an open attempt").arg(id));
        return false;
    }
    return true;
}

QVector<AuditEntry> SnapshotStore::audit(const AuditFilter &filter) const
{
    QVector<AuditEntry> out;
    if (!d->open)
        return out;
    QStringList where;
    QVariantList values;
    if (!filter.text.isEmpty()) {
        // The user's text is matched literally: % and _ are escaped, not wildcards.
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        where << QStringLiteral("(action LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\'"
                                " OR object LIKE ? ESCAPE '\\' OR message LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern << pattern;
    }
    if (!filter.outcome.isEmpty()) {
        where << QStringLiteral("outcome = ?");
        values << filter.outcome;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.since.toMSecsSinceEpoch();
    }
    QString sql = QStringLiteral("SELECT id, at, admin, connection, action, target, object, details, outcome,"
                                 " message, request_id FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values << (filter.limit > 0 ? filter.limit : -1);   // SQLite: a negative limit is no limit
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        qCWarning(lcStore) << "audit:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = timeFrom(q.value(1));
        e.admin = q.value(2).toString();
        e.connection = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.object = q.value(6).toString();
        e.details = q.value(7).toString();
        e.outcome = q.value(8).toString();
        e.message = q.value(9).toString();
        e.requestId = q.value(10).toString();
        out.push_back(e);
    }
    return out;
}

} // namespace dbx
