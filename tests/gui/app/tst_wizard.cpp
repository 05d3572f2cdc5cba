// The credential wizard, offscreen, against the simulator: typed into like a person would
// (QTest::keyClicks, the Next button), with a stub browser that follows the simulator's redirect
// to the wizard's local reply handler. Walks to "Authorized as <name> (<email>) on <team>",
// saves, and then checks that no secret landed in the settings file, the snapshot database (after
// a real sync with the saved connection) or the log. Also: no keychain -> session only, and the
// connections dialog's remove (which deletes the keychain entries).

#include "auth/SecretStore.h"
#include "store/SnapshotStore.h"
#include "support/LogCapture.h"
#include "support/SimFixture.h"
#include "support/StubBrowser.h"
#include "support/TestRegistry.h"
#include "sync/SyncEngine.h"
#include "wizard/ConnectionWizard.h"
#include "wizard/ConnectionsDialog.h"
#include "worker/ConnectorSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dbx;
using namespace dbx::gui;
using namespace dbx::test;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("DBX_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(QStringLiteral("wizard-%1.png").arg(QLatin1String(name))));
}
} // namespace

class tst_Wizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walkToAuthorizedAs();
    void noKeychainOffersSessionOnly();
    void connectionsDialogRemoves();

private:
    ConnectionWizardOptions wizardOptions(StubBrowser *browser) const;
    bool walkToFinish(ConnectionWizard &w);
    void clickNext(ConnectionWizard &w);

    SimFixture m_sim;
    QTemporaryDir m_dir;
    QStringList m_secrets;
};

void tst_Wizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sim.start());
    m_secrets << m_sim->credentials().appSecret;
    startCapture(QStringLiteral("dbx.*.debug=true\nqt.networkauth*.debug=true"));
}

void tst_Wizard::cleanupTestCase()
{
    // The simulator's own traffic log is not the app's.
    expectNoSecretInLog(m_secrets, [](const QString &line) { return !line.startsWith(QLatin1String("dbx.sim")); });
}

ConnectionWizardOptions tst_Wizard::wizardOptions(StubBrowser *browser) const
{
    ConnectionWizardOptions o;
    o.baseUrl = m_sim->baseUrl();
    o.redirectPort = 0;
    o.openUrl = [browser](const QUrl &url) { browser->open(url); };
    o.tokenTimeoutMs = 10000;
    return o;
}

