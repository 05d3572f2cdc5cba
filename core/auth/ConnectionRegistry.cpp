#include "auth/ConnectionRegistry.h"

#include "auth/AuthLog.h"

#include <QDir>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace dbx {

namespace {
const QString kGroup = QStringLiteral("connections");

// Runs the given steps one after another (each takes a continuation), then done(first error).
struct Sequence : std::enable_shared_from_this<Sequence> {
    using Step = std::function<void(SecretStore::DoneCallback)>;
    QList<Step> steps;
    SecretError firstError;
    std::function<void(const SecretError &)> done;
    bool stopOnError = true;

    void next()
    {
        if (steps.isEmpty() || (stopOnError && firstError.isError())) {
            done(firstError);
            return;
        }
        Step step = steps.takeFirst();
        auto self = shared_from_this();
        step([self](const SecretError &e) {
            if (e.isError() && !self->firstError.isError())
                self->firstError = e;
            self->next();
        });
    }
};
} // namespace

QString ConnectionInfo::authorizedAs() const
{
    if (adminName.isEmpty() && adminEmail.isEmpty())
        return QString();
    return QCoreApplication::translate("dbx::ConnectionRegistry", "%1 (%2) on %3")
        .arg(adminName, adminEmail, teamName.isEmpty() ? name : teamName);
}

ConnectionRegistry::ConnectionRegistry(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_session(new MemorySecretStore)
{}

ConnectionRegistry::~ConnectionRegistry() = default;

QString ConnectionRegistry::newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString ConnectionRegistry::defaultDbPath(const QString &id)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("connections/%1.sqlite").arg(id));
}

SecretStore *ConnectionRegistry::sessionStore() const { return m_session.get(); }

SecretStore *ConnectionRegistry::storeFor(const ConnectionInfo &info) const
{
    return info.sessionOnly ? m_session.get() : m_secrets;
}

