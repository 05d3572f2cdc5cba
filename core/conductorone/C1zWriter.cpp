#include "conductorone/C1Log.h"
#include "conductorone/C1z.h"
#include "conductorone/C1zRows.h"
#include "conductorone/C1zSqlite.h"
#include "conductorone/Ksuid.h"
#include "store/RawQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace dbx {
namespace c1 {

using namespace c1zinternal;

namespace {

Unexpected<Error> writeFailed(const QString &sqliteText)
{
    return fail(Error::Kind::Database, tr("The c1z database could not be written: %1").arg(sqliteText));
}

Expected<void> exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return {};
    return writeFailed(q.lastError().text());
}

// Sets `out` to the message's deterministic serialization (as serializeDeterministic makes
// it), keeping the string's memory from one message to the next.
void serializeInto(std::string &out, const google::protobuf::MessageLite &m)
{
    out.clear();
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    m.SerializeToCodedStream(&coded);
} // the coded stream's end trims `out` to what was written

QByteArrayView view(const std::string &s) { return QByteArrayView(s.data(), qsizetype(s.size())); }

// Whether `key` is new to `seen` (and adds it): the first row of a key wins, as INSERT OR IGNORE
// made it win when the unique indexes were in place (they are made after the rows, see
// writeDatabase).
bool firstOf(QSet<QString> &seen, const QString &key)
{
    const qsizetype before = seen.size();
    seen.insert(key);
    return seen.size() != before;
}

// The INSERT of a table whose rows are built on another thread; the values are text but for
// the one blob, the row's protobuf message.
struct TableInsert {
    RowTable table;
    const char *sql;
    int values;
    int blob;
};

// In RowTable's order (RowInserter looks them up by it).
const TableInsert tableInserts[] = {
    {RowTable::ResourceTypes,
     "INSERT INTO v1_resource_types (external_id, data, sync_id, discovered_at) VALUES (?, ?, ?, ?)", 4, 1},
    {RowTable::Resources,
     "INSERT INTO v1_resources (resource_type_id, external_id, parent_resource_type_id, parent_resource_id, "
     "data, sync_id, discovered_at) VALUES (?, ?, NULL, NULL, ?, ?, ?)",
     5, 2},
    {RowTable::Entitlements,
     "INSERT INTO v1_entitlements (resource_type_id, resource_id, external_id, data, sync_id, discovered_at) "
     "VALUES (?, ?, ?, ?, ?, ?)",
     6, 3},
    {RowTable::Grants,
     "INSERT INTO v1_grants (resource_type_id, resource_id, entitlement_id, principal_resource_type_id, "
     "principal_resource_id, external_id, expansion, needs_expansion, data, sync_id, discovered_at) "
     "VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?)",
     9, 6},
};
static_assert(std::size(tableInserts) == size_t(RowTable::Grants) + 1, "one INSERT per RowTable");

// A statement's failure in the c1z's own sentence (sqlstore::RawQuery, which runs the inserts
// through SQLite's C API, says it in the store's).
Expected<void> written(const Expected<void> &done)
{
    if (done)
        return {};
    return writeFailed(done.error().detail);
}

// A 64-bit FNV-1a hash of the grant's id ("<type>:<resource>:<slug>:user:<member>"), over its
// UTF-16 text as Grant::id() would build it, without building it.
quint64 grantIdHash(const Grant &g)
{
    quint64 h = 14695981039346656037ULL;
    const auto add = [&h](QStringView text) {
        for (const QChar c : text) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
    };
    add(g.resourceType);
    add(u":");
    add(g.resourceId);
    add(u":");
    add(g.slug);
    add(u":user:");
    add(g.teamMemberId);
    return h;
}

// Marks in *skipped the grants whose id an earlier grant (not skipped) already has: the first
// grant of an id wins, as INSERT OR IGNORE made it win when the unique index was in place (it is
// made after the rows, see writeDatabase). The ids' hashes are sorted and only the ids of equal
// hashes are built and compared: a set of 500,000 ids cost a quarter of the grants' building.
void markRepeated(const QVector<Grant> &all, std::vector<bool> *skipped)
{
    std::vector<std::pair<quint64, qsizetype>> hashes; // hash, index
    hashes.reserve(size_t(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!(*skipped)[size_t(i)])
            hashes.emplace_back(grantIdHash(all[i]), i);
    }
    std::sort(hashes.begin(), hashes.end()); // equal hashes by index: the first grant first
    for (size_t begin = 0; begin < hashes.size();) {
        size_t end = begin + 1;
        while (end < hashes.size() && hashes[end].first == hashes[begin].first)
            ++end;
        for (size_t k = begin + 1; k < end; ++k) {
            const QString id = all[hashes[k].second].id();
            for (size_t e = begin; e < k; ++e) {
                if (!(*skipped)[size_t(hashes[e].second)] && all[hashes[e].second].id() == id) {
                    (*skipped)[size_t(hashes[k].second)] = true;
                    break;
                }
            }
        }
        begin = end;
    }
}

// The rows of one sync run, built on two threads: resource types, resources and entitlements on
// one, grants on the other (the larger part: 500,000 of a 100,000-member file's 600,000 rows).
// Each table's rows come in the order they always did, so their ids are the same.
class RowBuilder
{
public:
    RowBuilder(const Snapshot &snapshot, const QString &syncId, const C1zWriteOptions &options)
        : m_snapshot(snapshot), m_syncId(syncId.toUtf8()),
          m_discovered(c1z::formatTimestamp(QDateTime::currentDateTime()).toUtf8()),
          m_entitlements(options.entitlements), m_licenses(options.licenses),
          m_targets(options.targets.cbegin(), options.targets.cend())
    {
        // The group and role resources, which the grants repeat whole.
        for (const Role &r : snapshot.roles) {
            m_roleList.push_back(roleResource(r));
            m_roles.insert(r.id, m_roleList.back());
        }
        for (const Group &g : snapshot.groups) {
            m_groupList.push_back(groupResource(g));
            m_groups.insert(g.id, m_groupList.back());
        }
        if (m_licenses)
            m_license = licenseResource(snapshot.team);
    }

