#pragma once
// Direct requests to Dropbox's token endpoint, without QtNetworkAuth: the paste-code flow (the
// seed's self-hosted flow, also the CLI's `configure`) and a refresh-token grant. Form-encoded
// POST, client authentication by HTTP Basic app_key:app_secret, and a timeout of our own so a
// silent endpoint ends in AuthError::Kind::Timeout instead of a hang.

#include "auth/OAuth.h"
#include "auth/Pkce.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace dbx {

class TokenEndpoint : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString appKey;
        QString appSecret; // may be empty for a PKCE-only public client
        QUrl baseUrl;      // empty = Dropbox
        int timeoutMs = 30000;
    };
    explicit TokenEndpoint(const Options &options, QObject *parent = nullptr);
    ~TokenEndpoint() override;

    // The authorize URL for the paste-code flow: no redirect_uri, so Dropbox shows the code.
    // token_access_type=offline (a refresh token), PKCE S256 with pkce.challenge when given.
    static QUrl pasteCodeAuthorizeUrl(const QString &appKey, const QUrl &baseUrl, const Pkce &pkce,
                                      const QString &scope = QString());

    // Exchange a pasted code (whitespace trimmed). codeVerifier empty = no PKCE.
    void exchangeCode(const QString &code, const QString &codeVerifier);
    // grant_type=refresh_token: a fresh access token (and the granted scope) from a refresh token.
    void refresh(const QString &refreshToken);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    // Exactly once per exchangeCode()/refresh(). The grant's refreshToken is the input token for
    // a refresh grant (Dropbox does not send a new one).
    void finished(const dbx::Expected<dbx::TokenGrant> &result);

private:
    void post(const QList<QPair<QString, QString>> &form, const QString &keepRefreshToken);
    void onFinished();
    void finish(const Expected<TokenGrant> &result);

    Options m_options;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QString m_keepRefreshToken;
};

// application/x-www-form-urlencoded with every reserved character (including '+') encoded.
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

} // namespace dbx
