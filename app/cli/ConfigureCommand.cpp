// configure: the terminal paste-code flow. Prints the authorize URL (no redirect URI: Dropbox
// shows a code), reads the pasted code from stdin, exchanges it (PKCE S256) and prints the refresh
// token, as the official connector's --configure does. --save stores the credentials as a
// connection of the desktop app: secrets in the OS keychain, never in a file.

#include "Commands.h"
#include "auth/ConnectionRegistry.h"
#include "auth/CredentialShapes.h"
#include "auth/CredentialVerifier.h"
#include "auth/Pkce.h"
#include "auth/SecretStore.h"
#include "auth/TokenEndpoint.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dbx::cli {

namespace {
// One line from stdin; without echo when asked and stdin is a terminal (secrets). Nothing at the
// end of the input.
std::optional<QString> readLine(const QString &prompt, bool secret)
{
    err() << prompt;
    err().flush();
    const bool tty = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (secret && tty && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray bytes;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        bytes.append(char(c));
    if (secret && tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << '\n';
    }
    if (c == EOF && bytes.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(bytes).trimmed();
}

// The option's value, else a line typed on the terminal; nothing when neither gives one.
std::optional<QString> valueOrAsk(const CommandLine &cl, const QString &option, const QString &prompt, bool secret)
{
    const QString value = cl.value(option);
    if (!value.isEmpty())
        return value;
    return readLine(prompt, secret);
}

template <typename Signal, typename Object, typename Result>
void waitFor(Object *object, Signal signal, Result *out)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, [&](const Result &r) {
        *out = r;
        loop.quit();
    });
    loop.exec();
}

int runConfigure(const CommandLine &cl)
{
    bool ok = true;
    const int timeoutSeconds = cl.intValue(QStringLiteral("timeout"), 30, &ok);
    if (!ok || timeoutSeconds < 1) {
        err() << tr("--timeout takes a whole number of seconds.") << '\n';
        return Usage;
    }
    const QString baseText = cl.value(QStringLiteral("base-url"));
    if (const auto shape = CredentialShapes::checkBaseUrl(baseText); !shape) {
        err() << shape.error().message() << '\n';
        return Usage;
    }
    const QUrl baseUrl = baseText.isEmpty() ? QUrl() : QUrl(baseText.trimmed(), QUrl::StrictMode);
    const bool strict = OAuthEndpoints::isDropbox(baseUrl);

    const std::optional<QString> appKeyGiven = valueOrAsk(cl, QStringLiteral("app-key"), tr("App key: "), false);
    if (!appKeyGiven) {
        err() << tr("No app key given.") << '\n';
        return Usage;
    }
    const QString appKey = *appKeyGiven;
    if (const auto shape = CredentialShapes::checkAppKey(appKey, strict); !shape) {
        err() << shape.error().message() << '\n';
        return Usage;
    }
    const std::optional<QString> appSecretGiven
        = valueOrAsk(cl, QStringLiteral("app-secret"), tr("App secret: "), true);
    if (!appSecretGiven) {
        err() << tr("No app secret given.") << '\n';
        return Usage;
    }
    const QString appSecret = *appSecretGiven;
    if (const auto shape = CredentialShapes::checkAppSecret(appSecret, appKey, strict); !shape) {
        err() << shape.error().message() << '\n';
        return Usage;
    }

    // With --save the token is never printed, so the keychain must work before a code is spent.
    const bool save = cl.flag(QStringLiteral("save"));
    KeychainSecretStore keychain;
    if (save) {
        const SecretError probe = keychain.probeSync();
        if (probe.isError()) {
            err() << probe.message() << '\n'
                  << tr("Nothing was saved. Run configure without --save to get the refresh token "
                        "printed, and pass it as BATON_REFRESH_TOKEN.")
                  << '\n';
            return Failed;
        }
    }

    const Pkce pkce = Pkce::generate();
    const QUrl url = TokenEndpoint::pasteCodeAuthorizeUrl(appKey, baseUrl, pkce);
    out() << tr("1. Go to: %1").arg(url.toString(QUrl::FullyEncoded)) << '\n'
          << tr("2. Sign in as a team admin and press Allow (you might have to log in first).") << '\n'
          << tr("3. Copy the authorization code.") << '\n';
    out().flush();
    const QString code = readLine(tr("Enter the authorization code here: "), false).value_or(QString());
    if (code.isEmpty()) {
        err() << tr("No authorization code given.") << '\n';
        return Failed;
    }

    TokenEndpoint endpoint({appKey, appSecret, baseUrl, timeoutSeconds * 1000});
    Expected<TokenGrant> result;
    QTimer::singleShot(0, &endpoint, [&] { endpoint.exchangeCode(code, pkce.verifier); });
    waitFor(&endpoint, &TokenEndpoint::finished, &result);
    if (!result.ok()) {
        err() << result.error().message() << '\n';
        return Failed;
    }
    const TokenGrant &grant = *result;

    if (!save)
        out() << tr("Refresh token: %1").arg(grant.refreshToken) << '\n';
    if (!grant.scope.isEmpty())
        out() << tr("Granted scopes: %1").arg(grant.scope) << '\n';
    out().flush();

    // Who authorized, on which team: also proves that the refresh token works.
    CredentialVerifier verifier;
    Expected<Verification> verified;
    QTimer::singleShot(0, &verifier, [&] {
        verifier.start({baseUrl, appKey, appSecret, grant.refreshToken, grant.scope, timeoutSeconds * 1000});
    });
    waitFor(&verifier, &CredentialVerifier::finished, &verified);
    if (verified.ok()) {
        out() << verified->authorizedAs() << '\n';
        for (const ScopeInfo &s : verified->missingReadOnly)
            err() << tr("Missing scope %1: without it, no %2.").arg(s.name, s.disables) << '\n';
        for (const ScopeInfo &s : verified->missingProvisioning)
            err() << tr("Missing scope %1 (provisioning): without it, no %2.").arg(s.name, s.disables) << '\n';
    } else {
        err() << tr("Warning: the check with the new token failed: %1").arg(verified.error().message()) << '\n';
    }
    out().flush();

    if (!save) {
        out() << tr("Use it as BATON_REFRESH_TOKEN together with BATON_APP_KEY and BATON_APP_SECRET, or "
                    "run again with --save to keep it in the keychain.")
              << '\n';
        return Ok;
    }

    // A failed check does not stop the save; the names it would have found stay empty.
    const Verification found = verified.value_or(Verification());
    QSettings settings;
    ConnectionRegistry registry(&settings, &keychain);
    ConnectionInfo info;
    info.name = cl.value(QStringLiteral("name"));
    if (info.name.isEmpty())
        info.name = found.team.name.isEmpty() ? QStringLiteral("Dropbox") : found.team.name;
    info.appKey = appKey;
    info.baseUrl = baseUrl;
    info.provisioning = cl.flag(QStringLiteral("provisioning"));
    info.grantedScopes = grant.scopes();
    info.adminName = found.admin.displayName;
    info.adminEmail = found.admin.email;
    info.adminTeamMemberId = found.admin.teamMemberId;
    info.teamName = found.team.name;
    info.teamId = found.team.teamId;
    info.authorizedAt = QDateTime::currentDateTimeUtc();
    bool done = false;
    SecretError saveError;
    ConnectionInfo saved;
    registry.save(info, {appSecret, grant.refreshToken, QString()}, [&](const ConnectionInfo &i, const SecretError &e) {
        saved = i;
        saveError = e;
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (saveError.isError()) {
        err() << saveError.message() << '\n' << tr("Nothing was saved; run configure again.") << '\n';
        return Failed;
    }
    out() << tr("Saved as connection \"%1\" (%2): secrets in %3, settings in %4.")
                 .arg(saved.name, saved.id, keychain.description(), settings.fileName())
          << '\n';
    return Ok;
}

} // namespace

void addConfigureCommand(CommandList &list)
{
    const QList<OptionSpec> options{
        appKeyOption(tr("Dropbox app key (asked when missing).")),
        secretOption(QStringLiteral("app-secret"), tr("Dropbox app secret (asked when missing, without echo)."),
                     QStringLiteral("SECRET")),
        baseUrlOption(tr("Dropbox API base URL; also moves the OAuth endpoints (simulator, tests).")),
        {QStringLiteral("save"),
         QString(),
         tr("Store the credentials as a connection of the desktop app (secrets in the OS keychain)."),
         {},
         {}},
        {QStringLiteral("name"), QString(), tr("Name of the saved connection."), QStringLiteral("NAME"),
         tr("the team's name")},
        {QStringLiteral("provisioning"),
         QStringLiteral("BATON_PROVISIONING"),
         tr("With --save: allow the saved connection to change the team."),
         {},
         {}},
        {QStringLiteral("timeout"), QString(), tr("Seconds to wait for Dropbox."), QStringLiteral("SECONDS"),
         QStringLiteral("30")},
    };
    list.push_back(std::make_unique<Command>(
        CommandSpec{QStringLiteral("configure"),
                    tr("Get a Dropbox refresh token: paste-code flow; --save keeps it in the keychain."),
                    tr("Get a Dropbox refresh token: open the printed address, press Allow, paste the "
                       "code. Prints the refresh token; --save keeps the credentials in the keychain "
                       "instead and prints none."),
                    {},
                    options,
                    runConfigure}));
}

} // namespace dbx::cli
