// dropbox-connector-cli: the headless face of Dropbox Team Connector.

#include "Cli.h"
#include "Command.h"
#include "base/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace dbx::cli;

static int unknownCommand(const QString &name)
{
    err() << dbx::cli::tr("dropbox-connector-cli: unknown command '%1'.").arg(name) << "\n\n";
    printUsage(err());
    return Usage;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DropboxTeamConnector"));
    QCoreApplication::setApplicationName(QStringLiteral("dropbox-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBX_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), before any command is made;
    // not for the man page and completion the build writes (they stay English, whatever the
    // build machine's language).
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (first != "--man-page" && first != "--bash-completion")
        dbx::installTranslations();

    // BATON_LOG_LEVEL (debug, info, warn, error), as the official connector: warnings by default,
    // so a terminal shows progress and results, not every request.
    const QString level = qEnvironmentVariable("BATON_LOG_LEVEL", QStringLiteral("warn")).toLower();
    QString rules = QStringLiteral("qt.*.debug=false\n");
    if (level != QLatin1String("debug"))
        rules += QStringLiteral("*.debug=false\n");
    if (level != QLatin1String("debug") && level != QLatin1String("info"))
        rules += QStringLiteral("*.info=false\n");
    if (level == QLatin1String("error"))
        rules += QStringLiteral("*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);

    QStringList args = app.arguments().mid(1);
    // help <command>: that command's help, as <command> --help prints it.
    if (args.size() >= 2 && args.first() == QLatin1String("help")) {
        if (const Command *c = findCommand(args.at(1))) {
            out() << c->helpText();
            out().flush();
            return Ok;
        }
        return unknownCommand(args.at(1));
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? err() : out());
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out() << "dropbox-connector-cli " << DBX_VERSION << '\n';
        return Ok;
    }
    // The build writes the man page and the bash completion from the command registry.
    if (args.size() == 2
        && (args.first() == QLatin1String("--man-page") || args.first() == QLatin1String("--bash-completion")))
        return writeDocument(args.first(), args.at(1));
    const QString name = args.takeFirst();
    if (const Command *c = findCommand(name))
        return c->execute(args);
    return unknownCommand(name);
}