    // The resource types, resources and entitlements.
    void resources(RowOut &out) const
    {
        std::string message;
        bool going = true;
        QSet<QString> seen;
        for (const v2::ResourceType &t : syncedResourceTypes(m_licenses)) {
            const QString id = fromStd(t.id());
            if (going && firstOf(seen, id)) {
                serializeInto(message, t);
                out.begin(RowTable::ResourceTypes);
                out.text(id);
                out.value(view(message));
                out.value(m_syncId);
                out.value(m_discovered);
                going = out.end();
            }
        }

        seen.clear();
        auto putResource = [&](const v2::Resource &r) {
            const QString type = fromStd(r.id().resource_type());
            const QString id = fromStd(r.id().resource());
            if (!going || !wanted(type, id))
                return;
            const QString key = type + QLatin1Char(':') + id;
            if (!firstOf(seen, key))
                return;
            serializeInto(message, r);
            out.begin(RowTable::Resources);
            out.text(type);
            out.text(key);
            out.value(view(message));
            out.value(m_syncId);
            out.value(m_discovered);
            going = out.end();
        };
        for (const Account &a : m_snapshot.accounts)
            putResource(userResource(a));
        for (const v2::Resource &r : m_roleList)
            putResource(r);
        for (const v2::Resource &g : m_groupList)
            putResource(g);
        if (m_licenses)
            putResource(m_license);

        if (!m_entitlements)
            return;
        seen.clear();
        auto putEntitlement = [&](const v2::Entitlement &e) {
            const QString type = fromStd(e.resource().id().resource_type());
            const QString resource = fromStd(e.resource().id().resource());
            const QString id = fromStd(e.id());
            if (!going || !wanted(type, resource) || !firstOf(seen, id))
                return;
            serializeInto(message, e);
            out.begin(RowTable::Entitlements);
            out.text(type);
            out.text(resource);
            out.text(id);
            out.value(view(message));
            out.value(m_syncId);
            out.value(m_discovered);
            going = out.end();
        };
        for (const v2::Resource &r : m_roleList)
            putEntitlement(roleEntitlement(r));
        for (const v2::Resource &g : m_groupList) {
            putEntitlement(groupEntitlement(g, AccessType::Member));
            putEntitlement(groupEntitlement(g, AccessType::Owner));
        }
        if (m_licenses)
            putEntitlement(licenseEntitlement(m_license));
    }

