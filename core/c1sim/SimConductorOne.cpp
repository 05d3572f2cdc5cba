#include "c1sim/SimConductorOne.h"

#include "conductorone/Credentials.h"
#include "conductorone/Ksuid.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <google/protobuf/struct.pb.h>
#include <grpcpp/grpcpp.h>

namespace dbx {
namespace c1sim {

using c1::fromStd;
using c1::toStd;

class SimConductorOne::Service final : public batonv1::BatonService::Service
{
public:
    explicit Service(SimConductorOne *fake) : m_fake(fake) {}

    grpc::Status check(grpc::ServerContext *ctx)
    {
        const auto it = ctx->client_metadata().find("authorization");
        const std::string header
            = it == ctx->client_metadata().end() ? std::string() : std::string(it->second.data(), it->second.size());
        if (!m_fake->authorized(header))
            return grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "token not valid");
        return grpc::Status::OK;
    }

    // A unary call: refused without a valid token, else its body runs under the fake's lock.
    template <typename Body>
    grpc::Status authorizedLocked(grpc::ServerContext *ctx, Body body)
    {
        const grpc::Status auth = check(ctx);
        if (!auth.ok())
            return auth;
        std::lock_guard<std::mutex> lock(m_fake->m_mutex);
        return body();
    }

    grpc::Status Hello(grpc::ServerContext *ctx, const batonv1::BatonServiceHelloRequest *req,
                       batonv1::BatonServiceHelloResponse *) override
    {
        return authorizedLocked(ctx, [&] {
            m_fake->m_hellos.append(*req);
            if (m_fake->m_helloStatus != 0)
                return grpc::Status(grpc::StatusCode(m_fake->m_helloStatus), "hello refused by the test");
            return grpc::Status::OK;
        });
    }

    grpc::Status GetTask(grpc::ServerContext *ctx, const batonv1::BatonServiceGetTaskRequest *req,
                         batonv1::BatonServiceGetTaskResponse *resp) override
    {
        return authorizedLocked(ctx, [&] {
            ++m_fake->m_getTaskCalls;
            if (req->host_id().empty())
                return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "host_id missing");
            if (!m_fake->m_queue.empty()) {
                *resp->mutable_task() = m_fake->m_queue.front();
                m_fake->m_queue.pop_front();
            }
            resp->mutable_next_poll()->set_nanos(m_fake->m_nextPollMs * 1000000);
            return grpc::Status::OK;
        });
    }

    grpc::Status Heartbeat(grpc::ServerContext *ctx, const batonv1::BatonServiceHeartbeatRequest *req,
                           batonv1::BatonServiceHeartbeatResponse *resp) override
    {
        return authorizedLocked(ctx, [&] {
            const QString id = fromStd(req->task_id());
            const int n = ++m_fake->m_heartbeats[id];
            if (m_fake->m_nextHeartbeatMs > 0) {
                resp->mutable_next_heartbeat()->set_seconds(m_fake->m_nextHeartbeatMs / 1000);
                resp->mutable_next_heartbeat()->set_nanos((m_fake->m_nextHeartbeatMs % 1000) * 1000000);
            }
            const auto it = m_fake->m_cancelOnHeartbeat.constFind(id);
            resp->set_cancelled(it != m_fake->m_cancelOnHeartbeat.constEnd() && n >= *it);
            return grpc::Status::OK;
        });
    }

    grpc::Status FinishTask(grpc::ServerContext *ctx, const batonv1::BatonServiceFinishTaskRequest *req,
                            batonv1::BatonServiceFinishTaskResponse *) override
    {
        return authorizedLocked(ctx, [&] {
            m_fake->m_finished.insert(fromStd(req->task_id()), *req);
            return grpc::Status::OK;
        });
    }

