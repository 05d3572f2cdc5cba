#pragma once
// A simulated ConductorOne on loopback, for the demo (push the simulated Dropbox team without a
// tenant) and the tests: the token endpoint (sim::HttpServer, served by the event loop of the
// thread that started it) checks the form and verifies the client assertion with the public
// key, then issues tokens; the REST force_sync call queues a full sync task; an in-process
// grpc++ BatonService (its own threads, plaintext on 127.0.0.1) accepts only those tokens, hands
// out queued tasks, counts heartbeats (and can cancel a task through them), reassembles uploads
// and checks their SHA-256, records every FinishTask. Faults: dropping upload streams part way,
// revoking the credentials.

#include "base/Expected.h"
#include "conductorone/BatonClient.h"
#include "sim/HttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QVector>

#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace grpc {
class Server;
}

namespace dbx {
namespace c1sim {

namespace batonv1 = ::c1::connectorapi::baton::v1;

class SimConductorOne
{
public:
    struct Upload {
        QString taskId;
        QString hostId;
        QByteArray data;
        QByteArray sha256; // as sent in the EOF message
        QVector<int> chunkSizes;
        bool hashMatches = false;
    };

    // A fresh Ed25519 key pair as ConductorOne hands it out: the client id
    // "<name>@<tenantHost>/<suffix>", the secret "secret-token:conductorone.com:v1:<JWK>".
    struct Credentials {
        QString clientId;
        QString clientSecret;
        QByteArray publicKey; // 32 bytes
    };
    static Credentials makeCredentials(const QString &tenantHost = QStringLiteral("demo.conductor.one"));

    SimConductorOne(QByteArray publicKey, QString clientId, QString audience);
    ~SimConductorOne();

    Expected<void> start();
    QUrl tokenUrl() const;
    QUrl restBaseUrl() const; // http://127.0.0.1:<port>: force_sync lives under it
    int forceSyncRequests() const;
    QString grpcTarget() const; // "127.0.0.1:<port>"

    // --- control (thread-safe) --------------------------------------------------------
    void enqueue(const batonv1::Task &task);
    void setNextPollMs(int ms);
    void setNextHeartbeatMs(int ms);
    void cancelOnHeartbeat(const QString &taskId, int nth); // say cancelled on the nth heartbeat
    void dropUploads(int streams, int afterChunks);         // break the next `streams` uploads
    void revoke();                                          // refuse the credentials and every token issued
    void setHelloStatus(int code);                          // answer Hello with this grpc status code (0 = OK)

    // --- observations (thread-safe copies) --------------------------------------------
    QVector<batonv1::BatonServiceHelloRequest> hellos() const;
    std::optional<batonv1::BatonServiceFinishTaskRequest> finished(const QString &taskId) const;
    int finishedCount() const;
    int heartbeats(const QString &taskId) const;
    QVector<Upload> uploads() const; // completed uploads, hash checked
    int uploadStreams() const;       // every UploadAsset call, broken ones included
    int tokenRequests() const;
    int getTaskCalls() const;
    int unauthenticatedCalls() const;
    QString lastError() const;

    // Task builders (ids are fresh KSUIDs).
    static batonv1::Task syncTask();
    static batonv1::Task grantTask(const QString &type, const QString &id, const QString &slug,
                                   const QString &teamMemberId);
    static batonv1::Task revokeTask(const QString &type, const QString &id, const QString &slug,
                                    const QString &teamMemberId);
    static batonv1::Task createAccountTask(const QString &email, const QString &first, const QString &last);
    static batonv1::Task deleteTask(const QString &teamMemberId);
    static batonv1::Task actionTask(const QString &name, const QString &userId);
    static batonv1::Task listActionsTask();
    static batonv1::Task rotateCredentialsTask();

private:
    class Service;
    friend class Service;

    sim::HttpResponse handleHttp(const sim::HttpRequest &req);
    sim::HttpResponse handleToken(const sim::HttpRequest &req);
    sim::HttpResponse handleForceSync(const sim::HttpRequest &req);
    bool authorized(const std::string &header);
    // A copy of a field taken under m_mutex: what each observation returns.
    template <typename T>
    T locked(const T &field) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return field;
    }

    QByteArray m_publicKey;
    QString m_clientId;
    QString m_audience;
    std::unique_ptr<sim::HttpServer> m_http;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<grpc::Server> m_server;
    int m_grpcPort = 0;

    mutable std::mutex m_mutex;
    std::deque<batonv1::Task> m_queue;
    QSet<QString> m_validTokens;
    bool m_revoked = false;
    int m_helloStatus = 0;
    int m_nextPollMs = 50;
    int m_nextHeartbeatMs = 0;
    QHash<QString, int> m_cancelOnHeartbeat;
    int m_dropStreams = 0;
    int m_dropAfterChunks = 0;
    QVector<batonv1::BatonServiceHelloRequest> m_hellos;
    QHash<QString, batonv1::BatonServiceFinishTaskRequest> m_finished;
    QHash<QString, int> m_heartbeats;
    QVector<Upload> m_uploads;
    int m_uploadStreams = 0;
    int m_tokenRequests = 0;
    int m_forceSyncs = 0;
    int m_getTaskCalls = 0;
    int m_unauthenticated = 0;
    QString m_lastError;
};

} // namespace c1sim
} // namespace dbx
