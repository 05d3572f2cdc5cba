// Keyboard use: in every window and dialog no two controls share an accelerator (Alt+letter),
// so Alt+N always reaches the one control it names; the menu bar's titles and the items of each
// menu likewise. Walks the main window (start page and connected, with provisioning and the
// ConductorOne panel installed as the launcher does), every page of the connection wizard, the
// connections dialog, every provisioning dialog (the group and profile forms of the lifecycle
// work in each of their modes too), the ConductorOne settings and the shortcuts list.
// All of it twice: in English, then in German (the translation chooses its own letters, and Qt's
// German "< &Zurück" / "&Weiter >" must not collide with them).

#include "MainWindow.h"
#include "auth/ConnectionRegistry.h"
#include "auth/SecretStore.h"
#include "base/Translations.h"
#include "provision/LifecycleDialogs.h"
#include "provision/ProvisionDialogs.h"
#include "provision/ProvisioningController.h"
#include "provision/RunDialogs.h"
#include "push/PushPanel.h"
#include "push/PushSettingsDialog.h"
#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/GuiTestCase.h"
#include "support/TestRegistry.h"
#include "views/Accessibility.h"
#include "views/ShortcutsDialog.h"
#include "wizard/ConnectionWizard.h"
#include "wizard/ConnectionsDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

using namespace dbx;
using namespace dbx::gui;

namespace {

// The accelerator of a text: the letter after a single '&' ("&&" is a literal ampersand).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

QStringList clashes(const QList<QString> &texts)
{
    QMap<QChar, QStringList> byKey;
    for (const QString &t : texts) {
        const QChar m = mnemonicOf(t);
        if (!m.isNull())
            byKey[m] << t;
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QStringLiteral(" | ")));
    }
    return out;
}

// What answers Alt+letter in this window: its buttons (tool buttons in a toolbar have none),
// labels with a buddy, group boxes, tabs, and the menu bar's titles.
QStringList windowTexts(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (!qobject_cast<QToolButton *>(w))
                texts << b->text();
        } else if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->buddy())
                texts << l->text();
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            texts << g->title();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions()) {
                if (a->isVisible())
                    texts << a->text();
            }
        }
    }
    return texts;
}

// Each menu's visible items among themselves, submenus included.
QStringList menuClashes(QMenu *menu)
{
    QStringList texts, out;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        texts << a->text();
        if (a->menu())
            out << menuClashes(a->menu());
    }
    for (const QString &c : clashes(texts))
        out << menu->title() + QStringLiteral(": ") + c;
    return out;
}

} // namespace

class TestGuiAccelerators : public dbx::test::GuiTestCase
{
    Q_OBJECT

    QStringList m_found;
    QString m_language; // empty: English

    void check(QWidget *window, const QString &name)
    {
        for (const QString &c : clashes(windowTexts(window)))
            m_found << name + QStringLiteral(": ") + c;
    }

    void checkMenus(MainWindow *w)
    {
        for (QAction *a : w->menuBar()->actions()) {
            if (a->menu())
                m_found << menuClashes(a->menu());
        }
    }

