#include "auth/AuthorizationFlow.h"

#include "auth/AuthLog.h"
#include "auth/LoopbackReplyHandler.h"
#include "auth/OAuthCallback.h"
#include "dropbox/TransportPolicy.h"

#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace dbx {

// Tells us about each request the Qt flow sends, so the token reply can be watched: Qt 6.4 keeps
// it private and swallows its errors.
class AuthorizationFlow::WatchingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    std::function<void(QNetworkReply *)> onPost;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (op == PostOperation && onPost)
            onPost(reply);
        return reply;
    }
};

AuthorizationFlow::AuthorizationFlow(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_nam(new WatchingNam(this))
{
    m_nam->onPost = [this](QNetworkReply *reply) { onTokenRequest(reply); };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AuthorizationFlow::onTimeout);
}

AuthorizationFlow::~AuthorizationFlow()
{
    m_nam->onPost = nullptr;
    teardown();
}

QString AuthorizationFlow::redirectUri(quint16 port, const QString &path)
{
    QString p = path;
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(p);
}

QString AuthorizationFlow::redirectUri() const
{
    return m_redirectUri.isEmpty() ? redirectUri(m_options.port, m_options.callbackPath) : m_redirectUri;
}

void AuthorizationFlow::start()
{
    if (isRunning()) {
        m_stage = Stage::Idle; // quietly: the caller asked for a new attempt
        teardown();
    }
    m_tokenReplyValues.clear();
    m_authorizeUrl.clear();
    m_redirectUri.clear();
    m_sawWrongState = false;

    if (m_options.appKey.isEmpty()) {
        finish(unexpected(AuthError::make(AuthError::Kind::BadInput, tr("Enter the app key first."))));
        return;
    }
    // Checked before listening or opening a browser: the code exchange would carry the secret.
    auto allowed = checkTransport(m_options.baseUrl);
    if (allowed)
        allowed = checkTransport(OAuthEndpoints::tokenUrl(m_options.baseUrl));
    if (!allowed) {
        const QString refusal = allowed.error().detail;
        finish(unexpected(AuthError::make(AuthError::Kind::BadInput, refusal)));
        return;
    }

    // 127.0.0.1 only: Qt's port-only handler would accept the redirect from the whole network.
    auto *handler = new LoopbackReplyHandler(m_options.port, this);
    m_handler = handler;
    if (!handler->isListening()) {
        finish(unexpected(
            AuthError::make(AuthError::Kind::ListenFailed, tr("port %1 on 127.0.0.1 is in use").arg(m_options.port))));
        return;
    }
    handler->setCallbackPath(m_options.callbackPath);
    handler->setCallbackText(tr("Dropbox Team Connector received Dropbox's answer. You can close this "
                                "page and return to the application."));
    handler->setRejectedText(tr("This answer does not belong to the authorization under way (its security "
                                "code, the state, is wrong, stale or missing), so it was ignored. Finish "
                                "the authorization in the page the application opened."));
    // Only this attempt's redirect reaches the flow (the state is read when a request comes in);
    // anything else is answered 400 and the attempt keeps waiting.
    handler->setAcceptor([this](const QVariantMap &query) {
        if (m_stage == Stage::WaitingForBrowser && !query.value(QStringLiteral("state")).toString().isEmpty()
            && judgeCallback(query, m_state).verdict != OAuthCallback::Verdict::StateMismatch)
            return true;
        m_sawWrongState = true;
        qCWarning(lcAuth) << "a redirect with a wrong or missing state was refused (400); still waiting";
        return false;
    });
    m_redirectUri = handler->callback();

    auto *flow = new QOAuth2AuthorizationCodeFlow(m_nam, this);
    m_flow = flow;
    flow->setClientIdentifier(m_options.appKey);
    flow->setClientIdentifierSharedKey(m_options.appSecret);
    flow->setAuthorizationUrl(OAuthEndpoints::authorizeUrl(m_options.baseUrl));
    flow->setAccessTokenUrl(OAuthEndpoints::tokenUrl(m_options.baseUrl));
    flow->setScope(m_options.scope);
    flow->setReplyHandler(handler);

    m_state = Pkce::randomState(); // Qt's default state is weak; a fresh one per attempt
    m_pkce = Pkce::generate();
    flow->setState(m_state);
    const Pkce pkce = m_pkce;
    const QString scope = m_options.scope;
    flow->setModifyParametersFunction([pkce, scope](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *params) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            if (scope.isEmpty())
                params->remove(QStringLiteral("scope")); // Qt always adds it, even empty
            params->replace(QStringLiteral("token_access_type"), QStringLiteral("offline"));
            params->replace(QStringLiteral("code_challenge"), pkce.challenge);
            params->replace(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method));
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            params->replace(QStringLiteral("code_verifier"), pkce.verifier);
            break;
        default: break;
        }
    });

    // Connected before grant(), so these run before Qt's own slots for the same signals.
    connect(flow, &QAbstractOAuth2::authorizationCallbackReceived, this, &AuthorizationFlow::onCallback);
    connect(handler, &QAbstractOAuthReplyHandler::tokensReceived, this,
            [this](const QVariantMap &values) { m_tokenReplyValues = values; });
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, &AuthorizationFlow::onAuthorizeUrl);
    connect(flow, &QAbstractOAuth::granted, this, &AuthorizationFlow::onGranted);

    setStage(Stage::WaitingForBrowser);
    m_timer.start(m_options.browserTimeoutMs);
    qCInfo(lcAuth) << "authorization started; redirect URI" << m_redirectUri;
    flow->grant();
}

