#pragma once
// Files a test writes and reads back whole (plans, c1z uploads, damaged inputs, reports).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace dbx::test {

// Writes bytes to path, replacing what was there; false when the file could not be written.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The whole file; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace dbx::test
