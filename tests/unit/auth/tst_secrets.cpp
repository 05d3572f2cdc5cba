// SecretStore (memory; the keychain only as far as "answers, never hangs, never plain text"),
// ConnectionRegistry (settings vs secrets, session only, remove deletes the keychain entries) and
// the deployment files (content, mode 0600).

#include "auth/ConnectionRegistry.h"
#include "auth/DeploymentFiles.h"
#include "auth/SecretStore.h"
#include "support/TestFiles.h"
#include "support/TestRegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

namespace {
const QString kAppSecret = QStringLiteral("appsecretvalue1");
const QString kRefresh = QStringLiteral("refresh-TOKEN-value-XYZ-0123456789");
const QString kC1Secret = QStringLiteral("secret-token:conductorone.com:v1:c2VjcmV0LWJ5dGVz");

ConnectionInfo sampleInfo()
{
    ConnectionInfo info;
    info.name = QStringLiteral("Example Co");
    info.appKey = QStringLiteral("abcd1234efgh567");
    info.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9999"));
    info.provisioning = true;
    info.grantedScopes = {QStringLiteral("members.read"), QStringLiteral("groups.read")};
    info.adminName = QStringLiteral("Ann Admin");
    info.adminEmail = QStringLiteral("ann@example.com");
    info.teamName = QStringLiteral("Example Co");
    info.teamId = QStringLiteral("dbtid:AAA");
    info.c1ClientId = QStringLiteral("fox@acme.conductor.one/pcc");
    info.authorizedAt = QDateTime::currentDateTimeUtc();
    return info;
}

ConnectionInfo saveSync(ConnectionRegistry &reg, const ConnectionInfo &info, const ConnectionSecrets &s,
                        SecretError *error)
{
    ConnectionInfo saved;
    bool done = false;
    reg.save(info, s, [&](const ConnectionInfo &i, const SecretError &e) {
        saved = i;
        *error = e;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return saved;
}
} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void memoryStore();
    void memoryStoreFailure();
    void keychainAnswersWithoutHanging();
    void registrySaveLoadRemove();
    void registryNoSecretInSettings();
    void registrySessionOnly();
    void registryKeychainFailureKeepsNothing();
    void deploymentFiles();
    void privateFileMode();

private:
    QTemporaryDir m_dir;
};

void tst_Secrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Secrets::memoryStore()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.probeSync().isError());
    const QString account = SecretStore::accountName(QStringLiteral("c1"), SecretKey::RefreshToken);
    QCOMPARE(account, QStringLiteral("c1/refresh_token"));
    QString value;
    QCOMPARE(store.readSync(account, &value).kind, SecretError::Kind::NotFound);
    QVERIFY(!store.writeSync(account, kRefresh).isError());
    QVERIFY(!store.readSync(account, &value).isError());
    QCOMPARE(value, kRefresh);
    QVERIFY(!store.removeSync(account).isError());
    QVERIFY(!store.removeSync(account).isError()); // removing twice is fine
    QCOMPARE(store.readSync(account, &value).kind, SecretError::Kind::NotFound);
    QCOMPARE(SecretStore::keyName(SecretKey::AppSecret), QStringLiteral("app_secret"));
    QCOMPARE(SecretStore::keyName(SecretKey::C1ClientSecret), QStringLiteral("c1_client_secret"));
}

void tst_Secrets::memoryStoreFailure()
{
    MemorySecretStore store;
    store.setFailure(SecretError::Kind::NoBackend);
    const SecretError e = store.writeSync(QStringLiteral("x/app_secret"), kAppSecret);
    QCOMPARE(e.kind, SecretError::Kind::NoBackend);
    QVERIFY(e.message().contains(QStringLiteral("No keychain")));
    QCOMPARE(store.probeSync().kind, SecretError::Kind::NoBackend);
    QCOMPARE(store.size(), 0);
}

void tst_Secrets::keychainAnswersWithoutHanging()
{
    // Whatever this machine has (often no Secret Service in CI), the store must answer promptly
    // and say "no backend" rather than fall back to a plain-text file.
    KeychainSecretStore store(QStringLiteral("Dropbox Team Connector tests"));
    QCOMPARE(store.service(), QStringLiteral("Dropbox Team Connector tests"));
    QElapsedTimer t;
    t.start();
    const SecretError e = store.probeSync();
    qInfo() << "keychain probe:" << int(e.kind) << e.detail << t.elapsed() << "ms";
    QVERIFY(e.kind == SecretError::Kind::None || e.kind == SecretError::Kind::NoBackend
            || e.kind == SecretError::Kind::AccessDenied);
    const QString home = QDir::homePath();
    QVERIFY(!QFile::exists(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                               .filePath(QStringLiteral("Dropbox Team Connector tests.conf"))));
    Q_UNUSED(home);
}

