#include "Cli.h"

#include "dropbox/TransportPolicy.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace dbx::cli {

namespace {
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

QString tr(const char *text)
{
    // lupdate files a tr() call made inside a class's member function under that class, though
    // this helper always asks "dbx::cli": the classes of app/cli are asked too.
    static const char *const contexts[] = {"dbx::cli", "dbx::cli::CommandLine", "dbx::cli::ProvisionRun",
                                           "dbx::cli::Command", "dbx::cli::OperationCommand"};
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        const QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return source;
}

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

int writeStandardOutput(const QByteArray &data)
{
    out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size()) {
        err() << tr("Cannot write to standard output.") << '\n';
        return Failed;
    }
    return Ok;
}

int writeOutput(const QString &path, const QByteArray &data, const QString &done)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return writeStandardOutput(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err() << tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return Failed;
    }
    if (!done.isEmpty())
        err() << done << '\n';
    return Ok;
}

int connectionFailed(const Error &error)
{
    err() << error.message() << '\n';
    return error.kind == Error::Kind::Invalid || error.kind == Error::Kind::Refused ? Usage : Failed;
}

int failWith(const Error &error)
{
    err() << error.message() << '\n';
    return error.kind == Error::Kind::Invalid ? Usage : Failed;
}

void onInterrupt(std::function<void()> handler)
{
    if (g_signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier, handler] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        notifier->setEnabled(false);  // once: a second Ctrl+C or SIGTERM ends the process at once
        std::signal(SIGINT, SIG_DFL); // (every write's audit row is committed before it is sent)
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
        description += QLatin1Char(' ')
            + tr("Read from the file PATH ('-' = standard input); never "
                 "given on the command line.");
    if (!spec.env.isEmpty())
        description += QLatin1String(" [env: ") + spec.env + QLatin1Char(']');
    if (!spec.defaultValue.isEmpty())
        description += QLatin1Char(' ') + tr("[default: %1]").arg(spec.defaultValue);
    // A secret's only flag is --<name>-file; --<name> itself is refused in parse().
    QCommandLineOption option(QStringList{spec.secret ? spec.name + QLatin1String("-file") : spec.name}, description);
    if (spec.secret)
        option.setValueName(QStringLiteral("PATH"));
    else if (!spec.valueName.isEmpty())
        option.setValueName(spec.valueName);
    m_parser.addOption(option);
    m_specs.push_back(spec);
}

void CommandLine::addPositional(const PositionalSpec &spec)
{
    m_parser.addPositionalArgument(spec.name, spec.description, spec.syntax);
}

void CommandLine::addEnvironment(const EnvSpec &spec) { m_environment.push_back(spec); }

std::optional<int> CommandLine::parse(const QStringList &arguments)
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
                return Usage;
            }
        }
    }
    QStringList args = arguments;
    args.prepend(QStringLiteral("dropbox-connector-cli ") + m_command);
    if (!m_parser.parse(args)) {
        err() << "dropbox-connector-cli " << m_command << ": " << m_parser.errorText() << "\n"
              << tr("Run 'dropbox-connector-cli %1 --help' for the options.").arg(m_command) << "\n";
        err().flush();
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        out().flush();
        return Ok;
    }
    Expected<void> checked = checkChoices();
    if (checked)
        checked = readSecretFiles();
    if (!checked) {
        err() << "dropbox-connector-cli " << m_command << ": " << checked.error().message() << "\n";
        err().flush();
        return Usage;
    }
    return std::nullopt;
}

Expected<void> CommandLine::checkChoices() const
{
    for (const OptionSpec &s : m_specs) {
        const QString given = value(s.name).toLower();
        if (s.choices.isEmpty() || given.isEmpty() || s.choices.contains(given))
            continue;
        // "text or json", "json, csv or c1z"
        const QString choices
            = tr("%1 or %2")
                  .arg(s.choices.mid(0, s.choices.size() - 1).join(QStringLiteral(", ")), s.choices.constLast());
        return unexpected(
            Error::make(Error::Kind::Invalid, tr("--%1 must be %2, not '%3'.").arg(s.name, choices, given)));
    }
    return {};
}

