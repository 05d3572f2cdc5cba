// Takes the README's screenshots of the group form and of the inactivity filter: the demo team
// (simulated, on loopback) in the real window, sign-in activity read, then
//   lifecycle_screenshots group-form FILE.png   the Groups tab with the New group form filled in
//   lifecycle_screenshots inactive FILE.png     the Accounts tab filtered to "Inactive for more than
//                                               30 days"
// The whole screen is saved, as `import -window root` would: run it under Xvfb,
//   xvfb-run -a -s "-screen 0 1600x900x24" build/bin/lifecycle_screenshots group-form groups.png
// A tool for the documentation, not a test: nothing here is registered with ctest.

#include "MainWindow.h"
#include "provision/LifecycleDialogs.h"
#include "provision/ProvisioningController.h"
#include "support/GuiFixture.h"
#include "views/TablePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QSplitter>
#include <QTest>

#include <cstdio>

using namespace dbx;
using namespace dbx::gui;

namespace {

int usage()
{
    std::fputs("usage: lifecycle_screenshots group-form|inactive FILE.png\n", stderr);
    return 2;
}

bool save(const QString &file)
{
    QTest::qWait(1500); // let the window and the dialog paint
    return QGuiApplication::primaryScreen()->grabWindow(0).save(file);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(1) != QLatin1String("group-form") && args.at(1) != QLatin1String("inactive")))
        return usage();

    test::GuiFixture gui;
    if (!gui.start(DemoOptions(), false)) {
        std::fprintf(stderr, "%s\n", qPrintable(gui.lastError()));
        return 1;
    }
    MainWindow *window = gui.window();
    installProvisioning(window);
    // The whole screen: the Accounts tab's filters and the detail pane's buttons need about 1600
    // pixels side by side.
    window->setGeometry(QGuiApplication::primaryScreen()->geometry());
    if (!gui.showWindow())
        return 1;
    ConnectionConfig config = gui.connection();
    config.name = QStringLiteral("Demo team");
    config.syncLastLogin = true; // "Read sign-in activity"
    config.lastLoginDays = 90;
    if (!gui.connectAndSync(config)) {
        std::fprintf(stderr, "%s\n", qPrintable(gui.lastError()));
        return 1;
    }
    // The detail pane as wide as its buttons, as one would drag the splitter.
    if (auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->setSizes({window->width() - 480, 480});

    if (args.at(1) == QLatin1String("group-form")) {
        window->showView(MainWindow::View::Groups);
        // A group selected, as a click would: the detail pane shows it and its actions.
        for (const Group &g : window->snapshot().groups) {
            if (g.name == QLatin1String("Engineering"))
                window->page(MainWindow::View::Groups)->selectIds({g.id}, g.id);
        }
        QTest::qWait(300);
        GroupDialog dialog(GroupDialog::Mode::Create, window->snapshot(), Group(), window);
        dialog.findChild<QLineEdit *>(QStringLiteral("groupNameEdit"))->setText(QStringLiteral("Design Studio"));
        dialog.findChild<QLineEdit *>(QStringLiteral("groupExternalIdEdit"))->setText(QStringLiteral("ds-1"));
        dialog.findChild<QComboBox *>(QStringLiteral("groupManagementCombo"))->setCurrentIndex(1);
        dialog.show();
        dialog.move(window->geometry().center() - dialog.rect().center());
        return save(args.at(2)) ? 0 : 1;
    }

    window->showView(MainWindow::View::Accounts);
    auto *filter = window->findChild<QComboBox *>(QStringLiteral("accountInactiveFilter"));
    if (!filter || filter->findData(30) < 0) {
        std::fputs("no inactivity filter in the Accounts tab\n", stderr);
        return 1;
    }
    filter->setCurrentIndex(filter->findData(30));
    return save(args.at(2)) ? 0 : 1;
}
