#include "auth/SecretStore.h"

#include "auth/AuthLog.h"

#include <QEventLoop>
#include <QPointer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace dbx {

// ---- SecretError ---------------------------------------------------------------------------

SecretError SecretError::make(Kind kind, const QString &detail)
{
    SecretError e;
    e.kind = kind;
    e.detail = detail;
    return e;
}

QString SecretError::message() const
{
    const QString d = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (kind) {
    case Kind::None: return QString();
    case Kind::NotFound: return tr("The stored credentials were not found%1: authorize this connection again.").arg(d);
    case Kind::NoBackend:
        return tr("No keychain is available on this system%1, so secrets cannot be stored safely. "
                  "Install and unlock a keychain (e.g. GNOME Keyring or KWallet), or keep the "
                  "credentials for this session only.")
            .arg(d);
    case Kind::AccessDenied:
        return tr("The keychain refused access%1. Unlock it and allow Dropbox Team Connector.").arg(d);
    case Kind::Other: return tr("The keychain failed%1.").arg(d);
    }
    return QString();
}

// ---- SecretStore ---------------------------------------------------------------------------

QString SecretStore::keyName(SecretKey key)
{
    switch (key) {
    case SecretKey::AppSecret: return QStringLiteral("app_secret");
    case SecretKey::RefreshToken: return QStringLiteral("refresh_token");
    case SecretKey::C1ClientSecret: return QStringLiteral("c1_client_secret");
    }
    return QString();
}

QString SecretStore::accountName(const QString &connectionId, SecretKey key)
{
    return connectionId + QLatin1Char('/') + keyName(key);
}

void SecretStore::probe(DoneCallback cb)
{
    // Reading an entry that cannot exist tells a working keychain (NotFound) from none.
    // Anything else but "access denied" means it does not work here (QtKeychain reports a missing
    // Secret Service as OtherError "Unknown error"): for the admin, that is "no keychain".
    read(QStringLiteral("probe/does-not-exist"), [cb](const QString &, const SecretError &e) {
        if (e.kind == SecretError::Kind::NotFound || e.kind == SecretError::Kind::None)
            cb(SecretError());
        else if (e.kind == SecretError::Kind::Other)
            cb(SecretError::make(SecretError::Kind::NoBackend, e.detail));
        else
            cb(e);
    });
}

namespace {
template <typename Start>
SecretError waitFor(Start start)
{
    struct State {
        bool done = false;
        SecretError error;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    start([state, guard](const SecretError &e) {
        state->done = true;
        state->error = e;
        if (guard)
            guard->quit();
    });
    if (!state->done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return state->error;
}
} // namespace

SecretError SecretStore::readSync(const QString &account, QString *value)
{
    return waitFor([&](DoneCallback done) {
        read(account, [value, done](const QString &v, const SecretError &e) {
            if (value)
                *value = v;
            done(e);
        });
    });
}

SecretError SecretStore::writeSync(const QString &account, const QString &value)
{
    return waitFor([&](DoneCallback done) { write(account, value, done); });
}

SecretError SecretStore::removeSync(const QString &account)
{
    return waitFor([&](DoneCallback done) { remove(account, done); });
}

SecretError SecretStore::probeSync()
{
    return waitFor([&](DoneCallback done) { probe(done); });
}

// ---- MemorySecretStore ---------------------------------------------------------------------

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("dbx::SecretStore", "memory only (this session)");
}

void MemorySecretStore::read(const QString &account, ReadCallback cb)
{
    if (m_failure != SecretError::Kind::None)
        return cb(QString(), SecretError::make(m_failure));
    const auto it = m_values.constFind(account);
    if (it == m_values.constEnd())
        return cb(QString(), SecretError::make(SecretError::Kind::NotFound));
    cb(it.value(), SecretError());
}

void MemorySecretStore::write(const QString &account, const QString &value, DoneCallback cb)
{
    if (m_failure != SecretError::Kind::None)
        return cb(SecretError::make(m_failure));
    m_values.insert(account, value);
    cb(SecretError());
}

void MemorySecretStore::remove(const QString &account, DoneCallback cb)
{
    if (m_failure != SecretError::Kind::None)
        return cb(SecretError::make(m_failure));
    m_values.remove(account);
    cb(SecretError());
}

void MemorySecretStore::probe(DoneCallback cb)
{
    cb(m_failure == SecretError::Kind::None ? SecretError() : SecretError::make(m_failure));
}

// ---- KeychainSecretStore -------------------------------------------------------------------

const char *const KeychainSecretStore::kServiceName = "Dropbox Team Connector";

namespace {
SecretError fromJob(const QKeychain::Job *job)
{
    using K = SecretError::Kind;
    switch (job->error()) {
    case QKeychain::NoError: return SecretError();
    case QKeychain::EntryNotFound: return SecretError::make(K::NotFound);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretError::make(K::NoBackend, job->errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return SecretError::make(K::AccessDenied, job->errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    // On Linux a missing Secret Service / KWallet shows up as OtherError with a D-Bus message.
    const QString text = job->errorString();
    if (text.contains(QLatin1String("org.freedesktop"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("dbus"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("d-bus"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("no keychain"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("kwallet"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("secret service"), Qt::CaseInsensitive))
        return SecretError::make(K::NoBackend, text);
    return SecretError::make(K::Other, text);
}

template <typename Job>
Job *newJob(const QString &service, const QString &account)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plain-text file
    job->setKey(account);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service) : m_service(service) {}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("dbx::SecretStore", "the system keychain");
}

void KeychainSecretStore::read(const QString &account, ReadCallback cb)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, account);
    QObject::connect(job, &QKeychain::Job::finished, job, [cb](QKeychain::Job *j) {
        const SecretError e = fromJob(j);
        if (e.isError() && e.kind != SecretError::Kind::NotFound)
            qCWarning(lcAuth) << "keychain read failed:" << j->key() << j->errorString();
        cb(e.isError() ? QString() : static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), e);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &account, const QString &value, DoneCallback cb)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, job, [cb](QKeychain::Job *j) {
        const SecretError e = fromJob(j);
        if (e.isError())
            qCWarning(lcAuth) << "keychain write failed:" << j->key() << j->errorString();
        cb(e);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &account, DoneCallback cb)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, account);
    QObject::connect(job, &QKeychain::Job::finished, job, [cb](QKeychain::Job *j) {
        SecretError e = fromJob(j);
        if (e.kind == SecretError::Kind::NotFound)
            e = SecretError();
        if (e.isError())
            qCWarning(lcAuth) << "keychain delete failed:" << j->key() << j->errorString();
        cb(e);
    });
    job->start();
}

} // namespace dbx
