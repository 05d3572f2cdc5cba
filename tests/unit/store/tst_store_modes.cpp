// File modes of the snapshot database (team data: emails, names, the audit log): a new database,
// its -wal and -shm files are 0600 and the folders created for it 0700, whatever the umask; an
// existing looser database file or folder is tightened, with a notice in the log.

#include "store/SnapshotStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dbx;

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
} // namespace

class tst_StoreModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsPrivate()
    {
        Umask permissive(0022);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("data/connector"));
        const QString path = dir + QStringLiteral("/snapshots.sqlite");
        {
            SnapshotStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            // A write transaction makes SQLite create the -wal and -shm files.
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
            QCOMPARE(modeOf(dir), 0700);
            QCOMPARE(modeOf(tmp.filePath(QStringLiteral("data"))), 0700);   // every folder made for it
        }
        QCOMPARE(modeOf(path), 0600);
    }

    void looserModesAreTightened()
    {
        Umask permissive(0022);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("shared"));
        const QString path = dir + QStringLiteral("/snapshots.sqlite");
        {
            // A database made the old way: 0644 in a 0755 folder.
            SnapshotStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                               | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        for (const QString &f : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFile::exists(f))
                QVERIFY(QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                     | QFile::ReadOther));
        }
        QCOMPARE(modeOf(path), 0644);
        QCOMPARE(modeOf(dir), 0755);

        g_messages.clear();
        const QtMessageHandler old = qInstallMessageHandler(capture);
        SnapshotStore store;
        QString error;
        const bool opened = store.open(path, &error);
        qInstallMessageHandler(old);
        QVERIFY2(opened, qPrintable(error));
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
        Umask permissive(0022);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("sticky"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 01777) == 0);
        SnapshotStore store;
        QString error;
        QVERIFY2(store.open(dir + QStringLiteral("/snapshots.sqlite"), &error), qPrintable(error));
        QCOMPARE(modeOf(dir), 01777);
        QCOMPARE(modeOf(dir + QStringLiteral("/snapshots.sqlite")), 0600);
    }
};

QTEST_GUILESS_MAIN(tst_StoreModes)
#include "tst_store_modes.moc"
