// File modes of the snapshot database (team data: emails, names, the audit log): a new database,
// its -wal and -shm files are 0600 and the folders created for it 0700, whatever the umask; an
// existing looser database file or folder is tightened, with a notice in the log.

#include "helpers/StoreFixtures.h"
#include "store/SnapshotStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dbx;
using namespace dbx::test;

namespace {
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QStringList g_messages;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg) { g_messages << msg; }

// The umask most systems start with would make 0644 files and 0755 folders.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

// A database path in a folder (not made yet) below a temporary one, under a permissive umask.
struct Scratch {
    explicit Scratch(const char *folder)
        : dir(tmp.filePath(QLatin1String(folder))), path(dir + QStringLiteral("/snapshots.sqlite"))
    {}
    // Opens and closes a store on path: what an older version of the application left behind.
    Expected<void> openOnce() const
    {
        SnapshotStore store;
        return store.open(path);
    }
    Umask permissive{0022};
    QTemporaryDir tmp;
    QString dir;
    QString path;
};
} // namespace

class tst_StoreModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsPrivate()
    {
        const Scratch scratch("data/connector");
        QVERIFY(scratch.tmp.isValid());
        const QString &dir = scratch.dir;
        const QString &path = scratch.path;
        {
            SnapshotStore store;
            DBX_VERIFY_OK(store.open(path));
            // A write transaction makes SQLite create the -wal and -shm files.
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
            QCOMPARE(modeOf(dir), 0700);
            QCOMPARE(modeOf(scratch.tmp.filePath(QStringLiteral("data"))), 0700); // every folder made for it
        }
        QCOMPARE(modeOf(path), 0600);
    }

    void looserModesAreTightened()
    {
        const Scratch scratch("shared");
        QVERIFY(scratch.tmp.isValid());
        const QString &dir = scratch.dir;
        const QString &path = scratch.path;
        // A database made the old way: 0644 in a 0755 folder.
        DBX_VERIFY_OK(scratch.openOnce());
        QVERIFY(QFile::setPermissions(dir,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFile::exists(f))
                QVERIFY(QFile::setPermissions(
                    f, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        }
        QCOMPARE(modeOf(path), 0644);
        QCOMPARE(modeOf(dir), 0755);

        g_messages.clear();
        const QtMessageHandler old = qInstallMessageHandler(capture);
        SnapshotStore store;
        const Expected<void> opened = store.open(path);
        qInstallMessageHandler(old);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(dir), 0700);
        if (QFile::exists(path + QStringLiteral("-wal")))
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        if (QFile::exists(path + QStringLiteral("-shm")))
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        // The notice says which file and what it is now.
        const QString log = g_messages.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QDir::toNativeSeparators(path)) && log.contains(QStringLiteral("600")), qPrintable(log));
        QVERIFY2(log.contains(QDir::toNativeSeparators(dir)) && log.contains(QStringLiteral("700")), qPrintable(log));
    }

    void sharedFoldersAreLeftAlone()
    {
        // A folder that holds more than our files (sticky, like /tmp) is not changed; the file is.
        const Scratch scratch("sticky");
        QVERIFY(scratch.tmp.isValid());
        QVERIFY(QDir().mkpath(scratch.dir));
        QVERIFY(::chmod(QFile::encodeName(scratch.dir).constData(), 01777) == 0);
        SnapshotStore store;
        DBX_VERIFY_OK(store.open(scratch.path));
        QCOMPARE(modeOf(scratch.dir), 01777);
        QCOMPARE(modeOf(scratch.path), 0600);
    }
};

QTEST_GUILESS_MAIN(tst_StoreModes)
#include "tst_store_modes.moc"
