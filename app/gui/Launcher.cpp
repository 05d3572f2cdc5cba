#include "Launcher.h"

#include "GuiLog.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace dbx::gui {

namespace {

bool positiveInt(const QString &text, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

} // namespace

bool parseLaunchOptions(const QStringList &arguments, LaunchOptions *options, QString *message, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("dbx::gui", "Dropbox team accounts, admin roles and groups for ConductorOne."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("dbx::gui", "Use the built-in simulated team (no Dropbox account needed)."));
    const QCommandLineOption members(QStringLiteral("members"), QCoreApplication::translate("dbx::gui", "Demo: number of members."),
                                     QStringLiteral("N"));
    const QCommandLineOption groups(QStringLiteral("groups"), QCoreApplication::translate("dbx::gui", "Demo: number of groups."),
                                    QStringLiteral("N"));
    const QCommandLineOption memberships(QStringLiteral("memberships"),
                                         QCoreApplication::translate("dbx::gui", "Demo: number of group memberships."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("dbx::gui", "Demo: random seed."),
                                  QStringLiteral("N"));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("dbx::gui", "Snapshot database file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption sync(QStringLiteral("sync"), QCoreApplication::translate("dbx::gui", "Start a sync when the window opens."));
    parser.addOptions({demo, members, groups, memberships, seed, db, sync});

    if (!parser.parse(arguments)) {
        *message = parser.errorText() + QLatin1Char('\n') + parser.helpText();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        *exitCode = 0;
        return false;
    }
    options->demo = parser.isSet(demo);
    options->dbPath = parser.value(db);
    options->syncOnStart = parser.isSet(sync);
    const auto number = [&](const QCommandLineOption &o, int *target) {
        if (!parser.isSet(o))
            return true;
        if (positiveInt(parser.value(o), target))
            return true;
        *message = QCoreApplication::translate("dbx::gui", "--%1 needs a number, not '%2'.")
                       .arg(o.names().constFirst(), parser.value(o));
        *exitCode = 2;
        return false;
    };
    int seedValue = int(options->demoOptions.seed);
    if (!number(members, &options->demoOptions.members) || !number(groups, &options->demoOptions.groups)
        || !number(memberships, &options->demoOptions.memberships) || !number(seed, &seedValue))
        return false;
    options->demoOptions.seed = quint32(seedValue);
    if (!options->demo && (parser.isSet(members) || parser.isSet(groups) || parser.isSet(seed) || parser.isSet(memberships))) {
        *message = QCoreApplication::translate("dbx::gui", "--members, --groups, --memberships and --seed only apply with --demo.");
        *exitCode = 2;
        return false;
    }
    return true;
}

Launcher::Launcher() = default;

Launcher::~Launcher()
{
    // The window (and its worker thread) goes before the simulated team it talks to.
    m_window.reset();
    m_demo.reset();
}

bool Launcher::start(const LaunchOptions &options, QString *error)
{
    m_window = std::make_unique<MainWindow>();
    if (options.demo) {
        m_demo = std::make_unique<DemoTeam>();
        if (!m_demo->start(options.demoOptions, error))
            return false;
        m_window->setConnection(m_demo->connection(options.dbPath));
        // Nothing synced yet in a fresh demo database: show the product rather than an empty
        // window. A database that already holds runs shows them at once; F5 refreshes.
        if (options.syncOnStart) {
            QTimer::singleShot(0, m_window.get(), &MainWindow::startSync);
        } else {
            auto *window = m_window.get();
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = QObject::connect(window, &MainWindow::snapshotShown, window, [window, once](qint64 runId) {
                QObject::disconnect(*once);
                if (runId == 0)
                    window->startSync();
            });
        }
    } else if (options.syncOnStart) {
        QTimer::singleShot(0, m_window.get(), &MainWindow::startSync);
    }
    m_window->show();
    return true;
}

int runApplication(int argc, char **argv, const char *version)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DropboxTeamConnector"));
    QApplication::setApplicationName(QStringLiteral("dropbox-connector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dropbox Team Connector"));
    QApplication::setApplicationVersion(QString::fromLatin1(version));
    QApplication::setDesktopFileName(QStringLiteral("dropbox-connector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dropbox-connector.png")));

    LaunchOptions options;
    QString message;
    int exitCode = 0;
    if (!parseLaunchOptions(app.arguments(), &options, &message, &exitCode)) {
        fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(message));
        return exitCode;
    }
    Launcher launcher;
    QString error;
    if (!launcher.start(options, &error)) {
        qCCritical(lcGui) << "cannot start:" << error;
        QMessageBox::critical(nullptr, QCoreApplication::translate("dbx::gui", "Dropbox Team Connector"),
                              QCoreApplication::translate("dbx::gui", "The simulated team could not start: %1").arg(error));
        return 1;
    }
    return app.exec();
}

} // namespace dbx::gui