void AuthorizationFlow::onAuthorizeUrl(const QUrl &url)
{
    if (m_stage != Stage::WaitingForBrowser)
        return;
    m_authorizeUrl = url;
    Q_EMIT authorizeUrlReady(url);
    if (m_opener && m_stage == Stage::WaitingForBrowser)
        m_opener(url);
}

void AuthorizationFlow::onCallback(const QVariantMap &data)
{
    if (m_stage != Stage::WaitingForBrowser)
        return;
    const OAuthCallback callback = judgeCallback(data, m_state);
    switch (callback.verdict) {
    case OAuthCallback::Verdict::Error:
        qCWarning(lcAuth) << "authorization redirect carried error" << callback.error;
        finish(unexpected(AuthError::make(callback.error == QLatin1String("access_denied")
                                              ? AuthError::Kind::AccessDenied
                                              : AuthError::Kind::AuthorizationError,
                                          callback.errorDescription, callback.error)));
        return;
    case OAuthCallback::Verdict::StateMismatch:
        // The reply handler refused it already (400): it never ends the attempt.
        qCWarning(lcAuth) << "authorization redirect with a wrong or missing state: ignored";
        return;
    case OAuthCallback::Verdict::NoCode:
        finish(unexpected(AuthError::make(AuthError::Kind::Malformed, tr("the browser's redirect had no code"))));
        return;
    case OAuthCallback::Verdict::Code: break;
    }
    // Qt's own slot runs next and sends the token request (see onTokenRequest).
    setStage(Stage::ExchangingCode);
    m_timer.start(m_options.tokenTimeoutMs);
}

void AuthorizationFlow::onTokenRequest(QNetworkReply *reply)
{
    if (m_stage != Stage::ExchangingCode || m_tokenReply)
        return;
    m_tokenReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReplyFinished(reply); });
}

