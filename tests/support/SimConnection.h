#pragma once
// The Dropbox connection a test syncs with against a simulated team: the simulator's base URL and
// app credentials, a name and a database file of the test's choosing. Works for a SimServer on the
// test's thread and a SimThread alike (both give baseUrl() and credentials()).

#include "auth/ConnectionConfig.h"
#include "sim/SimTypes.h"

#include <QString>

namespace dbx {
namespace test {

template <typename Sim>
ConnectionConfig simConnection(const Sim &sim, const QString &name, const QString &dbPath)
{
    ConnectionConfig c;
    c.name = name;
    c.baseUrl = sim.baseUrl();
    const sim::Credentials creds = sim.credentials();
    c.appKey = creds.appKey;
    c.appSecret = creds.appSecret;
    c.refreshToken = creds.refreshToken;
    c.dbPath = dbPath;
    return c;
}

} // namespace test
} // namespace dbx
