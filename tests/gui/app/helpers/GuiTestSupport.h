#pragma once
// Small helpers shared by the GUI tests.

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace dbx::gui::test {

// The child widget with this object name, with a warning naming it when it is missing.
template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Settings and data of this run stay in dir: QSettings and QStandardPaths look there (XDG
// folders), under the test's own application name.
inline void isolateSettings(const QTemporaryDir &dir, const QString &appName)
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("DropboxTeamConnectorTest"));
    QCoreApplication::setApplicationName(appName);
}

} // namespace dbx::gui::test
