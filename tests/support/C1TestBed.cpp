#include "support/C1TestBed.h"

#include "sim/SimThread.h"
#include "support/SimConnection.h"

#include <QDebug>

namespace dbx {
namespace test {

C1TestBed::C1TestBed() = default;

C1TestBed::~C1TestBed() { tearDown(); }

Expected<void> C1TestBed::setUp(const QString &kid, const std::optional<sim::TeamSpec> &team)
{
    tearDown();
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        return unexpected(
            Error::make(Error::Kind::Io, QStringLiteral("No temporary folder: %1").arg(dir->errorString())));
    }
    if (team) {
        sim = std::make_unique<sim::SimThread>(*team);
        if (auto started = sim->start(0); !started)
            return unexpected(std::move(started).error());
    }
    const QString tenant = QStringLiteral("acme.conductor.one");
    key = makeTestKey(tenant, kid);
    fake = std::make_unique<FakeConductorOne>(key.publicKey, key.clientId, tenant);
    return fake->start();
}

void C1TestBed::stopService()
{
    if (service)
        service->stop();
    service.reset();
}

void C1TestBed::tearDown()
{
    stopService();
    fake.reset();
    sim.reset();
    dir.reset();
}

ConnectionConfig C1TestBed::simConnection(bool provisioning) const
{
    ConnectionConfig c = dbx::test::simConnection(*sim, QStringLiteral("Simulated team"),
                                                  dir->filePath(QStringLiteral("snapshots.sqlite")));
    c.provisioning = provisioning;
    return c;
}

QByteArray C1TestBed::failure(const std::optional<batonv1::BatonServiceFinishTaskRequest> &fin)
{
    if (!fin)
        return "not finished";
    if (fin->has_error())
        return QByteArray::fromStdString(fin->status().message());
    return "ok";
}

c1::ServiceOptions C1TestBed::serviceOptions(const QString &hostId) const
{
    return loopbackServiceOptions(*fake, key, hostId);
}

bool C1TestBed::startService(const c1::ServiceOptions &options, std::shared_ptr<c1::TaskHandler> handler)
{
    service = std::make_unique<c1::C1Service>(options, std::move(handler));
    if (const Expected<void> started = service->start(); !started) {
        qWarning() << started.error().message();
        return false;
    }
    return true;
}

std::optional<batonv1::BatonServiceFinishTaskRequest> C1TestBed::run(const batonv1::Task &task, int timeoutMs)
{
    return runTask(*fake, task, timeoutMs);
}

} // namespace test
} // namespace dbx
