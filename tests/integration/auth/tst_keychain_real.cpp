// The product's KeychainSecretStore against a real Secret Service (gnome-keyring in a private
// D-Bus session, started by with-keyring.sh with a HOME of its own): a secret is stored, found by
// the Secret Service itself (secret-tool), read back and removed, and its bytes are in no file
// under HOME. Then, in a child process where QtKeychain is steered to a keychain that is not
// there (a KDE 4 session without kwalletd: its D-Bus path), a write must fail: with QtKeychain's
// insecure fallback enabled it would "succeed" by writing the secret in plain text to a settings
// file, which this test finds.

#include "auth/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace dbx;

namespace {
const QString kService = QStringLiteral("Dropbox Team Connector keychain test");

QString randomSecret()
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QStringLiteral("dbx-keychain-test-") + QString::fromLatin1(bytes.toHex());
}

// Files under HOME holding the secret, as UTF-8 or as UTF-16 (QSettings may write either).
QStringList filesHolding(const QString &secret)
{
    QStringList hits;
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), int(secret.size() * 2));
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.read(16 * 1024 * 1024);
        if (content.contains(utf8) || content.contains(utf16) || content.contains(utf8.toBase64()))
            hits << path;
    }
    return hits;
}

int filesUnderHome()
{
    int n = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
} // namespace

class tst_KeychainReal : public QObject
{
    Q_OBJECT

    bool isChild() const { return qEnvironmentVariableIsSet("DBX_KEYCHAIN_CHILD"); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("DBX_KEYRING_UNAVAILABLE"))
            QSKIP(qPrintable(QStringLiteral("no Secret Service to test against: ")
                             + qEnvironmentVariable("DBX_KEYRING_UNAVAILABLE")));
        // Only ever in the private HOME and D-Bus session of with-keyring.sh.
        QVERIFY2(qEnvironmentVariableIsSet("DBX_KEYRING_STARTED"),
                 "run through tests/integration/auth/with-keyring.sh");
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        QVERIFY(QDir::homePath().startsWith(QDir::tempPath()) || QDir::homePath().contains(QLatin1String("/tmp")));
    }

    void storeReadBackRemove()
    {
        if (isChild())
            QSKIP("the child runs only noBackendMeansNoPlainText");
        KeychainSecretStore store(kService);
        QVERIFY(store.isPersistent());
        const SecretError probe = store.probeSync();
        QVERIFY2(!probe.isError(),
                 qPrintable(QStringLiteral("the Secret Service started by with-keyring.sh "
                                           "does not answer: ")
                            + probe.message()));
        const QString account = SecretStore::accountName(QStringLiteral("keychain-test"), SecretKey::RefreshToken);
        const QString secret = randomSecret();
        const SecretError written = store.writeSync(account, secret);
        QVERIFY2(!written.isError(), qPrintable(written.message()));

        QString value;
        const SecretError read = store.readSync(account, &value);
        QVERIFY2(!read.isError(), qPrintable(read.message()));
        QCOMPARE(value, secret);

        // The Secret Service itself holds it (not something in this process).
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (!tool.isEmpty()) {
            QProcess lookup;
            lookup.start(
                tool, {QStringLiteral("lookup"), QStringLiteral("server"), kService, QStringLiteral("user"), account});
            QVERIFY(lookup.waitForFinished(20000));
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);
        }

        // The keyring is on disk (encrypted); the secret's bytes are in no file.
        QVERIFY(filesUnderHome() > 0);
        const QStringList hits = filesHolding(secret);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("the secret is in plain text in ") + hits.join(QStringLiteral(", "))));

        QVERIFY(!store.removeSync(account).isError());
        QCOMPARE(store.readSync(account, &value).kind, SecretError::Kind::NotFound);
    }

    void noBackendMeansNoPlainText()
    {
        if (!isChild()) {
            // QtKeychain picks its backend once per process: the missing keychain gets its own.
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DBX_KEYCHAIN_CHILD"), QStringLiteral("1"));
            env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
            env.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("4"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noBackendMeansNoPlainText")});
            QVERIFY(child.waitForFinished(60000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            return;
        }
        KeychainSecretStore store(kService);
        const QString account = SecretStore::accountName(QStringLiteral("keychain-test"), SecretKey::AppSecret);
        const QString secret = randomSecret();
        const SecretError written = store.writeSync(account, secret);
        const QStringList hits = filesHolding(secret);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("the secret went to a plain file: ") + hits.join(QStringLiteral(", "))));
        QVERIFY2(written.isError(), "a write without a keychain must fail, not fall back to a file");
        QString value;
        QVERIFY(store.readSync(account, &value).isError());
        QVERIFY(value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainReal)
#include "tst_keychain_real.moc"
