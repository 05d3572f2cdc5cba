#include "conductorone/BatonClient.h"

#include "conductorone/C1Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>

#include <grpcpp/grpcpp.h>

#include <chrono>

namespace dbx {
namespace c1 {

namespace {

const char *const kCtx = "dbx::c1::BatonClient";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

RpcStatus fromGrpc(const grpc::Status &s)
{
    RpcStatus r;
    r.code = int(s.error_code());
    r.message = fromStd(s.error_message());
    return r;
}

std::chrono::system_clock::time_point deadlineIn(int ms)
{
    return std::chrono::system_clock::now() + std::chrono::milliseconds(ms);
}

} // namespace

QString RpcStatus::codeName(int code)
{
    static const char *const names[]
        = {"OK",        "CANCELLED",      "UNKNOWN",           "INVALID_ARGUMENT",   "DEADLINE_EXCEEDED",
           "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
           "ABORTED",   "OUT_OF_RANGE",   "UNIMPLEMENTED",     "INTERNAL",           "UNAVAILABLE",
           "DATA_LOSS", "UNAUTHENTICATED"};
    if (code >= 0 && code < int(sizeof(names) / sizeof(names[0])))
        return QLatin1String(names[code]);
    return QString::number(code);
}

QString RpcStatus::describe() const
{
    if (credentialsRefused)
        return message;
    if (ok())
        return QStringLiteral("OK");
    return message.isEmpty() ? codeName(code) : codeName(code) + QStringLiteral(": ") + message;
}

bool BatonEndpoint::isLoopbackHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Expected<BatonEndpoint> BatonEndpoint::resolve(const QString &tokenHost, const QString &apiHost, bool insecure)
{
    const QString hostPort = apiHost.trimmed().isEmpty() ? tokenHost.trimmed() : apiHost.trimmed();
    QString host = hostPort;
    QString port = QStringLiteral("443");
    // "host:port", "[v6]:port", "[v6]" or "host".
    if (hostPort.startsWith(QLatin1Char('['))) {
        const int close = hostPort.indexOf(QLatin1Char(']'));
        if (close > 0) {
            host = hostPort.left(close + 1);
            if (hostPort.mid(close + 1).startsWith(QLatin1Char(':')))
                port = hostPort.mid(close + 2);
        }
    } else if (hostPort.count(QLatin1Char(':')) == 1) {
        host = hostPort.section(QLatin1Char(':'), 0, 0);
        port = hostPort.section(QLatin1Char(':'), 1);
    }
    bool portOk = false;
    const int portNumber = port.toInt(&portOk);
    if (host.isEmpty() || !portOk || portNumber <= 0 || portNumber > 65535) {
        return unexpected(Error::make(Error::Kind::Invalid,
                                      tr("The ConductorOne address \"%1\" is not host or host:port.").arg(hostPort)));
    }
    if (insecure && !isLoopbackHost(host)) {
        return unexpected(Error::make(Error::Kind::Invalid,
                                      tr("An unencrypted connection to ConductorOne is only allowed to this "
                                         "computer's loopback address (for tests), not to %1.")
                                          .arg(host)));
    }
    BatonEndpoint out;
    out.target = host + QLatin1Char(':') + QString::number(portNumber);
    out.insecure = insecure;
    return out;
}

BatonClient::BatonClient(BatonEndpoint endpoint, std::shared_ptr<AccessTokenSource> tokens, QString hostId,
                         QByteArray userAgent)
    : m_endpoint(std::move(endpoint)), m_tokens(std::move(tokens)),
      m_hostId(hostId.isEmpty() ? defaultHostId() : std::move(hostId))
{
    std::shared_ptr<grpc::ChannelCredentials> creds;
    if (m_endpoint.insecure) {
        creds = grpc::InsecureChannelCredentials();
    } else {
        grpc::SslCredentialsOptions ssl;
        if (!m_endpoint.rootCertificates.isEmpty())
            ssl.pem_root_certs = m_endpoint.rootCertificates.toStdString();
        creds = grpc::SslCredentials(ssl);
    }
    grpc::ChannelArguments args;
    args.SetUserAgentPrefix(userAgent.isEmpty() ? std::string("dropbox-team-connector") : userAgent.toStdString());
    // Reconnect soon after an outage; the service loop does its own, longer, backoff.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 500);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 10000);
    m_channel = grpc::CreateCustomChannel(toStd(m_endpoint.target), creds, args);
    m_stub = batonv1::BatonService::NewStub(m_channel);
}

BatonClient::~BatonClient() { cancelAll(); }

QString BatonClient::defaultHostId()
{
    const QString env = qEnvironmentVariable("BATON_HOST_ID");
    if (!env.isEmpty())
        return env.left(256);
    const QString host = QHostInfo::localHostName();
    return host.isEmpty() ? QStringLiteral("dropbox-team-connector") : host.left(256);
}

bool BatonClient::registerContext(grpc::ClientContext *ctx, bool evenIfCancelled)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cancelled && !evenIfCancelled)
        return false;
    m_inFlight.insert(ctx);
    return true;
}

