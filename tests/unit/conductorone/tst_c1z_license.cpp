// The license resource type of a c1z, as baton-dropbox syncs it: the type (TRAIT_LICENSE_PROFILE,
// SkipEntitlements, SkipGrants), the "full" license with its LicenseProfileTrait and the team's
// seat counts, the "assigned" entitlement, a grant per seat holder (full members, active or
// suspended); sync_resource_type_ids with and without "license"; targeted_sync_resources as a
// partial run.

#include "conductorone/C1z.h"
#include "model/Entitlements.h"
#include "support/C1Fixtures.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using namespace dbx::c1;

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

const v2::Resource *findResource(const C1zContents &c, const QString &type, const QString &id)
{
    for (const v2::Resource &r : c.resources) {
        if (str(r.id().resource_type()) == type && str(r.id().resource()) == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestC1zLicense : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Expected<C1zContents> write(const Snapshot &s, const C1zWriteOptions &options = C1zWriteOptions())
    {
        const QString path = m_dir.filePath(QStringLiteral("license.c1z"));
        const Expected<QString> written = writeC1z(s, path, options);
        return written ? readC1z(path) : Expected<C1zContents>(unexpected(written.error()));
    }

private slots:
    void types()
    {
        const Expected<C1zContents> c = write(test::c1Snapshot());
        QVERIFY2(c, qPrintable(c.error().message()));
        QCOMPARE(c->resourceTypeIds, QStringList({"user", "role", "group", "license"}));
        for (const v2::ResourceType &t : c->resourceTypes) {
            if (t.id() == "user") {
                // Its grants are the license grants: entitlements skipped, grants listed.
                QVERIFY(hasAnnotation<v2::SkipEntitlements>(t.annotations()));
                QVERIFY(!hasAnnotation<v2::SkipEntitlementsAndGrants>(t.annotations()));
            } else if (t.id() == "license") {
                QCOMPARE(str(t.display_name()), QStringLiteral("License"));
                QCOMPARE(t.traits_size(), 1);
                QCOMPARE(t.traits(0), v2::ResourceType::TRAIT_LICENSE_PROFILE);
                v2::CapabilityPermissions perms;
                QVERIFY(findAnnotation(t.annotations(), &perms));
                QCOMPARE(perms.permissions_size(), 1);
                QCOMPARE(str(perms.permissions(0).permission()), QStringLiteral("members.read"));
                QVERIFY(hasAnnotation<v2::SkipGrants>(t.annotations()));
                QVERIFY(hasAnnotation<v2::SkipEntitlements>(t.annotations()));
            }
        }
        const v2::Entitlement *assigned = nullptr;
        for (const v2::Entitlement &e : c->entitlements) {
            if (e.id() == "license:full:assigned")
                assigned = &e;
        }
        QVERIFY(assigned);
        QCOMPARE(str(assigned->display_name()), QStringLiteral("Assigned"));
        QCOMPARE(str(assigned->description()), QStringLiteral("User holds a full Dropbox license seat"));
        QCOMPARE(str(assigned->slug()), QStringLiteral("assigned"));
        QCOMPARE(assigned->purpose(), v2::Entitlement::PURPOSE_VALUE_ASSIGNMENT);
        QCOMPARE(str(assigned->grantable_to(0).id()), QStringLiteral("user"));
        QCOMPARE(str(assigned->resource().id().resource()), QStringLiteral("full"));

        // Seats: full and active or suspended; not invited, removed or limited.
        const QSet<QString> got = test::grantIds(*c);
        QVERIFY(got.contains(QStringLiteral("license:full:assigned:user:dbmid:active1")));
        QVERIFY(got.contains(QStringLiteral("license:full:assigned:user:dbmid:suspend")));
        for (const char *id : {"dbmid:invited", "dbmid:removed", "dbmid:limited"})
            QVERIFY2(!got.contains(QStringLiteral("license:full:assigned:user:") + QLatin1String(id)), id);
    }

    // sync_resource_type_ids: without "license" no license type, and users without grants;
    // "license" without "user": the license and its entitlement, nobody to hold it.
    void resourceTypeIds()
    {
        C1zWriteOptions noLicenses;
        noLicenses.licenses = false;
        Expected<C1zContents> c = write(test::c1Snapshot(), noLicenses);
        QVERIFY2(c, qPrintable(c.error().message()));
        QCOMPARE(c->resourceTypeIds, QStringList({"user", "role", "group"}));
        QVERIFY(!c->resourceExternalIds.contains(QStringLiteral("license:full")));
        QVERIFY(!c->entitlementIds.contains(QStringLiteral("license:full:assigned")));
        QCOMPARE(test::grantIds(*c).size(), grantsOf(test::c1Snapshot()).size());
        QVERIFY(hasAnnotation<v2::SkipEntitlementsAndGrants>(c->resourceTypes.front().annotations()));

        c = write(withResourceTypes(test::c1Snapshot(), {QStringLiteral("license")}));
        QVERIFY2(c, qPrintable(c.error().message()));
        QCOMPARE(c->resourceExternalIds, QStringList({"license:full"}));
        QCOMPARE(c->entitlementIds, QStringList({"license:full:assigned"}));
        QVERIFY(c->grants.empty());
    }

    // The license resource as baton-dropbox writes it, with the seat counts of team/get_info.
    void licenseResource()
    {
        Snapshot snap = test::c1Snapshot();
        snap.team.numLicensedUsers = 25;
        snap.team.numUsedLicenses = 3;
        const QString path = m_dir.filePath(QStringLiteral("license.c1z"));
        QVERIFY(writeC1z(snap, path));
        const Expected<C1zContents> read = readC1z(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        const v2::Resource *full = findResource(*read, QStringLiteral("license"), QStringLiteral("full"));
        QVERIFY(full);
        QCOMPARE(str(full->display_name()), QStringLiteral("full"));
        v2::LicenseProfileTrait trait;
        QVERIFY(findAnnotation(full->annotations(), &trait));
        QCOMPARE(str(trait.license_name()), QStringLiteral("full"));
        QCOMPARE(trait.entitlement_ids_size(), 1);
        QCOMPARE(str(trait.entitlement_ids(0)), QStringLiteral("license:full:assigned"));
        QCOMPARE(trait.purchased_seats(), qint64(25));
        QCOMPARE(trait.consumed_seats(), qint64(3));
        QVERIFY(read->resourceExternalIds.contains(QStringLiteral("license:full")));
        for (int i = 0; i < int(read->grants.size()); ++i) {
            const C1zGrantColumns &cols = read->grantColumns[i];
            if (cols.resourceTypeId != QLatin1String("license"))
                continue;
            QCOMPARE(cols.resourceId, QStringLiteral("full"));
            QCOMPARE(cols.entitlementId, QStringLiteral("license:full:assigned"));
            QCOMPARE(cols.principalResourceTypeId, QStringLiteral("user"));
            QCOMPARE(str(read->grants[size_t(i)].entitlement().resource().display_name()), QStringLiteral("full"));
        }
    }

    // targeted_sync_resources: a partial run of the targets, their entitlements and grants.
    void targetedRun()
    {
        C1zWriteOptions options;
        options.targets = QStringList({"group:g:1a2b3c", "user:dbmid:suspend", "license:full"});
        const QString path = m_dir.filePath(QStringLiteral("targeted.c1z"));
        QVERIFY(writeC1z(test::c1Snapshot(), path, options));
        const Expected<C1zContents> read = readC1z(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        QCOMPARE(read->syncRuns.size(), 1);
        QCOMPARE(read->syncRuns.first().syncType, QStringLiteral("partial"));
        QCOMPARE(read->resourceTypes.size(), size_t(4));
        QCOMPARE(QSet<QString>(read->resourceExternalIds.cbegin(), read->resourceExternalIds.cend()),
                 QSet<QString>({"group:g:1a2b3c", "user:dbmid:suspend", "license:full"}));
        QCOMPARE(QSet<QString>(read->entitlementIds.cbegin(), read->entitlementIds.cend()),
                 QSet<QString>({"group:g:1a2b3c:member", "group:g:1a2b3c:owner", "license:full:assigned"}));
        // The group's three, the targeted user's seat; the license's own grants are its users'.
        QCOMPARE(
            test::grantIds(*read),
            QSet<QString>({"group:g:1a2b3c:owner:user:dbmid:active1", "group:g:1a2b3c:member:user:dbmid:invited",
                           "group:g:1a2b3c:member:user:dbmid:suspend", "license:full:assigned:user:dbmid:suspend"}));
        QCOMPARE(missingTargets(test::c1Snapshot(), {"user:dbmid:active1", "group:g:none", "app:x", "license:full"}),
                 QStringList({"group:g:none", "app:x"}));
    }
};

QTEST_GUILESS_MAIN(TestC1zLicense)
#include "tst_c1z_license.moc"