    // The grants. *total: how many there are (for the progress; a targeted run writes fewer);
    // *orphans: grants of groups or roles the snapshot does not list.
    void grants(RowOut &out, std::atomic<qint64> *total, qint64 *orphans) const
    {
        QVector<Grant> all = grantsOf(m_snapshot);
        if (m_licenses)
            all += licenseGrantsOf(m_snapshot);
        total->store(all.size());
        const QString user = resource_type::user();
        const QString license = resource_type::license();
        const QByteArray userBytes = user.toUtf8();
        // A targeted run holds the grants of its targets: a group's or role's own, and a user's
        // license grant (baton-dropbox lists that one with the user).
        std::vector<bool> skipped(size_t(all.size()), false);
        if (!m_targets.isEmpty()) {
            for (qsizetype i = 0; i < all.size(); ++i) {
                const Grant &g = all[i];
                skipped[size_t(i)] = !(g.resourceType == license ? wanted(user, g.teamMemberId)
                                                                 : wanted(g.resourceType, g.resourceId));
            }
        }
        markRepeated(all, &skipped);
        // A grant's message is its entitlement (field 1, with the whole group or role resource)
        // followed by its principal (2) and id (3). Protobuf writes fields in number order, so a
        // group's entitlement is serialized once and each member's grant appends only its own
        // fields: the bytes are those of the whole message serialized (tst_c1z_grants checks them).
        const Grant *last = nullptr;
        QByteArray type, resource, entitlement, head, member, id;
        bool orphan = false;
        std::string message;
        v2::Grant own; // the principal (always a user) and the grant id
        own.mutable_principal()->mutable_id()->set_resource_type(toStd(user));
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (skipped[size_t(i)])
                continue;
            const Grant &g = all[i];
            if (!last || g.resourceId != last->resourceId || g.slug != last->slug
                || g.resourceType != last->resourceType) {
                v2::Grant headMessage = grantMessage(resourceOf(g, &orphan), g.slug, g.teamMemberId);
                headMessage.clear_principal();
                headMessage.clear_id();
                serializeInto(message, headMessage);
                head = QByteArray(message.data(), qsizetype(message.size()));
                type = g.resourceType.toUtf8();
                resource = g.resourceId.toUtf8();
                entitlement = g.entitlementId().toUtf8();
                last = &g;
            }
            *orphans += orphan ? 1 : 0;
            member.resize(0);
            sqlstore::appendUtf8(member, g.teamMemberId);
            id.resize(0);
            id.append(entitlement).append(":user:").append(member);
            own.mutable_principal()->mutable_id()->set_resource(member.constData(), size_t(member.size()));
            own.set_id(id.constData(), size_t(id.size()));
            serializeInto(message, own);
            out.begin(RowTable::Grants);
            out.value(type);
            out.value(resource);
            out.value(entitlement);
            out.value(userBytes);
            out.value(member);
            out.value(id);
            out.value(head, view(message));
            out.value(m_syncId);
            out.value(m_discovered);
            if (!out.end())
                return;
        }
    }

    QByteArrayView syncId() const { return m_syncId; }
    bool targeted() const { return !m_targets.isEmpty(); }

private:
    // Whether a resource belongs in the run: all of them, or the targets of a targeted sync.
    bool wanted(const QString &type, const QString &id) const
    {
        return m_targets.isEmpty() || m_targets.contains(type + QLatin1Char(':') + id);
    }

    // The group, role or license resource a grant is of. A membership of something the snapshot
    // does not list keeps its grant, with the bare id as the resource (what a slim row would give
    // a reader anyway); *orphan says which it was.
    v2::Resource resourceOf(const Grant &g, bool *orphan) const
    {
        *orphan = false;
        if (g.resourceType == resource_type::license())
            return m_license;
        const QHash<QString, v2::Resource> &known = g.resourceType == resource_type::role() ? m_roles : m_groups;
        if (const auto it = known.constFind(g.resourceId); it != known.constEnd())
            return *it;
        *orphan = true;
        v2::Resource resource;
        resource.mutable_id()->set_resource_type(toStd(g.resourceType));
        resource.mutable_id()->set_resource(toStd(g.resourceId));
        return resource;
    }

    const Snapshot &m_snapshot;
    const QByteArray m_syncId;
    const QByteArray m_discovered;
    const bool m_entitlements;             // false: resources only (skip_entitlements_and_grants)
    const bool m_licenses;                 // the license resource type, its entitlement and grants
    const QSet<QString> m_targets;         // "<type>:<id>"; empty: everything
    std::vector<v2::Resource> m_roleList;  // in the snapshot's order
    std::vector<v2::Resource> m_groupList; // in the snapshot's order
    QHash<QString, v2::Resource> m_roles;  // by id (the last of an id, as before)
    QHash<QString, v2::Resource> m_groups;
    v2::Resource m_license;
};

