// The window fits a screen 1400 pixels wide, in English and in German: with the features installed
// as the launcher installs them, connected, with an account and then a group selected (their
// detail pane shows rows of action buttons), the main window asks for no more than 1400 pixels,
// so nothing is cut off at the right edge. German words are longer: "Zu Gruppe hinzufügen",
// "Administratoren und Mitglieder". On failure the message names the widest parts. And --view
// finds a view by the same name in both languages.

#include "MainWindow.h"
#include "base/Translations.h"
#include "overview/OverviewController.h"
#include "provision/ProvisioningController.h"
#include "push/PushPanel.h"
#include "sim/SimServer.h"
#include "support/GuiFixture.h"
#include "views/DetailPane.h"
#include "views/TablePage.h"

#include <QSplitter>
#include <QTabWidget>
#include <QTest>

using namespace dbx;
using namespace dbx::gui;

namespace {

constexpr int kScreenWidth = 1400;

QString widthOf(const QWidget *w)
{
    const QString name
        = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    return name + QStringLiteral(" ") + QString::number(w->minimumSizeHint().width());
}

// The widest views and the detail pane, for the failure message.
QString breakdown(MainWindow *w)
{
    QStringList parts{QStringLiteral("window %1").arg(w->minimumSizeHint().width())};
    if (auto *splitter = w->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        parts << widthOf(splitter);
    if (auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("viewTabs"))) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->minimumSizeHint().width() > kScreenWidth / 2)
                parts << tabs->tabText(i) + QStringLiteral(": ") + widthOf(tabs->widget(i));
        }
    }
    if (DetailPane *pane = w->detailPane()) {
        parts << widthOf(pane);
        for (QWidget *child : pane->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisibleTo(pane))
                parts << QStringLiteral("  ") + widthOf(child);
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestGuiFit : public QObject
{
    Q_OBJECT

    void fits(const QString &language)
    {
        if (!language.isEmpty())
            QVERIFY2(installTranslations(language).startsWith(language), qPrintable(language));
        test::GuiFixture gui;
        QVERIFY2(gui.start(30, 6, 7, false), qPrintable(gui.lastError()));
        MainWindow *w = gui.window();
        installProvisioning(w);
        installOverview(w);
        installConductorOne(w, nullptr, nullptr);
        QVERIFY2(gui.showWindow(), qPrintable(gui.lastError()));
        QVERIFY2(gui.connectAndSync(gui.connection()), qPrintable(gui.lastError()));

        const Snapshot truth = gui.sim()->truth();
        QVERIFY(!truth.accounts.isEmpty() && !truth.groups.isEmpty());
        // Each view with a row selected still fits the screen.
        const QList<std::pair<MainWindow::View, QString>> selections{
            {MainWindow::View::Accounts, truth.accounts.constFirst().teamMemberId},
            {MainWindow::View::Groups, truth.groups.constFirst().id}};
        for (const auto &[view, id] : selections) {
            w->showView(view);
            w->page(view)->selectIds({id}, id);
            QTRY_VERIFY(
                !(view == MainWindow::View::Accounts ? w->selectedAccountIds() : w->selectedGroupIds()).isEmpty());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY2(w->minimumSizeHint().width() <= kScreenWidth, qPrintable(breakdown(w)));
        }

        // --view names do not change with the language (the tab titles do).
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        const QList<std::pair<QString, QString>> views{{QStringLiteral("findings"), QStringLiteral("findingsPage")},
                                                       {QStringLiteral("audit"), QStringLiteral("auditPage")},
                                                       {QStringLiteral("accounts"), QStringLiteral("accountsPage")},
                                                       {QStringLiteral("overview"), QStringLiteral("overviewPage")}};
        for (const auto &[name, page] : views) {
            QVERIFY2(w->showViewNamed(name), qPrintable(name));
            QCOMPARE(tabs->currentWidget()->objectName(), page);
        }

        // The window really is that narrow: shrunk to the screen, it stays there.
        w->resize(kScreenWidth, 800);
        QTRY_COMPARE(w->width(), kScreenWidth);
    }

private Q_SLOTS:
    void english() { fits(QString()); }
    void german() { fits(QStringLiteral("de")); }
};

QTEST_MAIN(TestGuiFit)
#include "tst_gui_fit.moc"
