#pragma once
// A simulated Dropbox team on loopback for a test: the server, its base URL, an access token and
// raw HTTP to it. The simulator's own tests use it, and so may any test that needs a team:
//
//     test::SimFixture m_sim;
//     void initTestCase() { QVERIFY(m_sim.start(spec)); }
//     void someTest() { QCOMPARE(m_sim.callNull(QStringLiteral("team/get_info")).status, 200); }
//
// By default the server lives on the test's thread, so that a test can change its state
// between requests; with OnItsThread it runs on a SimThread of its own (large teams, or a
// client that blocks the test's event loop), and only its thread-safe methods may be called.

#include "base/Expected.h"
#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/SimHttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace dbx {
namespace test {

class SimFixture
{
public:
    enum class Where {
        ThisThread,
        OnItsThread
    };

    SimFixture();
    ~SimFixture();
    SimFixture(const SimFixture &) = delete;
    SimFixture &operator=(const SimFixture &) = delete;

    // Generates the team from spec, listens on 127.0.0.1 (ephemeral port) and issues an access
    // token. On failure the error's sentence is also logged, so QVERIFY(start()) says why.
    Expected<void> start(const sim::TeamSpec &spec = sim::TeamSpec(), Where where = Where::ThisThread);
    void stop();

    // A team of this size and seed, its other fields at their defaults.
    static sim::TeamSpec team(int members, int groups, quint32 seed = 1, int memberships = -1);

    sim::SimServer *server() const { return m_server; }
    sim::SimServer *operator->() const { return m_server; }
    QUrl baseUrl() const { return m_server->baseUrl(); }

    QByteArray token() const { return m_token; }
    QByteArray renewToken(); // a fresh access token, also kept as token()

    simtest::Http &http() { return *m_http; }
    // POST /2/<route> with the fixture's token: a JSON object, or null for routes without one.
    simtest::Reply call(const QString &route, const QJsonObject &arg) { return m_http->rpc(route, arg, m_token); }
    simtest::Reply callNull(const QString &route) { return m_http->rpcNull(route, m_token); }

private:
    std::unique_ptr<sim::SimServer> m_ownServer; // Where::ThisThread
    std::unique_ptr<sim::SimThread> m_thread;    // Where::OnItsThread
    sim::SimServer *m_server = nullptr;          // either one's server
    std::unique_ptr<simtest::Http> m_http;
    QByteArray m_token;
};

// Whether userId is in the group (its access in *access when given), by the snapshot.
bool memberOf(const Snapshot &s, const QString &groupId, const QString &userId, AccessType *access = nullptr);
// A user-managed group and an active member without an admin role outside it; false when the
// team has none.
bool pickGroupAndOutsider(const Snapshot &truth, QString *groupId, QString *userId);

} // namespace test
} // namespace dbx
