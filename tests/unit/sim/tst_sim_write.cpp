// The write routes over loopback HTTP: members/add_v2 (sync, async with polls, failures per
// member, the 20-member limit), remove (+ job), suspend/unsuspend, set_admin_permissions_v2,
// group member add/remove/set_access_type — their main 409 tags, and the truth afterwards.

#include "sim/SimServer.h"
#include "support/SimFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace dbx;
using namespace dbx::sim;
using namespace simtest;

namespace {
QJsonObject byId(const QString &id) { return tagged(QStringLiteral("team_member_id"), id); }
QJsonObject groupId(const QString &id) { return tagged(QStringLiteral("group_id"), id); }
QJsonObject newMember(const QString &email)
{
    return obj({{QStringLiteral("member_email"), email},
                {QStringLiteral("member_given_name"), QStringLiteral("Zoë")},
                {QStringLiteral("member_surname"), QStringLiteral("Łukaszewicz")},
                {QStringLiteral("send_welcome_email"), false}});
}
} // namespace

class TestSimWrite : public QObject
{
    Q_OBJECT

private:
    test::SimFixture m_sim;

    Account account(const QString &id) const
    {
        for (const Account &a : m_sim->truth().accounts)
            if (a.teamMemberId == id)
                return a;
        return Account();
    }

    // An active member who holds no role and is not the admin.
    QString plainActiveMember(int skip = 0) const
    {
        const Snapshot s = m_sim->truth();
        for (const Account &a : s.accounts)
            if (a.status == AccountStatus::Active && a.roleId.isEmpty() && a.teamMemberId != s.admin.teamMemberId
                && skip-- == 0)
                return a.teamMemberId;
        return QString();
    }

    QString memberWithStatus(AccountStatus status) const
    {
        for (const Account &a : m_sim->truth().accounts)
            if (a.status == status)
                return a.teamMemberId;
        return QString();
    }

