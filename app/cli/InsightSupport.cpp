// The insight and review commands' shared plumbing (InsightSupport.h).

#include "InsightSupport.h"

#include "store/SnapshotStore.h"

namespace dbx::cli {

QList<OptionSpec> insightOptions()
{
    return {
        {QStringLiteral("stale-days"), QString(), tr("stale_invite: invitations older than N days."),
         QStringLiteral("N"), QStringLiteral("30")},
        {QStringLiteral("inactive-days"), QString(), tr("inactive_member: no sign-in for N days."), QStringLiteral("N"),
         QStringLiteral("90")},
        {QStringLiteral("max-admins"), QString(), tr("admin_count: more team admins than N."), QStringLiteral("N"),
         QStringLiteral("5")},
    };
}

Expected<InsightSettings> insightSettings(const CommandLine &cl)
{
    InsightSettings s;
    const struct {
        const char *name;
        int *value;
    } fields[] = {{"stale-days", &s.staleInviteDays}, {"inactive-days", &s.inactiveDays}, {"max-admins", &s.maxAdmins}};
    for (const auto &f : fields) {
        bool ok = true;
        const QString name = QString::fromLatin1(f.name);
        *f.value = cl.intValue(name, *f.value, &ok);
        if (!ok || *f.value < 1)
            return unexpected(Error::make(Error::Kind::Invalid, tr("--%1 takes a positive whole number.").arg(name)));
    }
    return s;
}

Expected<Snapshot> loadNewestSnapshot(const CommandLine &cl, SnapshotStore *store)
{
    if (const Expected<void> opened = openStore(cl, store); !opened)
        return unexpected(opened.error());
    const qint64 runId = store->latestCompleteRun();
    if (runId == 0) {
        return unexpected(
            Error::make(Error::Kind::NotFound,
                        tr("The snapshot database has no complete sync yet: run 'dropbox-connector-cli sync' first.")));
    }
    Expected<Snapshot> snapshot = store->load(runId);
    if (!snapshot) {
        return unexpected(Error::make(Error::Kind::Database,
                                      tr("Cannot read sync run %1: %2").arg(runId).arg(snapshot.error().message())));
    }
    return snapshot;
}

Expected<InsightInput> loadInsightInput(const CommandLine &cl, SnapshotStore *store)
{
    Expected<InsightSettings> settings = insightSettings(cl);
    if (!settings)
        return unexpected(settings.error());
    Expected<Snapshot> snapshot = loadNewestSnapshot(cl, store);
    if (!snapshot)
        return unexpected(snapshot.error());
    return InsightInput{std::move(*settings), std::move(*snapshot)};
}

Expected<Insight> loadInsight(const CommandLine &cl)
{
    SnapshotStore store;
    const Expected<InsightInput> input = loadInsightInput(cl, &store);
    if (!input)
        return unexpected(input.error());
    return computeInsight(input->snapshot, store.runs(), input->settings, QDateTime::currentDateTimeUtc());
}

} // namespace dbx::cli