void AuthorizationFlow::onTokenReplyFinished(QNetworkReply *reply)
{
    if (m_stage != Stage::ExchangingCode || reply != m_tokenReply)
        return;
    if (reply->error() != QNetworkReply::NoError) {
        // Qt's handler only warns here and does not read the body: we do.
        finish(unexpected(AuthError::fromTokenReply(reply)));
        return;
    }
    // Success path: Qt's handler parses the body (before or after this slot). If that did not
    // end in granted(), the reply was unusable.
    QTimer::singleShot(0, this, [this, reply] {
        if (m_stage == Stage::ExchangingCode && reply == m_tokenReply)
            finish(unexpected(AuthError::make(AuthError::Kind::Malformed, tr("no access_token"))));
    });
}

void AuthorizationFlow::onGranted()
{
    if (m_stage != Stage::ExchangingCode || !m_flow)
        return;
    TokenGrant g;
    g.accessToken = m_flow->token();
    g.refreshToken = m_flow->refreshToken();
    g.tokenType = m_tokenReplyValues.value(QStringLiteral("token_type")).toString();
    g.scope = m_tokenReplyValues.value(QStringLiteral("scope")).toString();
    g.expiresIn = m_tokenReplyValues.value(QStringLiteral("expires_in")).toInt();
    g.expiresAt = m_flow->expirationAt().isValid() ? m_flow->expirationAt().toUTC()
                                                   : QDateTime::currentDateTimeUtc().addSecs(g.expiresIn);
    g.teamId = m_tokenReplyValues.value(QStringLiteral("team_id")).toString();
    g.accountId = m_tokenReplyValues.value(QStringLiteral("account_id")).toString();
    if (g.refreshToken.isEmpty())
        return finish(unexpected(
            AuthError::make(AuthError::Kind::Malformed, tr("no refresh_token: was token_access_type=offline lost?"))));
    finish(g);
}

void AuthorizationFlow::onTimeout()
{
    if (m_stage == Stage::WaitingForBrowser && m_sawWrongState) {
        // Only forged or stale redirects came: say so, the admin may have used an old tab.
        finish(unexpected(AuthError::make(AuthError::Kind::StateMismatch)));
    } else if (m_stage == Stage::WaitingForBrowser) {
        finish(unexpected(AuthError::make(AuthError::Kind::Timeout,
                                          tr("No answer from the browser within %n minute(s). "
                                             "Start the authorization again.",
                                             nullptr, qMax(1, m_options.browserTimeoutMs / 60000)))));
    } else if (m_stage == Stage::ExchangingCode) {
        finish(unexpected(AuthError::make(AuthError::Kind::Timeout,
                                          tr("Dropbox's token endpoint did not answer within %n "
                                             "second(s). Check the network and start again.",
                                             nullptr, qMax(1, (m_options.tokenTimeoutMs + 999) / 1000)))));
    }
}

void AuthorizationFlow::cancel()
{
    if (isRunning())
        finish(unexpected(AuthError::make(AuthError::Kind::Cancelled)));
}

void AuthorizationFlow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void AuthorizationFlow::finish(const Expected<TokenGrant> &result)
{
    m_timer.stop();
    setStage(Stage::Idle);
    teardown();
    if (result.ok())
        qCInfo(lcAuth) << "authorization granted; scopes:" << result->scope;
    else
        qCWarning(lcAuth) << "authorization ended:" << int(AuthError::kindOf(result.error())) << result.error().tag;
    Q_EMIT finished(result);
}

void AuthorizationFlow::teardown()
{
    m_timer.stop();
    if (QNetworkReply *reply = m_tokenReply.data()) {
        m_tokenReply = nullptr;
        if (!reply->isFinished())
            reply->abort(); // stage is Idle already: our slot ignores it
        reply->deleteLater();
    }
    if (LoopbackReplyHandler *handler = m_handler.data()) {
        m_handler = nullptr;
        handler->close(); // frees the fixed port for the next attempt now
        // Deleted a little later: it may still be writing "you can close this page" to the
        // browser, on a socket that dies with it.
        QTimer::singleShot(3000, handler, &QObject::deleteLater);
    }
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_state.clear();
    m_pkce = Pkce();
}

} // namespace dbx