    Group groupOfType(GroupManagementType t, bool nonEmpty = true) const
    {
        for (const Group &g : m_sim->truth().groups)
            if (g.managementType == t && (!nonEmpty || g.memberCount > 0))
                return g;
        return Group();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.start(test::SimFixture::team(120, 15, 3))); }

    void addSync()
    {
        const QString email = QStringLiteral("zoe.new@example.org");
        QJsonObject withRole = newMember(QStringLiteral("admin.new@example.org"));
        const QString roleId = m_sim->truth().roles.at(1).id;
        withRole.insert(QStringLiteral("role_ids"), QJsonArray{roleId});
        const QString existing = m_sim->truth().accounts.at(1).email;
        const Reply r = m_sim.call(QStringLiteral("team/members/add_v2"),
                                   obj({{QStringLiteral("new_members"),
                                         QJsonArray{newMember(email), withRole, newMember(existing),
                                                    newMember(QStringLiteral("x@other-team.example.com"))}}}));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String(".tag")).toString(), QStringLiteral("complete"));
        const QJsonArray results = o.value(QLatin1String("complete")).toArray();
        QCOMPARE(results.size(), 4);
        const QJsonObject ok = results.at(0).toObject();
        QCOMPARE(ok.value(QLatin1String(".tag")).toString(), QStringLiteral("success"));
        const QJsonObject profile = ok.value(QLatin1String("profile")).toObject();
        QCOMPARE(profile.value(QLatin1String("email")).toString(), email);
        QCOMPARE(profile.value(QLatin1String("status")).toObject().value(QLatin1String(".tag")).toString(),
                 QStringLiteral("invited"));
        QVERIFY(!profile.contains(QLatin1String("account_id")));
        QCOMPARE(profile.value(QLatin1String("name")).toObject().value(QLatin1String("display_name")).toString(),
                 QStringLiteral("Zoë Łukaszewicz"));
        const QJsonObject second = results.at(1).toObject();
        QCOMPARE(firstOf(second, "roles", "role_id"), roleId);
        QCOMPARE(results.at(2).toObject().value(QLatin1String(".tag")).toString(),
                 QStringLiteral("user_already_on_team"));
        QCOMPARE(results.at(2).toObject().value(QLatin1String("user_already_on_team")).toString(), existing);
        QCOMPARE(results.at(3).toObject().value(QLatin1String(".tag")).toString(),
                 QStringLiteral("user_on_another_team"));

        const Account added = account(profile.value(QLatin1String("team_member_id")).toString());
        QCOMPARE(added.email, email);
        QCOMPARE(added.status, AccountStatus::Invited);
        QCOMPARE(
            account(second.value(QLatin1String("profile")).toObject().value(QLatin1String("team_member_id")).toString())
                .roleId,
            roleId);
    }

    void addAsync_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("force");
        QTest::newRow("forced, one member") << 1 << true;
        QTest::newRow("more than five members") << 6 << false;
    }

    void addAsync()
    {
        QFETCH(int, count);
        QFETCH(bool, force);
        QJsonArray members;
        for (int i = 0; i < count; ++i)
            members.append(newMember(QStringLiteral("async%1.%2@example.org").arg(count).arg(i)));
        const Reply r
            = m_sim.call(QStringLiteral("team/members/add_v2"),
                         obj({{QStringLiteral("new_members"), members}, {QStringLiteral("force_async"), force}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String(".tag")).toString(), QStringLiteral("async_job_id"));
        const QString job = r.json().value(QLatin1String("async_job_id")).toString();
        QVERIFY(!job.isEmpty());
        const QString status = QStringLiteral("team/members/add/job_status/get_v2");
        QStringList tags;
        QJsonObject last;
        for (int i = 0; i < 3; ++i) {
            last = m_sim.call(status, obj({{QStringLiteral("async_job_id"), job}})).json();
            tags.append(last.value(QLatin1String(".tag")).toString());
        }
        QCOMPARE(
            tags,
            (QStringList{QStringLiteral("in_progress"), QStringLiteral("in_progress"), QStringLiteral("complete")}));
        const QJsonArray results = last.value(QLatin1String("complete")).toArray();
        QCOMPARE(results.size(), count);
        for (const QJsonValue &v : results)
            QCOMPARE(v.toObject().value(QLatin1String(".tag")).toString(), QStringLiteral("success"));
        // Other job routes do not know this job.
        const Reply wrong = m_sim.call(QStringLiteral("team/members/remove/job_status/get"),
                                       obj({{QStringLiteral("async_job_id"), job}}));
        QCOMPARE(wrong.status, 409);
        QCOMPARE(wrong.errorTag(), QStringLiteral("invalid_async_job_id"));
    }

    void addLimits()
    {
        QJsonArray members;
        for (int i = 0; i < 21; ++i)
            members.append(newMember(QStringLiteral("limit%1@example.org").arg(i)));
        Reply r = m_sim.call(QStringLiteral("team/members/add_v2"), obj({{QStringLiteral("new_members"), members}}));
        QCOMPARE(r.status, 400);
        QJsonObject bad = newMember(QStringLiteral("ok@example.org"));
        bad.insert(QStringLiteral("favourite_colour"), QStringLiteral("teal"));
        r = m_sim.call(QStringLiteral("team/members/add_v2"), obj({{QStringLiteral("new_members"), QJsonArray{bad}}}));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("favourite_colour"));

        m_sim->setLicenseLimit(0);
        r = m_sim.call(
            QStringLiteral("team/members/add_v2"),
            obj({{QStringLiteral("new_members"), QJsonArray{newMember(QStringLiteral("full@example.org"))}}}));
        QCOMPARE(firstOf(r.json(), "complete", ".tag"), QStringLiteral("team_license_limit"));
        m_sim->setLicenseLimit(100000);
    }

    void suspendAndUnsuspend()
    {
        const QString id = plainActiveMember();
        Reply r = m_sim.call(QStringLiteral("team/members/suspend"),
                             obj({{QStringLiteral("user"), byId(id)}, {QStringLiteral("wipe_data"), false}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("null"));
        QCOMPARE(account(id).status, AccountStatus::Suspended);
        QVERIFY(account(id).suspendedOn.isValid());
        r = m_sim.call(QStringLiteral("team/members/suspend"), obj({{QStringLiteral("user"), byId(id)}}));
        QCOMPARE(r.errorTag(), QStringLiteral("suspend_inactive_user"));
        r = m_sim.call(QStringLiteral("team/members/unsuspend"), obj({{QStringLiteral("user"), byId(id)}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(account(id).status, AccountStatus::Active);
        r = m_sim.call(QStringLiteral("team/members/unsuspend"), obj({{QStringLiteral("user"), byId(id)}}));
        QCOMPARE(r.errorTag(), QStringLiteral("unsuspend_non_suspended_member"));
        r = m_sim.call(
            QStringLiteral("team/members/suspend"),
            obj({{QStringLiteral("user"), tagged(QStringLiteral("email"), QStringLiteral("ghost@nowhere.example"))}}));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorTag(), QStringLiteral("user_not_found"));
        r = m_sim.call(QStringLiteral("team/members/suspend"),
                       obj({{QStringLiteral("user"), byId(memberWithStatus(AccountStatus::Removed))}}));
        QCOMPARE(r.errorTag(), QStringLiteral("user_not_in_team"));
    }

    void lastAdminIsProtected()
    {
        // Make the authenticated admin the only Team admin, then try to demote, suspend, remove.
        const Snapshot s = m_sim->truth();
        const QString teamAdmin = s.roles.first().id;
        for (const Account &a : s.accounts)
            if (a.roleId == teamAdmin && a.teamMemberId != s.admin.teamMemberId)
                QVERIFY(m_sim->setMemberRole(a.teamMemberId, QString()));
        const QJsonObject admin = byId(s.admin.teamMemberId);
        Reply r = m_sim.call(QStringLiteral("team/members/set_admin_permissions_v2"),
                             obj({{QStringLiteral("user"), admin}, {QStringLiteral("new_roles"), QJsonArray()}}));
        QCOMPARE(r.errorTag(), QStringLiteral("last_admin"));
        r = m_sim.call(QStringLiteral("team/members/suspend"), obj({{QStringLiteral("user"), admin}}));
        QCOMPARE(r.errorTag(), QStringLiteral("suspend_last_admin"));
        r = m_sim.call(QStringLiteral("team/members/remove"), obj({{QStringLiteral("user"), admin}}));
        QCOMPARE(r.errorTag(), QStringLiteral("remove_last_admin"));
        QCOMPARE(account(s.admin.teamMemberId).roleId, teamAdmin);
    }

    void setRole()
    {
        const QString id = plainActiveMember();
        const QString role = m_sim->truth().roles.at(2).id;
        Reply r
            = m_sim.call(QStringLiteral("team/members/set_admin_permissions_v2"),
                         obj({{QStringLiteral("user"), byId(id)}, {QStringLiteral("new_roles"), QJsonArray{role}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("team_member_id")).toString(), id);
        QCOMPARE(firstOf(r.json(), "roles", "role_id"), role);
        QCOMPARE(account(id).roleId, role);
        r = m_sim.call(QStringLiteral("team/members/set_admin_permissions_v2"),
                       obj({{QStringLiteral("user"), byId(id)}, {QStringLiteral("new_roles"), QJsonArray()}}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QLatin1String("roles")).toArray().isEmpty());
        QVERIFY(account(id).roleId.isEmpty());
        r = m_sim.call(QStringLiteral("team/members/set_admin_permissions_v2"),
                       obj({{QStringLiteral("user"), byId(id)},
                            {QStringLiteral("new_roles"), QJsonArray{QStringLiteral("pid_dbtmr:nope")}}}));
        QCOMPARE(r.errorTag(), QStringLiteral("role_not_found"));
        r = m_sim.call(
            QStringLiteral("team/members/set_admin_permissions_v2"),
            obj({{QStringLiteral("user"), byId(id)}, {QStringLiteral("new_roles"), QJsonArray{role, role}}}));
        QCOMPARE(r.status, 400);
        r = m_sim.call(QStringLiteral("team/members/set_admin_permissions_v2"),
                       obj({{QStringLiteral("user"), byId(memberWithStatus(AccountStatus::Suspended))},
                            {QStringLiteral("new_roles"), QJsonArray{role}}}));
        QCOMPARE(r.errorTag(), QStringLiteral("cannot_set_permissions"));
    }

    void removeErrors_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("tag");
        QTest::newRow("keep account and wipe") << R"({"keep_account":true,"wipe_data":true})"
                                               << "cannot_keep_account_and_delete_data";
        QTest::newRow("retain shares without account") << R"({"retain_team_shares":true,"wipe_data":false})"
                                                       << "cannot_retain_shares_when_no_account_kept";
        QTest::newRow("transfer without admin") << R"({"transfer_dest_id":{".tag":"email","email":"%ADMIN%"}})"
                                                << "unspecified_transfer_admin_id";
        QTest::newRow("transfer to nobody")
            << R"({"transfer_dest_id":{".tag":"email","email":"no@one.example"},"transfer_admin_id":{".tag":"email","email":"%ADMIN%"}})"
            << "transfer_dest_user_not_found";
        QTest::newRow("transfer admin not admin")
            << R"({"transfer_dest_id":{".tag":"email","email":"%ADMIN%"},"transfer_admin_id":{".tag":"team_member_id","team_member_id":"%OTHER%"}})"
            << "transfer_admin_is_not_admin";
    }

    void removeErrors()
    {
        QFETCH(QString, extra);
        QFETCH(QString, tag);
        const Snapshot s = m_sim->truth();
        extra.replace(QLatin1String("%ADMIN%"), s.admin.email).replace(QLatin1String("%OTHER%"), plainActiveMember(1));
        QJsonObject arg = QJsonDocument::fromJson(extra.toUtf8()).object();
        arg.insert(QStringLiteral("user"), byId(plainActiveMember()));
        const Reply r = m_sim.call(QStringLiteral("team/members/remove"), arg);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorTag(), tag);
    }

    void removeWithTransferIsAJob()
    {
        const Snapshot s = m_sim->truth();
        const QString id = plainActiveMember();
        const Reply r = m_sim.call(QStringLiteral("team/members/remove"),
                                   obj({{QStringLiteral("user"), byId(id)},
                                        {QStringLiteral("transfer_dest_id"), byId(s.admin.teamMemberId)},
                                        {QStringLiteral("transfer_admin_id"), byId(s.admin.teamMemberId)}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String(".tag")).toString(), QStringLiteral("async_job_id"));
        const QString job = r.json().value(QLatin1String("async_job_id")).toString();
        QStringList tags;
        for (int i = 0; i < 3; ++i)
            tags.append(m_sim
                            .call(QStringLiteral("team/members/remove/job_status/get"),
                                  obj({{QStringLiteral("async_job_id"), job}}))
                            .json()
                            .value(QLatin1String(".tag"))
                            .toString());
        QCOMPARE(tags.last(), QStringLiteral("complete"));
        QCOMPARE(tags.first(), QStringLiteral("in_progress"));
        const Account gone = account(id);
        QCOMPARE(gone.status, AccountStatus::Removed);
        QVERIFY(gone.groupIds.isEmpty());
        for (const Membership &m : m_sim->truth().memberships)
            QVERIFY(m.teamMemberId != id);
        QCOMPARE(
            m_sim.call(QStringLiteral("team/members/remove"), obj({{QStringLiteral("user"), byId(id)}})).errorTag(),
            QStringLiteral("user_not_in_team"));
    }

    void removeSimple()
    {
        const QString id = plainActiveMember();
        const Reply r = m_sim.call(QStringLiteral("team/members/remove"),
                                   obj({{QStringLiteral("user"), byId(id)}, {QStringLiteral("wipe_data"), true}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String(".tag")).toString(), QStringLiteral("complete"));
        QCOMPARE(account(id).status, AccountStatus::Removed);
        QVERIFY(account(id).removedIsRecoverable);
    }

    // A group listing's profiles follow the team: the simulator keeps each one once written
    // (SimApi::writeProfile), and a change must show in the next listing all the same.
    void groupListingFollowsProfileChanges()
    {
        const QString id = plainActiveMember(1);
        const QString group = account(id).groupIds.value(0);
        QVERIFY2(!group.isEmpty(), "the member is in no group");
        auto statusInListing = [&]() {
            const Reply r
                = m_sim.call(QStringLiteral("team/groups/members/list"),
                             obj({{QStringLiteral("group"), groupId(group)}, {QStringLiteral("limit"), 1000}}));
            for (const QJsonValue &v : r.json().value(QLatin1String("members")).toArray()) {
                const QJsonObject profile = v.toObject().value(QLatin1String("profile")).toObject();
                if (profile.value(QLatin1String("team_member_id")).toString() == id)
                    return profile.value(QLatin1String("status")).toObject().value(QLatin1String(".tag")).toString();
            }
            return QStringLiteral("not listed");
        };
        QCOMPARE(statusInListing(), QStringLiteral("active"));
        QCOMPARE(statusInListing(), QStringLiteral("active")); // written once, given again
        QCOMPARE(m_sim.call(QStringLiteral("team/members/suspend"), obj({{QStringLiteral("user"), byId(id)}})).status,
                 200);
        QCOMPARE(statusInListing(), QStringLiteral("suspended"));
        QCOMPARE(m_sim.call(QStringLiteral("team/members/unsuspend"), obj({{QStringLiteral("user"), byId(id)}})).status,
                 200);
        QCOMPARE(statusInListing(), QStringLiteral("active"));
    }

    void groupMembers()
    {
        const Group g = groupOfType(GroupManagementType::UserManaged);
        QVERIFY(!g.id.isEmpty());
        QString outsider;
        for (const Account &a : m_sim->truth().accounts)
            if (a.status == AccountStatus::Active && !a.groupIds.contains(g.id)) {
                outsider = a.teamMemberId;
                break;
            }
        const QString add = QStringLiteral("team/groups/members/add");
        auto access = [](const QString &id, const char *type) {
            return obj({{QStringLiteral("user"), byId(id)},
                        {QStringLiteral("access_type"), obj({{QStringLiteral(".tag"), QString::fromLatin1(type)}})}});
        };
        Reply r = m_sim.call(add,
                             obj({{QStringLiteral("group"), groupId(g.id)},
                                  {QStringLiteral("members"), QJsonArray{access(outsider, "owner")}}}));
        QCOMPARE(r.status, 200);
        const QJsonObject info = r.json().value(QLatin1String("group_info")).toObject();
        QCOMPARE(info.value(QLatin1String("member_count")).toInt(), g.memberCount + 1);
        QCOMPARE(info.value(QLatin1String("members")).toArray().size(), g.memberCount + 1);
        QCOMPARE(r.json().value(QLatin1String("async_job_id")).toString(), QStringLiteral(" "));
        QVERIFY(account(outsider).groupIds.contains(g.id));
        bool owner = false;
        for (const Membership &m : m_sim->truth().memberships)
            owner |= m.groupId == g.id && m.teamMemberId == outsider && m.accessType == AccessType::Owner;
        QVERIFY(owner);

        r = m_sim.call(add,
                       obj({{QStringLiteral("group"), groupId(g.id)},
                            {QStringLiteral("members"), QJsonArray{access(outsider, "member")}}}));
        QCOMPARE(r.errorTag(), QStringLiteral("duplicate_user"));
        r = m_sim.call(add,
                       obj({{QStringLiteral("group"), groupId(QStringLiteral("g:none"))},
                            {QStringLiteral("members"), QJsonArray{access(outsider, "member")}}}));
        QCOMPARE(r.errorTag(), QStringLiteral("group_not_found"));
        r = m_sim.call(add,
                       obj({{QStringLiteral("group"), groupId(groupOfType(GroupManagementType::SystemManaged).id)},
                            {QStringLiteral("members"), QJsonArray{access(outsider, "member")}}}));
        QCOMPARE(r.errorTag(), QStringLiteral("system_managed_group_disallowed"));
        r = m_sim.call(add,
                       obj({{QStringLiteral("group"), groupId(g.id)},
                            {QStringLiteral("members"), QJsonArray{access(QStringLiteral("dbmid:ghost"), "member")}}}));
        QCOMPARE(r.errorTag(), QStringLiteral("users_not_found"));
        QCOMPARE(r.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("users_not_found"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("dbmid:ghost"));
        const QString suspended = memberWithStatus(AccountStatus::Suspended);
        if (!account(suspended).groupIds.contains(g.id)) {
            r = m_sim.call(add,
                           obj({{QStringLiteral("group"), groupId(g.id)},
                                {QStringLiteral("members"), QJsonArray{access(suspended, "owner")}}}));
            QCOMPARE(r.errorTag(), QStringLiteral("user_must_be_active_to_be_owner"));
        }

        // Demote, without removing.
        const QString set = QStringLiteral("team/groups/members/set_access_type");
        r = m_sim.call(set,
                       obj({{QStringLiteral("group"), groupId(g.id)},
                            {QStringLiteral("user"), byId(outsider)},
                            {QStringLiteral("access_type"), QStringLiteral("member")},
                            {QStringLiteral("return_members"), false}}));
        QCOMPARE(r.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(items.first().toObject().value(QLatin1String(".tag")).toString(), QStringLiteral("group_info"));
        QVERIFY(!items.first().toObject().contains(QLatin1String("members")));
        for (const Membership &m : m_sim->truth().memberships)
            if (m.groupId == g.id && m.teamMemberId == outsider)
                QCOMPARE(m.accessType, AccessType::Member);

        const Group company = groupOfType(GroupManagementType::CompanyManaged);
        const Snapshot now = m_sim->truth();
        const QString companyMember
            = std::find_if(now.memberships.cbegin(), now.memberships.cend(), [&](const Membership &m) {
                  return m.groupId == company.id;
              })->teamMemberId;
        r = m_sim.call(set,
                       obj({{QStringLiteral("group"), groupId(company.id)},
                            {QStringLiteral("user"), byId(companyMember)},
                            {QStringLiteral("access_type"), QStringLiteral("owner")}}));
        QCOMPARE(r.errorTag(), QStringLiteral("user_cannot_be_manager_of_company_managed_group"));

        // Remove.
        const QString remove = QStringLiteral("team/groups/members/remove");
        r = m_sim.call(remove,
                       obj({{QStringLiteral("group"), groupId(g.id)},
                            {QStringLiteral("users"), QJsonArray{byId(outsider)}},
                            {QStringLiteral("return_members"), false}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("group_info")).toObject().value(QLatin1String("member_count")).toInt(),
                 g.memberCount);
        QVERIFY(!account(outsider).groupIds.contains(g.id));
        r = m_sim.call(
            remove,
            obj({{QStringLiteral("group"), groupId(g.id)}, {QStringLiteral("users"), QJsonArray{byId(outsider)}}}));
        QCOMPARE(r.errorTag(), QStringLiteral("member_not_in_group"));
        r = m_sim.call(set,
                       obj({{QStringLiteral("group"), groupId(g.id)},
                            {QStringLiteral("user"), byId(outsider)},
                            {QStringLiteral("access_type"), QStringLiteral("owner")}}));
        QCOMPARE(r.errorTag(), QStringLiteral("member_not_in_group"));

        r = m_sim.call(QStringLiteral("team/groups/job_status/get"),
                       obj({{QStringLiteral("async_job_id"), QStringLiteral(" ")}}));
        QCOMPARE(r.json().value(QLatin1String(".tag")).toString(), QStringLiteral("complete"));
        r = m_sim.call(QStringLiteral("team/groups/job_status/get"),
                       obj({{QStringLiteral("async_job_id"), QStringLiteral("dbjid:nope")}}));
        QCOMPARE(r.errorTag(), QStringLiteral("invalid_async_job_id"));
    }

    void writesNeedWriteScopes()
    {
        m_sim->setGrantedScopes(
            {QStringLiteral("members.read"), QStringLiteral("groups.read"), QStringLiteral("team_info.read")});
        const QByteArray readOnly = m_sim->issueAccessToken().toUtf8();
        m_sim->setGrantedScopes(OAuthSettings::defaultScopes());
        const Reply r = m_sim.http().rpc(QStringLiteral("team/members/suspend"),
                                         obj({{QStringLiteral("user"), byId(plainActiveMember())}}), readOnly);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorTag(), QStringLiteral("missing_scope"));
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("required_scope")).toString(),
                 QStringLiteral("members.write"));
    }
};

QTEST_GUILESS_MAIN(TestSimWrite)
#include "tst_sim_write.moc"
