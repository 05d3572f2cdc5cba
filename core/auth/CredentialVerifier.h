#pragma once
// The wizard's Verify step, without widgets: with app key + secret + refresh token, get an access
// token by the refresh grant (RefreshTokenSource: this also proves the refresh token works), call
// team/get_info and team/token/get_authenticated_admin through a DropboxClient, and compare the
// granted scopes with the needed ones.

#include "auth/Scopes.h"
#include "base/Expected.h"
#include "model/Types.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace dbx {

class DropboxClient;
class RefreshTokenSource;

// What a successful check found.
struct Verification {
    Q_DECLARE_TR_FUNCTIONS(Verification)
public:
    TeamInfo team;
    AdminProfile admin;
    QStringList grantedScopes; // empty when Dropbox did not report them
    QVector<ScopeInfo> missingReadOnly;
    QVector<ScopeInfo> missingProvisioning;

    bool scopesKnown() const { return !grantedScopes.isEmpty(); }
    // "Authorized as Ann Admin (ann@example.com) on Example Co"
    QString authorizedAs() const;
};

class CredentialVerifier : public QObject
{
    Q_OBJECT
public:
    struct Input {
        QUrl baseUrl; // empty = Dropbox
        QString appKey;
        QString appSecret;
        QString refreshToken;
        QString grantedScope; // from the code exchange; used when the refresh omits it
        int timeoutMs = 30000;
    };
    explicit CredentialVerifier(QObject *parent = nullptr);
    ~CredentialVerifier() override;

    void start(const Input &input); // a running check is cancelled (no signal for it)
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const dbx::Expected<dbx::Verification> &result);

private:
    void partDone();

    std::unique_ptr<RefreshTokenSource> m_tokens;
    std::unique_ptr<DropboxClient> m_client;
    Verification m_result;
    Error m_error; // the first failure of the two calls
    Input m_input;
    int m_pending = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::Expected<dbx::Verification>)
