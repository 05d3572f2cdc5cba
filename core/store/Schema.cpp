// The snapshot database's schema and the steps that bring any older file up to it.
#include "store/StorePrivate.h"

#include <QStringList>
#include <QVector>

namespace dbx {

using namespace sqlstore;

namespace {

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
                           " group_ids TEXT," // JSON array, NULL = none
                           " member_folder_id TEXT, root_folder_id TEXT, account_id TEXT,"
                           " external_id TEXT, persistent_id TEXT, profile_photo_url TEXT,"
                           " secondary_emails TEXT," // JSON [{email, is_verified}], NULL = none
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
                           " member_count INTEGER," // NULL = Dropbox did not say
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
        // v2: access reviews. Apart from the runs (no foreign key to sync_runs): a review is
        // evidence and outlives the pruning of the snapshot it was taken from; its rows are copies.
        {
            QStringLiteral("CREATE TABLE reviews ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " title TEXT, scope_kind TEXT NOT NULL, scope_value TEXT, scope_label TEXT,"
                           " run_id INTEGER NOT NULL, reviewer TEXT, connection TEXT,"
                           " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, closed_at INTEGER)"),
            QStringLiteral("CREATE TABLE review_items ("
                           " review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " team_member_id TEXT NOT NULL, email TEXT, name TEXT,"
                           " object_kind TEXT NOT NULL, object_id TEXT, object_name TEXT,"
                           " revoke_action TEXT NOT NULL,"
                           " decision TEXT NOT NULL DEFAULT 'undecided', comment TEXT,"
                           " decided_at INTEGER, decided_by TEXT,"
                           " PRIMARY KEY (review_id, seq)) WITHOUT ROWID"),
        },
        // v3: sign-in activity from the team's event log. Kept per team, apart from the runs: it is
        // merged as new events arrive (an older event never moves a time back), so neither a sync
        // nor a provisioning patch of the accounts table can lose it.
        {
            QStringLiteral("CREATE TABLE sign_ins ("
                           " team_id TEXT NOT NULL, team_member_id TEXT NOT NULL,"
                           " last_active INTEGER NOT NULL,"
                           " PRIMARY KEY (team_id, team_member_id)) WITHOUT ROWID"),
            // Where the log's next read continues (cursor), and what window has been read.
            QStringLiteral("CREATE TABLE activity_state ("
                           " team_id TEXT PRIMARY KEY, cursor TEXT, window_start INTEGER,"
                           " window_days INTEGER NOT NULL DEFAULT 0, read_at INTEGER) WITHOUT ROWID"),
        },
    };
    return steps;
}

} // namespace

// The schema version of the open file: 0 for an empty file; refused for another kind of file.
Expected<int> SnapshotStore::Private::schemaVersion() const
{
    Expected<QSqlQuery> q = runQuery(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    if (!q)
        return unexpected(q.error());
    QStringList tables;
    while (q->next())
        tables.push_back(q->value(0).toString());
    if (!tables.contains(QLatin1String("meta"))) {
        if (tables.isEmpty())
            return 0;
        // Someone else's SQLite file: never add our tables to it.
        return fail(Error::Kind::Invalid,
                    tr("the file is an SQLite database of another kind, not a snapshot database"));
    }
    Expected<QSqlQuery> v = runQuery(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!v)
        return unexpected(v.error());
    bool ok = false;
    const int version = v->next() ? v->value(0).toString().toInt(&ok) : 0;
    if (!ok)
        return fail(Error::Kind::Invalid, tr("the file is not a snapshot database (it has no schema version)"));
    return version;
}

Expected<void> SnapshotStore::Private::migrate()
{
    Transaction tx(db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return begun;
    const Expected<int> version = schemaVersion();
    if (!version)
        return unexpected(version.error());
    if (*version > SnapshotStore::kSchemaVersion) {
        return fail(Error::Kind::Invalid,
                    tr("the file was written by a newer version of this application (schema version %1; "
                       "this version reads up to %2). Update the application, or use another file.")
                        .arg(*version)
                        .arg(SnapshotStore::kSchemaVersion));
    }
    const QVector<QStringList> &steps = migrations();
    for (int v = *version + 1; v <= SnapshotStore::kSchemaVersion; ++v) {
        for (const QString &sql : steps.at(v - 1)) {
            if (Expected<void> done = exec(sql); !done) {
                qCWarning(lcStore) << "migration to schema" << v << "failed at" << sql;
                return done;
            }
        }
        const Expected<void> noted
            = runStatement(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)"),
                           {QString::number(v)});
        if (!noted)
            return noted;
        qCInfo(lcStore) << "migrated" << path << "to schema" << v;
    }
    return tx.commit();
}

} // namespace dbx
