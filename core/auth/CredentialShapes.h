#pragma once
// Shape checks for what the admin types or pastes, before anything is sent anywhere. Each is fine
// when the value looks right, else an Invalid error whose sentence says what is wrong. Values are
// never echoed back in the sentence (they may be secrets).

#include "base/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace dbx {

class CredentialShapes
{
    Q_DECLARE_TR_FUNCTIONS(CredentialShapes)
public:
    // Dropbox app keys and secrets are 15 lower-case letters and digits. strict=false (a custom
    // base URL: the simulator, a test server) accepts any 3..128 characters of [A-Za-z0-9._-].
    static Expected<void> checkAppKey(const QString &key, bool strict = true);
    static Expected<void> checkAppSecret(const QString &secret, const QString &key, bool strict = true);
    // ConductorOne: "<name>@<tenant>.conductor.one/<suffix>" and
    // "secret-token:conductorone.com:v1:<base64url>".
    static Expected<void> checkC1ClientId(const QString &clientId);
    static Expected<void> checkC1ClientSecret(const QString &secret);
    static Expected<void> checkBaseUrl(const QString &url); // empty = Dropbox (fine)
};

} // namespace dbx