void tst_Wizard::clickNext(ConnectionWizard &w)
{
    QAbstractButton *next = w.button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

bool tst_Wizard::walkToFinish(ConnectionWizard &w)
{
    bool ok = false;
    [&] {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentId(), int(ConnectionWizard::PreparePage));
        auto *readOnly = w.findChild<QLineEdit *>(QStringLiteral("readOnlyScopesEdit"));
        QVERIFY(readOnly);
        QCOMPARE(readOnly->text(), QStringLiteral("team_info.read members.read groups.read"));
        screenshot(&w, "prepare");
        clickNext(w);

        QCOMPARE(w.currentId(), int(ConnectionWizard::CredentialsPage));
        auto *key = w.findChild<QLineEdit *>(QStringLiteral("appKeyEdit"));
        auto *secret = w.findChild<QLineEdit *>(QStringLiteral("appSecretEdit"));
        auto *problem = w.findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(key && secret && problem);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(key, m_sim->credentials().appKey);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());  // no secret yet
        QTest::keyClicks(secret, m_sim->credentials().appKey); // the key pasted twice
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("same as the app key")));
        secret->clear();
        QTest::keyClicks(secret, m_sim->credentials().appSecret);
        QVERIFY(problem->text().isEmpty());
        screenshot(&w, "credentials");
        clickNext(w);

        QCOMPARE(w.currentId(), int(ConnectionWizard::AuthorizePage));
        auto *authorize = w.findChild<QPushButton *>(QStringLiteral("authorizeButton"));
        auto *status = w.findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *redirect = w.findChild<QLineEdit *>(QStringLiteral("redirectUriEdit"));
        QVERIFY(authorize && status && redirect);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(authorize, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Authorized")), 15000);
        QVERIFY(redirect->text().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(redirect->text().endsWith(QStringLiteral("/dropbox-callback")));
        screenshot(&w, "authorize");
        clickNext(w);

        QCOMPARE(w.currentId(), int(ConnectionWizard::VerifyPage));
        auto *authorizedAs = w.findChild<QLabel *>(QStringLiteral("authorizedAsLabel"));
        QVERIFY(authorizedAs);
        const Snapshot truth = m_sim->truth();
        QTRY_VERIFY_WITH_TIMEOUT(authorizedAs->text().contains(QStringLiteral("Authorized as")), 15000);
        QVERIFY2(authorizedAs->text().contains(QStringLiteral("%1 (%2) on %3")
                                                   .arg(truth.admin.displayName, truth.admin.email, truth.team.name)
                                                   .toHtmlEscaped()),
                 qPrintable(authorizedAs->text()));
        screenshot(&w, "verify");
        clickNext(w);

        QCOMPARE(w.currentId(), int(ConnectionWizard::ConductorOnePage));
        auto *c1Id = w.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
        auto *c1Secret = w.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
        QVERIFY(c1Id && c1Secret);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled()); // optional
        QTest::keyClicks(c1Id, QStringLiteral("fox@acme.conductor.one"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // wrong shape
        QTest::keyClicks(c1Id, QStringLiteral("/pcc"));
        QTest::keyClicks(c1Secret, QStringLiteral("secret-token:conductorone.com:v1:c2VjcmV0LWMx"));
        m_secrets << QStringLiteral("secret-token:conductorone.com:v1:c2VjcmV0LWMx");
        screenshot(&w, "conductorone");
        clickNext(w);
        QCOMPARE(w.currentId(), int(ConnectionWizard::FinishPage));
        ok = true;
    }();
    return ok;
}

void tst_Wizard::walkToAuthorizedAs()
{
    const QString iniPath = m_dir.filePath(QStringLiteral("settings.ini"));
    dbx::test::TestRegistry registry(iniPath);
    StubBrowser browser;
    ConnectionWizard w(registry, wizardOptions(&browser));
    QSignalSpy saved(&w, &ConnectionWizard::connectionSaved);
    QVERIFY(walkToFinish(w));
    QCOMPARE(int(browser.opened.size()), 1);

    auto *finish = w.button(QWizard::FinishButton);
    QTRY_VERIFY(finish->isEnabled());
    screenshot(&w, "finish");
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!w.isVisible());
    QCOMPARE(w.result(), int(QDialog::Accepted));

    const QString id = w.savedConnectionId();
    const ConnectionInfo info = registry.connection(id);
    QCOMPARE(info.appKey, m_sim->credentials().appKey);
    QCOMPARE(info.baseUrl, m_sim->baseUrl());
    QCOMPARE(info.teamName, m_sim->truth().team.name);
    QCOMPARE(info.name, m_sim->truth().team.name); // no name typed: the team's
    QCOMPARE(info.c1ClientId, QStringLiteral("fox@acme.conductor.one/pcc"));
    QVERIFY(info.provisioning); // every scope granted
    QVERIFY(!info.sessionOnly);
    QCOMPARE(registry.keychain.size(), 3);

    QString refreshToken;
    QVERIFY(
        !registry.keychain.readSync(SecretStore::accountName(id, SecretKey::RefreshToken), &refreshToken).isError());
    QVERIFY(!refreshToken.isEmpty());
    m_secrets << refreshToken;

    // No secret in the settings file.
    registry.ini.sync();
    const QByteArray ini = fileBytes(iniPath);
    QVERIFY(ini.contains(m_sim->credentials().appKey.toUtf8()));
    for (const QString &s : qAsConst(m_secrets))
        QVERIFY2(!ini.contains(s.toUtf8()), qPrintable(s.left(6)));

    // A sync with the saved connection, then no secret in the snapshot database.
    ConnectionConfig config;
    bool loaded = false;
    registry.connectionConfig(id, [&](const ConnectionConfig &c, const SecretError &e) {
        QVERIFY(!e.isError());
        config = c;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    QCOMPARE(config.refreshToken, refreshToken);
    QVERIFY(config.dbPath.endsWith(QStringLiteral("connections/") + id + QStringLiteral(".sqlite")));
    {
        ConnectorSession session(config);
        const auto opened = session.open();
        QVERIFY2(opened, qPrintable(opened.error().message()));
        QSignalSpy synced(session.syncEngine(), &SyncEngine::finished);
        session.syncEngine()->start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 30000);
    }
    QByteArray db = fileBytes(config.dbPath) + fileBytes(config.dbPath + QStringLiteral("-wal"));
    QVERIFY(db.size() > 1000);
    QVERIFY(db.contains(m_sim->truth().team.name.toUtf8())); // the sync did land
    for (const QString &s : qAsConst(m_secrets))
        QVERIFY2(!db.contains(s.toUtf8()), qPrintable(s.left(6)));
}

void tst_Wizard::noKeychainOffersSessionOnly()
{
    dbx::test::TestRegistry registry(m_dir.filePath(QStringLiteral("nokeychain.ini")), SecretError::Kind::NoBackend);
    StubBrowser browser;
    ConnectionWizard w(registry, wizardOptions(&browser));
    QVERIFY(walkToFinish(w));

    auto *storage = w.findChild<QLabel *>(QStringLiteral("storageLabel"));
    auto *sessionOnly = w.findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"));
    QVERIFY(storage && sessionOnly);
    QTRY_VERIFY(sessionOnly->isVisible());
    QVERIFY(storage->text().contains(QStringLiteral("No keychain")));
    QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
    screenshot(&w, "no-keychain");
    sessionOnly->setChecked(true);
    QTRY_VERIFY(w.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!w.savedConnectionId().isEmpty());
    const ConnectionInfo info = registry.connection(w.savedConnectionId());
    QVERIFY(info.sessionOnly);
    QString refresh;
    QVERIFY(!registry.sessionStore()
                 ->readSync(SecretStore::accountName(info.id, SecretKey::RefreshToken), &refresh)
                 .isError());
    QVERIFY(!refresh.isEmpty());
    m_secrets << refresh;
    QCOMPARE(registry.keychain.size(), 0);
}

void tst_Wizard::connectionsDialogRemoves()
{
    dbx::test::TestRegistry registry(m_dir.filePath(QStringLiteral("dialog.ini")));
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        ConnectionInfo info;
        info.name = name;
        info.appKey = QStringLiteral("abcd1234efgh567");
        bool done = false;
        registry.save(info, {QStringLiteral("s3cr3tvalue0001"), QStringLiteral("rt-") + name, QString()},
                      [&](const ConnectionInfo &, const SecretError &e) {
                          QVERIFY(!e.isError());
                          done = true;
                      });
        QTRY_VERIFY(done);
    }
    QCOMPARE(registry.keychain.size(), 4);
    ConnectionsDialog dialog(registry);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("connectionList"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(list && remove);
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(0);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Alpha"));
    screenshot(&dialog, "connections");

    // Cancel first: nothing happens.
    QTimer::singleShot(100, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QString question;
    QTimer::singleShot(100, this, [&question] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(question.contains(QStringLiteral("Alpha")));
    QVERIFY(question.contains(QStringLiteral("keychain")));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Beta"));
    QCOMPARE(registry.keychain.size(), 2);
    QCOMPARE(registry.connections().size(), 1);
    QVERIFY(registry.keychain.accounts().first().startsWith(registry.connections().first().id));
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"
