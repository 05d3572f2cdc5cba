#include "Launcher.h"

#include "GuiLog.h"
#include "MainWindow.h"
#include "ManPage.h"
#include "SettingsKeys.h"
#include "auth/ConnectionRegistry.h"
#include "auth/SecretStore.h"
#include "base/Translations.h"
#include "overview/OverviewController.h"
#include "provision/ProvisioningController.h"
#include "push/PushPanel.h"
#include "sim/SimThread.h"
#include "views/Accessibility.h"
#include "wizard/ConnectionWizard.h"
#include "wizard/ConnectionsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSaveFile>
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
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("dbx::gui", "Use the built-in simulated team (no Dropbox account needed)."));
    const QCommandLineOption members(QStringLiteral("members"),
                                     QCoreApplication::translate("dbx::gui", "Demo: number of members."),
                                     QStringLiteral("N"));
    const QCommandLineOption groups(QStringLiteral("groups"),
                                    QCoreApplication::translate("dbx::gui", "Demo: number of groups."),
                                    QStringLiteral("N"));
    const QCommandLineOption memberships(QStringLiteral("memberships"),
                                         QCoreApplication::translate("dbx::gui", "Demo: number of group memberships."),
                                         QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("dbx::gui", "Demo: random seed."),
                                  QStringLiteral("N"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("dbx::gui", "Snapshot database file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption sync(QStringLiteral("sync"),
                                  QCoreApplication::translate("dbx::gui", "Start a sync when the window opens."));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate(
            "dbx::gui",
            "Open on a view: overview, findings, accessreview, accounts, roles, groups, entitlements, changes, runs, "
            "activity, audit or conductorone."),
        QStringLiteral("NAME"));
    const QCommandLineOption push(QStringLiteral("push"),
                                  QCoreApplication::translate("dbx::gui",
                                                              "Push to ConductorOne once the snapshot is shown "
                                                              "(with --demo: to a simulated ConductorOne)."));
    parser.addOptions({demo, members, groups, memberships, seed, db, sync, view, push});

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
    options->view = parser.value(view);
    options->pushOnStart = parser.isSet(push);
    static const QStringList views
        = {QStringLiteral("accounts"),     QStringLiteral("roles"),    QStringLiteral("groups"),
           QStringLiteral("entitlements"), QStringLiteral("changes"),  QStringLiteral("runs"),
           QStringLiteral("activity"),     QStringLiteral("audit"),    QStringLiteral("conductorone"),
           QStringLiteral("overview"),     QStringLiteral("findings"), QStringLiteral("accessreview")};
    if (!options->view.isEmpty() && !views.contains(options->view.toLower())) {
        *message
            = QCoreApplication::translate("dbx::gui", "--view takes one of: %1.").arg(views.join(QStringLiteral(", ")));
        *exitCode = 2;
        return false;
    }
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
    if (!options->demo
        && (parser.isSet(members) || parser.isSet(groups) || parser.isSet(seed) || parser.isSet(memberships))) {
        *message = QCoreApplication::translate("dbx::gui",
                                               "--members, --groups, --memberships and --seed only apply with --demo.");
        *exitCode = 2;
        return false;
    }
    return true;
}

Launcher::Launcher()
    : m_keychain(std::make_unique<KeychainSecretStore>()),
      m_connections(std::make_unique<ConnectionRegistry>(&m_settings, m_keychain.get()))
{}

Launcher::~Launcher()
{
    // The window (and its worker thread) goes before the simulated team it talks to.
    m_window.reset();
    m_demoConductorOne.reset();
    m_demo.reset();
}

void Launcher::connectTo(const QString &connectionId)
{
    MainWindow *window = m_window.get();
    m_connectionId = connectionId;
    keys::LastConnection.write(m_settings, connectionId);
    m_connections->connectionConfig(
        connectionId, [this, window, connectionId](const ConnectionConfig &config, const SecretError &error) {
            if (m_window.get() != window)
                return;
            if (error.isError()) {
                window->showMessage(error.message(), true, MainWindow::tr("Authorize again"),
                                    [this, connectionId] { runWizard(connectionId); });
                return;
            }
            window->setConnection(config);
            // What the wizard verified, until a sync reads the admin itself.
            for (const ConnectionInfo &info : m_connections->connections()) {
                if (info.id == connectionId)
                    window->setVerifiedAdmin(info.adminName, info.adminEmail);
            }
        });
}

void Launcher::addLanguageMenu(MainWindow *window)
{
    QMenu *menu = window->menu(MainWindow::Menu::View)->addMenu(MainWindow::tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = keys::Language.read(m_settings);
    // Each language by its own name, so it can be found whatever the current language is.
    const QList<std::pair<QString, QString>> languages{{QString(), MainWindow::tr("System default")},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, name] : languages) {
        QAction *a = menu->addAction(name);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, window, [this, window, code = code] {
            keys::Language.write(m_settings, code);
            window->showMessage(MainWindow::tr("The language changes the next time Dropbox Team Connector starts."),
                                false);
        });
    }
}

