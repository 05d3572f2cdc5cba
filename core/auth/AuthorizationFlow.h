#pragma once
// The browser authorization: QOAuth2AuthorizationCodeFlow + our LoopbackReplyHandler, with what
// Qt 6.4 lacks added around it:
//  - the reply handler listens on 127.0.0.1 only, on a fixed, configurable port and path, and
//    passes on only a redirect carrying this attempt's state: any other request gets a 400 page
//    and the attempt keeps waiting until its timeout (so a web page cannot end it; at the timeout
//    a refused redirect is reported as StateMismatch). The redirect URI to register in the App
//    Console is redirectUri(port, path), e.g. http://127.0.0.1:53682/dropbox-callback;
//  - token_access_type=offline, PKCE S256 (code_challenge/_method in the authorize URL,
//    code_verifier in the token request) and a fresh state from QRandomGenerator::system() per
//    attempt, added in the modify-parameters function / before grant();
//  - Qt drops a state mismatch, a redirect error and a token-endpoint error silently (a warning,
//    no signal): we check the redirect ourselves before Qt does and watch the token reply
//    ourselves, with timeouts for both phases. Every attempt ends in exactly one finished().
//
// Opening the browser is injectable: setBrowserOpener() (the GUI passes QDesktopServices::openUrl;
// tests GET the URL and follow the redirect to the local handler). authorizeUrlReady() is emitted
// too, so the URL can be shown for copying.

#include "auth/OAuth.h"
#include "auth/Pkce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>

#include <functional>

class QOAuth2AuthorizationCodeFlow;

namespace dbx {

class LoopbackReplyHandler;

class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kDefaultPort = OAuthEndpoints::kRedirectPort;
    static constexpr const char *kDefaultPath = OAuthEndpoints::kRedirectPath;

    struct Options {
        QString appKey;
        QString appSecret;
        QUrl baseUrl;                // empty = Dropbox; else <base>/oauth2/{authorize,token}
        quint16 port = kDefaultPort; // 0 = any free port (tests)
        QString callbackPath = QString::fromLatin1(kDefaultPath);
        QString scope;                         // empty = the scopes configured for the app
        int browserTimeoutMs = 10 * 60 * 1000; // waiting for the admin in the browser
        int tokenTimeoutMs = 30000;            // waiting for the token endpoint
    };
    enum class Stage {
        Idle,
        WaitingForBrowser,
        ExchangingCode
    };
    Q_ENUM(Stage)
    using BrowserOpener = std::function<void(const QUrl &)>;

    explicit AuthorizationFlow(const Options &options, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    // "http://127.0.0.1:<port>/<path>": exactly what Qt's reply handler puts in redirect_uri.
    static QString redirectUri(quint16 port, const QString &path);
    QString redirectUri() const; // of the running attempt (the real port when port 0)

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }

    // Starts a fresh attempt (a running one is cancelled quietly). Always ends in finished(),
    // possibly before start() returns (e.g. ListenFailed).
    void start();
    void cancel(); // finished(Cancelled) when an attempt runs
    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    QUrl authorizeUrl() const { return m_authorizeUrl; } // of the running/last attempt

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void stageChanged(dbx::AuthorizationFlow::Stage stage);
    void finished(const dbx::Expected<dbx::TokenGrant> &result);

private:
    class WatchingNam;
    void onAuthorizeUrl(const QUrl &url);
    void onCallback(const QVariantMap &data);
    void onTokenRequest(QNetworkReply *reply);
    void onTokenReplyFinished(QNetworkReply *reply);
    void onGranted();
    void onTimeout();
    void setStage(Stage stage);
    void finish(const Expected<TokenGrant> &result);
    void teardown();

    Options m_options;
    BrowserOpener m_opener;
    WatchingNam *m_nam;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    QPointer<QNetworkReply> m_tokenReply;
    QTimer m_timer;
    Stage m_stage = Stage::Idle;
    QString m_state;
    bool m_sawWrongState = false; // a callback with another state was refused (400)
    Pkce m_pkce;
    QVariantMap m_tokenReplyValues;
    QUrl m_authorizeUrl;
    QString m_redirectUri;
};

} // namespace dbx
