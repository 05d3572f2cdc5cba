#pragma once
// Shared by the ConductorOne tests: a small snapshot covering every account status, held and
// unheld roles, group members and owners; and Ed25519 credentials made at test time.

#include "model/Types.h"

#include <QByteArray>
#include <QString>

namespace dbx {
namespace test {

// 5 accounts (active with a role, invited without account id, suspended with a role, removed,
// active limited), 3 roles (two held, one not), 2 groups, 4 memberships (one owner).
Snapshot c1Snapshot();

struct TestKey {
    QByteArray seed;                      // 32-byte Ed25519 private key
    QByteArray publicKey;                 // 32 bytes
    QString clientId;                     // "tester@<tenant>.conductor.one/<suffix>"
    QString clientSecret;                 // "secret-token:conductorone.com:v1:<base64url JWK>"
};

// A fresh key pair from OpenSSL, the JWK built by hand (so the library's encoder is not
// trusted to test its own parser). kid is written when not empty.
TestKey makeTestKey(const QString &tenantHost = QStringLiteral("acme.conductor.one"),
                    const QString &kid = QString());

QByteArray base64Url(const QByteArray &bytes);

} // namespace test
} // namespace dbx