// Inserts the builders' batches, on the writer's connection and thread.
class RowInserter
{
public:
    RowInserter(const QSqlDatabase &db, C1zWriteOptions::Progress progress, const std::atomic<qint64> &grantTotal)
        : m_db(sqlstore::sqliteHandle(db)), m_progress(std::move(progress)), m_grantTotal(grantTotal)
    {
        for (const TableInsert &t : tableInserts)
            m_statements.push_back(std::make_unique<sqlstore::RawQuery>(m_db, QString::fromLatin1(t.sql)));
    }

    Expected<void> ready() const
    {
        for (const auto &s : m_statements) {
            if (Expected<void> ok = written(s->ok()); !ok)
                return ok;
        }
        return {};
    }

    // Every batch of the queue, until it is closed or something fails.
    Expected<void> drain(BatchQueue &queue)
    {
        RowBatch batch;
        QElapsedTimer waiting;
        waiting.start();
        while (queue.pop(&batch)) {
            m_waitedNs += waiting.nsecsElapsed();
            const TableInsert &t = tableInserts[int(batch.table)];
            sqlstore::RawQuery &statement = *m_statements[size_t(batch.table)];
            size_t value = 0;
            for (qsizetype row = 0; row < batch.rows; ++row) {
                // SQLITE_STATIC: the batch outlives the insert, which is all SQLite needs it for.
                for (int i = 0; i < t.values; ++i, ++value)
                    statement.bindBytes(i + 1, batch.value(value), i == t.blob);
                if (Expected<void> ok = written(statement.exec()); !ok)
                    return ok;
                if (batch.table == RowTable::Grants && m_progress && ++m_grantsWritten % 10000 == 0)
                    m_progress(C1zWriteOptions::Stage::Grants, m_grantsWritten, m_grantTotal.load());
            }
            queue.giveBack(std::move(batch));
            waiting.start();
        }
        m_waitedNs += waiting.nsecsElapsed();
        return {};
    }

    // How long drain() waited for rows to insert: the builders' share of the time.
    qint64 waitedMs() const { return m_waitedNs / 1000000; }

    // The sync run, finished.
    Expected<void> syncRun(QByteArrayView syncId, bool targeted, const QDateTime &startedAt, const QDateTime &endedAt)
    {
        sqlstore::RawQuery statement(m_db,
                                     QStringLiteral("INSERT INTO v1_sync_runs (sync_id, started_at, ended_at, "
                                                    "sync_token, sync_type, parent_sync_id, linked_sync_id, "
                                                    "grants_backfilled) VALUES (?, ?, ?, '', ?, '', '', 1)"));
        if (Expected<void> ok = written(statement.ok()); !ok)
            return ok;
        statement.bindBytes(1, syncId);
        statement.bind(2, c1z::formatTimestamp(startedAt));
        statement.bind(3, c1z::formatTimestamp(endedAt));
        statement.bindBytes(4, targeted ? QByteArrayView("partial") : QByteArrayView("full"));
        return written(statement.exec());
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<std::unique_ptr<sqlstore::RawQuery>> m_statements; // as tableInserts
    C1zWriteOptions::Progress m_progress;
    const std::atomic<qint64> &m_grantTotal;
    qint64 m_grantsWritten = 0;
    qint64 m_waitedNs = 0;
};

// The builders' threads: started with the writer, stopped and joined when it is done, whether it
// succeeded or not.
class BuilderThreads
{
public:
    BuilderThreads(const RowBuilder &builder, bool grants) : m_rows(32, grants ? 2 : 1)
    {
        m_threads.emplace_back([this, &builder] {
            RowOut out(m_rows);
            builder.resources(out);
            out.finish();
        });
        if (grants) {
            m_threads.emplace_back([this, &builder] {
                RowOut out(m_rows);
                builder.grants(out, &m_grantTotal, &m_orphans);
                out.finish();
            });
        }
    }
    ~BuilderThreads() { join(); }
    BuilderThreads(const BuilderThreads &) = delete;
    BuilderThreads &operator=(const BuilderThreads &) = delete;

    // Stops what is still building (after a failure; after the last row, nothing is) and waits.
    void join()
    {
        m_rows.stop();
        for (std::thread &t : m_threads) {
            if (t.joinable())
                t.join();
        }
    }

