#pragma once
// What the insight and review commands share: the rules' thresholds as options and the newest
// snapshot's insight.

#include "Command.h"
#include "insight/Insight.h"

#include <QByteArray>

namespace dbx::cli {

// --stale-days, --inactive-days, --max-admins.
QList<OptionSpec> insightOptions();
// Invalid when an option is wrong.
Expected<InsightSettings> insightSettings(const CommandLine &cl);
// The newest complete snapshot of the database the command line names, and its insight.
Expected<Snapshot> loadNewestSnapshot(const CommandLine &cl, SnapshotStore *store);
// What an insight and a review start from: the thresholds and the newest complete snapshot.
struct InsightInput {
    InsightSettings settings;
    Snapshot snapshot;
};
Expected<InsightInput> loadInsightInput(const CommandLine &cl, SnapshotStore *store);
Expected<Insight> loadInsight(const CommandLine &cl);

} // namespace dbx::cli
