#include "Command.h"

#include "Output.h"
#include "store/SnapshotStore.h"
#include "worker/DemoTeam.h"

#include <algorithm>

namespace dbx::cli {

namespace {
OptionSpec dbOption()
{
    return {QStringLiteral("db"), QStringLiteral("BATON_DB"), tr("Snapshot database file."), QStringLiteral("FILE"),
            tr("the user's data folder")};
}
} // namespace

Command::Command(CommandSpec spec) : m_spec(std::move(spec))
{
    const QString logLevel = QStringLiteral("BATON_LOG_LEVEL");
    const auto isLogLevel = [&logLevel](const EnvSpec &e) { return e.name == logLevel; };
    if (std::none_of(m_spec.environment.cbegin(), m_spec.environment.cend(), isLogLevel))
        m_spec.environment.push_back({logLevel, tr("debug, info, warn or error: how much is logged (default warn).")});
}

Command::~Command() = default;

int Command::run(const CommandLine &cl) const { return m_spec.run ? m_spec.run(cl) : Failed; }

std::unique_ptr<CommandLine> Command::commandLine() const
{
    auto cl = std::make_unique<CommandLine>(m_spec.name, m_spec.description);
    for (const PositionalSpec &p : m_spec.positionals)
        cl->addPositional(p);
    for (const OptionSpec &o : m_spec.options)
        cl->add(o);
    for (const EnvSpec &e : m_spec.environment)
        cl->addEnvironment(e);
    if (reports()) {
        const auto isDryRun = [](const OptionSpec &o) { return o.name == QLatin1String("dry-run"); };
        const bool changesTeam = std::any_of(m_spec.options.cbegin(), m_spec.options.cend(), isDryRun);
        cl->setHelpFooter(jsonFieldsHelp(m_spec.name, changesTeam));
    }
    return cl;
}

int Command::execute(const QStringList &arguments) const
{
    const std::unique_ptr<CommandLine> cl = commandLine();
    if (const std::optional<int> stop = cl->parse(arguments))
        return *stop;
    if (reports()) {
        if (const Expected<void> configured = configureOutput(*cl); !configured) {
            err() << "dropbox-connector-cli " << m_spec.name << ": " << configured.error().message() << '\n';
            return Usage;
        }
    }
    return run(*cl);
}

bool Command::reports() const
{
    const auto isVerbose = [](const OptionSpec &o) { return o.name == QLatin1String("verbose"); };
    return std::any_of(m_spec.options.cbegin(), m_spec.options.cend(), isVerbose);
}

QString Command::helpText() const { return commandLine()->helpText(); }
QList<OptionSpec> connectionOptions()
{
    return {
        {QStringLiteral("demo"), QString(), tr("Use the built-in simulated Dropbox team (no account needed)."), {}, {}},
        {QStringLiteral("members"), QString(), tr("Demo: members in the simulated team."), QStringLiteral("N"),
         QStringLiteral("60")},
        {QStringLiteral("groups"), QString(), tr("Demo: groups in the simulated team."), QStringLiteral("N"),
         QStringLiteral("12")},
        {QStringLiteral("seed"), QString(), tr("Demo: seed of the simulated team."), QStringLiteral("N"),
         QStringLiteral("1")},
        appKeyOption(tr("Dropbox app key.")),
        secretOption(QStringLiteral("app-secret"), tr("Dropbox app secret."), QStringLiteral("SECRET")),
        secretOption(QStringLiteral("refresh-token"),
                     tr("Dropbox refresh token (from the configure command or the wizard)."), QStringLiteral("TOKEN")),
        secretOption(QStringLiteral("access-token"),
                     tr("A fixed Dropbox access token instead of the refresh grant (testing)."),
                     QStringLiteral("TOKEN")),
        baseUrlOption(tr("Dropbox API base URL; also moves the token endpoint (simulator, tests).")),
        dbOption(),
        {QStringLiteral("max-concurrency"), QStringLiteral("BATON_MAX_CONCURRENCY"),
         tr("Ceiling of the sync's parallel listings (it starts at 8 and adapts to Dropbox's rate limits)."),
         QStringLiteral("N"), QStringLiteral("32")},
        {QStringLiteral("concurrency"),
         QStringLiteral("BATON_CONCURRENCY"),
         tr("Older name of --max-concurrency."),
         QStringLiteral("N"),
         {}},
        {QStringLiteral("provisioning"),
         QStringLiteral("BATON_PROVISIONING"),
         tr("Allow changes to the Dropbox team (create, remove, suspend, roles, groups)."),
         {},
         {}},
        {QStringLiteral("sync-user-last-login"),
         QStringLiteral("BATON_SYNC_USER_LAST_LOGIN"),
         tr("After each sync, read each member's last sign-in from the team log (needs events.read)."),
         {},
         {}},
        {QStringLiteral("last-login-days"), QStringLiteral("BATON_LAST_LOGIN_DAYS"),
         tr("How many days back the first read of sign-ins looks."), QStringLiteral("N"), QStringLiteral("90")},
    };
}

OptionSpec appKeyOption(const QString &description)
{
    return {QStringLiteral("app-key"), QStringLiteral("BATON_APP_KEY"), description, QStringLiteral("KEY"), {}};
}

OptionSpec secretOption(const QString &name, const QString &description, const QString &valueName)
{
    // --app-secret reads BATON_APP_SECRET, --refresh-token BATON_REFRESH_TOKEN, ...
    const QString env = QStringLiteral("BATON_") + name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    return {name, env, description, valueName, {}, true};
}

OptionSpec baseUrlOption(const QString &description)
{
    return {QStringLiteral("base-url"), QStringLiteral("BATON_BASE_URL"), description, QStringLiteral("URL"),
            QStringLiteral("https://api.dropboxapi.com")};
}

OptionSpec formatOption(const QString &description, const QStringList &formats, const QString &defaultFormat)
{
    return {QStringLiteral("format"), QString(), description, QStringLiteral("FORMAT"), defaultFormat, false, formats};
}

QList<OptionSpec> storeOptions()
{
    return {dbOption(), {QStringLiteral("demo"), QString(), tr("Read the demo's database."), {}, {}}};
}

Expected<void> openStore(const CommandLine &cl, SnapshotStore *store)
{
    QString path = cl.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = cl.flag(QStringLiteral("demo")) ? DemoTeam::defaultDemoDbPath() : SnapshotStore::defaultPath();
    const Expected<void> opened = store->open(path);
    if (!opened) {
        const QString why = opened.error().message();
        return unexpected(
            Error::make(Error::Kind::Database, tr("Cannot open the snapshot database %1: %2").arg(path, why), why));
    }
    return {};
}

} // namespace dbx::cli
