#include "Cli.h"

#include "dropbox/TransportPolicy.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QProcessEnvironment>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace dbx::cli {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::cli", s); }

bool truthy(const QString &v)
{
    const QString s = v.trimmed().toLower();
    return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes")
        || s == QLatin1String("on");
}

int g_signalFds[2] = {-1, -1};
void signalHandler(int)
{
    const char c = 1;
    // Only async-signal-safe work here: wake the event loop through the socket pair.
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}
} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

void onInterrupt(std::function<void()> handler)
{
    if (g_signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier, handler] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        notifier->setEnabled(false);      // once: a second Ctrl+C or SIGTERM ends the process at once
        std::signal(SIGINT, SIG_DFL);     // (every write's audit row is committed before it is sent)
        std::signal(SIGTERM, SIG_DFL);
        handler();
    });
    std::signal(SIGINT, signalHandler);
    std::signal(SIGTERM, signalHandler);
}

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command), m_description(description)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    add({QStringLiteral("help"), QString(), tr("Show this help."), QString(), QString()});
}

void CommandLine::add(const OptionSpec &spec)
{
    QString description = spec.description;
    if (spec.secret)
        description += QLatin1Char(' ') + tr("Read from the file PATH ('-' = standard input); never "
                                             "given on the command line.");
    if (!spec.env.isEmpty())
        description += QLatin1String(" [env: ") + spec.env + QLatin1Char(']');
    if (!spec.defaultValue.isEmpty())
        description += QLatin1String(" [default: ") + spec.defaultValue + QLatin1Char(']');
    // A secret's only flag is --<name>-file; --<name> itself is refused in parse().
    QCommandLineOption option(QStringList{spec.secret ? spec.name + QLatin1String("-file") : spec.name},
                              description);
    if (spec.secret)
        option.setValueName(QStringLiteral("PATH"));
    else if (!spec.valueName.isEmpty())
        option.setValueName(spec.valueName);
    m_parser.addOption(option);
    m_specs.push_back(spec);
}

void CommandLine::addConnectionOptions()
{
    add({QStringLiteral("demo"), QString(),
         tr("Use the built-in simulated Dropbox team (no account needed)."), {}, {}});
    add({QStringLiteral("members"), QString(), tr("Demo: members in the simulated team."),
         QStringLiteral("N"), QStringLiteral("60")});
    add({QStringLiteral("groups"), QString(), tr("Demo: groups in the simulated team."),
         QStringLiteral("N"), QStringLiteral("12")});
    add({QStringLiteral("seed"), QString(), tr("Demo: seed of the simulated team."),
         QStringLiteral("N"), QStringLiteral("1")});
    add({QStringLiteral("app-key"), QStringLiteral("BATON_APP_KEY"), tr("Dropbox app key."),
         QStringLiteral("KEY"), {}});
    add({QStringLiteral("app-secret"), QStringLiteral("BATON_APP_SECRET"),
         tr("Dropbox app secret."), QStringLiteral("SECRET"), {}, true});
    add({QStringLiteral("refresh-token"), QStringLiteral("BATON_REFRESH_TOKEN"),
         tr("Dropbox refresh token (from the configure command or the wizard)."),
         QStringLiteral("TOKEN"), {}, true});
    add({QStringLiteral("access-token"), QStringLiteral("BATON_ACCESS_TOKEN"),
         tr("A fixed Dropbox access token instead of the refresh grant (testing)."),
         QStringLiteral("TOKEN"), {}, true});
    add({QStringLiteral("base-url"), QStringLiteral("BATON_BASE_URL"),
         tr("Dropbox API base URL; also moves the token endpoint (simulator, tests)."),
         QStringLiteral("URL"), QStringLiteral("https://api.dropboxapi.com")});
    add({QStringLiteral("db"), QStringLiteral("BATON_DB"), tr("Snapshot database file."),
         QStringLiteral("FILE"), tr("the user's data folder")});
    add({QStringLiteral("concurrency"), QStringLiteral("BATON_CONCURRENCY"),
         tr("Parallel group-member listings."), QStringLiteral("N"), QStringLiteral("6")});
    add({QStringLiteral("provisioning"), QStringLiteral("BATON_PROVISIONING"),
         tr("Allow changes to the Dropbox team (create, remove, suspend, roles, groups)."), {}, {}});
}

void CommandLine::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

bool CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    // Before parsing, so even "--app-secret" without a value gets this sentence. The value is
    // never repeated: it is already exposed once, on this process's command line.
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        for (const OptionSpec &s : std::as_const(m_specs)) {
            if (!s.secret)
                continue;
            const QString dd = QLatin1String("--") + s.name, d = QLatin1Char('-') + s.name;
            if (arg == dd || arg == d || arg.startsWith(dd + QLatin1Char('='))
                || arg.startsWith(d + QLatin1Char('='))) {
                err() << "dropbox-connector-cli " << m_command << ": "
                      << tr("--%1 no longer takes the secret on the command line, where every user of "
                            "this computer can read it. Set %2 in the environment, or use --%1-file "
                            "PATH (PATH '-' reads it from standard input).")
                             .arg(s.name, s.env)
                      << "\n";
                err().flush();
                *exitCode = Usage;
                return false;
            }
        }
    }
    QStringList args = arguments;
    args.prepend(QStringLiteral("dropbox-connector-cli ") + m_command);
    if (!m_parser.parse(args)) {
        err() << "dropbox-connector-cli " << m_command << ": " << m_parser.errorText() << "\n"
              << tr("Run 'dropbox-connector-cli %1 --help' for the options.").arg(m_command) << "\n";
        err().flush();
        *exitCode = Usage;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        out().flush();
        *exitCode = Ok;
        return false;
    }
    QString error;
    if (!readSecretFiles(&error)) {
        err() << "dropbox-connector-cli " << m_command << ": " << error << "\n";
        err().flush();
        *exitCode = Usage;
        return false;
    }
    return true;
}

