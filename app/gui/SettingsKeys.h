#pragma once
// Every QSettings key the desktop application reads or writes, in one place, each with the type of
// its value and its default, so a key is never spelled twice and a reader never guesses a type:
//
//     const QByteArray geometry = keys::MainWindowGeometry.read(settings);
//     keys::MainWindowGeometry.write(settings, saveGeometry());
//
// The keys name the file's sections as users see them in the ini/conf file; renaming one loses
// what users saved under the old name. (Connections themselves are kept by core's
// ConnectionRegistry under its own keys; secrets never live here, they go to the keychain.)

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace dbx::gui::keys {

template <typename T>
struct Key {
    QString name;
    T fallback;

    T read(const QSettings &settings) const
    {
        return settings.value(name, QVariant::fromValue(fallback)).template value<T>();
    }
    void write(QSettings &settings, const T &value) const { settings.setValue(name, value); }
};

// The main window: geometry, toolbars and docks, the table/detail splitter, the tab in front.
inline const Key<QByteArray> MainWindowGeometry{QStringLiteral("MainWindow/geometry"), {}};
inline const Key<QByteArray> MainWindowState{QStringLiteral("MainWindow/state"), {}};
inline const Key<QByteArray> MainWindowSplitter{QStringLiteral("MainWindow/splitter"), {}};
inline const Key<int> MainWindowTab{QStringLiteral("MainWindow/tab"), 0};

// A table's header (column order, widths, sort): Tables/<page name>/header.
inline Key<QByteArray> tableHeader(const QString &pageName)
{
    return {QStringLiteral("Tables/%1/header").arg(pageName), {}};
}

// The interface language: "" follows the system's, else a language code ("en", "de").
inline const Key<QString> Language{QStringLiteral("Interface/language"), {}};

// The connection the application opens on start (its id in core's ConnectionRegistry).
inline const Key<QString> LastConnection{QStringLiteral("Connections/last"), {}};

// ConductorOne push (PushSettings); the client secret is in the keychain, never here.
inline const Key<QString> C1ClientId{QStringLiteral("ConductorOne/clientId"), {}};
inline const Key<QString> C1ApiHost{QStringLiteral("ConductorOne/apiHost"), {}};
inline const Key<QString> C1AppId{QStringLiteral("ConductorOne/appId"), {}};
inline const Key<QString> C1ConnectorId{QStringLiteral("ConductorOne/connectorId"), {}};
inline const Key<int> C1SyncIfOlderThanMinutes{QStringLiteral("ConductorOne/syncIfOlderThanMinutes"), 60};
inline const Key<bool> C1StayConnected{QStringLiteral("ConductorOne/stayConnected"), false};

// The findings' thresholds (core/insight InsightSettings; the Findings tab's Thresholds...).
inline const Key<int> InsightStaleInviteDays{QStringLiteral("Insight/staleInviteDays"), 30};
inline const Key<int> InsightInactiveDays{QStringLiteral("Insight/inactiveDays"), 90};
inline const Key<int> InsightMaxAdmins{QStringLiteral("Insight/maxAdmins"), 5};

} // namespace dbx::gui::keys
