// A new user's first run: the start page is readable at any window size (its sentences wrap
// instead of clipping), "Try the demo team" opens the simulated team in the same window, a demo of
// another size shows that team (not an earlier demo's snapshot), and right after the wizard the
// header names the admin it verified.

#include "Launcher.h"
#include "MainWindow.h"
#include "helpers/GuiTestSupport.h"
#include "support/GuiFixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using namespace dbx::gui;

class TestGuiFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Every sentence of the start page gets the height its wrapped text needs at its width.
    static QString clipped(MainWindow &w)
    {
        for (const char *name : {"startTitle", "notConfiguredText", "demoHint"}) {
            auto *label = w.findChild<QLabel *>(QLatin1String(name));
            if (!label || !label->isVisible())
                return QStringLiteral("%1 missing or hidden").arg(QLatin1String(name));
            if (label->text().isEmpty())
                continue;
            if (label->width() < 150 || label->height() < label->heightForWidth(label->width()))
                return QStringLiteral("%1 clipped: %2x%3, needs %4 for '%5'")
                    .arg(QLatin1String(name))
                    .arg(label->width())
                    .arg(label->height())
                    .arg(label->heightForWidth(label->width()))
                    .arg(label->text());
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        gui::test::isolateSettings(m_dir, QStringLiteral("tst_gui_firstrun"));
    }

    void startPageReadableAtAnySize()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("start.ini")), QSettings::IniFormat);
        MainWindow w(&settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const QSize size : {QSize(1400, 860), QSize(900, 600), QSize(640, 480), QSize(520, 420)}) {
            w.resize(size);
            QTest::qWait(50);
            QApplication::processEvents();
            const QString why = clipped(w);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("%1x%2: ").arg(size.width()).arg(size.height()) + why));
        }
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("setupConnectionButton"))->isVisible());
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("tryDemoButton"))->isVisible());
    }

    void tryTheDemoInPlace()
    {
        Launcher launcher;
        QVERIFY(launcher.start(LaunchOptions()));
        MainWindow *w = launcher.window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget()->objectName(),
                 QStringLiteral("notConfiguredPage"));
        QSignalSpy synced(w, &MainWindow::syncCompleted);
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("tryDemoButton")), Qt::LeftButton);
        QVERIFY(launcher.demo());
        QVERIFY(w->hasConnection());
        QVERIFY(!w->demoAction()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(w->snapshot().accounts.size(), DemoOptions().members, 20000);
        QCOMPARE(w->findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget()->objectName(),
                 QStringLiteral("mainSplitter"));
    }

    void demoOfAnotherSizeShowsThatTeam()
    {
        QCOMPARE(demoDbPath(DemoOptions()), DemoTeam::defaultDemoDbPath());
        DemoOptions small;
        small.members = 25;
        QVERIFY(demoDbPath(small) != DemoTeam::defaultDemoDbPath());
        // The default demo's database holds a 60-member team (tryTheDemoInPlace); --members 25
        // shows 25, synced into its own database.
        Launcher launcher;
        LaunchOptions options;
        options.demo = true;
        options.demoOptions = small;
        QVERIFY(launcher.start(options));
        MainWindow *w = launcher.window();
        QTRY_COMPARE_WITH_TIMEOUT(w->snapshot().accounts.size(), 25, 60000);
        QCOMPARE(w->connection().dbPath, demoDbPath(small));
    }

    void headerNamesTheVerifiedAdmin()
    {
        dbx::test::GuiFixture gui;
        QVERIFY2(gui.start(10, 2, 1), qPrintable(gui.lastError()));
        MainWindow *w = gui.window();
        QSignalSpy shown(w, &MainWindow::snapshotShown);
        w->setConnection(gui.connection(QStringLiteral("admin.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        auto *label = w->findChild<QLabel *>(QStringLiteral("authorizedLabel"));
        QCOMPARE(label->text(), MainWindow::tr("Authorized admin not known yet"));
        w->setVerifiedAdmin(QStringLiteral("Ann Admin"), QStringLiteral("ann@example.com"));
        QCOMPARE(label->text(),
                 MainWindow::tr("Authorized as %1 (%2)")
                     .arg(QStringLiteral("Ann Admin"), QStringLiteral("ann@example.com")));
        gui.reset();
    }
};

QTEST_MAIN(TestGuiFirstRun)
#include "tst_gui_firstrun.moc"
