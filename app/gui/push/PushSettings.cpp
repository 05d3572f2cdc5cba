#include "PushSettings.h"

#include "SettingsKeys.h"
#include "worker/PushService.h"

#include <QCoreApplication>
#include <QSettings>

namespace dbx::gui {

Expected<void> PushSettings::validate() const
{
    const auto invalid = [](const char *sentence) {
        return unexpected(
            Error::make(Error::Kind::Invalid, QCoreApplication::translate("dbx::gui::PushSettings", sentence)));
    };
    if (clientId.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("dbx::gui::PushSettings",
                                         "Enter the connector's ConductorOne client id (Integrations > Connectors > "
                                         "your Dropbox connector > Settings > Rotate credentials)."));
    if (clientSecret.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("dbx::gui::PushSettings", "Enter the connector's ConductorOne client secret."));
    if (const auto credentials = PushService::checkCredentials(clientId, clientSecret); !credentials)
        return credentials;
    if (appId.trimmed().isEmpty() != connectorId.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("dbx::gui::PushSettings",
                                         "Enter both the app id and the connector id, or neither."));
    return {};
}

PushSettings PushSettings::load(QSettings &settings)
{
    PushSettings s;
    s.clientId = keys::C1ClientId.read(settings);
    s.apiHost = keys::C1ApiHost.read(settings);
    s.appId = keys::C1AppId.read(settings);
    s.connectorId = keys::C1ConnectorId.read(settings);
    s.syncIfOlderThanMinutes = qMax(0, keys::C1SyncIfOlderThanMinutes.read(settings));
    s.stayConnected = keys::C1StayConnected.read(settings);
    return s;
}

void PushSettings::save(QSettings &settings) const
{
    keys::C1ClientId.write(settings, clientId.trimmed());
    keys::C1ApiHost.write(settings, apiHost.trimmed());
    keys::C1AppId.write(settings, appId.trimmed());
    keys::C1ConnectorId.write(settings, connectorId.trimmed());
    keys::C1SyncIfOlderThanMinutes.write(settings, syncIfOlderThanMinutes);
    keys::C1StayConnected.write(settings, stayConnected);
}

void PushSettings::fillFromEnvironment()
{
    const auto env = [](const char *name) { return qEnvironmentVariable(name).trimmed(); };
    if (clientId.isEmpty())
        clientId = env("BATON_CLIENT_ID");
    if (clientSecret.isEmpty())
        clientSecret = env("BATON_CLIENT_SECRET");
    if (apiHost.isEmpty())
        apiHost = env("BATON_C1_API_HOST");
}

} // namespace dbx::gui
