#include "auth/CredentialVerifier.h"

#include "auth/AuthLog.h"
#include "auth/OAuth.h"
#include "dropbox/DropboxClient.h"
#include "dropbox/TokenSource.h"
#include "dropbox/TransportPolicy.h"

#include <QNetworkAccessManager>

namespace dbx {

QString Verification::authorizedAs() const
{
    return tr("Authorized as %1 (%2) on %3").arg(admin.displayName, admin.email, team.name);
}

CredentialVerifier::CredentialVerifier(QObject *parent) : QObject(parent) {}

CredentialVerifier::~CredentialVerifier() { cancel(); }

void CredentialVerifier::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_client) {
        // abortAll() answers pending calls synchronously; the generation bump makes them no-ops.
        m_client->abortAll();
        m_client.release()->deleteLater();
    }
    if (m_tokens)
        m_tokens.release()->deleteLater();
}

void CredentialVerifier::start(const Input &input)
{
    cancel();
    m_input = input;
    m_result = Verification();
    m_error = Error();
    m_running = true;
    const quint64 generation = m_generation;

    // Refused before any network object exists: the check would send the secret and token.
    auto allowed = checkTransport(input.baseUrl);
    if (allowed)
        allowed = checkTransport(OAuthEndpoints::tokenUrl(input.baseUrl));
    if (!allowed) {
        qCWarning(lcAuth).noquote() << "verification refused:" << allowed.error().detail;
        m_error = allowed.error();
        // Queued: finished() never comes before start() returns.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_generation)
                    return;
                m_running = false;
                const Expected<Verification> result = unexpected(m_error);
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
        return;
    }

    // The token source's network manager is its child, so the two always go together.
    auto *nam = new QNetworkAccessManager;
    m_tokens = std::make_unique<RefreshTokenSource>(
        nam, OAuthEndpoints::tokenUrl(input.baseUrl),
        RefreshTokenSource::Credentials{input.appKey, input.appSecret, input.refreshToken});
    nam->setParent(m_tokens.get());
    m_tokens->setRequestTimeoutMs(input.timeoutMs);
    DropboxClient::Options options;
    if (!input.baseUrl.isEmpty())
        options.baseUrl = input.baseUrl;
    options.maxAttempts = 2; // the admin is waiting: fail fast, they can retry
    options.requestTimeoutMs = input.timeoutMs;
    m_client = std::make_unique<DropboxClient>(m_tokens.get(), options);

    qCInfo(lcAuth) << "verifying credentials against" << options.baseUrl.toString();
    m_pending = 2;
    // Each of the two calls keeps its value, or its error when it is the first to fail.
    const auto collect = [this, generation](auto *into) {
        return [this, generation, into](const auto &r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                *into = r.value();
            else if (!m_error.isError())
                m_error = r.error();
            partDone();
        };
    };
    m_client->teamInfo(collect(&m_result.team));
    m_client->authenticatedAdmin(collect(&m_result.admin));
}

void CredentialVerifier::partDone()
{
    if (--m_pending > 0)
        return;
    m_running = false;
    QString scope = m_tokens ? m_tokens->grantedScopes() : QString();
    if (scope.isEmpty())
        scope = m_input.grantedScope;
    m_result.grantedScopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m_result.scopesKnown()) {
        for (const ScopeInfo &s : Scopes::missing(m_result.grantedScopes, true))
            (s.forProvisioning ? m_result.missingProvisioning : m_result.missingReadOnly) << s;
    }
    if (!m_error.isError())
        qCInfo(lcAuth) << "credentials verified; team" << m_result.team.teamId << "admin"
                       << m_result.admin.teamMemberId;
    else
        qCWarning(lcAuth) << "verification failed:" << m_error.brief();
    const Expected<Verification> result
        = m_error.isError() ? Expected<Verification>(unexpected(m_error)) : Expected<Verification>(m_result);
    Q_EMIT finished(result);
}

} // namespace dbx
