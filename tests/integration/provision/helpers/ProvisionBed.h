#pragma once
// The core every provisioning integration test shares: a folder for its databases, the simulated
// team, a synced session on it with an enabled Provisioner, running operations through it, and
// reading back the stored snapshot. ProvisionFixture adds a known cast on top; the lost-reply test
// uses the bed with clients of its own timeouts.

#include "helpers/ProvisionSession.h"
#include "provision/Plan.h"
#include "provision/Provisioner.h"
#include "sim/SimServer.h"
#include "store/SnapshotStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace dbx::test {

class ProvisionBed
{
protected:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<Session> m_session;
    Provisioner *m_prov = nullptr;

    // A session on the current simulator with a database no session used yet.
    std::unique_ptr<Session> newSession(const DropboxClient::Options &options = DropboxClient::Options())
    {
        return std::make_unique<Session>(m_sim->baseUrl(), m_sim->credentials(),
                                         m_dir.filePath(QStringLiteral("prov%1.sqlite").arg(++m_dbCounter)), options);
    }

    bool sync()
    {
        QSignalSpy spy(m_session->syncEngine(), &SyncEngine::finished);
        m_session->syncEngine()->start();
        if (spy.isEmpty() && !spy.wait(60000))
            return false;
        return spy.first().first().value<SyncOutcome>().ok;
    }

    // A fresh session (new database) on the current simulator, synced, with an enabled
    // Provisioner that audits under connectionName.
    void openSession(const QString &connectionName, const DropboxClient::Options &options = DropboxClient::Options())
    {
        m_prov = nullptr;
        m_session.reset();
        m_session = newSession(options);
        const dbx::Expected<void> opened = m_session->open();
        QVERIFY2(opened, qPrintable(opened.error().message()));
        QVERIFY(sync());
        m_prov = new Provisioner(m_session->client(), m_session->store(), m_session.get());
        Provisioner::Options o;
        o.pollIntervalMs = 5;
        m_prov->setOptions(o);
        m_prov->setEnabled(true);
        m_prov->setConnectionName(connectionName);
    }

    QVector<OperationResult> run(const QVector<Operation> &ops, bool *cancelled = nullptr)
    {
        QSignalSpy spy(m_prov, &Provisioner::finished);
        m_prov->run(ops);
        if (!spy.wait(60000))
            return {};
        if (cancelled)
            *cancelled = spy.first().at(1).toBool();
        return spy.first().first().value<QVector<OperationResult>>();
    }

    // Applies the plan and waits for the Provisioner's answer: the plan with each row's result, or
    // nothing when it does not finish within timeoutMs.
    std::optional<Plan> applyPlan(const Plan &plan, int timeoutMs = 60000)
    {
        QSignalSpy spy(m_prov, &Provisioner::planFinished);
        m_prov->applyPlan(plan);
        if (!spy.wait(timeoutMs))
            return std::nullopt;
        return spy.first().first().value<Plan>();
    }

    Snapshot stored() const
    {
        const auto s = m_session->store()->load(m_session->store()->latestCompleteRun());
        return s ? *s : Snapshot();
    }

    // The store's view of one member equals the simulator's, for the fields provisioning changes.
    void compareMember(const QString &id) { dbx::test::compareMember(m_sim->truth(), stored(), id); }

    // The Provisioner and session first (they use the simulator), then the simulator.
    void tearDown()
    {
        m_prov = nullptr;
        m_session.reset();
        m_sim.reset();
    }
};

} // namespace dbx::test
