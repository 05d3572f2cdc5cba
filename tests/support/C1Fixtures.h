#pragma once
// Shared by the ConductorOne tests: a small snapshot covering every account status, held and
// unheld roles, group members and owners; and Ed25519 credentials made at test time.

#include "conductorone/C1Service.h"
#include "conductorone/C1z.h"
#include "model/Types.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace dbx {
namespace c1sim {
class SimConductorOne;
}
namespace test {

// 5 accounts (active with a role, invited without account id, suspended with a role, removed,
// active limited), 3 roles (two held, one not), 2 groups, 4 memberships (one owner).
Snapshot c1Snapshot();

struct TestKey {
    QByteArray seed;      // 32-byte Ed25519 private key
    QByteArray publicKey; // 32 bytes
    QString clientId;     // "tester@<tenant>.conductor.one/<suffix>"
    QString clientSecret; // "secret-token:conductorone.com:v1:<base64url JWK>"
};

// A fresh key pair from OpenSSL, the JWK built by hand (so the library's encoder is not
// trusted to test its own parser). kid is written when not empty.
TestKey makeTestKey(const QString &tenantHost = QStringLiteral("acme.conductor.one"), const QString &kid = QString());

QByteArray base64Url(const QByteArray &bytes);

// The ids of the grants a snapshot implies, and of those a c1z holds (its rows' external ids).
QSet<QString> grantIds(const Snapshot &snapshot);
QSet<QString> grantIds(const c1::C1zContents &contents);

// Service options for the fake ConductorOne on loopback (plaintext, short backoffs).
c1::ServiceOptions loopbackServiceOptions(const c1sim::SimConductorOne &fake, const TestKey &key,
                                          const QString &hostId);

// Queues the task on the fake and serves this thread's events until the service told the fake
// how the task ended (or timeoutMs passed: then nothing).
std::optional<::c1::connectorapi::baton::v1::BatonServiceFinishTaskRequest>
runTask(c1sim::SimConductorOne &fake, const ::c1::connectorapi::baton::v1::Task &task, int timeoutMs);

} // namespace test
} // namespace dbx
