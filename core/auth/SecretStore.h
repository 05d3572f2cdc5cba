#pragma once
// Where secrets live: the app secret, the refresh token and the ConductorOne client secret of each
// connection. KeychainSecretStore is the OS keychain through QtKeychain (never its plain-text
// fallback); MemorySecretStore keeps them for this session only (and is the tests' fake).
//
// The interface is asynchronous (QtKeychain is): each call answers exactly once through its
// callback, on the caller's thread, possibly before the call returns (MemorySecretStore does).
// The *Sync helpers wait for that answer in a local QEventLoop: convenient in a wizard's
// validatePage() or the CLI, but they re-enter the event loop, so never call them from a slot
// that must not be re-entered.

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

namespace dbx {

enum class SecretKey {
    AppSecret,
    RefreshToken,
    C1ClientSecret
};

struct SecretError {
    Q_DECLARE_TR_FUNCTIONS(SecretError)
public:
    enum class Kind {
        None,
        NotFound,
        NoBackend,
        AccessDenied,
        Other
    };
    Kind kind = Kind::None;
    QString detail; // the backend's own words (never a secret)

    bool isError() const { return kind != Kind::None; }
    QString message() const;
    static SecretError make(Kind kind, const QString &detail = QString());
};

class SecretStore
{
public:
    using ReadCallback = std::function<void(const QString &value, const SecretError &error)>;
    using DoneCallback = std::function<void(const SecretError &error)>;

    virtual ~SecretStore() = default;

    // account: accountName(connectionId, key), e.g. "3f2a.../refresh_token".
    virtual void read(const QString &account, ReadCallback cb) = 0;
    virtual void write(const QString &account, const QString &value, DoneCallback cb) = 0;
    // Removing an entry that does not exist is a success.
    virtual void remove(const QString &account, DoneCallback cb) = 0;
    // True when secrets outlive this process (the OS keychain).
    virtual bool isPersistent() const = 0;
    // For the admin: "the system keychain", "memory (this session only)".
    virtual QString description() const = 0;
    // Answers NoBackend when this store cannot work on this system (no keychain service, or
    // one that fails even to say "not found").
    virtual void probe(DoneCallback cb);

    SecretError readSync(const QString &account, QString *value);
    SecretError writeSync(const QString &account, const QString &value);
    SecretError removeSync(const QString &account);
    SecretError probeSync();

    static QString keyName(SecretKey key); // "app_secret", "refresh_token", "c1_client_secret"
    static QString accountName(const QString &connectionId, SecretKey key);
};

class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &account, ReadCallback cb) override;
    void write(const QString &account, const QString &value, DoneCallback cb) override;
    void remove(const QString &account, DoneCallback cb) override;
    bool isPersistent() const override { return false; }
    QString description() const override;
    void probe(DoneCallback cb) override;

    // Tests: make every call fail with this kind (NoBackend plays "no keychain on this system").
    void setFailure(SecretError::Kind kind) { m_failure = kind; }
    int size() const { return int(m_values.size()); }
    QStringList accounts() const { return m_values.keys(); }

private:
    QHash<QString, QString> m_values;
    SecretError::Kind m_failure = SecretError::Kind::None;
};

class KeychainSecretStore : public SecretStore
{
public:
    static const char *const kServiceName; // "Dropbox Team Connector"
    explicit KeychainSecretStore(const QString &service = QString::fromLatin1(kServiceName));

    void read(const QString &account, ReadCallback cb) override;
    void write(const QString &account, const QString &value, DoneCallback cb) override;
    void remove(const QString &account, DoneCallback cb) override;
    bool isPersistent() const override { return true; }
    QString description() const override;
    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace dbx
