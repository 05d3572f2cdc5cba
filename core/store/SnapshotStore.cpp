#include "store/SnapshotStore.h"

#include "store/PrivateFile.h"
#include "store/StorePrivate.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace dbx {

using namespace sqlstore;

SnapshotStore::SnapshotStore(const QString &connectionName) : d(std::make_unique<Private>())
{
    d->connectionName
        = connectionName.isEmpty() ? QStringLiteral("dbx.store.%1").arg(++g_connectionCounter) : connectionName;
}

SnapshotStore::~SnapshotStore()
{
    d->close();
    // Every QSqlDatabase handle must be gone before the connection is removed.
    const bool hadConnection = d->db.isValid();
    d->db = QSqlDatabase();
    if (hadConnection)
        QSqlDatabase::removeDatabase(d->connectionName);
}

QString SnapshotStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/snapshots.sqlite");
}

// The connection's settings, the schema, and crashed runs marked: all of open() after the file
// is open. A failure leaves the file as it was.
Expected<void> SnapshotStore::Private::configure()
{
    {
        // SQLite opens lazily: the first statement is where a file that is not a database shows.
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            const QSqlError e = wal.lastError();
            if (e.nativeErrorCode() == QLatin1String("26")
                || e.databaseText().contains(QLatin1String("not a database")))
                return fail(
                    Error::Kind::Invalid,
                    tr("%1 is not a snapshot database (it is not an SQLite file)").arg(QDir::toNativeSeparators(path)));
            return unexpected(sqlFailure(wal));
        }
        if (wal.next() && wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
            && path != QLatin1String(":memory:")) // an in-memory database has no log to write ahead
            qCWarning(lcStore) << "journal mode is" << wal.value(0).toString() << "not WAL for" << path;
    }
    // synchronous=NORMAL: in WAL mode a power cut may lose the last commit but never corrupts
    // the file, and a sync can simply run again. cache_size: 64 MiB instead of SQLite's 2 MiB,
    // because a 100k-member commit touches ~140 MB of pages and a small cache re-reads them
    // from disk while inserting (measured: a quarter off commit time). journal_size_limit: after
    // a big commit the WAL file shrinks back instead of keeping its peak size.
    for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536",
                               "PRAGMA journal_size_limit=33554432"}) {
        if (Expected<void> done = exec(QLatin1String(pragma)); !done)
            return done;
    }
    if (Expected<void> migrated = migrate(); !migrated)
        return migrated;
    // SQLite made -wal and -shm with the database's mode; checked all the same (the umask and
    // an older SQLite may differ).
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")})
        tightenMode(path + suffix, kPrivateFile, false);
    // Now that the file surely exists, its canonical name is known.
    liveKeyPath = QFileInfo(path).canonicalFilePath();
    return markInterrupted();
}

Expected<void> SnapshotStore::open(const QString &path)
{
    d->close();
    d->path = path;
    if (path.isEmpty())
        return fail(Error::Kind::Invalid, tr("no database file was given"));
    // ":memory:" is SQLite's name for a database in memory only, never a file to make.
    const bool inMemory = path == QLatin1String(":memory:");
    if (Expected<void> prepared = inMemory ? Expected<void>() : preparePrivateFile(path); !prepared)
        return prepared;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(Error::Kind::Invalid, tr("%1 is a folder, not a file").arg(QDir::toNativeSeparators(path)));
    // The connection is made here rather than in the constructor: Qt ties a connection to the
    // thread that creates it, and a store may be built on one thread and used on another.
    if (!d->db.isValid()) {
        d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        if (!d->db.isValid())
            return fail(Error::Kind::Database, tr("the Qt SQLite driver (QSQLITE) is not available"));
    }
    d->db.setDatabaseName(path);
    // Another process (the CLI next to the GUI) may hold the write lock for a moment.
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d->db.open()) {
        return fail(Error::Kind::Database,
                    tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), d->db.lastError().text()));
    }
    d->liveKeyPath = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    Expected<void> ready = d->configure();
    if (!ready) {
        d->close();
        return ready;
    }
    d->open = true;
    qCDebug(lcStore) << "opened" << path;
    return {};
}

bool SnapshotStore::isOpen() const { return d->open; }

QString SnapshotStore::path() const { return d->path; }

Expected<void> SnapshotStore::deferCheckpoints()
{
    if (!d->open)
        return notOpen();
    return d->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

Expected<void> SnapshotStore::checkpoint()
{
    if (!d->open)
        return notOpen();
    return d->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

} // namespace dbx
