// audit: the log of every change attempted, as text or CSV.

#include "Commands.h"
#include "Output.h"
#include "provision/Audit.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dbx::cli {

namespace {
int runAudit(const CommandLine &cl)
{
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
    SnapshotStore store;
    if (const Expected<void> opened = openStore(cl, &store); !opened) {
        err() << opened.error().message() << '\n';
        return Failed;
    }
    const QVector<AuditEntry> entries = store.audit(filter);
    if (cl.flag(QStringLiteral("csv"))) {
        const QByteArray data = auditCsv(entries);
        return writeStandardOutput(data);
    }
    if (jsonOutput()) {
        QJsonArray list;
        for (const AuditEntry &e : entries) {
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("admin"), e.admin},
                                    {QStringLiteral("connection"), e.connection},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("target"), e.target},
                                    {QStringLiteral("object"), e.object},
                                    {QStringLiteral("details"), e.details},
                                    {QStringLiteral("outcome"), e.outcome},
                                    {QStringLiteral("message"), e.message},
                                    {QStringLiteral("request_id"), e.requestId}});
        }
        printJson({{QStringLiteral("entries"), list}});
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
    if (!quiet())
        err() << QCoreApplication::translate("dbx::cli", "%n entries.", nullptr, int(entries.size())) << '\n';
    return Ok;
}

} // namespace

void addAuditCommand(CommandList &list)
{
    const QList<OptionSpec> options{
        {QStringLiteral("text"),
         QString(),
         tr("Only entries whose action, target, object or message contain TEXT."),
         QStringLiteral("TEXT"),
         {}},
        {QStringLiteral("outcome"),
         QString(),
         tr("Only success, no_change, failed or invalid."),
         QStringLiteral("OUTCOME"),
         {}},
        {QStringLiteral("since"),
         QString(),
         tr("Only entries since this date/time (ISO 8601)."),
         QStringLiteral("WHEN"),
         {}},
        {QStringLiteral("limit"), QString(), tr("At most this many entries."), QStringLiteral("N"),
         QStringLiteral("10000")},
        {QStringLiteral("csv"), QString(), tr("Write CSV instead of text."), {}, {}},
    };
    list.push_back(
        std::make_unique<Command>(CommandSpec{QStringLiteral("audit"),
                                              tr("Show or export the audit log of changes."),
                                              tr("Show the audit log: every change attempted, newest first."),
                                              {},
                                              storeOptions() + options + reportOptions(),
                                              runAudit}));
}

} // namespace dbx::cli