void Launcher::runWizard(const QString &reauthorizeId)
{
    ConnectionWizardOptions options;
    options.connectionId = reauthorizeId;
    if (m_demo && m_demo->simulator())
        options.baseUrl = m_demo->simulator()->baseUrl();
    QString id;
    if (runConnectionWizard(m_window.get(), *m_connections, options, &id) && !id.isEmpty() && !m_demo)
        connectTo(id);
}

void Launcher::manageConnections()
{
    ConnectionWizardOptions options;
    if (m_demo && m_demo->simulator())
        options.baseUrl = m_demo->simulator()->baseUrl();
    ConnectionsDialog dialog(*m_connections, options, m_window.get());
    dialog.setCurrentConnectionId(m_connectionId);
    dialog.exec();
    if (m_demo)
        return;
    if (!m_connectionId.isEmpty() && m_connections->contains(m_connectionId))
        connectTo(m_connectionId);
    else if (!m_connections->connections().isEmpty())
        connectTo(m_connections->connections().constFirst().id);
}

Expected<void> Launcher::start(const LaunchOptions &options)
{
    m_window = std::make_unique<MainWindow>(&m_settings);
    MainWindow *w = m_window.get();
    QObject::connect(w, &MainWindow::connectionSetupRequested, w, [this] { runWizard(QString()); });
    QObject::connect(w, &MainWindow::reauthorizeRequested, w, [this] { runWizard(m_connectionId); });
    auto *manage = new QAction(MainWindow::tr("&Manage connections..."), w);
    manage->setObjectName(QStringLiteral("manageConnectionsAction"));
    QObject::connect(manage, &QAction::triggered, w, [this] { manageConnections(); });
    w->menu(MainWindow::Menu::Connection)->addAction(manage);
    installProvisioning(w);
    installOverview(w); // after provisioning: "Build a plan" opens its plan preview
    addLanguageMenu(w);
    // The demo's ConductorOne settings are its own: nothing of them reaches the saved settings or
    // the keychain.
    PushPanel *push = options.demo ? installConductorOne(w, nullptr, nullptr)
                                   : installConductorOne(w, &m_settings, m_keychain.get());
    m_push = push;
    QObject::connect(w, &MainWindow::demoRequested, w, [this, w] {
        if (m_demo)
            return;
        LaunchOptions demo;
        demo.demo = true;
        if (const Expected<void> opened = openDemo(demo); !opened) {
            w->showMessage(MainWindow::tr("The simulated team could not start: %1").arg(opened.error().message()),
                           true);
            return;
        }
        syncWhenShown(false);
    });

    if (!options.demo) {
        // The connection used last time, else the first saved one; none = "Not configured".
        const QVector<ConnectionInfo> saved = m_connections->connections();
        QString id = keys::LastConnection.read(m_settings);
        if (!m_connections->contains(id))
            id = saved.isEmpty() ? QString() : saved.constFirst().id;
        if (!id.isEmpty())
            connectTo(id);
    }
    if (options.demo) {
        if (const Expected<void> opened = openDemo(options); !opened)
            return opened;
    }
    // Sync once the newest stored snapshot is on screen (so the demo's team can change relative to
    // it): always with --sync, and for the demo when its database holds no sync yet, so that a
    // new user sees a populated window rather than empty tables.
    if (options.syncOnStart || options.demo)
        syncWhenShown(options.syncOnStart);
    if (options.pushOnStart) {
        // After the newest snapshot is on screen and any first sync has finished.
        auto *window = m_window.get();
        auto pushed = std::make_shared<bool>(false);
        const auto pushWhenReady = [window, push, pushed] {
            if (*pushed || window->snapshot().runId <= 0 || window->isSyncing())
                return;
            *pushed = true;
            window->showView(push);
            push->push();
        };
        QObject::connect(window, &MainWindow::snapshotShown, push, pushWhenReady);
        QObject::connect(window, &MainWindow::syncCompleted, push, pushWhenReady);
    }
    if (!options.view.isEmpty())
        m_window->showViewNamed(options.view);
    // Once every feature has added its widgets: names for a screen reader.
    giveAccessibleNames(m_window.get());
    m_window->show();
    return {};
}

