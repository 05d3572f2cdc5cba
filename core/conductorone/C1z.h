#pragma once
// c1z files, format v1: the 5-byte magic "C1ZF\0", then one zstd stream of a complete SQLite
// database with baton's v1_* tables. Every row's `data` is the deterministic protobuf
// serialization of the matching c1.connector.v2 message; the other columns repeat what a
// reader filters on (ids, the sync id, when the row was found). See C1Model.h for what the rows
// say about a Dropbox team.
//
// The DDL (tables, indexes and their names, column defaults) is byte-for-byte the one
// baton-sdk's pkg/dotc1z creates, so the Go SDK opens these files without migrating anything
// and this reader opens the Go SDK's files (older ones lacking the newer sync_runs columns
// too, and "slim" grant rows whose entitlement and principal live only in the columns).
// Newer SDKs default to a Pebble-based v3 ("C1Z3\0"), which readC1z recognises and refuses
// with a sentence saying so.

#include "base/Expected.h"
#include "conductorone/C1Model.h"
#include "model/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

namespace dbx {
namespace c1 {

struct C1zWriteOptions {
    QString syncId;           // empty: a new KSUID for startedAt
    QDateTime startedAt;      // invalid: the snapshot's, else now
    QDateTime endedAt;        // invalid: the snapshot's, else now
    QString tempDir;          // where the SQLite file is built; empty: QDir::tempPath()
    int compressionLevel = 3; // zstd level
    // How far the writing is, for a progress display: the grant rows written (total: all grants)
    // every 10,000 rows, then the database's bytes compressed. Called on the writer's thread.
    enum class Stage {
        Grants,
        Compressing
    };
    using Progress = std::function<void(Stage stage, qint64 done, qint64 total)>;
    Progress progress;
    // What a SyncFullTask asked to leave out: skip_entitlements_and_grants (resources only) and
    // skip_grants.
    bool entitlements = true;
    bool grants = true;
    // The license resource type (sync_resource_type_ids without "license": false). Its grants
    // also need the users.
    bool licenses = true;
    // targeted_sync_resources as "<type>:<id>": when given, the run is a partial one (sync_type
    // "partial", as baton writes a targeted sync) holding only these resources, their
    // entitlements and their grants (a user's are its license grant, as baton-dropbox lists it).
    QStringList targets;
};

// The targets of `targets` the snapshot does not hold (or of a type this connector does not sync).
QStringList missingTargets(const Snapshot &snapshot, const QStringList &targets);

// The snapshot narrowed to the resource types a SyncFullTask names (sync_resource_type_ids:
// "user", "group", "role", "license"; empty = all; "license" is C1zWriteOptions::licenses): the other types' resources go, and with them the grants
// that would point at them.
Snapshot withResourceTypes(const Snapshot &snapshot, const QStringList &resourceTypeIds);

// Writes the snapshot as a c1z holding one finished full sync run. Atomic: the file at `path`
// is replaced only when everything succeeded. The database is left in journal mode DELETE,
// with no WAL beside it, before it is compressed. Returns the run's sync id.
Expected<QString> writeC1z(const Snapshot &snapshot, const QString &path,
                           const C1zWriteOptions &options = C1zWriteOptions());

struct C1zSyncRun {
    QString syncId;
    QString startedAt; // as stored: "YYYY-MM-DD HH:MM:SS[.fffffffff]", local time
    QString endedAt;   // empty while the run is unfinished
    QString syncToken;
    QString syncType; // "full", "partial", ... ("full" when the column is missing)
    QString parentSyncId;
    bool finished() const { return !endedAt.isEmpty(); }
};

struct C1zGrantColumns { // what a v1_grants row repeats outside its data blob
    QString externalId;
    QString entitlementId;
    QString resourceTypeId;
    QString resourceId;
    QString principalResourceTypeId;
    QString principalResourceId;
    bool slim = false; // the blob had no entitlement/principal; filled from these
};

struct C1zContents {
    int formatVersion = 0;        // 1 for "C1ZF\0"
    qint64 databaseBytes = 0;     // size of the decompressed SQLite file
    QString journalMode;          // of the database as stored ("delete", "wal", ...)
    QStringList tables;           // every table, sorted
    QStringList indexes;          // every named index, sorted
    QVector<C1zSyncRun> syncRuns; // all runs, in row order
    QString syncId;               // the run the rows below belong to

    std::vector<v2::ResourceType> resourceTypes;
    std::vector<v2::Resource> resources;
    std::vector<v2::Entitlement> entitlements;
    std::vector<v2::Grant> grants;
    // external_id of each row, in the same order as the messages above.
    QStringList resourceTypeIds;
    QStringList resourceExternalIds; // "<type>:<id>"
    QStringList entitlementIds;
    QVector<C1zGrantColumns> grantColumns;
};

// Opens a c1z and decodes the rows of one sync run: `syncId` when given, else the newest
// finished full sync (ended_at, then sync_id, descending; as baton picks it), else the newest
// finished sync of any type, else the newest unfinished one.
Expected<C1zContents> readC1z(const QString &path, const QString &syncId = QString());

// The two halves, for tools and tests: the file's bytes <-> the SQLite file.
namespace c1z {
QByteArray magicV1(); // "C1ZF\0"
QByteArray magicV3(); // "C1Z3\0"
// Magic + one zstd frame (content size and checksum recorded) of the file at dbPath.
// progress (optional): the bytes read so far, of the file's size.
Expected<void> compress(const QString &dbPath, const QString &c1zPath, int level,
                        const C1zWriteOptions::Progress &progress = {});
// Checks the magic and writes the decompressed database to dbPath. Refuses more than
// maxBytes of database (baton's default limit is 10 GiB).
Expected<void> decompress(const QString &c1zPath, const QString &dbPath,
                          qint64 maxBytes = qint64(10) * 1024 * 1024 * 1024);
// baton's timestamp text: local wall clock, nanosecond digits without trailing zeros.
QString formatTimestamp(const QDateTime &t);
// The v1 DDL statements, in the order baton runs them.
QStringList schemaStatements();
} // namespace c1z

} // namespace c1
} // namespace dbx
