// "Push to ConductorOne" end to end, offscreen: the real window and worker, the simulated Dropbox
// team on loopback (DemoTeam), a fake ConductorOne (token endpoint verifying the signed
// assertion, grpc++ BatonService) and a fake REST endpoint for force_sync. A push connects,
// serves the sync task, uploads a c1z whose rows match the simulator's truth and disconnects;
// "Stay connected" keeps serving, and a grant task changes the simulated team and the window;
// refused credentials and an unknown connector fail with a sentence; the c1z export writes a
// file that reads back; the settings dialog refuses a malformed secret.

#include "MainWindow.h"
#include "conductorone/C1z.h"
#include "push/PushPanel.h"
#include "push/PushSettingsDialog.h"
#include "push/TaskHistoryModel.h"
#include "sim/HttpServer.h"
#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/C1Fixtures.h"
#include "support/FakeConductorOne.h"
#include "support/GuiTestCase.h"
#include "worker/DemoTeam.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace dbx;
using namespace dbx::gui;
using dbx::test::FakeConductorOne;

namespace {

constexpr int kTimeoutMs = 60000;

QSet<QString> userIdsOf(const dbx::c1::C1zContents &c)
{
    QSet<QString> ids;
    for (const QString &ext : c.resourceExternalIds)
        if (ext.startsWith(QLatin1String("user:")))
            ids.insert(ext.mid(5));
    return ids;
}

} // namespace

class TestGuiPush : public dbx::test::GuiTestCase
{
    Q_OBJECT

private:
    MainWindow *m_window = nullptr;
    PushPanel *m_panel = nullptr;
    test::TestKey m_key;
    std::unique_ptr<FakeConductorOne> m_fake;

    // The fake REST API: force_sync queues a sync task on the fake ConductorOne.
    std::unique_ptr<sim::HttpServer> m_rest;
    QStringList m_restCalls;
    int m_restStatus = 200;