Expected<void> Launcher::openDemo(const LaunchOptions &options)
{
    m_demo = std::make_unique<DemoTeam>();
    if (const auto started = m_demo->start(options.demoOptions); !started) {
        m_demo.reset();
        return unexpected(started.error());
    }
    m_window->setConnection(
        m_demo->connection(options.dbPath.isEmpty() ? demoDbPath(options.demoOptions) : options.dbPath));
    m_window->demoAction()->setVisible(false);
    // A simulated ConductorOne on loopback, so "Push to ConductorOne" works without a tenant.
    const auto c1 = c1sim::SimConductorOne::makeCredentials();
    m_demoConductorOne
        = std::make_unique<c1sim::SimConductorOne>(c1.publicKey, c1.clientId, QStringLiteral("demo.conductor.one"));
    const auto c1Started = m_demoConductorOne->start();
    if (c1Started) {
        PushSettings demo;
        demo.clientId = c1.clientId;
        demo.clientSecret = c1.clientSecret;
        demo.apiHost = m_demoConductorOne->grpcTarget();
        demo.tokenUrl = m_demoConductorOne->tokenUrl();
        demo.restBaseUrl = m_demoConductorOne->restBaseUrl();
        demo.insecure = true;
        demo.appId = QStringLiteral("demo-app");
        demo.connectorId = QStringLiteral("demo-dropbox");
        m_push->setPushSettings(demo);
        m_push->setNote(MainWindow::tr("Demo: pushes go to a simulated ConductorOne on this computer (%1).")
                            .arg(m_demoConductorOne->grpcTarget()));
    } else {
        qCWarning(lcGui).noquote() << "The demo's simulated ConductorOne did not start:" << c1Started.error().message();
        m_demoConductorOne.reset();
    }
    // A demo team that never changes would leave the Changes view empty forever: before each
    // sync after the first, the simulated team changes a little (members join, leave, are
    // suspended, change groups or roles), as a real team does between two syncs.
    auto *window = m_window.get();
    DemoTeam *demoTeam = m_demo.get();
    QObject::connect(window, &MainWindow::syncAboutToStart, window, [window, demoTeam] {
        if (window->snapshot().runId > 0 && demoTeam->simulator()) {
            const QString changes
                = demoTeam->simulator()->applyRandomChanges(6, QRandomGenerator::global()->generate());
            qCInfo(lcGui).noquote() << "demo team changed before this sync:" << changes;
        }
    });
    return {};
}

void Launcher::syncWhenShown(bool always)
{
    auto *window = m_window.get();
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(window, &MainWindow::snapshotShown, window, [window, once, always](qint64 runId) {
        QObject::disconnect(*once);
        if (always || runId == 0)
            window->startSync();
    });
}

QString demoDbPath(const DemoOptions &options)
{
    const DemoOptions standard;
    if (options.members == standard.members && options.groups == standard.groups
        && options.memberships == standard.memberships && options.seed == standard.seed)
        return DemoTeam::defaultDemoDbPath();
    const QFileInfo standardFile(DemoTeam::defaultDemoDbPath());
    return standardFile.dir().filePath(QStringLiteral("demo-%1-members-%2-groups-%3-memberships-seed-%4.sqlite")
                                           .arg(options.members)
                                           .arg(options.groups)
                                           .arg(options.memberships)
                                           .arg(options.seed));
}

int runApplication(int argc, char **argv, const char *version)
{
    // The build writes the man page from the --help text, without a display.
    if (argc == 3 && QByteArray(argv[1]) == "--man-page") {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("dropbox-connector"));
        LaunchOptions options;
        QString help;
        int exitCode = 0;
        parseLaunchOptions({QStringLiteral("dropbox-connector"), QStringLiteral("--help")}, &options, &help, &exitCode);
        QSaveFile file(QString::fromLocal8Bit(argv[2]));
        const QByteArray page = manPageFromHelp(help, QString::fromLatin1(version)).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size() || !file.commit()) {
            fprintf(stderr, "%s\n", qPrintable(file.errorString()));
            return 1;
        }
        return 0;
    }
    // --help and --version answer without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v") {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("dropbox-connector"));
            QCoreApplication::setApplicationVersion(QString::fromLatin1(version));
            installTranslations();
            LaunchOptions options;
            QString message;
            int exitCode = 0;
            parseLaunchOptions(core.arguments(), &options, &message, &exitCode);
            fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(message));
            return exitCode;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DropboxTeamConnector"));
    QApplication::setApplicationName(QStringLiteral("dropbox-connector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dropbox Team Connector"));
    QApplication::setApplicationVersion(QString::fromLatin1(version));
    QApplication::setDesktopFileName(QStringLiteral("dropbox-connector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dropbox-connector.png")));
    // The system's language, unless View > Language chose another.
    installTranslations(keys::Language.read(QSettings()));

    LaunchOptions options;
    QString message;
    int exitCode = 0;
    if (!parseLaunchOptions(app.arguments(), &options, &message, &exitCode)) {
        fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(message));
        return exitCode;
    }
    Launcher launcher;
    const Expected<void> started = launcher.start(options);
    if (!started) {
        const QString error = started.error().message();
        qCCritical(lcGui) << "cannot start:" << error;
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("dbx::gui", "Dropbox Team Connector"),
            QCoreApplication::translate("dbx::gui", "The simulated team could not start: %1").arg(error));
        return 1;
    }
    return app.exec();
}

} // namespace dbx::gui
