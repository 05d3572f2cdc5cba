#pragma once
// PushService: the desktop application's door to ConductorOne, so that no GUI header includes the
// service loop, its gRPC client or a token source (docs/ARCHITECTURE.md: the GUI reaches core
// work through core/worker). One PushService is one connection to ConductorOne: it holds a
// c1::C1Service that serves ConductorOne's tasks with a ConnectorTaskHandler for one Dropbox
// connection, and passes on what the service reports, as value types, to callbacks that run on
// the thread that made it (never after the PushService is gone). The CLI's serve command uses
// C1Service directly.
//
//     PushService::Callbacks callbacks;
//     callbacks.taskFinished = [this](const PushTask &task) { ... };
//     auto service = std::make_unique<PushService>(callbacks);
//     if (const Expected<void> ok = service->configure(options); !ok)
//         show(ok.error().message());           // credentials that cannot work: no network yet
//     service->start();
//
// The other blocking work of a push (asking ConductorOne to sync now, writing a c1z) runs on a
// short-lived thread and answers on the receiver's thread.
//
// (Not a QObject on purpose: a new Q_OBJECT header in an existing target is missed by AUTOMOC in
// build trees configured before it existed.)

#include "auth/ConnectionConfig.h"
#include "base/Expected.h"
#include "conductorone/TaskRecord.h"
#include "model/SnapshotChange.h"
#include "model/Types.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace dbx {

// One task ConductorOne gave the connector, as the service records it (a plain value).
using PushTask = c1::TaskRecord;

// The connector's ConductorOne client credentials and where its tokens come from.
struct PushCredentials {
    QString clientId;
    QString clientSecret;
    QUrl tokenUrl; // empty: https://<the client id's host>/auth/v1/token
};

struct PushServiceOptions {
    PushCredentials credentials;
    QString apiHost;                      // "host[:port]"; empty: the client id's host
    bool insecure = false;                // plaintext gRPC; loopback only
    ConnectionConfig connection;          // the Dropbox team the tasks act on
    int reuseSnapshotYoungerThanSecs = 0; // a sync task serves the newest snapshot when younger
    // Called on the service's thread after a task changed the store (a sync or a write).
    std::function<void()> storeChanged;
    // Called on the service's thread with what a write task changed in the newest run (empty:
    // storeChanged is called for writes too). A holder of the snapshot folds it in.
    std::function<void(const SnapshotChange &)> snapshotPatched;
};

class PushService
{
public:
    using State = c1::ServiceState;

    // What the service reports; each may be empty.
    struct Callbacks {
        std::function<void(State state, const QString &detail)> stateChanged;
        std::function<void(const PushTask &task)> taskStarted;
        std::function<void(const PushTask &task)> taskFinished;
        std::function<void(const QString &taskId, const QString &step, qint64 done, qint64 total)> progress;
        std::function<void(const QString &message)> fatalError;
        std::function<void()> stopped;
    };

    explicit PushService(Callbacks callbacks);
    ~PushService(); // stops the service
    PushService(const PushService &) = delete;
    PushService &operator=(const PushService &) = delete;

    // Checks the credentials and prepares the service (no network yet); Error::Kind::Invalid
    // with the sentence for the admin when the client id or secret cannot work.
    Expected<void> configure(const PushServiceOptions &options);
    // Connects and serves ConductorOne's tasks until stop(); the endpoint's problem otherwise.
    Expected<void> start();
    // Ends the service (ConductorOne is told how a running task ended); returns once it ended.
    void stop();
    bool isRunning() const;
    // "host:port" the service talks to, and the client id's host; empty before configure().
    QString endpointTarget() const;
    QString host() const;
    // The step progress() names while a c1z is uploaded.
    static QString uploadingStep();

    // Whether the client id and secret can work (else the error saying why). No network.
    static Expected<void> checkCredentials(const QString &clientId, const QString &clientSecret);
    // Asks ConductorOne's REST API to start a sync of the connector now. The credentials' problem
    // at once; else done(the answer) later on receiver's thread (never once receiver is gone).
    static Expected<void> requestSync(QObject *receiver, const PushCredentials &credentials, const QUrl &restBaseUrl,
                                      const QString &appId, const QString &connectorId,
                                      std::function<void(const Expected<void> &)> done);
    // Writes snapshot as a c1z at path on a short-lived thread; done on receiver's thread.
    static void writeC1z(QObject *receiver, const Snapshot &snapshot, const QString &path,
                         std::function<void(const Expected<void> &)> done);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace dbx