QVector<ConnectionInfo> ConnectionRegistry::connections() const
{
    QVector<ConnectionInfo> out;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids)
        out << connection(id);
    std::sort(out.begin(), out.end(),
              [](const ConnectionInfo &a, const ConnectionInfo &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

bool ConnectionRegistry::contains(const QString &id) const
{
    return !id.isEmpty() && m_settings->contains(kGroup + QLatin1Char('/') + id + QStringLiteral("/appKey"));
}

ConnectionInfo ConnectionRegistry::connection(const QString &id) const
{
    ConnectionInfo c;
    if (id.isEmpty())
        return c;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    if (m_settings->contains(QStringLiteral("appKey"))) {
        c.id = id;
        c.name = m_settings->value(QStringLiteral("name")).toString();
        c.appKey = m_settings->value(QStringLiteral("appKey")).toString();
        c.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        c.dbPath = m_settings->value(QStringLiteral("dbPath")).toString();
        c.provisioning = m_settings->value(QStringLiteral("provisioning"), false).toBool();
        c.readSignIns = m_settings->value(QStringLiteral("readSignIns"), false).toBool();
        c.signInDays = m_settings->value(QStringLiteral("signInDays"), 90).toInt();
        c.grantedScopes
            = m_settings->value(QStringLiteral("scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        c.adminName = m_settings->value(QStringLiteral("adminName")).toString();
        c.adminEmail = m_settings->value(QStringLiteral("adminEmail")).toString();
        c.adminTeamMemberId = m_settings->value(QStringLiteral("adminTeamMemberId")).toString();
        c.teamName = m_settings->value(QStringLiteral("teamName")).toString();
        c.teamId = m_settings->value(QStringLiteral("teamId")).toString();
        c.c1ClientId = m_settings->value(QStringLiteral("c1ClientId")).toString();
        c.authorizedAt
            = QDateTime::fromString(m_settings->value(QStringLiteral("authorizedAt")).toString(), Qt::ISODate);
        c.sessionOnly = m_settings->value(QStringLiteral("sessionOnly"), false).toBool();
    }
    m_settings->endGroup();
    return c;
}

void ConnectionRegistry::writeInfo(const ConnectionInfo &c)
{
    m_settings->beginGroup(kGroup + QLatin1Char('/') + c.id);
    m_settings->setValue(QStringLiteral("name"), c.name);
    m_settings->setValue(QStringLiteral("appKey"), c.appKey);
    m_settings->setValue(QStringLiteral("baseUrl"), c.baseUrl.toString());
    m_settings->setValue(QStringLiteral("dbPath"), c.dbPath.isEmpty() ? defaultDbPath(c.id) : c.dbPath);
    m_settings->setValue(QStringLiteral("provisioning"), c.provisioning);
    m_settings->setValue(QStringLiteral("readSignIns"), c.readSignIns);
    m_settings->setValue(QStringLiteral("signInDays"), c.signInDays);
    m_settings->setValue(QStringLiteral("scopes"), c.grantedScopes.join(QLatin1Char(' ')));
    m_settings->setValue(QStringLiteral("adminName"), c.adminName);
    m_settings->setValue(QStringLiteral("adminEmail"), c.adminEmail);
    m_settings->setValue(QStringLiteral("adminTeamMemberId"), c.adminTeamMemberId);
    m_settings->setValue(QStringLiteral("teamName"), c.teamName);
    m_settings->setValue(QStringLiteral("teamId"), c.teamId);
    m_settings->setValue(QStringLiteral("c1ClientId"), c.c1ClientId);
    m_settings->setValue(QStringLiteral("authorizedAt"), c.authorizedAt.toString(Qt::ISODate));
    m_settings->setValue(QStringLiteral("sessionOnly"), c.sessionOnly);
    m_settings->endGroup();
    m_settings->sync();
}

void ConnectionRegistry::save(ConnectionInfo info, const ConnectionSecrets &secrets,
                              std::function<void(const ConnectionInfo &, const SecretError &)> done)
{
    if (info.id.isEmpty())
        info.id = newId();
    if (info.dbPath.isEmpty())
        info.dbPath = defaultDbPath(info.id);
    SecretStore *store = storeFor(info);
    SecretStore *other = info.sessionOnly ? m_secrets : m_session.get();
    const QString id = info.id;

    auto seq = std::make_shared<Sequence>();
    const QList<QPair<SecretKey, QString>> values = {
        {SecretKey::AppSecret, secrets.appSecret},
        {SecretKey::RefreshToken, secrets.refreshToken},
        {SecretKey::C1ClientSecret, secrets.c1ClientSecret},
    };
    for (const auto &v : values) {
        const QString account = SecretStore::accountName(id, v.first);
        const QString value = v.second;
        if (value.isEmpty())
            seq->steps << [store, account](SecretStore::DoneCallback cb) { store->remove(account, cb); };
        else
            seq->steps << [store, account, value](SecretStore::DoneCallback cb) { store->write(account, value, cb); };
    }
    QPointer<ConnectionRegistry> self(this);
    seq->done = [self, info, other, done](const SecretError &e) {
        if (!self)
            return;
        if (e.isError()) {
            qCWarning(lcAuth) << "secrets of connection" << info.id << "not stored:" << int(e.kind);
            done(info, e);
            return;
        }
        // A connection moved between keychain and session-only: drop the old copies, best effort.
        for (SecretKey k : {SecretKey::AppSecret, SecretKey::RefreshToken, SecretKey::C1ClientSecret})
            other->remove(SecretStore::accountName(info.id, k), [](const SecretError &) {});
        self->writeInfo(info);
        qCInfo(lcAuth) << "connection saved:" << info.id << (info.sessionOnly ? "(session only)" : "");
        Q_EMIT self->changed();
        done(info, SecretError());
    };
    seq->next();
}

bool ConnectionRegistry::updateInfo(const ConnectionInfo &info)
{
    if (!contains(info.id))
        return false;
    writeInfo(info);
    Q_EMIT changed();
    return true;
}

void ConnectionRegistry::remove(const QString &id, DoneCallback done)
{
    const ConnectionInfo info = connection(id);
    auto seq = std::make_shared<Sequence>();
    seq->stopOnError = false;
    for (SecretStore *store : {m_secrets, static_cast<SecretStore *>(m_session.get())}) {
        for (SecretKey k : {SecretKey::AppSecret, SecretKey::RefreshToken, SecretKey::C1ClientSecret}) {
            const QString account = SecretStore::accountName(id, k);
            const bool mustWork = store == storeFor(info);
            seq->steps << [store, account, mustWork](SecretStore::DoneCallback cb) {
                store->remove(account, [cb, mustWork](const SecretError &e) { cb(mustWork ? e : SecretError()); });
            };
        }
    }
    QPointer<ConnectionRegistry> self(this);
    seq->done = [self, id, done](const SecretError &e) {
        if (!self)
            return;
        self->m_settings->remove(kGroup + QLatin1Char('/') + id);
        self->m_settings->sync();
        qCInfo(lcAuth) << "connection removed:" << id;
        Q_EMIT self->changed();
        done(e);
    };
    seq->next();
}

void ConnectionRegistry::loadSecrets(const QString &id, SecretsCallback done) const
{
    const ConnectionInfo info = connection(id);
    if (info.id.isEmpty()) {
        done(ConnectionSecrets(), SecretError::make(SecretError::Kind::NotFound));
        return;
    }
    SecretStore *store = storeFor(info);
    auto secrets = std::make_shared<ConnectionSecrets>();
    auto seq = std::make_shared<Sequence>();
    seq->steps << [store, id, secrets](SecretStore::DoneCallback cb) {
        store->read(SecretStore::accountName(id, SecretKey::AppSecret),
                    [secrets, cb](const QString &v, const SecretError &e) {
                        secrets->appSecret = v;
                        cb(e);
                    });
    };
    seq->steps << [store, id, secrets](SecretStore::DoneCallback cb) {
        store->read(SecretStore::accountName(id, SecretKey::RefreshToken),
                    [secrets, cb](const QString &v, const SecretError &e) {
                        secrets->refreshToken = v;
                        cb(e);
                    });
    };
    seq->steps << [store, id, secrets](SecretStore::DoneCallback cb) {
        store->read(SecretStore::accountName(id, SecretKey::C1ClientSecret),
                    [secrets, cb](const QString &v, const SecretError &e) {
                        secrets->c1ClientSecret = v;
                        cb(e.kind == SecretError::Kind::NotFound ? SecretError() : e); // optional
                    });
    };
    seq->done = [secrets, done](const SecretError &e) { done(e.isError() ? ConnectionSecrets() : *secrets, e); };
    seq->next();
}

void ConnectionRegistry::connectionConfig(const QString &id, ConfigCallback done) const
{
    const ConnectionInfo info = connection(id);
    loadSecrets(id, [info, done](const ConnectionSecrets &secrets, const SecretError &e) {
        done(e.isError() ? ConnectionConfig() : toConfig(info, secrets), e);
    });
}

ConnectionConfig ConnectionRegistry::toConfig(const ConnectionInfo &info, const ConnectionSecrets &secrets)
{
    ConnectionConfig c;
    c.name = info.name;
    c.baseUrl = info.baseUrl;
    c.appKey = info.appKey;
    c.appSecret = secrets.appSecret;
    c.refreshToken = secrets.refreshToken;
    c.dbPath = info.dbPath.isEmpty() ? defaultDbPath(info.id) : info.dbPath;
    c.provisioning = info.provisioning;
    c.syncLastLogin = info.readSignIns;
    c.lastLoginDays = info.signInDays > 0 ? info.signInDays : 90;
    return c;
}

} // namespace dbx