    // Both builders' rows, as they come: the writer inserts whichever is ready, so that neither
    // builder waits while the writer waits for the other (the resources' builder is the slower
    // one at first, and the grants' builder stopped once its own queue was full).
    BatchQueue &rows() { return m_rows; }
    const std::atomic<qint64> &grantTotal() const { return m_grantTotal; }
    qint64 orphans() const { return m_orphans; } // once joined

private:
    BatchQueue m_rows; // 32 batches of about a megabyte each

    std::atomic<qint64> m_grantTotal{0};
    qint64 m_orphans = 0;
    std::vector<std::thread> m_threads;
};

// Every row of the run, built on the builders' threads and inserted on this one. Returns once the
// builders have stopped and the statements are finalized (the connection closes only then).
// *waitedMs: how long the inserting waited for rows.
Expected<void> writeRows(const QSqlDatabase &db, const Snapshot &snapshot, const QString &syncId,
                         const QDateTime &startedAt, const QDateTime &endedAt, const C1zWriteOptions &options,
                         qint64 *waitedMs)
{
    const RowBuilder builder(snapshot, syncId, options);
    BuilderThreads threads(builder, options.entitlements && options.grants);
    RowInserter inserter(db, options.progress, threads.grantTotal());
    Expected<void> ok = inserter.ready();
    if (ok)
        ok = inserter.drain(threads.rows());
    threads.join();
    *waitedMs = inserter.waitedMs();
    if (ok && threads.orphans() > 0)
        qCWarning(lcC1) << "c1z: grants of unlisted groups or roles:" << threads.orphans();
    if (ok)
        ok = inserter.syncRun(builder.syncId(), builder.targeted(), startedAt, endedAt);
    return ok;
}

Expected<void> writeDatabase(const Snapshot &snapshot, const QString &dbPath, const QString &syncId,
                             const QDateTime &startedAt, const QDateTime &endedAt, const C1zWriteOptions &options)
{
    ScopedConnection scoped(QStringLiteral("dbx-c1z-"), dbPath);
    QSqlDatabase db = scoped.db();
    if (!db.open())
        return fail(Error::Kind::Database, tr("The c1z database could not be created: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    // DELETE journal: nothing lives beside the file once it is closed, so the file alone is the
    // whole database when it is compressed.
    const QStringList statements
        = QStringList{QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("PRAGMA synchronous=OFF"),
                      // 64 KiB pages, the largest SQLite has: a 100,000-member file is 800 MB,
                      // which 4 KiB pages wrote and each index's scan read back a system call per
                      // page (2.6 s of the kernel's time instead of 1.1 s, about 1 s of the
                      // export; bench_store). Any SQLite reader opens a file of any page size.
                      QStringLiteral("PRAGMA page_size=65536"),
                      // The rows only ever append to their tables (the indexes come after them):
                      // a small cache will do, and a larger one (128 MiB) held dirty pages that
                      // slowed the index sorts.
                      QStringLiteral("PRAGMA cache_size=-8192"), QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")}
        + c1z::schemaStatements();
    // Tables first, their indexes once the rows are in: SQLite builds an index over a filled table
    // by sorting it once, where six indexes kept up row by row cost a b-tree search each per row
    // (most of the time a 100k-member file took). The statements' text, which SQLite keeps, is
    // the same either way.
    QStringList indexes;
    for (const QString &statement : statements) {
        if (statement.startsWith(QLatin1String("create index"), Qt::CaseInsensitive)
            || statement.startsWith(QLatin1String("create unique index"), Qt::CaseInsensitive)) {
            indexes << statement;
            continue;
        }
        if (Expected<void> ok = exec(q, statement); !ok)
            return ok;
    }
    if (!db.transaction())
        return writeFailed(db.lastError().text());

    QElapsedTimer clock;
    clock.start();
    qint64 waitedMs = 0;
    Expected<void> ok = writeRows(db, snapshot, syncId, startedAt, endedAt, options, &waitedMs);
    const qint64 rowsMs = clock.restart();
    // The index sorts: SQLite sorts what fits its cache in one run on one thread. With 4 MiB it
    // cuts each index's keys into runs that two worker threads sort while the table is read, then
    // merges them: the 16 indexes of a 100,000-member file took 2.7 s instead of 4.0 s on two
    // cores (bench_store; 16 and 32 MiB, or the runs kept in memory, gained less or nothing).
    for (const char *pragma : {"PRAGMA threads=2", "PRAGMA cache_size=-4096"}) {
        if (ok)
            ok = exec(q, QLatin1String(pragma));
    }

    for (const QString &statement : std::as_const(indexes)) {
        if (ok)
            ok = exec(q, statement);
    }
    if (!ok)
        return ok;

    if (!db.commit())
        return writeFailed(db.lastError().text());
    db.close();
    qCInfo(lcC1) << "c1z database:"
                 << "rows" << rowsMs << "ms (waiting for them" << waitedMs << "ms), indexes" << clock.elapsed() << "ms";
    return {};
}

} // namespace

Snapshot withResourceTypes(const Snapshot &snapshot, const QStringList &resourceTypeIds)
{
    if (resourceTypeIds.isEmpty())
        return snapshot;
    Snapshot s = snapshot;
    const bool users = resourceTypeIds.contains(resource_type::user());
    const bool groups = resourceTypeIds.contains(resource_type::group());
    const bool roles = resourceTypeIds.contains(resource_type::role());
    if (!users)
        s.accounts.clear();
    if (!groups)
        s.groups.clear();
    if (!roles)
        s.roles.clear();
    // A grant names a user and a group or role: without either, it goes.
    if (!users || !groups)
        s.memberships.clear();
    if (!roles) {
        for (Account &a : s.accounts)
            a.roleId.clear();
    }
    return s;
}

QStringList missingTargets(const Snapshot &snapshot, const QStringList &targets)
{
    QSet<QString> known;
    for (const Account &a : snapshot.accounts)
        known.insert(resource_type::user() + QLatin1Char(':') + a.teamMemberId);
    for (const Group &g : snapshot.groups)
        known.insert(resource_type::group() + QLatin1Char(':') + g.id);
    for (const Role &r : snapshot.roles)
        known.insert(resource_type::role() + QLatin1Char(':') + r.id);
    known.insert(resource_type::license() + QLatin1Char(':') + license::full());
    QStringList missing;
    for (const QString &t : targets) {
        if (!known.contains(t))
            missing << t;
    }
    return missing;
}

Expected<QString> writeC1z(const Snapshot &snapshot, const QString &path, const C1zWriteOptions &options)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime started = options.startedAt.isValid() ? options.startedAt
        : snapshot.startedAt.isValid()                    ? snapshot.startedAt
                                                          : now;
    const QDateTime ended = options.endedAt.isValid() ? options.endedAt
        : snapshot.finishedAt.isValid()               ? snapshot.finishedAt
                                                      : now;
    const QString syncId = options.syncId.isEmpty() ? Ksuid::generate(started) : options.syncId;

    QTemporaryDir tmp(QDir(options.tempDir.isEmpty() ? QDir::tempPath() : options.tempDir)
                          .filePath(QStringLiteral("dbx-c1z-XXXXXX")));
    if (!tmp.isValid())
        return fail(Error::Kind::Io, tr("No temporary folder for the c1z database: %1").arg(tmp.errorString()));
    const QString dbPath = tmp.filePath(QStringLiteral("db"));
    if (options.progress)
        options.progress(C1zWriteOptions::Stage::Grants, 0, -1);
    if (Expected<void> written = writeDatabase(snapshot, dbPath, syncId, started, ended, options); !written)
        return unexpected(std::move(written).error());
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo::exists(dbPath + QLatin1String(suffix))) {
            return fail(Error::Kind::Database,
                        tr("The c1z database was not closed cleanly (%1 left behind).").arg(QLatin1String(suffix)));
        }
    }
    if (options.progress)
        options.progress(C1zWriteOptions::Stage::Compressing, 0, QFileInfo(dbPath).size());
    QElapsedTimer clock;
    clock.start();
    if (Expected<void> compressed = c1z::compress(dbPath, path, options.compressionLevel, options.progress);
        !compressed)
        return unexpected(std::move(compressed).error());
    qCInfo(lcC1) << "c1z compressed in" << clock.elapsed() << "ms";
    qCInfo(lcC1) << "c1z written:" << QDir::toNativeSeparators(path) << "sync" << syncId << "accounts"
                 << snapshot.accounts.size() << "groups" << snapshot.groups.size() << "roles" << snapshot.roles.size()
                 << "bytes" << QFileInfo(path).size();
    return syncId;
}

} // namespace c1
} // namespace dbx
