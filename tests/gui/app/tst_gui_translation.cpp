// The German translation: loaded as the programs load it (base/Translations.h, from the .qm files
// built into the program), the main window's menus and actions speak German, and every action a
// user sees in the menus has a translation (none is left in English); the core's sentences, whose
// tr() helpers ask in another context than the one lupdate files them under, come out German too.

#include "MainWindow.h"
#include "base/Translations.h"
#include "insight/Insight.h"
#include "provision/Operation.h"
#include "provision/ProvisioningController.h"
#include "push/PushPanel.h"
#include "sync/SyncTypes.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using namespace dbx::gui;

namespace {
QStringList menuTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        texts << a->text();
        if (a->menu())
            texts << menuTexts(a->menu());
    }
    return texts;
}
} // namespace

class TestGuiTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // English plurals come from the English file: "1 change", "3 changes", never "change(s)".
    void englishPlurals()
    {
        installTranslations(QStringLiteral("en"));
        const char *text = "%n change(s) of an interrupted run were checked with Dropbox (see the Audit tab).";
        QCOMPARE(QCoreApplication::translate("dbx::gui::ProvisioningController", text, nullptr, 1),
                 QStringLiteral("1 change of an interrupted run was checked with Dropbox (see the Audit tab)."));
        QCOMPARE(QCoreApplication::translate("dbx::gui::ProvisioningController", text, nullptr, 3),
                 QStringLiteral("3 changes of an interrupted run were checked with Dropbox (see the Audit tab)."));
    }

    void mainWindowSpeaksGerman()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        // English first: the texts every later comparison must differ from.
        QStringList english;
        {
            MainWindow w(&settings);
            installProvisioning(&w);
            installConductorOne(&w, nullptr, nullptr);
            for (QAction *a : w.menuBar()->actions())
                english << a->text() << (a->menu() ? menuTexts(a->menu()) : QStringList());
        }
        QVERIFY(english.contains(QStringLiteral("&Sync now")));

        const QString loaded = installTranslations(QStringLiteral("de"));
        QVERIFY2(loaded.startsWith(QLatin1String("de")), qPrintable(loaded));
        MainWindow w(&settings);
        installProvisioning(&w);
        installConductorOne(&w, nullptr, nullptr);
        QCOMPARE(w.menu(MainWindow::Menu::File)->title(), QStringLiteral("&Datei"));
        QCOMPARE(w.menu(MainWindow::Menu::Connection)->title(), QStringLiteral("&Verbindung"));
        QCOMPARE(w.menu(MainWindow::Menu::Help)->title(), QStringLiteral("&Hilfe"));
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("syncAction"))->text(),
                 QStringLiteral("Jetzt &synchronisieren"));
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("tryDemoAction"))->text(),
                 QStringLiteral("&Demo-Team ausprobieren"));

        QStringList german;
        for (QAction *a : w.menuBar()->actions())
            german << a->text() << (a->menu() ? menuTexts(a->menu()) : QStringList());
        QCOMPARE(german.size(), english.size());
        QStringList untranslated;
        for (int i = 0; i < german.size(); ++i) {
            // Names that are the same in both languages (ConductorOne, c1z) are not texts to translate.
            if (german.at(i) == english.at(i) && !english.at(i).contains(QLatin1String("ConductorOne")))
                untranslated << english.at(i);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
    }

    // Runs after mainWindowSpeaksGerman, with German installed. The core's helpers ask in their
    // file's context ("dbx::SyncEngine", "dbx::Insight", "dbx::provision"); lupdate filed these
    // texts under the caller's class or namespace ("dbx::SyncOutcome", "dbx", "dbx::Operation").
    void coreSentencesSpeakGerman()
    {
        SyncOutcome outcome;
        outcome.ok = true;
        outcome.accounts = 60;
        outcome.roles = 8;
        outcome.groups = 12;
        outcome.memberships = 180;
        outcome.requests = 17;
        QVERIFY2(outcome.summary().startsWith(QStringLiteral("60 Konten, 8 Rollen, 12 Gruppen")),
                 qPrintable(outcome.summary()));
        QCOMPARE(displayName(OperationType::RemoveFromGroup), QStringLiteral("Aus Gruppe entfernen"));

        Snapshot team;
        Group empty;
        empty.id = QStringLiteral("g:1");
        empty.name = QStringLiteral("Leer");
        team.groups << empty;
        const QVector<Finding> findings = computeFindings(team, InsightSettings{}, QDateTime::currentDateTimeUtc());
        QStringList titles;
        for (const Finding &f : findings)
            titles << f.title;
        QVERIFY2(titles.contains(QStringLiteral("Leere Gruppen")), qPrintable(titles.join(QStringLiteral(" | "))));
        QVERIFY2(titles.contains(QStringLiteral("Team-Administratoren")),
                 qPrintable(titles.join(QStringLiteral(" | "))));
    }
};

QTEST_MAIN(TestGuiTranslation)
#include "tst_gui_translation.moc"
