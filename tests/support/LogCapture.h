#pragma once

// Captures every log line of a test process ("category: message") so a test can check that no
// secret reached the log. Install with qInstallMessageHandler(dbx::test::captureMessages).

#include <QMessageLogContext>
#include <QString>
#include <QStringList>

namespace dbx::test {

inline QStringList g_log;

inline void captureMessages(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(ctx.category ? ctx.category : "default"), msg);
}

} // namespace dbx::test