    PushSettings settings() const
    {
        PushSettings s;
        s.clientId = m_key.clientId;
        s.clientSecret = m_key.clientSecret;
        s.apiHost = m_fake->grpcTarget();
        s.tokenUrl = m_fake->tokenUrl();
        s.insecure = true;
        s.syncIfOlderThanMinutes = 0;
        s.restBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_rest->port()));
        return s;
    }

    struct PushResult {
        bool ok = false;
        QString message;
    };

    // Clicks Push and waits for how the push ended; nothing when the button was disabled or the
    // push never finished.
    std::optional<PushResult> pushAndWait()
    {
        QSignalSpy finished(m_panel, &PushPanel::pushFinished);
        auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("pushButton"));
        if (!button || !button->isEnabled())
            return std::nullopt;
        QTest::mouseClick(button, Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(kTimeoutMs))
            return std::nullopt;
        return PushResult{finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    // The push settings with a ConductorOne app and connector to force a sync of.
    void useConnector(const QString &connectorId)
    {
        PushSettings s = settings();
        s.appId = QStringLiteral("app-1");
        s.connectorId = connectorId;
        m_panel->setPushSettings(s);
    }

    bool waitStopped()
    {
        QElapsedTimer t;
        t.start();
        while (m_panel->isServing() && t.elapsed() < 20000)
            QTest::qWait(20);
        return !m_panel->isServing();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A simulated team of 40 and the window.
        QVERIFY2(m_gui.start(40, 6, 5, false), qPrintable(m_gui.lastError()));
        m_window = m_gui.window();
        m_panel = installConductorOne(m_window, m_gui.settings(), nullptr);
        m_window->setConnection(m_gui.connection(QStringLiteral("team.db")));
        QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.lastError()));

        m_rest = std::make_unique<sim::HttpServer>([this](const sim::HttpRequest &req) {
            m_restCalls << QString::fromLatin1(req.method + ' ' + req.path + ' ' + req.header("authorization").left(7));
            if (m_restStatus == 200 && req.header("authorization").startsWith("Bearer "))
                m_fake->enqueue(FakeConductorOne::syncTask());
            return sim::HttpResponse::json(
                m_restStatus, m_restStatus == 200 ? QByteArray("{}") : QByteArray("{\"message\":\"not found\"}"));
        });
        const auto listening = m_rest->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening.error().message()));
    }

    void init()
    {
        m_key = test::makeTestKey(QStringLiteral("acme.conductor.one"), QStringLiteral("kid-gui"));
        m_fake
            = std::make_unique<FakeConductorOne>(m_key.publicKey, m_key.clientId, QStringLiteral("acme.conductor.one"));
        const auto fakeStarted = m_fake->start();
        QVERIFY2(fakeStarted, qPrintable(fakeStarted.error().message()));
        m_restCalls.clear();
        m_restStatus = 200;
        m_panel->setPushSettings(settings());
    }

    void cleanup()
    {
        m_panel->disconnectService();
        QVERIFY(waitStopped());
        m_fake.reset();
    }

    void cleanupTestCase()
    {
        m_window = nullptr;
        m_gui.reset();
    }

    void statusFollowsTheConnection()
    {
        // The panel was made before the window had a connection: its first line asked for one.
        auto *status = m_panel->findChild<QLabel *>(QStringLiteral("pushStatus"));
        QVERIFY(status);
        QVERIFY(m_window->hasConnection());
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Ready to push")), qPrintable(status->text()));
    }

    void historyModelIsConsistent()
    {
        TaskHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        dbx::PushTask a;
        a.taskId = QStringLiteral("t1");
        a.type = QStringLiteral("sync_full");
        a.startedAt = QDateTime::currentDateTimeUtc();
        model.upsert(a);
        a.finished = true;
        a.ok = true;
        a.finishedAt = a.startedAt.addMSecs(1500);
        model.upsert(a);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TaskHistoryModel::Result).data().toString(), TaskHistoryModel::tr("Done"));
        dbx::PushTask b = a;
        b.taskId = QStringLiteral("t2");
        b.ok = false;
        b.message = QStringLiteral("no such group");
        model.upsert(b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TaskHistoryModel::Message).data().toString(), QStringLiteral("no such group"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void settingsDialogRefusesMalformedSecret()
    {
        PushSettings s = settings();
        s.clientSecret = QStringLiteral("secret-token:conductorone.com:v1:not-a-key");
        PushSettingsDialog dialog(s, QStringLiteral("memory"));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("c1SettingsError"));
        QVERIFY(!error->text().isEmpty());
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("c1ClientSecret"));
        secret->setText(m_key.clientSecret);
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.settings().validate().ok());
        // Only one of app id / connector id: refused.
        dialog.findChild<QLineEdit *>(QStringLiteral("c1AppId"))->setText(QStringLiteral("app1"));
        QVERIFY(!save->isEnabled());
    }

    void pushUploadsTheTeamAndDisconnects()
    {
        m_fake->enqueue(FakeConductorOne::syncTask());
        const auto pushed = pushAndWait();
        QVERIFY(pushed);
        QVERIFY2(pushed->ok, qPrintable(pushed->message));
        for (auto step :
             {PushPanel::Step::Connect, PushPanel::Step::Sync, PushPanel::Step::Upload, PushPanel::Step::Serve})
            QCOMPARE(int(m_panel->stepState(step)), int(PushPanel::StepState::Done));
        QVERIFY2(m_panel->stepText(PushPanel::Step::Serve).contains(QStringLiteral("disconnected")),
                 qPrintable(m_panel->stepText(PushPanel::Step::Serve)));
        QVERIFY(waitStopped());

        const QVector<FakeConductorOne::Upload> uploads = m_fake->uploads();
        QCOMPARE(uploads.size(), 1);
        QVERIFY(uploads.first().hashMatches);
        const QString path = m_gui.path(QStringLiteral("received.c1z"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(uploads.first().data);
        f.close();
        const dbx::Expected<dbx::c1::C1zContents> read = dbx::c1::readC1z(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        const dbx::c1::C1zContents &c = *read;
        const Snapshot truth = sim()->truth();
        QSet<QString> expected;
        for (const Account &a : truth.accounts)
            expected.insert(a.teamMemberId);
        QCOMPARE(userIdsOf(c), expected);
        QCOMPARE(int(c.grants.size()) > 0, true);

        // The task is in the history, finished well.
        TaskHistoryModel *history = m_panel->history();
        QVERIFY(history->rowCount() >= 1);
        QCOMPARE(history->record(0).type, QStringLiteral("sync_full"));
        QVERIFY(history->record(0).ok);
        // And the window shows the snapshot that was pushed.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->snapshot().accounts.size(), truth.accounts.size(), 10000);
    }

    void forceSyncAsksConductorOneToStart()
    {
        useConnector(QStringLiteral("conn-9"));
        const auto pushed = pushAndWait();
        QVERIFY(pushed);
        QVERIFY2(pushed->ok, qPrintable(pushed->message));
        QCOMPARE(m_restCalls.size(), 1);
        QCOMPARE(m_restCalls.first(), QStringLiteral("POST /api/v1/apps/app-1/connectors/conn-9/force_sync Bearer "));
        QCOMPARE(m_fake->uploads().size(), 1);
    }

    void unknownConnectorFailsWithASentence()
    {
        m_restStatus = 404;
        useConnector(QStringLiteral("missing"));
        const auto pushed = pushAndWait();
        QVERIFY(pushed);
        QVERIFY(!pushed->ok);
        QVERIFY2(pushed->message.contains(QStringLiteral("no connector missing")), qPrintable(pushed->message));
        QCOMPARE(int(m_panel->stepState(PushPanel::Step::Sync)), int(PushPanel::StepState::Failed));
        QCOMPARE(m_fake->uploads().size(), 0);
    }

    void refusedCredentialsFailWithASentence()
    {
        m_fake->revoke();
        const auto pushed = pushAndWait();
        QVERIFY(pushed);
        QVERIFY(!pushed->ok);
        QVERIFY2(pushed->message.contains(QStringLiteral("refused")), qPrintable(pushed->message));
        QCOMPARE(int(m_panel->stepState(PushPanel::Step::Connect)), int(PushPanel::StepState::Failed));
        QVERIFY(waitStopped());
        QCOMPARE(m_fake->uploads().size(), 0);
    }

    void stayConnectedServesAGrantTask()
    {
        PushSettings s = settings();
        s.stayConnected = true;
        m_panel->setPushSettings(s);
        QVERIFY(m_panel->findChild<QCheckBox *>(QStringLiteral("stayConnectedCheck"))->isChecked());
        m_fake->enqueue(FakeConductorOne::syncTask());
        const auto pushed = pushAndWait();
        QVERIFY(pushed);
        QVERIFY2(pushed->ok, qPrintable(pushed->message));
        QVERIFY(m_panel->isServing());
        QCOMPARE(int(m_panel->stepState(PushPanel::Step::Serve)), int(PushPanel::StepState::Running));

        // A member who is in no group yet is added to the first group by ConductorOne.
        const Snapshot before = sim()->truth();
        QVERIFY(!before.groups.isEmpty());
        QString groupId;
        for (const Group &g : before.groups)
            if (g.managementType == GroupManagementType::UserManaged && groupId.isEmpty())
                groupId = g.id;
        QVERIFY(!groupId.isEmpty());
        QString memberId;
        for (const Account &a : before.accounts) {
            if (a.status != AccountStatus::Active)
                continue;
            bool inGroup = false;
            for (const Membership &m : before.memberships)
                inGroup = inGroup || (m.groupId == groupId && m.teamMemberId == a.teamMemberId);
            if (!inGroup) {
                memberId = a.teamMemberId;
                break;
            }
        }
        QVERIFY(!memberId.isEmpty());
        const auto task
            = FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("member"), memberId);
        m_fake->enqueue(task);
        const QString taskId = QString::fromStdString(task.id());
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->finished(taskId).has_value(), kTimeoutMs);
        QVERIFY(!m_fake->finished(taskId)->has_error());
        const Membership added{groupId, memberId, AccessType::Member};
        QVERIFY(sim()->truth().memberships.contains(added));
        // The window shows the new membership without a sync of its own.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshot().memberships.contains(added), 10000);
        // The history lists both tasks, newest first.
        QTRY_COMPARE(m_panel->history()->record(0).taskId, taskId);
        // ConductorOne hears of the finish before the window does (the service thread reports the
        // finished task after its FinishTask call returns): wait for it, as for the row above.
        QTRY_VERIFY(m_panel->history()->record(0).finished);

        // For the README's screenshot (run under Xvfb with QT_QPA_PLATFORM=xcb): hold the view.
        if (const int pause = qEnvironmentVariableIntValue("DBX_SCREENSHOT_PAUSE_MS"); pause > 0) {
            m_window->resize(1400, 860);
            m_window->showView(m_panel);
            QTest::qWait(pause);
        }

        // Switching "stay connected" off disconnects.
        m_panel->findChild<QCheckBox *>(QStringLiteral("stayConnectedCheck"))->setChecked(false);
        QVERIFY(waitStopped());
    }

    void changingTheConnectionDisconnects()
    {
        m_panel->findChild<QCheckBox *>(QStringLiteral("stayConnectedCheck"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->isServing(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_panel->stepState(PushPanel::Step::Connect)), int(PushPanel::StepState::Done),
                                  10000);
        m_window->setConnection(m_window->connection());
        QVERIFY(waitStopped());
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("connection changed")),
                 qPrintable(m_panel->statusText()));
        m_panel->findChild<QCheckBox *>(QStringLiteral("stayConnectedCheck"))->setChecked(false);
        QVERIFY(!m_panel->isServing());
    }

    void exportWritesAReadableC1z()
    {
        const QString path = m_gui.path(QStringLiteral("export.c1z"));
        m_window->setSavePathProvider(
            [path](const QString &suggested) { return suggested.endsWith(QLatin1String(".c1z")) ? path : QString(); });
        auto *action = m_window->findChild<QAction *>(QStringLiteral("exportC1zAction"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
        dbx::c1::C1zContents c;
        const auto readInto = [&path, &c] {
            const dbx::Expected<dbx::c1::C1zContents> read = dbx::c1::readC1z(path);
            if (read)
                c = *read;
            return read.ok();
        };
        QTRY_VERIFY_WITH_TIMEOUT(readInto(), 5000);
        QSet<QString> expected;
        for (const Account &a : m_window->snapshot().accounts)
            expected.insert(a.teamMemberId);
        QCOMPARE(userIdsOf(c), expected);
    }
};

QTEST_MAIN(TestGuiPush)
#include "tst_gui_push.moc"
