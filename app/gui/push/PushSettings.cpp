#include "PushSettings.h"

#include "conductorone/Credentials.h"

#include <QCoreApplication>
#include <QSettings>

namespace dbx::gui {

namespace {
const QString kGroup = QStringLiteral("ConductorOne");
}

QString PushSettings::validate() const
{
    if (clientId.trimmed().isEmpty())
        return QCoreApplication::translate("dbx::gui::PushSettings",
                                           "Enter the connector's ConductorOne client id (Integrations > Connectors > "
                                           "your Dropbox connector > Settings > Rotate credentials).");
    if (clientSecret.trimmed().isEmpty())
        return QCoreApplication::translate("dbx::gui::PushSettings", "Enter the connector's ConductorOne client secret.");
    QString error;
    if (!c1::Credentials::parse(clientId.trimmed(), clientSecret.trimmed(), &error))
        return error;
    if (appId.trimmed().isEmpty() != connectorId.trimmed().isEmpty())
        return QCoreApplication::translate("dbx::gui::PushSettings",
                                           "Enter both the app id and the connector id, or neither.");
    return QString();
}

PushSettings PushSettings::load(QSettings &settings)
{
    PushSettings s;
    settings.beginGroup(kGroup);
    s.clientId = settings.value(QStringLiteral("clientId")).toString();
    s.apiHost = settings.value(QStringLiteral("apiHost")).toString();
    s.appId = settings.value(QStringLiteral("appId")).toString();
    s.connectorId = settings.value(QStringLiteral("connectorId")).toString();
    s.syncIfOlderThanMinutes = qMax(0, settings.value(QStringLiteral("syncIfOlderThanMinutes"), 60).toInt());
    s.stayConnected = settings.value(QStringLiteral("stayConnected"), false).toBool();
    settings.endGroup();
    return s;
}

void PushSettings::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("clientId"), clientId.trimmed());
    settings.setValue(QStringLiteral("apiHost"), apiHost.trimmed());
    settings.setValue(QStringLiteral("appId"), appId.trimmed());
    settings.setValue(QStringLiteral("connectorId"), connectorId.trimmed());
    settings.setValue(QStringLiteral("syncIfOlderThanMinutes"), syncIfOlderThanMinutes);
    settings.setValue(QStringLiteral("stayConnected"), stayConnected);
    settings.endGroup();
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
