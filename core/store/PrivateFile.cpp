#include "store/PrivateFile.h"

#include "store/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace dbx::sqlstore {

namespace {
QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

// A folder that holds more than our files (the home folder, /, sticky /tmp, someone else's) is
// not ours to lock down: only folders this user owns below the home folder, or outside it.
bool mayTightenFolder(const QString &dir)
{
    struct stat st {};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || st.st_uid != ::geteuid() || (st.st_mode & S_ISVTX) != 0)
        return false;
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    const QString home = QFileInfo(QDir::homePath()).canonicalFilePath();
    if (canonical.isEmpty() || canonical == QLatin1String("/"))
        return false;
    return home.isEmpty() || !(home == canonical || home.startsWith(canonical + QLatin1Char('/')));
}

} // namespace

bool tightenMode(const QString &path, mode_t mode, bool announce)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return true; // not there (yet): nothing to tighten
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
Expected<void> preparePrivateFile(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    QStringList created; // the folders mkpath is about to create, outermost last
    for (QString d = dir; !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        created << d;
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    if (!QDir().mkpath(dir)) {
        return fail(Error::Kind::Io, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    }
    for (const QString &d : std::as_const(created)) {
        if (::chmod(QFile::encodeName(d).constData(), kPrivateDir) != 0) {
            return fail(Error::Kind::Io,
                        tr("cannot make the folder %1 private: %2").arg(QDir::toNativeSeparators(d), errnoText()));
        }
    }
    if (created.isEmpty()) {
        if (mayTightenFolder(dir)) {
            if (!tightenMode(dir, kPrivateDir, true))
                qCWarning(lcStore).noquote()
                    << tr("cannot make the folder %1 private: %2").arg(QDir::toNativeSeparators(dir), errnoText());
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
        return {}; // open() reports it
    if (!info.exists()) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CREAT | O_CLOEXEC, kPrivateFile);
        if (fd < 0) {
            return fail(Error::Kind::Io, tr("cannot create %1: %2").arg(QDir::toNativeSeparators(path), errnoText()));
        }
        ::close(fd);
    }
    for (const QString &file : QStringList{path, path + QLatin1String("-wal"), path + QLatin1String("-shm")}) {
        // Someone else's file (a shared copy opened to read) stays as it is, with a warning.
        if (!tightenMode(file, kPrivateFile, true))
            qCWarning(lcStore).noquote()
                << tr("cannot make %1 private: %2").arg(QDir::toNativeSeparators(file), errnoText());
    }
    return {};
}

} // namespace dbx::sqlstore