void tst_Secrets::registrySaveLoadRemove()
{
    dbx::test::TestRegistry reg(m_dir.filePath(QStringLiteral("a.ini")));
    QVERIFY(reg.connections().isEmpty());

    SecretError error;
    const ConnectionInfo saved = saveSync(reg, sampleInfo(), {kAppSecret, kRefresh, kC1Secret}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(!saved.id.isEmpty());
    QCOMPARE(saved.dbPath, ConnectionRegistry::defaultDbPath(saved.id));
    QVERIFY(saved.dbPath.endsWith(QStringLiteral("/connections/") + saved.id + QStringLiteral(".sqlite")));
    QCOMPARE(reg.keychain.size(), 3);

    QCOMPARE(reg.connections().size(), 1);
    const ConnectionInfo back = reg.connection(saved.id);
    QCOMPARE(back.name, QStringLiteral("Example Co"));
    QCOMPARE(back.appKey, QStringLiteral("abcd1234efgh567"));
    QCOMPARE(back.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9999")));
    QVERIFY(back.provisioning);
    QCOMPARE(back.grantedScopes, sampleInfo().grantedScopes);
    QCOMPARE(back.c1ClientId, sampleInfo().c1ClientId);
    QCOMPARE(back.authorizedAs(), QStringLiteral("Ann Admin (ann@example.com) on Example Co"));

    bool done = false;
    reg.connectionConfig(saved.id, [&](const ConnectionConfig &c, const SecretError &e) {
        QVERIFY(!e.isError());
        QCOMPARE(c.appKey, QStringLiteral("abcd1234efgh567"));
        QCOMPARE(c.appSecret, kAppSecret);
        QCOMPARE(c.refreshToken, kRefresh);
        QCOMPARE(c.dbPath, saved.dbPath);
        QVERIFY(c.provisioning);
        done = true;
    });
    QTRY_VERIFY(done);

    // A second team.
    ConnectionInfo other = sampleInfo();
    other.name = QStringLiteral("Another Team");
    const ConnectionInfo saved2 = saveSync(reg, other, {kAppSecret, kRefresh, QString()}, &error);
    QVERIFY(!error.isError());
    QCOMPARE(reg.connections().size(), 2);
    QCOMPARE(reg.keychain.size(), 5);

    // Non-secret edit.
    ConnectionInfo edited = reg.connection(saved.id);
    edited.name = QStringLiteral("Renamed");
    edited.provisioning = false;
    QVERIFY(reg.updateInfo(edited));
    QCOMPARE(reg.connection(saved.id).name, QStringLiteral("Renamed"));
    QVERIFY(!reg.connection(saved.id).provisioning);

    // Remove deletes exactly that connection's secrets.
    done = false;
    reg.remove(saved.id, [&](const SecretError &e) {
        QVERIFY(!e.isError());
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!reg.contains(saved.id));
    QCOMPARE(reg.connections().size(), 1);
    QCOMPARE(reg.keychain.size(), 2);
    for (const QString &a : reg.keychain.accounts())
        QVERIFY(a.startsWith(saved2.id));
}

void tst_Secrets::registryNoSecretInSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("nosecret.ini"));
    {
        dbx::test::TestRegistry reg(path);
        SecretError error;
        saveSync(reg, sampleInfo(), {kAppSecret, kRefresh, kC1Secret}, &error);
        QVERIFY(!error.isError());
    }
    const QByteArray ini = dbx::test::readFile(path);
    QVERIFY(ini.contains("abcd1234efgh567")); // the app key is not a secret
    QVERIFY(!ini.contains(kAppSecret.toUtf8()));
    QVERIFY(!ini.contains(kRefresh.toUtf8()));
    QVERIFY(!ini.contains("c2VjcmV0LWJ5dGVz"));
}

void tst_Secrets::registrySessionOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("session.ini"));
    dbx::test::TestRegistry reg(path, SecretError::Kind::NoBackend);

    ConnectionInfo info = sampleInfo();
    info.sessionOnly = true;
    SecretError error;
    const ConnectionInfo saved = saveSync(reg, info, {kAppSecret, kRefresh, QString()}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(reg.connection(saved.id).sessionOnly);
    QVERIFY(!reg.sessionStore()->isPersistent());

    bool done = false;
    reg.loadSecrets(saved.id, [&](const ConnectionSecrets &s, const SecretError &e) {
        QVERIFY(!e.isError());
        QCOMPARE(s.refreshToken, kRefresh);
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!dbx::test::readFile(path).contains(kRefresh.toUtf8()));

    // A new registry (the next run): settings survive, secrets do not.
    MemorySecretStore keychain2;
    ConnectionRegistry next(&reg.ini, &keychain2);
    done = false;
    next.loadSecrets(saved.id, [&](const ConnectionSecrets &, const SecretError &e) {
        QCOMPARE(e.kind, SecretError::Kind::NotFound);
        QVERIFY(e.message().contains(QStringLiteral("authorize")));
        done = true;
    });
    QTRY_VERIFY(done);
}

void tst_Secrets::registryKeychainFailureKeepsNothing()
{
    dbx::test::TestRegistry reg(m_dir.filePath(QStringLiteral("fail.ini")), SecretError::Kind::NoBackend);
    SecretError error;
    saveSync(reg, sampleInfo(), {kAppSecret, kRefresh, QString()}, &error);
    QCOMPARE(error.kind, SecretError::Kind::NoBackend);
    QVERIFY(reg.connections().isEmpty()); // no half-saved connection
}

void tst_Secrets::deploymentFiles()
{
    DeploymentValues v;
    v.appKey = QStringLiteral("abcd1234efgh567");
    v.appSecret = kAppSecret;
    v.refreshToken = kRefresh;
    v.c1ClientId = QStringLiteral("fox@acme.conductor.one/pcc");
    v.c1ClientSecret = kC1Secret;
    v.provisioning = true;
    const QString secret = DeploymentFiles::secretManifest(v);
    QVERIFY(secret.contains(QStringLiteral("kind: Secret")));
    QVERIFY(secret.contains(QStringLiteral("name: baton-dropbox-secrets")));
    QVERIFY(secret.contains(QStringLiteral("BATON_APP_KEY: \"abcd1234efgh567\"")));
    QVERIFY(secret.contains(QStringLiteral("BATON_APP_SECRET: \"%1\"").arg(kAppSecret)));
    QVERIFY(secret.contains(QStringLiteral("BATON_REFRESH_TOKEN: \"%1\"").arg(kRefresh)));
    QVERIFY(secret.contains(QStringLiteral("BATON_CLIENT_ID: \"fox@acme.conductor.one/pcc\"")));
    QVERIFY(secret.contains(QStringLiteral("BATON_CLIENT_SECRET: \"%1\"").arg(kC1Secret)));

    const QString deployment = DeploymentFiles::deploymentManifest(v);
    QVERIFY(deployment.contains(QStringLiteral("kind: Deployment")));
    QVERIFY(deployment.contains(QStringLiteral("command: [\"dropbox-connector-cli\"]")));
    QVERIFY(deployment.contains(QStringLiteral("args: [\"serve\"]")));
    QVERIFY(deployment.contains(QStringLiteral("name: baton-dropbox-secrets")));
    QVERIFY(deployment.contains(QStringLiteral("name: BATON_PROVISIONING\n              value: \"true\"")));
    QVERIFY(!deployment.contains(kRefresh));

    DeploymentValues noC1 = v;
    noC1.c1ClientId.clear();
    noC1.c1ClientSecret.clear();
    QVERIFY(!DeploymentFiles::secretManifest(noC1).contains(QStringLiteral("BATON_CLIENT_ID")));

    const QString env = DeploymentFiles::envFile(v);
    QVERIFY(env.contains(QStringLiteral("BATON_REFRESH_TOKEN=%1\n").arg(kRefresh)));
    QVERIFY(env.contains(QStringLiteral("BATON_PROVISIONING=true\n")));

    const QString dir = m_dir.filePath(QStringLiteral("deploy"));
    const Expected<QStringList> files = DeploymentFiles::writeAll(dir, v);
    QVERIFY2(files, qPrintable(files.error().message()));
    const QStringList written = *files;
    QCOMPARE(written.size(), 3);
    for (const QString &path : written) {
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }
    QVERIFY(DeploymentFiles::warning().contains(QStringLiteral("0600")));
}

void tst_Secrets::privateFileMode()
{
    // An existing, world-readable file is restricted before the secret goes in.
    const QString path = m_dir.filePath(QStringLiteral("existing.env"));
    QVERIFY(dbx::test::writeFile(path, "old"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(DeploymentFiles::writePrivateFile(path, "NEW"));
    QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
    QCOMPARE(dbx::test::readFile(path), QByteArray("NEW"));
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