    grpc::Status UploadAsset(grpc::ServerContext *ctx,
                             grpc::ServerReader<batonv1::BatonServiceUploadAssetRequest> *reader,
                             batonv1::BatonServiceUploadAssetResponse *) override
    {
        const grpc::Status auth = check(ctx);
        if (!auth.ok())
            return auth;
        int dropAfter = -1;
        {
            std::lock_guard<std::mutex> lock(m_fake->m_mutex);
            ++m_fake->m_uploadStreams;
            if (m_fake->m_dropStreams > 0) {
                --m_fake->m_dropStreams;
                dropAfter = m_fake->m_dropAfterChunks;
            }
        }
        Upload up;
        batonv1::BatonServiceUploadAssetRequest msg;
        if (!reader->Read(&msg) || msg.msg_case() != batonv1::BatonServiceUploadAssetRequest::kMetadata)
            return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "first message must be metadata");
        up.taskId = fromStd(msg.metadata().task_id());
        up.hostId = fromStd(msg.metadata().host_id());
        bool sawEof = false;
        while (reader->Read(&msg)) {
            if (msg.msg_case() == batonv1::BatonServiceUploadAssetRequest::kData) {
                if (sawEof)
                    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "data after eof");
                const std::string &d = msg.data().data();
                if (d.empty() || d.size() > 1024 * 1024)
                    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "chunk size out of range");
                up.data.append(d.data(), qsizetype(d.size()));
                up.chunkSizes.append(int(d.size()));
                if (dropAfter >= 0 && up.chunkSizes.size() >= dropAfter)
                    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "stream dropped by the test");
            } else if (msg.msg_case() == batonv1::BatonServiceUploadAssetRequest::kEof) {
                sawEof = true;
                up.sha256 = QByteArray::fromStdString(msg.eof().sha256_checksum());
            } else {
                return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "metadata twice");
            }
        }
        if (!sawEof)
            return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "no eof");
        up.hashMatches
            = up.sha256.size() == 32 && QCryptographicHash::hash(up.data, QCryptographicHash::Sha256) == up.sha256;
        if (!up.hashMatches)
            return grpc::Status(grpc::StatusCode::DATA_LOSS, "sha256 mismatch");
        std::lock_guard<std::mutex> lock(m_fake->m_mutex);
        m_fake->m_uploads.append(up);
        return grpc::Status::OK;
    }

private:
    SimConductorOne *m_fake;
};

SimConductorOne::SimConductorOne(QByteArray publicKey, QString clientId, QString audience)
    : m_publicKey(std::move(publicKey)), m_clientId(std::move(clientId)), m_audience(std::move(audience))
{}

SimConductorOne::~SimConductorOne()
{
    if (m_server)
        m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
}

Expected<void> SimConductorOne::start()
{
    m_http = std::make_unique<sim::HttpServer>([this](const sim::HttpRequest &r) { return handleHttp(r); });
    auto listening = m_http->listen(QHostAddress::LocalHost, 0);
    if (!listening)
        return listening;
    m_service = std::make_unique<Service>(this);
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &m_grpcPort);
    builder.RegisterService(m_service.get());
    m_server = builder.BuildAndStart();
    if (!m_server || m_grpcPort == 0)
        return unexpected(Error::make(Error::Kind::Io, QStringLiteral("grpc server did not start")));
    return {};
}

QUrl SimConductorOne::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/auth/v1/token").arg(m_http->port()));
}

QString SimConductorOne::grpcTarget() const { return QStringLiteral("127.0.0.1:%1").arg(m_grpcPort); }

QUrl SimConductorOne::restBaseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http->port())); }

int SimConductorOne::forceSyncRequests() const { return locked(m_forceSyncs); }

SimConductorOne::Credentials SimConductorOne::makeCredentials(const QString &tenantHost)
{
    Credentials c;
    QByteArray seed;
    c1::Credentials::generateKeyPair(&seed, &c.publicKey);
    c.clientId = QStringLiteral("demo-connector@%1/dropbox").arg(tenantHost);
    c.clientSecret = c1::Credentials::encodeClientSecret(seed, c.publicKey, QStringLiteral("demo"));
    return c;
}

sim::HttpResponse SimConductorOne::handleHttp(const sim::HttpRequest &req)
{
    if (req.path.startsWith("/api/v1/"))
        return handleForceSync(req);
    return handleToken(req);
}

