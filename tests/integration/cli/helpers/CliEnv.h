#pragma once
// The environment of a dropbox-connector-cli child process in the CLI tests: the caller's own
// without any BATON_* variable (a developer's real settings must never leak into a test run),
// plus the simulator's credentials and address, the database and the provisioning switch.

#include "sim/SimThread.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace dbx::test {

// The CLI binary, built next to the test executables.
inline QString cliProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/dropbox-connector-cli");
}

// The system environment with every BATON_* variable removed.
inline QProcessEnvironment cliBaseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys()) {
        if (k.startsWith(QLatin1String("BATON_")))
            env.remove(k);
    }
    return env;
}

struct CliSimOptions {
    bool appSecret = true;       // BATON_APP_SECRET
    bool refreshToken = true;    // BATON_REFRESH_TOKEN
    bool provisioning = false;   // BATON_PROVISIONING=true: writes allowed
};

// cliBaseEnvironment() with the simulator's app key and base URL, the database (when not
// empty) and what options asks for.
inline QProcessEnvironment cliSimEnvironment(const sim::SimThread &sim, const QString &db,
                                             const CliSimOptions &options = CliSimOptions())
{
    QProcessEnvironment env = cliBaseEnvironment();
    const sim::Credentials creds = sim.credentials();
    env.insert(QStringLiteral("BATON_APP_KEY"), creds.appKey);
    if (options.appSecret)
        env.insert(QStringLiteral("BATON_APP_SECRET"), creds.appSecret);
    if (options.refreshToken)
        env.insert(QStringLiteral("BATON_REFRESH_TOKEN"), creds.refreshToken);
    env.insert(QStringLiteral("BATON_BASE_URL"), sim.baseUrl().toString());
    if (!db.isEmpty())
        env.insert(QStringLiteral("BATON_DB"), db);
    if (options.provisioning)
        env.insert(QStringLiteral("BATON_PROVISIONING"), QStringLiteral("true"));
    return env;
}

} // namespace dbx::test