void BatonClient::unregisterContext(grpc::ClientContext *ctx)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_inFlight.erase(ctx);
}

void BatonClient::cancelAll()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    for (grpc::ClientContext *ctx : m_inFlight)
        ctx->TryCancel();
    m_wake.notify_all();
}

bool BatonClient::sleep(int ms)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(qMax(0, ms)), [this] { return m_cancelled.load(); });
    return !m_cancelled;
}

RpcStatus BatonClient::invoke(const char *what, int timeoutMs, bool evenIfCancelled, const Call &call)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Expected<AccessToken> token = m_tokens->token();
        if (!token) {
            RpcStatus r;
            r.code = int(grpc::StatusCode::UNAUTHENTICATED);
            r.message = token.error().message();
            r.credentialsRefused = token.error().kind == Error::Kind::Refused;
            return r;
        }
        grpc::ClientContext ctx;
        ctx.AddMetadata("authorization", "Bearer " + toStd(token->accessToken));
        ctx.set_deadline(deadlineIn(timeoutMs));
        if (!registerContext(&ctx, evenIfCancelled)) {
            RpcStatus r;
            r.code = int(grpc::StatusCode::CANCELLED);
            r.message = tr("The connection to ConductorOne is being closed.");
            return r;
        }
        const grpc::Status status = call(&ctx);
        unregisterContext(&ctx);
        if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED && attempt == 0) {
            // The token may have been revoked or expired early: one more try with a new one.
            qCInfo(lcC1) << what << "unauthenticated; fetching a new token";
            m_tokens->invalidate();
            continue;
        }
        if (!status.ok())
            qCInfo(lcC1) << what << "failed:" << RpcStatus::codeName(int(status.error_code()))
                         << fromStd(status.error_message());
        return fromGrpc(status);
    }
    return RpcStatus(); // not reached
}

RpcStatus BatonClient::hello(const QString &taskId, const v2::ConnectorMetadata &metadata,
                             const batonv1::BatonServiceHelloRequest::BuildInfo &build,
                             const batonv1::BatonServiceHelloRequest::OSInfo &os)
{
    batonv1::BatonServiceHelloRequest req;
    req.set_host_id(toStd(m_hostId));
    req.set_task_id(toStd(taskId));
    *req.mutable_build_info() = build;
    *req.mutable_os_info() = os;
    *req.mutable_connector_metadata() = metadata;
    batonv1::BatonServiceHelloResponse resp;
    return invoke("Hello", m_callTimeoutMs, false,
                  [&](grpc::ClientContext *ctx) { return m_stub->Hello(ctx, req, &resp); });
}

RpcStatus BatonClient::getTask(batonv1::BatonServiceGetTaskResponse *out)
{
    batonv1::BatonServiceGetTaskRequest req;
    req.set_host_id(toStd(m_hostId));
    return invoke("GetTask", m_callTimeoutMs, false,
                  [&](grpc::ClientContext *ctx) { return m_stub->GetTask(ctx, req, out); });
}

RpcStatus BatonClient::heartbeat(const QString &taskId, batonv1::BatonServiceHeartbeatResponse *out)
{
    batonv1::BatonServiceHeartbeatRequest req;
    req.set_host_id(toStd(m_hostId));
    req.set_task_id(toStd(taskId));
    return invoke("Heartbeat", m_callTimeoutMs, false,
                  [&](grpc::ClientContext *ctx) { return m_stub->Heartbeat(ctx, req, out); });
}

RpcStatus BatonClient::finishSuccess(const QString &taskId, const google::protobuf::Message *response,
                                     const google::protobuf::RepeatedPtrField<google::protobuf::Any> *annotations)
{
    batonv1::BatonServiceFinishTaskRequest req;
    req.set_host_id(toStd(m_hostId));
    req.set_task_id(toStd(taskId));
    batonv1::BatonServiceFinishTaskRequest::Success *success = req.mutable_success();
    if (response)
        success->mutable_response()->PackFrom(*response);
    if (annotations)
        *success->mutable_annotations() = *annotations;
    batonv1::BatonServiceFinishTaskResponse resp;
    return invoke("FinishTask", m_cancelled ? 10000 : m_callTimeoutMs, true,
                  [&](grpc::ClientContext *ctx) { return m_stub->FinishTask(ctx, req, &resp); });
}

