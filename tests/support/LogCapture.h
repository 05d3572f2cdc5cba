#pragma once

// Captures every log line of a test process ("category: message") so a test can check that no
// secret reached the log: startCapture() in initTestCase(), expectNoSecretInLog() in
// cleanupTestCase().

#include <QLoggingCategory>
#include <QMessageLogContext>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>

namespace dbx::test {

inline QStringList g_log;

inline void captureMessages(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(ctx.category ? ctx.category : "default"), msg);
}

// Turns on the debug lines these filter rules name and captures every line from now on.
inline void startCapture(const QString &debugRules)
{
    QLoggingCategory::setFilterRules(debugRules);
    qInstallMessageHandler(captureMessages);
}

// Stops capturing, then fails the test when a captured line that `considered` accepts holds one
// of the secrets.
inline void expectNoSecretInLog(const QStringList &secrets, const std::function<bool(const QString &)> &considered)
{
    qInstallMessageHandler(nullptr);
    int checked = 0;
    for (const QString &line : qAsConst(g_log)) {
        if (!considered(line))
            continue;
        ++checked;
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a secret in the log: ") + line.left(80)));
    }
    qInfo("checked %d log lines against %d secrets", checked, int(secrets.size()));
}

} // namespace dbx::test
