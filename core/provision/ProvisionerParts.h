#pragma once
// What the Provisioner's source files share (Provisioner*.cpp); not for other modules. The class
// is one QObject split by concern: the run loop and queue (Provisioner.cpp), results and their
// sentences (ProvisionerResults.cpp), sending one write (ProvisionerSend.cpp), member lifecycle
// (ProvisionerMembers.cpp), the write-ahead audit and reconcile (ProvisionerAudit.cpp) and the
// settling of a write whose reply was lost (ProvisionerSettle.cpp).

#include "provision/Operation.h"
#include "provision/ReadBack.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcProvision)

namespace dbx::provisioning {

constexpr qint64 kReadBackMs = 30000;      // a read-back's retries, in all
constexpr qint64 kCancelReadBackMs = 5000; // ... while the admin waits for a cancel
constexpr int kMaxSends = 2;               // a write read back as "not applied" is sent once more

// What a read-back that found the change made tells about the result: the new member (roles is
// optional in TeamMemberInfoV2: the role asked for then stands), or the role now held.
void takeReadBack(OperationResult *res, const ReadBackResult &rb, const QString &roleAskedFor);

// A result that ends other than in success: its outcome, the tag that says why (Dropbox's, or our
// own such as not_applied, unknown_outcome, job_timeout), the deciding reply and the sentence.
inline OperationResult concluded(OperationResult r, Outcome outcome, const QString &tag, const QString &requestId,
                                 const QString &message)
{
    r.outcome = outcome;
    r.tag = tag;
    r.requestId = requestId;
    r.message = message;
    return r;
}

inline QString tagOf(const QJsonObject &o) { return o.value(QStringLiteral(".tag")).toString(); }

inline QJsonObject groupSelector(const QString &groupId)
{
    return QJsonObject{{QStringLiteral(".tag"), QStringLiteral("group_id")}, {QStringLiteral("group_id"), groupId}};
}

inline QJsonObject accessTypeJson(AccessType a) { return QJsonObject{{QStringLiteral(".tag"), toWire(a)}}; }

} // namespace dbx::provisioning
