#pragma once
// PKCE (RFC 7636, S256) and the OAuth `state`: both from the system's cryptographic random source
// (QRandomGenerator::system()), because Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE and its
// default state is weak.

#include <QByteArray>
#include <QString>

namespace dbx {

struct Pkce {
    QString verifier;  // 64 chars of [A-Za-z0-9-._~]
    QString challenge; // base64url(SHA-256(verifier)), no padding
    static constexpr const char *method = "S256";

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
    // 32 random bytes as base64url without padding (43 chars): a fresh one per attempt.
    static QString randomState();
    static bool isValidVerifier(const QString &verifier); // RFC 7636 4.1: 43..128 unreserved
};

} // namespace dbx