sim::HttpResponse SimConductorOne::handleForceSync(const sim::HttpRequest &req)
{
    // POST /api/v1/apps/{app_id}/connectors/{connector_id}/force_sync, any ids: queue a sync.
    static const QRegularExpression route(QStringLiteral("^/api/v1/apps/[^/]+/connectors/[^/]+/force_sync$"));
    if (req.method != "POST" || !route.match(QString::fromUtf8(req.path)).hasMatch())
        return sim::HttpResponse::json(404, R"({"code":5,"message":"not found"})");
    if (!authorized(req.header("authorization").toStdString()))
        return sim::HttpResponse::json(401, R"({"code":16,"message":"token not valid"})");
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_forceSyncs;
    m_queue.push_back(syncTask());
    return sim::HttpResponse::json(200, "{}");
}

sim::HttpResponse SimConductorOne::handleToken(const sim::HttpRequest &req)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_tokenRequests;
    if (req.method != "POST" || req.path != "/auth/v1/token")
        return sim::HttpResponse::json(404, R"({"error":"not_found"})");
    if (m_revoked)
        return sim::HttpResponse::json(401, R"({"error":"invalid_client","error_description":"client revoked"})");
    const QUrlQuery form(QString::fromUtf8(req.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    auto field = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    if (field("grant_type") != QLatin1String("client_credentials") || field("client_id") != m_clientId
        || field("client_assertion_type") != QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")) {
        m_lastError = QStringLiteral("bad form");
        return sim::HttpResponse::json(400, R"({"error":"invalid_request"})");
    }
    const Expected<c1::Credentials::Jws> verified
        = c1::Credentials::verifyAssertion(field("client_assertion").toLatin1(), m_publicKey);
    if (!verified) {
        m_lastError = verified.error().message();
        return sim::HttpResponse::json(401, R"({"error":"invalid_client"})");
    }
    const c1::Credentials::Jws &jws = *verified;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (jws.claims.value(QLatin1String("iss")).toString() != m_clientId
        || jws.claims.value(QLatin1String("sub")).toString() != m_clientId
        || jws.claims.value(QLatin1String("aud")).toString() != m_audience
        || jws.claims.value(QLatin1String("exp")).toInteger() < now
        || jws.claims.value(QLatin1String("nbf")).toInteger() > now) {
        m_lastError = QStringLiteral("claims");
        return sim::HttpResponse::json(401, R"({"error":"invalid_client"})");
    }
    const QString token = QStringLiteral("c1tok-%1").arg(m_tokenRequests);
    m_validTokens.insert(token);
    return sim::HttpResponse::json(
        200, QStringLiteral(R"({"access_token":"%1","token_type":"bearer","expires_in":3600})").arg(token).toUtf8());
}

bool SimConductorOne::authorized(const std::string &header)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const QString h = fromStd(header);
    const bool ok = !m_revoked && h.startsWith(QLatin1String("Bearer ")) && m_validTokens.contains(h.mid(7));
    if (!ok)
        ++m_unauthenticated;
    return ok;
}

void SimConductorOne::enqueue(const batonv1::Task &task)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_queue.push_back(task);
}

void SimConductorOne::setNextPollMs(int ms)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_nextPollMs = ms;
}

void SimConductorOne::setNextHeartbeatMs(int ms)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_nextHeartbeatMs = ms;
}

void SimConductorOne::cancelOnHeartbeat(const QString &taskId, int nth)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelOnHeartbeat.insert(taskId, nth);
}

void SimConductorOne::dropUploads(int streams, int afterChunks)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_dropStreams = streams;
    m_dropAfterChunks = afterChunks;
}

void SimConductorOne::revoke()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_revoked = true;
    m_validTokens.clear();
}

void SimConductorOne::setHelloStatus(int code)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_helloStatus = code;
}

QVector<batonv1::BatonServiceHelloRequest> SimConductorOne::hellos() const { return locked(m_hellos); }

std::optional<batonv1::BatonServiceFinishTaskRequest> SimConductorOne::finished(const QString &taskId) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_finished.constFind(taskId);
    if (it == m_finished.constEnd())
        return std::nullopt;
    return *it;
}

int SimConductorOne::finishedCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_finished.size());
}

int SimConductorOne::heartbeats(const QString &taskId) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_heartbeats.value(taskId);
}

