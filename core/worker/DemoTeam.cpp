#include "worker/DemoTeam.h"

#include "sim/SimThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace dbx {

DemoTeam::DemoTeam() = default;
DemoTeam::~DemoTeam() = default;

Expected<void> DemoTeam::start(const DemoOptions &options)
{
    sim::TeamSpec spec;
    spec.members = options.members;
    spec.groups = options.groups;
    spec.memberships = options.memberships;
    spec.seed = options.seed;
    m_sim = std::make_unique<sim::SimThread>(spec);
    const auto started = m_sim->start(0);
    if (!started) {
        m_sim.reset();
        return unexpected(
            Error::make(Error::Kind::Internal,
                        QCoreApplication::translate("dbx::DemoTeam", "The simulated Dropbox team could not start: %1")
                            .arg(started.error().message()),
                        started.error().detail));
    }
    if (options.latencyMs > 0) {
        sim::Faults f;
        f.latencyMs = options.latencyMs;
        m_sim->setFaults(f);
    }
    return {};
}

ConnectionConfig DemoTeam::connection(const QString &dbPath) const
{
    ConnectionConfig c;
    c.name = QCoreApplication::translate("dbx::DemoTeam", "Demo (simulated team)");
    if (!m_sim)
        return c;
    const sim::Credentials creds = m_sim->credentials();
    c.baseUrl = m_sim->baseUrl();
    c.appKey = creds.appKey;
    c.appSecret = creds.appSecret;
    c.refreshToken = creds.refreshToken;
    c.dbPath = dbPath.isEmpty() ? defaultDemoDbPath() : dbPath;
    // The simulated team is a sandbox: changing it is the point of the demo.
    c.provisioning = true;
    // The simulated team has a sign-in log: read half a year of it, so the Overview's last sign-in
    // chart and the inactive_member finding show what they do for a real team.
    c.syncLastLogin = true;
    c.lastLoginDays = 180;
    return c;
}

QString DemoTeam::defaultDemoDbPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

} // namespace dbx
