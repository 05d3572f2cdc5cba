#pragma once
// Where the client gets its access token. RefreshTokenSource turns app key + app secret + refresh
// token into short-lived access tokens at <base>/oauth2/token, refreshing shortly before expiry
// and when the API says expired_access_token.

#include "base/Error.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace dbx {

class TokenSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &accessToken, const Error &error)>;
    using QObject::QObject;
    ~TokenSource() override = default;

    // Calls back (on this object's thread) with a valid access token or an error. Concurrent
    // callers while a refresh is under way share that one refresh.
    virtual void fetchToken(Callback cb) = 0;
    // The API rejected this token as expired: the next fetchToken() refreshes.
    virtual void invalidate(const QString &accessToken) = 0;
};

// A fixed token (tests, or a token pasted by hand). invalidate() makes it fail thereafter.
class StaticTokenSource : public TokenSource
{
    Q_OBJECT
public:
    explicit StaticTokenSource(const QString &token, QObject *parent = nullptr);
    void fetchToken(Callback cb) override;
    void invalidate(const QString &accessToken) override;

private:
    QString m_token;
    bool m_invalid = false;
};

class RefreshTokenSource : public TokenSource
{
    Q_OBJECT
public:
    struct Credentials {
        QString appKey;
        QString appSecret;
        QString refreshToken;
    };
    // tokenUrl: <base>/oauth2/token. nam is not owned and must live on this object's thread.
    RefreshTokenSource(QNetworkAccessManager *nam, const QUrl &tokenUrl, const Credentials &creds,
                       QObject *parent = nullptr);
    void fetchToken(Callback cb) override;
    void invalidate(const QString &accessToken) override;

    QString grantedScopes() const { return m_scopes; } // "scope" of the last token reply
    QDateTime expiresAt() const { return m_expiresAt; }
    int refreshCount() const { return m_refreshCount; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Network failures, timeouts and 5xx at the token endpoint are retried: maxAttempts in all,
    // waiting initialBackoffMs * 2^n (+-25%) between them. Defaults: 3 attempts, 500 ms.
    void setRetryPolicy(int maxAttempts, int initialBackoffMs);

Q_SIGNALS:
    void tokenRefreshed(const QDateTime &expiresAt);

private:
    void refresh();
    void sendRequest();
    void handleReply(QNetworkReply *reply);
    void handleTimeout();
    void retryOrFinish(const Error &err);
    void finish(const QString &token, const Error &err);
    bool tokenUsable() const;

    QNetworkAccessManager *m_nam;
    QUrl m_tokenUrl;
    Credentials m_creds;
    QString m_token;
    QString m_scopes;
    QDateTime m_expiresAt;
    QList<Callback> m_waiting;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    int m_timeoutMs = 30000;
    int m_maxAttempts = 3;
    int m_initialBackoffMs = 500;
    int m_attempt = 0;                // requests sent for the refresh under way
    QNetworkReply *m_reply = nullptr; // the token request in flight
    QTimer *m_timeoutTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
};

} // namespace dbx