Expected<void> CommandLine::readSecretFiles()
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
                return unexpected(
                    Error::make(Error::Kind::Invalid, tr("Only one secret can be read from standard input ('-').")));
            }
            stdinUsed = true;
            // One line, through stdio: a command may read more from stdin afterwards (configure).
            int c;
            while ((c = std::fgetc(stdin)) != EOF && c != '\n')
                bytes.append(char(c));
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return unexpected(Error::make(Error::Kind::Io,
                                              tr("--%1: cannot read %2 (%3).").arg(option, path, file.errorString())));
            }
            bytes = file.read(64 * 1024);
        }
        const QString value = QString::fromUtf8(bytes).trimmed();
        if (value.isEmpty()) {
            return unexpected(Error::make(
                Error::Kind::Invalid,
                tr("--%1: %2 holds no secret.").arg(option, path == QLatin1String("-") ? tr("standard input") : path)));
        }
        m_secretValues.insert(s.name, value);
    }
    return {};
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the program as it was started (argv[0], often a path) and not the
    // command: the usage line says "dropbox-connector-cli <command>" instead.
    // (Qt translates "Usage:", so the program is found on the first line, not after that word.)
    QString text = m_parser.helpText();
    const QString program = QCoreApplication::arguments().value(0) + QLatin1Char(' ');
    const qsizetype at = text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QStringLiteral("dropbox-connector-cli ") + m_command + QLatin1Char(' '));
    if (!m_environment.isEmpty()) {
        text += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
        for (const EnvSpec &e : m_environment)
            text += QLatin1String("  ") + e.name + QLatin1String("  ") + e.description + QLatin1Char('\n');
    }
    if (!m_helpFooter.isEmpty())
        text += QLatin1Char('\n') + m_helpFooter;
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

QString CommandLine::choice(const QString &name) const
{
    const QString given = value(name).toLower();
    if (!given.isEmpty())
        return given;
    for (const OptionSpec &s : m_specs) {
        if (s.name == name)
            return s.defaultValue;
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
        if (ok)
            *ok = true;
        return fallback;
    }
    bool good = false;
    const int n = v.toInt(&good);
    if (ok)
        *ok = good;
    return good ? n : fallback;
}

Expected<Connection> CommandLine::connection() const
{
    const auto invalid
        = [](const QString &sentence) { return unexpected(Error::make(Error::Kind::Invalid, sentence)); };
    bool ok = true;
    const QString concurrencyName
        = value(QStringLiteral("max-concurrency")).isEmpty() && !value(QStringLiteral("concurrency")).isEmpty()
        ? QStringLiteral("concurrency")
        : QStringLiteral("max-concurrency");
    const int concurrency = intValue(concurrencyName, 32, &ok);
    if (!ok || concurrency < 1 || concurrency > 256)
        return invalid(tr("--%1 takes a whole number from 1 to 256.").arg(concurrencyName));
    const int lastLoginDays = intValue(QStringLiteral("last-login-days"), 90, &ok);
    if (!ok || lastLoginDays < 1 || lastLoginDays > 3650)
        return invalid(tr("--last-login-days takes a whole number of days from 1 to 3650."));
    Connection connection;
    ConnectionConfig *config = &connection.config;
    if (flag(QStringLiteral("demo"))) {
        DemoOptions d;
        bool okM = true, okG = true, okS = true;
        d.members = intValue(QStringLiteral("members"), d.members, &okM);
        d.groups = intValue(QStringLiteral("groups"), d.groups, &okG);
        d.seed = quint32(intValue(QStringLiteral("seed"), int(d.seed), &okS));
        if (!okM || !okG || !okS || d.members < 1 || d.groups < 0)
            return invalid(tr("--members, --groups and --seed take whole numbers (members at least 1)."));
        auto team = std::make_unique<DemoTeam>();
        if (const auto started = team->start(d); !started)
            return unexpected(started.error());
        *config = team->connection(value(QStringLiteral("db")));
        connection.demo = std::move(team);
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
                return invalid(
                    tr("--base-url must be an http(s) URL such as http://127.0.0.1:8080, not '%1'.").arg(base));
            }
            if (const auto allowed = checkTransport(url); !allowed)
                return unexpected(Error::make(Error::Kind::Refused, allowed.error().detail));
            config->baseUrl = url;
        }
        if (const auto valid = config->validate(); !valid)
            return invalid(valid.error().message());
    }
    config->maxConcurrency = concurrency;
    config->provisioning = flag(QStringLiteral("provisioning"));
    config->syncLastLogin = flag(QStringLiteral("sync-user-last-login"));
    config->lastLoginDays = lastLoginDays;
    return connection;
}

} // namespace dbx::cli
