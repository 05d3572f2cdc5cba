#pragma once
// Shape checks for what the admin types or pastes, before anything is sent anywhere. Each returns
// an empty string when the value looks right, else a sentence saying what is wrong. Values are
// never echoed back in the sentence (they may be secrets).

#include <QCoreApplication>
#include <QString>

namespace dbx {

class CredentialShapes
{
    Q_DECLARE_TR_FUNCTIONS(CredentialShapes)
public:
    // Dropbox app keys and secrets are 15 lower-case letters and digits. strict=false (a custom
    // base URL: the simulator, a test server) accepts any 3..128 characters of [A-Za-z0-9._-].
    static QString checkAppKey(const QString &key, bool strict = true);
    static QString checkAppSecret(const QString &secret, const QString &key, bool strict = true);
    // ConductorOne: "<name>@<tenant>.conductor.one/<suffix>" and
    // "secret-token:conductorone.com:v1:<base64url>".
    static QString checkC1ClientId(const QString &clientId);
    static QString checkC1ClientSecret(const QString &secret);
    static QString checkBaseUrl(const QString &url);   // empty = Dropbox (fine)
};

} // namespace dbx
