#pragma once
// A blocking client of c1.connectorapi.baton.v1.BatonService (grpc++), as baton-sdk's
// pkg/tasks/c1api/service_client.go uses it: every request carries host_id; every call carries
// "authorization: Bearer <token>" from an AccessTokenSource, refetched once when the server answers
// UNAUTHENTICATED; UploadAsset sends one metadata message {host_id, task_id}, the file in
// 512 KiB chunks (the protocol allows up to 1 MiB), then the SHA-256 of the whole file, and is
// tried up to three times from the start when the stream breaks.
//
// TLS to <host>:443 by default (gRPC's root certificates, or the ones given); plaintext only to a
// loopback address (tests, local fakes). Thread-safe: calls may come from several threads at once
// (the task thread and the heartbeat thread). cancelAll() ends calls in flight and refuses new
// ones, FinishTask excepted so that a stopping connector can still say how its task ended.

#include "c1/connectorapi/baton/v1/baton.grpc.pb.h"
#include "conductorone/AccessTokenSource.h"
#include "conductorone/C1Model.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <set>

namespace grpc {
class Channel;
class ClientContext;
class Status;
} // namespace grpc

namespace dbx {
namespace c1 {

namespace batonv1 = ::c1::connectorapi::baton::v1;

struct RpcStatus {
    int code = 0;                    // grpc::StatusCode
    QString message;                 // the server's message, or ours
    bool credentialsRefused = false; // the token endpoint refused the client credentials

    bool ok() const { return code == 0 && !credentialsRefused; }
    // A sentence for logs and the user, e.g. "UNAVAILABLE: failed to connect".
    QString describe() const;
    static QString codeName(int code);
};

struct BatonEndpoint {
    QString target;              // "host:port"
    bool insecure = false;       // plaintext; only to loopback
    QByteArray rootCertificates; // PEM; empty: gRPC's default roots

    // baton's rule: the token host from the client id, or `apiHost` (BATON_C1_API_HOST) when
    // set; port 443 unless the host names one. Refuses `insecure` unless the host is loopback.
    // Fails with Error::Kind::Invalid and a sentence for the user.
    static Expected<BatonEndpoint> resolve(const QString &tokenHost, const QString &apiHost, bool insecure);
    static bool isLoopbackHost(const QString &host);
};

class BatonClient
{
public:
    static constexpr int kChunkSize = 512 * 1024;

    BatonClient(BatonEndpoint endpoint, std::shared_ptr<AccessTokenSource> tokens, QString hostId,
                QByteArray userAgent = QByteArray());
    ~BatonClient();
    BatonClient(const BatonClient &) = delete;
    BatonClient &operator=(const BatonClient &) = delete;

    // BATON_HOST_ID, else this machine's host name, else "dropbox-team-connector".
    static QString defaultHostId();

    QString hostId() const { return m_hostId; }
    const BatonEndpoint &endpoint() const { return m_endpoint; }
    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }
    void setUploadTimeout(int ms) { m_uploadTimeoutMs = ms; }

    RpcStatus hello(const QString &taskId, const v2::ConnectorMetadata &metadata,
                    const batonv1::BatonServiceHelloRequest::BuildInfo &build,
                    const batonv1::BatonServiceHelloRequest::OSInfo &os);
    RpcStatus getTask(batonv1::BatonServiceGetTaskResponse *out);
    RpcStatus heartbeat(const QString &taskId, batonv1::BatonServiceHeartbeatResponse *out);
    // response (optional) is packed as google.protobuf.Any; its annotations are copied beside it.
    RpcStatus finishSuccess(const QString &taskId, const google::protobuf::Message *response,
                            const google::protobuf::RepeatedPtrField<google::protobuf::Any> *annotations = nullptr);
    RpcStatus finishError(const QString &taskId, int code, const QString &message, bool nonRetryable,
                          const google::protobuf::Message *response = nullptr);

    using Progress = std::function<void(qint64 sent, qint64 total)>;
    RpcStatus uploadAsset(const QString &taskId, const QString &path, const Progress &progress = Progress(),
                          int attempts = 3);

    void cancelAll();
    bool isCancelled() const { return m_cancelled.load(); }
    // Waits ms milliseconds, or less when cancelAll() is called; false if cancelled.
    bool sleep(int ms);

    qint64 uploadAttemptsMade() const { return m_uploadAttempts.load(); }

private:
    using Call = std::function<grpc::Status(grpc::ClientContext *)>;
    RpcStatus invoke(const char *what, int timeoutMs, bool evenIfCancelled, const Call &call);
    RpcStatus uploadOnce(const QString &taskId, const QString &path, const QByteArray &sha256, qint64 size,
                         const Progress &progress);
    bool registerContext(grpc::ClientContext *ctx, bool evenIfCancelled);
    void unregisterContext(grpc::ClientContext *ctx);

    BatonEndpoint m_endpoint;
    std::shared_ptr<AccessTokenSource> m_tokens;
    QString m_hostId;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<batonv1::BatonService::Stub> m_stub;
    int m_callTimeoutMs = 60000;
    int m_uploadTimeoutMs = 30 * 60000;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::set<grpc::ClientContext *> m_inFlight;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_uploadAttempts{0};
};

} // namespace c1
} // namespace dbx
