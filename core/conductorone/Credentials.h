#pragma once
// ConductorOne client credentials and the signed assertion traded for an access token, as
// baton-sdk builds them (pkg/ugrpc/c1_credential_provider.go, pkg/crypto/client_secret.go):
//
//   client id     "<name>@<host>/<suffix>"; the token host is the part between '@' and '/'.
//   client secret "secret-token:conductorone.com:v1:<base64url JWK>" split on ':' into 4 parts,
//                 the third "v1"; the JWK an Ed25519 private key (kty OKP, crv Ed25519, d, x).
//   assertion     a compact JWS, protected header {"alg":"EdDSA", "kid" when the JWK has one,
//                 "nonce": 32 hex digits}, claims {iss = sub = client id, aud = token host
//                 without port, iat = now, nbf = now - 2 min, exp = now + 2 min}.
//
// Nothing here logs a secret; the private key stays in memory only for signing.

#include "base/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dbx {
namespace c1 {

struct ClientCredentials {
    QString clientId;      // the whole id, iss and sub of the assertion
    QString clientName;    // before '@'
    QString host;          // token host, may carry a port ("acme.conductor.one")
    QByteArray privateKey; // 32-byte Ed25519 seed (JWK "d")
    QByteArray publicKey;  // 32 bytes (JWK "x")
    QString keyId;         // JWK "kid", empty when absent

    // aud: the host without a port, as baton sends it.
    QString audience() const;
};

// The key a client secret holds.
struct ClientSecretKey {
    QByteArray privateKey; // 32-byte Ed25519 seed (JWK "d")
    QByteArray publicKey;  // 32 bytes (JWK "x")
    QString keyId;         // JWK "kid", empty when absent
};

class Credentials
{
public:
    // Each fails with Error::Kind::Invalid and a sentence for the user.
    // The id's parts: clientId (trimmed), clientName and host; no key yet.
    static Expected<ClientCredentials> parseClientId(const QString &clientId);
    static Expected<ClientSecretKey> parseClientSecret(const QString &secret);
    static Expected<ClientCredentials> parse(const QString &clientId, const QString &clientSecret);

    // The client assertion (compact JWS) for the token endpoint, signed with OpenSSL's Ed25519.
    static Expected<QByteArray> signAssertion(const ClientCredentials &credentials, const QDateTime &now);

    // A fresh Ed25519 key pair (32-byte seed from OpenSSL's random generator, 32-byte public key),
    // as a simulated ConductorOne or a test hands out; false if OpenSSL could not make one.
    static bool generateKeyPair(QByteArray *privateKey, QByteArray *publicKey);

    // "secret-token:conductorone.com:v1:<base64url JWK>" for a key pair (e.g. one made by a test
    // or a fake ConductorOne); empty if the key sizes are wrong.
    static QString encodeClientSecret(const QByteArray &privateKey, const QByteArray &publicKey,
                                      const QString &keyId = QString());

    // Checks an EdDSA compact JWS against a raw 32-byte Ed25519 public key and returns its
    // header and claims. For the fake ConductorOne of the tests, and for diagnostics.
    struct Jws {
        QJsonObject header;
        QJsonObject claims;
    };
    // Fails with Error::Kind::Refused (its text a short reason, for logs).
    static Expected<Jws> verifyAssertion(const QByteArray &jws, const QByteArray &publicKey);

    static QByteArray base64UrlDecode(const QByteArray &text, bool *ok);
    static QByteArray base64UrlEncode(const QByteArray &bytes);
};

} // namespace c1
} // namespace dbx