bool CommandLine::readSecretFiles(QString *error)
{
    bool stdinUsed = false;
    for (const OptionSpec &s : std::as_const(m_specs)) {
        const QString option = s.name + QLatin1String("-file");
        if (!s.secret || !m_parser.isSet(option))
            continue;
        const QString path = m_parser.value(option);
        QByteArray bytes;
        if (path == QLatin1String("-")) {
            if (stdinUsed) {
                *error = tr("Only one secret can be read from standard input ('-').");
                return false;
            }
            stdinUsed = true;
            // One line, through stdio: a command may read more from stdin afterwards (configure).
            int c;
            while ((c = std::fgetc(stdin)) != EOF && c != '\n')
                bytes.append(char(c));
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("--%1: cannot read %2 (%3).").arg(option, path, file.errorString());
                return false;
            }
            bytes = file.read(64 * 1024);
        }
        const QString value = QString::fromUtf8(bytes).trimmed();
        if (value.isEmpty()) {
            *error = tr("--%1: %2 holds no secret.")
                         .arg(option, path == QLatin1String("-") ? tr("standard input") : path);
            return false;
        }
        m_secretValues.insert(s.name, value);
    }
    return true;
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    text.replace(QStringLiteral("dropbox-connector-cli ") + m_command + QLatin1Char(' '),
                 QStringLiteral("dropbox-connector-cli ") + m_command + QLatin1Char(' '));
    return text;
}

bool CommandLine::isSet(const QString &name) const
{
    for (const OptionSpec &s : m_specs) {
        if (s.name != name)
            continue;
        if (s.secret ? m_secretValues.contains(name) : m_parser.isSet(name))
            return true;
        return !s.env.isEmpty() && !qEnvironmentVariable(s.env.toLatin1().constData()).isEmpty();
    }
    return m_parser.isSet(name);
}

QString CommandLine::value(const QString &name) const
{
    for (const OptionSpec &s : m_specs) {
        if (s.name != name)
            continue;
        if (s.secret && m_secretValues.contains(name))
            return m_secretValues.value(name);
        if (!s.secret && m_parser.isSet(name))
            return s.valueName.isEmpty() ? QStringLiteral("true") : m_parser.value(name);
        if (!s.env.isEmpty()) {
            const QString v = qEnvironmentVariable(s.env.toLatin1().constData());
            if (!v.isEmpty())
                return v;
        }
        return QString();
    }
    return QString();
}

bool CommandLine::flag(const QString &name) const
{
    if (m_parser.isSet(name))
        return true;
    return truthy(value(name));
}

int CommandLine::intValue(const QString &name, int fallback, bool *ok) const
{
    const QString v = value(name);
    if (v.isEmpty()) {
        if (ok) *ok = true;
        return fallback;
    }
    bool good = false;
    const int n = v.toInt(&good);
    if (ok) *ok = good;
    return good ? n : fallback;
}

bool CommandLine::connection(ConnectionConfig *config, std::unique_ptr<DemoTeam> *demo,
                             QString *error) const
{
    bool ok = true;
    const int concurrency = intValue(QStringLiteral("concurrency"), 6, &ok);
    if (!ok || concurrency < 1 || concurrency > 64) {
        *error = tr("--concurrency takes a whole number from 1 to 64.");
        return false;
    }
    if (flag(QStringLiteral("demo"))) {
        DemoOptions d;
        bool okM = true, okG = true, okS = true;
        d.members = intValue(QStringLiteral("members"), d.members, &okM);
        d.groups = intValue(QStringLiteral("groups"), d.groups, &okG);
        d.seed = quint32(intValue(QStringLiteral("seed"), int(d.seed), &okS));
        if (!okM || !okG || !okS || d.members < 1 || d.groups < 0) {
            *error = tr("--members, --groups and --seed take whole numbers (members at least 1).");
            return false;
        }
        auto team = std::make_unique<DemoTeam>();
        if (!team->start(d, error))
            return false;
        *config = team->connection(value(QStringLiteral("db")));
        *demo = std::move(team);
    } else {
        config->name = QStringLiteral("Dropbox");
        config->appKey = value(QStringLiteral("app-key"));
        config->appSecret = value(QStringLiteral("app-secret"));
        config->refreshToken = value(QStringLiteral("refresh-token"));
        config->accessToken = value(QStringLiteral("access-token"));
        config->dbPath = value(QStringLiteral("db"));
        const QString base = value(QStringLiteral("base-url"));
        if (!base.isEmpty()) {
            const QUrl url(base, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                || url.host().isEmpty()) {
                *error = tr("--base-url must be an http(s) URL such as http://127.0.0.1:8080, not '%1'.").arg(base);
                return false;
            }
            const QString refusal = transportRefusal(url);
            if (!refusal.isEmpty()) {
                *error = refusal;
                return false;
            }
            config->baseUrl = url;
        }
        const QString missing = config->validate();
        if (!missing.isEmpty()) {
            *error = missing;
            return false;
        }
    }
    config->maxConcurrency = concurrency;
    config->provisioning = flag(QStringLiteral("provisioning"));
    return true;
}

} // namespace dbx::cli
