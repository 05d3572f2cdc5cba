#include "support/SimFixture.h"

#include <QtGlobal>

namespace dbx {
namespace test {

SimFixture::SimFixture() = default;

SimFixture::~SimFixture() { stop(); }

Expected<void> SimFixture::start(const sim::TeamSpec &spec, Where where)
{
    stop();
    Expected<void> listening;
    if (where == Where::OnItsThread) {
        m_thread = std::make_unique<sim::SimThread>(spec);
        listening = m_thread->start(0);
        m_server = listening ? m_thread->server() : nullptr;
    } else {
        m_ownServer = std::make_unique<sim::SimServer>(spec);
        listening = m_ownServer->listen(QHostAddress(QHostAddress::LocalHost), 0);
        m_server = listening ? m_ownServer.get() : nullptr;
    }
    if (!listening) {
        qWarning("The simulated team did not start: %s", qPrintable(listening.error().message()));
        stop();
        return listening;
    }
    m_http = std::make_unique<simtest::Http>(m_server->baseUrl());
    renewToken();
    return {};
}

void SimFixture::stop()
{
    m_http.reset();
    m_server = nullptr;
    m_thread.reset();
    m_ownServer.reset();
    m_token.clear();
}

sim::TeamSpec SimFixture::team(int members, int groups, quint32 seed, int memberships)
{
    sim::TeamSpec spec;
    spec.members = members;
    spec.groups = groups;
    spec.seed = seed;
    spec.memberships = memberships;
    return spec;
}

QByteArray SimFixture::renewToken()
{
    m_token = m_server->issueAccessToken().toUtf8();
    return m_token;
}

bool memberOf(const Snapshot &s, const QString &groupId, const QString &userId, AccessType *access)
{
    for (const Membership &m : s.memberships) {
        if (m.groupId == groupId && m.teamMemberId == userId) {
            if (access)
                *access = m.accessType;
            return true;
        }
    }
    return false;
}

bool pickGroupAndOutsider(const Snapshot &truth, QString *groupId, QString *userId)
{
    for (const Group &g : truth.groups) {
        if (g.managementType != GroupManagementType::UserManaged)
            continue;
        for (const Account &a : truth.accounts) {
            if (a.status == AccountStatus::Active && a.roleId.isEmpty() && !memberOf(truth, g.id, a.teamMemberId)) {
                *groupId = g.id;
                *userId = a.teamMemberId;
                return true;
            }
        }
    }
    return false;
}

} // namespace test
} // namespace dbx
