// The bytes of a c1z's grant rows: each row's data is exactly the grant message serialized whole
// (deterministically), though the writer serializes a group's entitlement once and appends each
// member's own fields. Checked on the raw blobs of the unpacked database, for groups (member and
// owner), roles, the license and a membership of a group the snapshot does not list.

#include "conductorone/C1z.h"
#include "model/Entitlements.h"
#include "support/C1Fixtures.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using namespace dbx::c1;

class TestC1zGrants : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The grant message each grant of the snapshot stands for, by grant id.
    static QHash<QString, QByteArray> expectedBlobs(const Snapshot &s)
    {
        QHash<QString, v2::Resource> resources;
        for (const Group &g : s.groups)
            resources.insert(resource_type::group() + QLatin1Char(':') + g.id, groupResource(g));
        for (const Role &r : s.roles)
            resources.insert(resource_type::role() + QLatin1Char(':') + r.id, roleResource(r));
        resources.insert(resource_type::license() + QLatin1Char(':') + license::full(), licenseResource(s.team));
        QHash<QString, QByteArray> blobs;
        for (const Grant &g : grantsOf(s) + licenseGrantsOf(s)) {
            v2::Resource resource = resources.value(g.resourceType + QLatin1Char(':') + g.resourceId);
            if (!resource.has_id()) { // unlisted: the bare id
                resource.mutable_id()->set_resource_type(toStd(g.resourceType));
                resource.mutable_id()->set_resource(toStd(g.resourceId));
            }
            const std::string bytes = serializeDeterministic(grantMessage(resource, g.slug, g.teamMemberId));
            blobs.insert(g.id(), QByteArray(bytes.data(), qsizetype(bytes.size())));
        }
        return blobs;
    }

private slots:
    void rowsHoldTheWholeMessage()
    {
        Snapshot s = test::c1Snapshot();
        QVERIFY(!s.groups.isEmpty() && !s.memberships.isEmpty());
        // A membership of a group the snapshot does not list keeps its grant.
        s.memberships << Membership{QStringLiteral("g:unlisted"), s.memberships.first().teamMemberId,
                                    AccessType::Member};
        const QString c1zPath = m_dir.filePath(QStringLiteral("grants.c1z"));
        const Expected<QString> written = writeC1z(s, c1zPath);
        QVERIFY2(written, qPrintable(written.error().message()));
        const QString dbPath = m_dir.filePath(QStringLiteral("grants.db"));
        const Expected<void> unpacked = c1z::decompress(c1zPath, dbPath);
        QVERIFY2(unpacked, qPrintable(unpacked.error().message()));

        const QHash<QString, QByteArray> expected = expectedBlobs(s);
        QVERIFY(
            expected.contains(QStringLiteral("group:g:unlisted:member:user:") + s.memberships.first().teamMemberId));
        QHash<QString, QByteArray> got;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("grants"));
            db.setDatabaseName(dbPath);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT external_id, data FROM v1_grants")),
                     qPrintable(q.lastError().text()));
            while (q.next())
                got.insert(q.value(0).toString(), q.value(1).toByteArray());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("grants"));
        QCOMPARE(got.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(got.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestC1zGrants)
#include "tst_c1z_grants.moc"