QVector<SimConductorOne::Upload> SimConductorOne::uploads() const { return locked(m_uploads); }
int SimConductorOne::uploadStreams() const { return locked(m_uploadStreams); }
int SimConductorOne::tokenRequests() const { return locked(m_tokenRequests); }
int SimConductorOne::getTaskCalls() const { return locked(m_getTaskCalls); }
int SimConductorOne::unauthenticatedCalls() const { return locked(m_unauthenticated); }
QString SimConductorOne::lastError() const { return locked(m_lastError); }

// --- task builders -------------------------------------------------------------------------

namespace {

batonv1::Task newTask()
{
    batonv1::Task t;
    t.set_id(toStd(c1::Ksuid::generate()));
    t.set_status(batonv1::Task::STATUS_RUNNING);
    return t;
}

void fillEntitlement(c1::v2::Entitlement *e, const QString &type, const QString &id, const QString &slug)
{
    e->set_id(toStd(type + QLatin1Char(':') + id + QLatin1Char(':') + slug));
    e->set_slug(toStd(slug));
    e->mutable_resource()->mutable_id()->set_resource_type(toStd(type));
    e->mutable_resource()->mutable_id()->set_resource(toStd(id));
}

void fillUser(c1::v2::Resource *r, const QString &teamMemberId)
{
    r->mutable_id()->set_resource_type("user");
    r->mutable_id()->set_resource(toStd(teamMemberId));
}

} // namespace

batonv1::Task SimConductorOne::syncTask()
{
    batonv1::Task t = newTask();
    t.mutable_sync_full()->set_skip_expand_grants(true);
    return t;
}

batonv1::Task SimConductorOne::grantTask(const QString &type, const QString &id, const QString &slug,
                                         const QString &teamMemberId)
{
    batonv1::Task t = newTask();
    fillEntitlement(t.mutable_grant()->mutable_entitlement(), type, id, slug);
    fillUser(t.mutable_grant()->mutable_principal(), teamMemberId);
    return t;
}

batonv1::Task SimConductorOne::revokeTask(const QString &type, const QString &id, const QString &slug,
                                          const QString &teamMemberId)
{
    batonv1::Task t = newTask();
    c1::v2::Grant *g = t.mutable_revoke()->mutable_grant();
    fillEntitlement(g->mutable_entitlement(), type, id, slug);
    fillUser(g->mutable_principal(), teamMemberId);
    g->set_id(g->entitlement().id() + ":user:" + toStd(teamMemberId));
    return t;
}

batonv1::Task SimConductorOne::createAccountTask(const QString &email, const QString &first, const QString &last)
{
    batonv1::Task t = newTask();
    auto *fields = t.mutable_create_account()->mutable_account_info()->mutable_profile()->mutable_fields();
    (*fields)["email"].set_string_value(toStd(email));
    (*fields)["first_name"].set_string_value(toStd(first));
    (*fields)["last_name"].set_string_value(toStd(last));
    t.mutable_create_account()->set_resource_type_id("user");
    return t;
}

batonv1::Task SimConductorOne::deleteTask(const QString &teamMemberId)
{
    batonv1::Task t = newTask();
    t.mutable_delete_resource()->mutable_resource_id()->set_resource_type("user");
    t.mutable_delete_resource()->mutable_resource_id()->set_resource(toStd(teamMemberId));
    return t;
}

batonv1::Task SimConductorOne::actionTask(const QString &name, const QString &userId)
{
    batonv1::Task t = newTask();
    t.mutable_action_invoke()->set_name(toStd(name));
    (*t.mutable_action_invoke()->mutable_args()->mutable_fields())["user_id"].set_string_value(toStd(userId));
    return t;
}

batonv1::Task SimConductorOne::listActionsTask()
{
    batonv1::Task t = newTask();
    t.mutable_action_list_schemas();
    return t;
}

batonv1::Task SimConductorOne::rotateCredentialsTask()
{
    batonv1::Task t = newTask();
    t.mutable_rotate_credentials()->mutable_resource_id()->set_resource_type("user");
    return t;
}

} // namespace c1sim
} // namespace dbx
