// The application as `dropbox-connector --demo --push` starts it: the launcher's options, the
// simulated Dropbox team synced on first start, then pushed to the simulated ConductorOne
// (credentials made for the session, force_sync, upload, disconnect) without any setting saved.

#include "Launcher.h"
#include "MainWindow.h"
#include "helpers/GuiTestSupport.h"
#include "push/PushPanel.h"
#include "push/TaskHistoryModel.h"

#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using namespace dbx::gui;

class TestGuiDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        gui::test::isolateSettings(m_dir, QStringLiteral("tst_gui_demo"));
    }

    void launchOptions()
    {
        LaunchOptions options;
        QString message;
        int exitCode = -1;
        QVERIFY(parseLaunchOptions({QStringLiteral("app"), QStringLiteral("--demo"), QStringLiteral("--push"),
                                    QStringLiteral("--view"), QStringLiteral("ConductorOne")},
                                   &options, &message, &exitCode));
        QVERIFY(options.demo);
        QVERIFY(options.pushOnStart);
        LaunchOptions bad;
        QVERIFY(!parseLaunchOptions({QStringLiteral("app"), QStringLiteral("--view"), QStringLiteral("nowhere")}, &bad,
                                    &message, &exitCode));
        QCOMPARE(exitCode, 2);
        QVERIFY(message.contains(QStringLiteral("conductorone")));
    }

    void demoPushesToTheSimulatedConductorOne()
    {
        LaunchOptions options;
        QString message;
        int exitCode = -1;
        QVERIFY(parseLaunchOptions({QStringLiteral("app"), QStringLiteral("--demo"), QStringLiteral("--push"),
                                    QStringLiteral("--members"), QStringLiteral("30"), QStringLiteral("--db"),
                                    m_dir.filePath(QStringLiteral("demo.db"))},
                                   &options, &message, &exitCode));
        Launcher launcher;
        const Expected<void> started = launcher.start(options);
        QVERIFY2(started, qPrintable(started.error().message()));
        MainWindow *window = launcher.window();
        auto *panel = window->findChild<PushPanel *>();
        QVERIFY(panel);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("pushNote"))->text().contains(QStringLiteral("simulated")));

        QTRY_COMPARE_WITH_TIMEOUT(int(panel->stepState(PushPanel::Step::Serve)), int(PushPanel::StepState::Done),
                                  60000);
        for (auto step : {PushPanel::Step::Connect, PushPanel::Step::Sync, PushPanel::Step::Upload})
            QCOMPARE(int(panel->stepState(step)), int(PushPanel::StepState::Done));
        QCOMPARE(panel->history()->rowCount(), 1);
        QCOMPARE(panel->history()->record(0).type, QStringLiteral("sync_full"));
        QVERIFY(panel->history()->record(0).ok);
        QCOMPARE(window->snapshot().accounts.size(), 30);
        QCOMPARE(window->findChild<QTabWidget *>()->currentWidget(), panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isServing(), 10000);

        // The demo's ConductorOne credentials were never saved.
        QSettings settings;
        QVERIFY(settings.value(QStringLiteral("ConductorOne/clientId")).toString().isEmpty());
    }
};

QTEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
