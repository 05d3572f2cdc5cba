#pragma once
// The core objects of one connection, as the app's ConnectorSession makes them (that class lives
// in the worker library, which the provisioning tests do not link): token source, client, store
// and sync engine against a simulator's base URL.

#include "dropbox/DropboxClient.h"
#include "dropbox/TokenSource.h"
#include "provision/Provisioner.h"
#include "sim/SimServer.h"
#include "sim/SimTypes.h"
#include "store/SnapshotStore.h"
#include "support/SimFixture.h"
#include "support/SnapshotLookups.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>
#include <QUuid>

#include <memory>

namespace dbx::test {

// A simulated team of this size on loopback, with a licence for every member a test adds; null
// when it could not listen.
inline std::unique_ptr<sim::SimServer> writableTeam(int members, int groups, quint32 seed)
{
    auto server = std::make_unique<sim::SimServer>(SimFixture::team(members, groups, seed));
    if (!server->listen())
        return nullptr;
    server->setLicenseLimit(100000);
    return server;
}

// Look-ups in a snapshot (the simulator's truth or a stored run). byEmail prefers a current
// member and falls back to a removed one.
inline const Account *byEmail(const Snapshot &s, const QString &email)
{
    for (const Account &a : s.accounts) {
        if (a.email.compare(email, Qt::CaseInsensitive) == 0 && a.status != AccountStatus::Removed)
            return &a;
    }
    for (const Account &a : s.accounts) {
        if (a.email.compare(email, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

inline const Account *byId(const Snapshot &s, const QString &id) { return findAccount(s, id); }

inline bool hasMembership(const Snapshot &s, const QString &group, const QString &member, AccessType *access = nullptr)
{
    return memberOf(s, group, member, access);
}

// The stored snapshot's view of one member equals the truth's, for the fields provisioning
// changes: status, role, email, group list and every membership with its access type.
inline void compareMember(const Snapshot &truth, const Snapshot &snap, const QString &id)
{
    const Account *t = byId(truth, id);
    const Account *s = byId(snap, id);
    QVERIFY2(t && s, qPrintable(id));
    QCOMPARE(toWire(s->status), toWire(t->status));
    QCOMPARE(s->roleId, t->roleId);
    QCOMPARE(s->email, t->email);
    QStringList sg = s->groupIds, tg = t->groupIds;
    sg.sort();
    tg.sort();
    QCOMPARE(sg, tg);
    for (const Group &g : truth.groups) {
        AccessType ta = AccessType::Member, sa = AccessType::Member;
        const bool inTruth = hasMembership(truth, g.id, id, &ta);
        const bool inStore = hasMembership(snap, g.id, id, &sa);
        QCOMPARE(inStore, inTruth);
        if (inTruth)
            QCOMPARE(sa, ta);
    }
}

class Session : public QObject
{
public:
    Session(const QUrl &base, const sim::Credentials &creds, const QString &dbPath,
            const DropboxClient::Options &clientOptions = DropboxClient::Options())
        : m_nam(new QNetworkAccessManager(this)), m_dbPath(dbPath)
    {
        QUrl tokenUrl = base;
        tokenUrl.setPath(QStringLiteral("/oauth2/token"));
        m_tokens = new RefreshTokenSource(m_nam, tokenUrl, {creds.appKey, creds.appSecret, creds.refreshToken}, this);
        DropboxClient::Options opts = clientOptions;
        opts.baseUrl = base;
        opts.initialBackoffMs = 20;
        m_client = new DropboxClient(m_tokens, opts, this);
        m_store = std::make_unique<SnapshotStore>(QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_sync = std::make_unique<SyncEngine>(m_client, m_store.get(), SyncEngine::Options());
    }
    ~Session() override
    {
        // Provisioners made with this session as parent use the store: they go before it (the
        // QObject base would delete them after the members).
        qDeleteAll(findChildren<Provisioner *>(QString(), Qt::FindDirectChildrenOnly));
    }
    dbx::Expected<void> open() { return m_store->open(m_dbPath); }
    DropboxClient *client() const { return m_client; }
    SnapshotStore *store() const { return m_store.get(); }
    SyncEngine *syncEngine() const { return m_sync.get(); }
    QString grantedScopes() const { return m_tokens->grantedScopes(); }

private:
    QNetworkAccessManager *m_nam;
    QString m_dbPath;
    RefreshTokenSource *m_tokens = nullptr;
    DropboxClient *m_client = nullptr;
    std::unique_ptr<SnapshotStore> m_store;
    std::unique_ptr<SyncEngine> m_sync; // after the store: destroyed before it
};

} // namespace dbx::test
