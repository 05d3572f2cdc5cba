#include "provision/Audit.h"

#include "store/Export.h"

namespace dbx {

QByteArray auditCsv(const QVector<AuditEntry> &entries)
{
    QByteArray out
        = csvRow({QStringLiteral("at"), QStringLiteral("admin"), QStringLiteral("connection"), QStringLiteral("action"),
                  QStringLiteral("target"), QStringLiteral("object"), QStringLiteral("outcome"),
                  QStringLiteral("message"), QStringLiteral("request_id"), QStringLiteral("details")});
    for (const AuditEntry &e : entries) {
        out += csvRow({e.at.toUTC().toString(Qt::ISODate), e.admin, e.connection, e.action, e.target, e.object,
                       e.outcome, e.message, e.requestId, e.details});
    }
    return out;
}

} // namespace dbx
