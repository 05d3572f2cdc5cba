// audit: the log of every change attempted, as text or CSV.

#include "ProvisionRun.h"

namespace dbx::cli {

int runAudit(const QStringList &args)
{
    CommandLine cl(QStringLiteral("audit"), tr("Show the audit log: every change attempted, newest first."));
    cl.add({QStringLiteral("db"), QStringLiteral("BATON_DB"), tr("Snapshot database file."), QStringLiteral("FILE"),
            tr("the user's data folder")});
    cl.add({QStringLiteral("demo"), QString(), tr("Read the demo's database."), {}, {}});
    cl.add({QStringLiteral("text"), QString(), tr("Only entries whose action, target, object or message contain TEXT."),
            QStringLiteral("TEXT"), {}});
    cl.add({QStringLiteral("outcome"), QString(), tr("Only success, no_change, failed or invalid."),
            QStringLiteral("OUTCOME"), {}});
    cl.add({QStringLiteral("since"), QString(), tr("Only entries since this date/time (ISO 8601)."),
            QStringLiteral("WHEN"), {}});
    cl.add({QStringLiteral("limit"), QString(), tr("At most this many entries."), QStringLiteral("N"),
            QStringLiteral("10000")});
    cl.add({QStringLiteral("csv"), QString(), tr("Write CSV instead of text."), {}, {}});
    int code = 0;
    if (!cl.parse(args, &code))
        return code;

    AuditFilter filter;
    filter.text = cl.value(QStringLiteral("text"));
    filter.outcome = cl.value(QStringLiteral("outcome"));
    bool ok = true;
    filter.limit = cl.intValue(QStringLiteral("limit"), 10000, &ok);
    if (!ok || filter.limit < 1) {
        err() << tr("--limit takes a positive whole number.") << '\n';
        return Usage;
    }
    if (cl.isSet(QStringLiteral("since"))) {
        filter.since = QDateTime::fromString(cl.value(QStringLiteral("since")), Qt::ISODate);
        if (!filter.since.isValid()) {
            err() << tr("--since takes an ISO 8601 date such as 2024-05-01 or 2024-05-01T12:00:00Z.") << '\n';
            return Usage;
        }
    }
    QString path = cl.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = cl.flag(QStringLiteral("demo")) ? DemoTeam::defaultDemoDbPath() : SnapshotStore::defaultPath();
    SnapshotStore store;
    QString error;
    if (!store.open(path, &error)) {
        err() << tr("Cannot open the snapshot database %1: %2").arg(path, error) << '\n';
        return Failed;
    }
    const QVector<AuditEntry> entries = store.audit(filter);
    if (cl.flag(QStringLiteral("csv"))) {
        const QByteArray data = auditCsv(entries);
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size()) {
            err() << tr("Cannot write to standard output.") << '\n';
            return Failed;
        }
        return Ok;
    }
    for (const AuditEntry &e : entries) {
        out() << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
              << e.outcome.leftJustified(9) << ' ' << e.action.leftJustified(17) << ' ' << e.target;
        if (!e.object.isEmpty())
            out() << ' ' << e.object;
        out() << "  (" << e.admin;
        if (!e.connection.isEmpty())
            out() << ", " << e.connection;
        out() << ")\n    " << e.message;
        if (!e.requestId.isEmpty())
            out() << "  [" << e.requestId << ']';
        out() << '\n';
    }
    err() << QCoreApplication::translate("dbx::cli", "%n entries.", nullptr, int(entries.size())) << '\n';
    return Ok;
}

} // namespace dbx::cli