RpcStatus BatonClient::finishError(const QString &taskId, int code, const QString &message, bool nonRetryable,
                                   const google::protobuf::Message *response)
{
    batonv1::BatonServiceFinishTaskRequest req;
    req.set_host_id(toStd(m_hostId));
    req.set_task_id(toStd(taskId));
    req.mutable_status()->set_code(code);
    req.mutable_status()->set_message(toStd(message));
    batonv1::BatonServiceFinishTaskRequest::Error *err = req.mutable_error();
    err->set_non_retryable(nonRetryable);
    if (response)
        err->mutable_response()->PackFrom(*response);
    batonv1::BatonServiceFinishTaskResponse resp;
    return invoke("FinishTask", m_cancelled ? 10000 : m_callTimeoutMs, true,
                  [&](grpc::ClientContext *ctx) { return m_stub->FinishTask(ctx, req, &resp); });
}

RpcStatus BatonClient::uploadAsset(const QString &taskId, const QString &path, const Progress &progress, int attempts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RpcStatus r;
        r.code = int(grpc::StatusCode::INTERNAL);
        r.message = tr("The sync file %1 could not be read: %2").arg(path, file.errorString());
        return r;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        RpcStatus r;
        r.code = int(grpc::StatusCode::INTERNAL);
        r.message = tr("The sync file %1 could not be read: %2").arg(path, file.errorString());
        return r;
    }
    const QByteArray sha256 = hash.result();
    const qint64 size = file.size();
    file.close();

    RpcStatus last;
    for (int i = 0; i < qMax(1, attempts); ++i) {
        ++m_uploadAttempts;
        last = uploadOnce(taskId, path, sha256, size, progress);
        if (last.ok()) {
            qCInfo(lcC1) << "uploaded asset for task" << taskId << "bytes" << size << "attempts" << i + 1;
            return last;
        }
        qCWarning(lcC1) << "upload attempt" << i + 1 << "failed:" << last.describe();
        if (m_cancelled || last.credentialsRefused)
            return last;
        // baton waits 0 s, then 1 s, ... between attempts.
        if (i + 1 < attempts && !sleep(1000 * i))
            return last;
    }
    return last;
}

RpcStatus BatonClient::uploadOnce(const QString &taskId, const QString &path, const QByteArray &sha256, qint64 size,
                                  const Progress &progress)
{
    return invoke("UploadAsset", m_uploadTimeoutMs, false, [&](grpc::ClientContext *ctx) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return grpc::Status(grpc::StatusCode::INTERNAL, toStd(file.errorString()));
        batonv1::BatonServiceUploadAssetResponse resp;
        std::unique_ptr<grpc::ClientWriter<batonv1::BatonServiceUploadAssetRequest>> writer(
            m_stub->UploadAsset(ctx, &resp));

        batonv1::BatonServiceUploadAssetRequest msg;
        batonv1::BatonServiceUploadAssetRequest::UploadMetadata *meta = msg.mutable_metadata();
        meta->set_host_id(toStd(m_hostId));
        meta->set_task_id(toStd(taskId));
        bool streamOk = writer->Write(msg);

        qint64 sent = 0;
        QByteArray chunk(kChunkSize, Qt::Uninitialized);
        while (streamOk && sent < size) {
            const qint64 n = file.read(chunk.data(), qMin<qint64>(kChunkSize, size - sent));
            if (n <= 0) {
                ctx->TryCancel();
                writer->Finish();
                return grpc::Status(grpc::StatusCode::INTERNAL, toStd(tr("The sync file changed while it was sent.")));
            }
            msg.Clear();
            msg.mutable_data()->set_data(chunk.constData(), size_t(n));
            streamOk = writer->Write(msg);
            if (streamOk) {
                sent += n;
                if (progress)
                    progress(sent, size);
            }
        }
        if (streamOk) {
            msg.Clear();
            msg.mutable_eof()->set_sha256_checksum(sha256.constData(), size_t(sha256.size()));
            streamOk = writer->Write(msg);
        }
        if (streamOk)
            writer->WritesDone();
        // When a Write failed, Finish() says why the stream ended.
        grpc::Status status = writer->Finish();
        if (status.ok() && !streamOk)
            status = grpc::Status(grpc::StatusCode::UNAVAILABLE, "upload stream closed early");
        return status;
    });
}

} // namespace c1
} // namespace dbx
