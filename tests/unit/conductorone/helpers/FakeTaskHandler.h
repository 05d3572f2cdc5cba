#pragma once
// For the service tests (tst_c1service): a TaskHandler that records
// what it was asked and answers as told.

#include "conductorone/C1z.h"
#include "conductorone/TaskHandler.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace dbx {
namespace c1 {
namespace testing {

inline QString str(const std::string &s) { return QString::fromStdString(s); }

// A TaskHandler that records what it was asked and answers as told.
class FakeHandler : public TaskHandler
{
public:
    explicit FakeHandler(QString dir) : m_dir(std::move(dir)) {}

    bool provisioning = true;
    Snapshot truth;
    bool blockUntilCancelled = false;
    TaskOutcome nextOutcome = TaskOutcome::done();

    mutable QMutex mutex;
    QStringList calls;
    GrantRequest lastGrant;
    RevokeRequest lastRevoke;
    CreateAccountRequest lastCreate;
    QString lastEnabledUser;
    bool lastEnable = true;
    QString cancelReason;
    std::atomic<bool> running{false};

    bool provisioningEnabled() const override { return provisioning; }

    SyncResult fullSync(const SyncRequest &, TaskContext &ctx) override
    {
        record(QStringLiteral("fullSync"));
        running = true;
        if (blockUntilCancelled) {
            while (!ctx.isCancelled())
                QThread::msleep(20);
            running = false;
            QMutexLocker lock(&mutex);
            cancelReason = ctx.cancelReason();
            return {TaskOutcome::cancelled(ctx.cancelReason()), QString(), false};
        }
        running = false;
        SyncResult r;
        r.c1zPath = m_dir + QStringLiteral("/sync-%1.c1z").arg(ctx.taskId());
        r.removeAfterUpload = true;
        if (const Expected<QString> written = writeC1z(truth, r.c1zPath); !written)
            r.outcome = TaskOutcome::failed(written.error().message(), true, TaskCode::Internal);
        return r;
    }
    TaskOutcome grant(const GrantRequest &req, TaskContext &) override
    {
        return remember(QStringLiteral("grant"), &lastGrant, req);
    }
    TaskOutcome revoke(const RevokeRequest &req, TaskContext &) override
    {
        return remember(QStringLiteral("revoke"), &lastRevoke, req);
    }
    CreateAccountResult createAccount(const CreateAccountRequest &req, TaskContext &) override
    {
        record(QStringLiteral("createAccount"));
        QMutexLocker lock(&mutex);
        lastCreate = req;
        Account a;
        a.teamMemberId = QStringLiteral("dbmid:new");
        a.email = req.email;
        a.givenName = req.givenName;
        a.surname = req.surname;
        a.status = AccountStatus::Invited;
        return {nextOutcome, a};
    }
    TaskOutcome deleteResource(const ResourceRef &, TaskContext &) override
    {
        record(QStringLiteral("deleteResource"));
        return nextOutcome;
    }
    TaskOutcome setAccountEnabled(const QString &teamMemberId, bool enable, TaskContext &) override
    {
        record(QStringLiteral("setAccountEnabled"));
        QMutexLocker lock(&mutex);
        lastEnabledUser = teamMemberId;
        lastEnable = enable;
        return nextOutcome;
    }

    QStringList callList() const
    {
        QMutexLocker lock(&mutex);
        return calls;
    }

private:
    void record(const QString &what)
    {
        QMutexLocker lock(&mutex);
        calls << what;
    }
    // Records the call and its request; answers nextOutcome.
    template <typename Request>
    TaskOutcome remember(const QString &what, Request *last, const Request &req)
    {
        record(what);
        QMutexLocker lock(&mutex);
        *last = req;
        return nextOutcome;
    }
    QString m_dir;
};

} // namespace testing
} // namespace c1
} // namespace dbx
