#pragma once
// Access tokens for ConductorOne: the signed client assertion (Credentials::signAssertion) is
// POSTed as a form to https://<host>/auth/v1/token (grant_type=client_credentials, client_id,
// client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer,
// client_assertion) and answered with {access_token, token_type, expires_in}. The token is
// reused until 30 s before it expires and fetched again after that, or at once after the
// server said UNAUTHENTICATED (invalidate()) - unlike baton-dropbox, which keeps its first
// token forever.
//
// Thread-safe and blocking: token() runs its own QNetworkAccessManager and a local event loop
// in the calling thread, so the gRPC threads (which run no event loop) can call it directly.
// A QCoreApplication must exist.

#include "base/Expected.h"
#include "conductorone/Credentials.h"

#include <QDateTime>
#include <QMutex>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <atomic>

class QNetworkReply;

namespace dbx {
namespace c1 {

struct AccessToken {
    QString accessToken;
    QString tokenType; // as the server said it; the header always says "Bearer"
    QDateTime expiresAt;
    QDateTime refreshAt; // when token() fetches a new one: 30 s before expiry
};

// A failed token() or fetch() says why in its Error: kind Refused when the server rejected the
// credentials (HTTP 400/401/403, httpStatus set) or they cannot be used at all - retrying will
// not help; Network when the endpoint could not be reached, Server for its other failures,
// Cancelled after cancel(): those may pass.

class AccessTokenSource
{
public:
    // tokenUrl empty: https://<credentials.host>/auth/v1/token.
    explicit AccessTokenSource(ClientCredentials credentials, QUrl tokenUrl = QUrl());
    ~AccessTokenSource();
    AccessTokenSource(const AccessTokenSource &) = delete;
    AccessTokenSource &operator=(const AccessTokenSource &) = delete;

    static QUrl defaultTokenUrl(const QString &host);
    // https anywhere; http only to a loopback address (tests, local fakes). Error::Kind::Invalid.
    static Expected<void> checkTokenUrl(const QUrl &url);

    const ClientCredentials &credentials() const { return m_credentials; }
    QUrl tokenUrl() const { return m_url; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setUserAgent(const QByteArray &ua) { m_userAgent = ua; }

    // A valid token: the cached one, or a new one from the token endpoint.
    Expected<AccessToken> token();
    // Forget the cached token (the server refused it).
    void invalidate();
    // Abort a fetch in progress and refuse further ones: for shutting down.
    void cancel();
    // One exchange, not cached.
    Expected<AccessToken> fetch();

    qint64 fetchCount() const { return m_fetches.load(); }

private:
    ClientCredentials m_credentials;
    QUrl m_url;
    QByteArray m_userAgent;
    int m_timeoutMs = 30000;

    QMutex m_cacheMutex;  // serialises token(): one fetch at a time
    AccessToken m_cached; // empty accessToken: none

    QMutex m_replyMutex; // guards m_reply against cancel() from another thread
    QPointer<QNetworkReply> m_reply;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_fetches{0};
};

} // namespace c1
} // namespace dbx