    // At the end of a test: no clash found, each named once.
    void expectNoClashes()
    {
        m_found.removeDuplicates();
        QVERIFY2(m_found.isEmpty(), qPrintable(m_found.join(QLatin1Char('\n'))));
    }

public:
    explicit TestGuiAccelerators(const QString &language = QString()) : m_language(language) {}

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_language.isEmpty())
            QVERIFY2(installTranslations(m_language).startsWith(m_language), qPrintable(m_language));
        QVERIFY2(m_gui.start(20, 4, 1), qPrintable(m_gui.lastError()));
    }
    void init() { m_found.clear(); }

    void mainWindow()
    {
        MainWindow *w = m_gui.window();
        installProvisioning(w);
        installConductorOne(w, nullptr, nullptr);
        check(w, QStringLiteral("start page"));
        checkMenus(w);
        QVERIFY2(m_gui.connectAndSync(m_gui.connection()), qPrintable(m_gui.lastError()));
        check(w, QStringLiteral("main window"));
        checkMenus(w);
        expectNoClashes();
    }

    void everyWizardPage()
    {
        dbx::test::TestRegistry registry(m_gui.path(QStringLiteral("wizard.ini")));
        ConnectionWizardOptions options;
        options.baseUrl = m_gui.demo()->simulator()->baseUrl();
        ConnectionWizard wizard(registry, options);
        const QList<int> pages{ConnectionWizard::PreparePage,      ConnectionWizard::CredentialsPage,
                               ConnectionWizard::AuthorizePage,    ConnectionWizard::VerifyPage,
                               ConnectionWizard::ConductorOnePage, ConnectionWizard::FinishPage};
        for (int id : pages) {
            wizard.setStartId(id);
            wizard.restart();
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            check(&wizard, QStringLiteral("wizard page %1").arg(wizard.currentPage()->title()));
            // The Authorize page's second way shows other controls.
            for (auto *radio : wizard.currentPage()->findChildren<QRadioButton *>()) {
                radio->setChecked(true);
                check(&wizard, QStringLiteral("wizard page %1 (%2)").arg(wizard.currentPage()->title(), radio->text()));
            }
        }
        expectNoClashes();
    }

    void everyDialog()
    {
        dbx::test::TestRegistry registry(m_gui.path(QStringLiteral("dialogs.ini")));
        const Snapshot truth = m_gui.sim()->truth();
        const QVector<Account> two = truth.accounts.mid(0, 2);
        const auto show = [this](QWidget *dialog, const QString &name) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            check(dialog, name);
            dialog->hide(); // not close(): some delete themselves on close
        };
        ConnectionsDialog connections(registry);
        show(&connections, QStringLiteral("connections"));
        CreateAccountDialog create(truth);
        show(&create, QStringLiteral("create account"));
        RemoveAccountsDialog remove(truth, two);
        show(&remove, QStringLiteral("remove accounts"));
        SuspendDialog suspend(truth, two);
        show(&suspend, QStringLiteral("suspend"));
        SetRoleDialog role(truth, two);
        show(&role, QStringLiteral("set role"));
        for (auto mode : {GroupMembershipDialog::Mode::Add, GroupMembershipDialog::Mode::Remove,
                          GroupMembershipDialog::Mode::SetAccess}) {
            GroupMembershipDialog groups(mode, truth, two, {});
            show(&groups, QStringLiteral("groups %1").arg(int(mode)));
        }
        for (auto mode : {GroupDialog::Mode::Create, GroupDialog::Mode::Rename, GroupDialog::Mode::Edit}) {
            GroupDialog group(mode, truth, truth.groups.first());
            show(&group, QStringLiteral("group form %1").arg(int(mode)));
        }
        ProfileDialog profile(truth, truth.accounts.first());
        show(&profile, QStringLiteral("profile form"));
        PlanDialog plan;
        show(&plan, QStringLiteral("plan"));
        auto *run = new RunDialog(QStringLiteral("run"), {}, truth);
        show(run, QStringLiteral("run"));
        delete run;
        PushSettingsDialog push(PushSettings{}, QString());
        show(&push, QStringLiteral("ConductorOne settings"));
        QDialog *shortcuts = createShortcutsDialog(m_gui.window());
        show(shortcuts, QStringLiteral("keyboard shortcuts"));
        delete shortcuts;
        expectNoClashes();
    }

    // Every control Tab reaches has a name a screen reader can say (set where the launcher sets them).
    void everyControlHasAName()
    {
        MainWindow *w = m_gui.window();
        giveAccessibleNames(w);
        QWidget *unnamed = firstUnnamedControl(w);
        QVERIFY2(!unnamed,
                 qPrintable(unnamed ? unnamed->metaObject()->className() + QStringLiteral(" ") + unnamed->objectName()
                                    : QString()));
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("accountsSearch"));
        QVERIFY(search);
        QVERIFY(!search->accessibleName().isEmpty());
        // F1 opens the list of shortcuts.
        QAction *shortcuts = w->findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(shortcuts);
        QCOMPARE(shortcuts->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    // The test itself can fail: two controls with the same letter are found.
    void aClashIsFound()
    {
        QWidget w;
        auto *a = new QPushButton(QStringLiteral("&Next"), &w);
        auto *b = new QLabel(QStringLiteral("Connection &name:"), &w);
        b->setBuddy(a);
        QCOMPARE(clashes(windowTexts(&w)).size(), 1);
        QCOMPARE(mnemonicOf(QStringLiteral("Save && &close")), QLatin1Char('c'));
    }
};

// QTEST_MAIN's setup, then the same walk in English and in German.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestGuiAccelerators english;
    int failed = QTest::qExec(&english, argc, argv);
    TestGuiAccelerators german(QStringLiteral("de"));
    failed += QTest::qExec(&german, argc, argv);
    return failed;
}
#include "tst_gui_accelerators.moc"
