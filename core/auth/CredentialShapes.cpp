#include "auth/CredentialShapes.h"

#include "dropbox/TransportPolicy.h"

#include <QRegularExpression>
#include <QUrl>

namespace dbx {

namespace {
bool matches(const QString &pattern, const QString &value)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}
const char kDropboxKey[] = "[a-z0-9]{15}";
const char kRelaxedKey[] = "[A-Za-z0-9._-]{3,128}";

Expected<void> invalid(const QString &sentence) { return unexpected(Error::make(Error::Kind::Invalid, sentence)); }
} // namespace

Expected<void> CredentialShapes::checkAppKey(const QString &key, bool strict)
{
    if (key.isEmpty())
        return invalid(tr("Enter the app key (App Console > your app > Settings)."));
    if (key != key.trimmed() || key.contains(QLatin1Char(' ')))
        return invalid(tr("The app key contains spaces; copy it again without them."));
    if (!matches(QString::fromLatin1(strict ? kDropboxKey : kRelaxedKey), key))
        return invalid(strict ? tr("A Dropbox app key is 15 lower-case letters and digits; this one is not. "
                                   "Check that you copied the App key, not the app's name.")
                              : tr("The app key may hold only letters, digits, '.', '_' and '-'."));
    return {};
}

Expected<void> CredentialShapes::checkAppSecret(const QString &secret, const QString &key, bool strict)
{
    if (secret.isEmpty())
        return invalid(tr("Enter the app secret (App Console > your app > Settings > App secret > Show)."));
    if (secret != secret.trimmed() || secret.contains(QLatin1Char(' ')))
        return invalid(tr("The app secret contains spaces; copy it again without them."));
    if (secret == key)
        return invalid(tr("The app secret is the same as the app key; copy the App secret (press Show)."));
    if (!matches(QString::fromLatin1(strict ? kDropboxKey : kRelaxedKey), secret))
        return invalid(strict ? tr("A Dropbox app secret is 15 lower-case letters and digits; this one is not.")
                              : tr("The app secret may hold only letters, digits, '.', '_' and '-'."));
    return {};
}

Expected<void> CredentialShapes::checkC1ClientId(const QString &clientId)
{
    if (clientId.isEmpty())
        return invalid(tr("Enter the ConductorOne client ID."));
    if (!matches(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._+-]*@[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*"
                                "\\.conductor\\.one/[A-Za-z0-9._-]+"),
                 clientId))
        return invalid(tr("A ConductorOne client ID looks like name@tenant.conductor.one/suffix."));
    return {};
}

Expected<void> CredentialShapes::checkC1ClientSecret(const QString &secret)
{
    if (secret.isEmpty())
        return invalid(tr("Enter the ConductorOne client secret."));
    if (!matches(QStringLiteral("secret-token:conductorone\\.com:v1:[A-Za-z0-9_-]+={0,2}"), secret))
        return invalid(tr("A ConductorOne client secret starts with secret-token:conductorone.com:v1: "
                          "followed by base64url text."));
    return {};
}

Expected<void> CredentialShapes::checkBaseUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return invalid(tr("The base URL must be an http(s) URL such as http://127.0.0.1:8080."));
    const auto allowed = checkTransport(url);
    if (!allowed)
        return invalid(allowed.error().detail);
    return {};
}

} // namespace dbx
