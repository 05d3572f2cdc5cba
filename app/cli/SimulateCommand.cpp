// simulate: a simulated Dropbox team on a loopback port, for trying the connector, other tools
// and benchmarks. Prints the BATON_* settings that point at it and serves until stopped.

#include "Commands.h"
#include "sim/SimThread.h"

#include <QEventLoop>

namespace dbx::cli {

namespace {
QList<OptionSpec> simulateOptions()
{
    QList<OptionSpec> options;
    const auto num = [&options](const char *name, const QString &what, const QString &def) {
        options.push_back({QString::fromLatin1(name), QString(), what, QStringLiteral("N"), def});
    };
    num("port", tr("Port (0 = any free port)."), QStringLiteral("0"));
    num("members", tr("Members in the team."), QStringLiteral("60"));
    num("groups", tr("Groups in the team."), QStringLiteral("12"));
    num("memberships", tr("Group memberships in all (-1 = about 3 per member)."), QStringLiteral("-1"));
    num("seed", tr("Seed: the same seed gives the same team."), QStringLiteral("1"));
    num("latency", tr("Added latency per API request, in milliseconds."), QStringLiteral("0"));
    num("rate-limit-every", tr("Answer every Nth API request with 429 (0 = never)."), QStringLiteral("0"));
    num("retry-after", tr("Retry-After seconds of those 429 answers."), QStringLiteral("1"));
    num("token-expires-every", tr("Access tokens expire after N requests (0 = never)."), QStringLiteral("0"));
    options.push_back({QStringLiteral("error-rate"), QString(), tr("Share of API requests answered 500/503 (0..1)."),
                       QStringLiteral("R"), QStringLiteral("0")});
    return options;
}

int runSimulate(const CommandLine &cl)
{
    bool allOk = true;
    const auto get = [&](const char *name, int def) {
        bool ok = true;
        const int v = cl.intValue(QString::fromLatin1(name), def, &ok);
        allOk = allOk && ok;
        return v;
    };
    sim::TeamSpec spec;
    spec.members = get("members", 60);
    spec.groups = get("groups", 12);
    spec.memberships = get("memberships", -1);
    spec.seed = quint32(get("seed", 1));
    const int port = get("port", 0);
    sim::Faults faults;
    faults.latencyMs = get("latency", 0);
    faults.rateLimitEveryN = get("rate-limit-every", 0);
    faults.retryAfterSeconds = get("retry-after", 1);
    faults.tokenExpiresEveryN = get("token-expires-every", 0);
    bool rateOk = true;
    faults.serverErrorRate
        = cl.isSet(QStringLiteral("error-rate")) ? cl.value(QStringLiteral("error-rate")).toDouble(&rateOk) : 0.0;
    if (!allOk || !rateOk || port < 0 || port > 65535 || spec.members < 1 || spec.groups < 0
        || faults.serverErrorRate < 0 || faults.serverErrorRate > 1) {
        err() << tr("simulate: the numbers are wrong; see 'dropbox-connector-cli simulate --help'.") << '\n';
        return Usage;
    }

    sim::SimThread sim(spec);
    const auto started = sim.start(quint16(port));
    if (!started) {
        err() << tr("The simulated team could not start: %1").arg(started.error().message()) << '\n';
        return Failed;
    }
    sim.setFaults(faults);
    const sim::Credentials creds = sim.credentials();
    const Snapshot truth = sim.truth();
    out() << tr("Simulated Dropbox team \"%1\": %2 members, %3 groups, %4 memberships, listening on %5")
                 .arg(truth.team.name)
                 .arg(truth.accounts.size())
                 .arg(truth.groups.size())
                 .arg(truth.memberships.size())
                 .arg(sim.baseUrl().toString())
          << '\n';
    // Not secrets: the simulator's fixed demo credentials, printed so other tools can connect.
    out() << "BATON_BASE_URL=" << sim.baseUrl().toString() << '\n'
          << "BATON_APP_KEY=" << creds.appKey << '\n'
          << "BATON_APP_SECRET=" << creds.appSecret << '\n'
          << "BATON_REFRESH_TOKEN=" << creds.refreshToken << '\n';
    out().flush();
    err() << tr("Press Ctrl+C to stop.") << '\n';
    err().flush();

    QEventLoop loop;
    onInterrupt([&loop] { loop.quit(); });
    loop.exec();
    const sim::RequestStats stats = sim.stats();
    err() << tr("Served %1 API requests (%2 rate limited, %3 server errors).")
                 .arg(stats.apiRequests)
                 .arg(stats.rateLimited)
                 .arg(stats.serverErrors)
          << '\n';
    return Ok;
}

} // namespace

void addSimulateCommand(CommandList &list)
{
    list.push_back(std::make_unique<Command>(
        CommandSpec{QStringLiteral("simulate"),
                    tr("Serve a simulated Dropbox team on a loopback port."),
                    tr("Serve a simulated Dropbox team (API and OAuth endpoints) on 127.0.0.1 until stopped."),
                    {},
                    simulateOptions(),
                    runSimulate}));
}

} // namespace dbx::cli
