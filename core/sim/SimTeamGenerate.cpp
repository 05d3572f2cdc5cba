#include "sim/Names.h"
#include "sim/SimTeam.h"
#include "sim/SimTeamParts.h"

#include <algorithm>
#include <cmath>

namespace dbx {
namespace sim {

using namespace teamparts;

namespace {

// Generated dates are relative to a fixed instant so that a seed always yields the same team.
constexpr qint64 kReferenceNow = 1717243200; // 2024-06-01T12:00:00Z
constexpr qint64 kDay = 86400;

} // namespace

void SimTeam::generate(const TeamSpec &spec)
{
    QRandomGenerator &rng = m_rng;
    m_teamName = spec.teamName.isEmpty() ? randomTeamName(rng) : spec.teamName.toUtf8();
    m_domain = asciiSlug(m_teamName) + ".example.com";
    m_teamId = newId("dbtid:AA", 30);
    m_groupIdPrefix = QByteArray::number(rng.generate64() | (quint64(1) << 63), 16).left(16);
    m_adminUid = QByteArray::number(100000000 + rng.bounded(900000000));
    m_nextFolderId = 10000000000LL + rng.bounded(1000000000);

    // --- members -------------------------------------------------------------------------
    const int n = qMax(0, spec.members);
    m_members.reserve(size_t(n));
    m_byId.reserve(n);
    m_byEmail.reserve(n);
    QHash<QByteArray, int> localUses;
    for (int i = 0; i < n; ++i) {
        SimMember m;
        const Person p = randomPerson(rng);
        m.givenName = p.givenName;
        m.surname = p.surname;
        m.displayName = displayOf(p.givenName, p.surname, p.surnameFirst);
        m.abbreviatedName = abbreviation(p.givenName, p.surname);
        // Common names repeat thousands of times in a big team: remember each local part's
        // last number instead of probing 2, 3, 4, ... again.
        const QByteArray local = p.asciiGiven + '.' + p.asciiSurname;
        int &uses = localUses[local];
        QByteArray email = uses == 0 ? QByteArray(local + '@' + m_domain)
                                     : QByteArray(local + QByteArray::number(uses + 1) + '@' + m_domain);
        ++uses;
        while (m_byEmail.contains(email))
            email = local + QByteArray::number(++uses) + '@' + m_domain;
        m.email = email;
        m.teamMemberId = newId("dbmid:AA", 35);
        m.memberFolderId = m_nextFolderId++;
        m.rootFolderId = m_nextFolderId++;

        // Member 0 is the admin who authorized the app: active, Team admin.
        const int r = i == 0 ? 999 : rng.bounded(1000);
        if (r < 40)
            m.status = AccountStatus::Removed;
        else if (r < 90)
            m.status = AccountStatus::Invited;
        else if (r < 140)
            m.status = AccountStatus::Suspended;
        else
            m.status = AccountStatus::Active;

        if (m.status == AccountStatus::Invited) {
            m.emailVerified = false;
            m.invitedOn = kReferenceNow - rng.bounded(int(60 * kDay));
        } else {
            m.accountId = newId("dbid:AA", 33);
            m.emailVerified = rng.bounded(100) < 97;
            m.joinedOn = kReferenceNow - 30 * kDay - rng.bounded(int(6 * 365 * kDay));
            if (m.status == AccountStatus::Suspended)
                m.suspendedOn = m.joinedOn + rng.bounded(int(qMax<qint64>(1, kReferenceNow - m.joinedOn)));
            if (m.status == AccountStatus::Removed) {
                switch (rng.bounded(3)) {
                case 0: m.removedRecoverable = true; break;
                case 1: break;
                default: m.removedDisconnected = true; break;
                }
            }
        }
        if (m.status == AccountStatus::Active && i != 0 && rng.bounded(100) < 3)
            m.membershipType = MembershipType::Limited;
        if (rng.bounded(100) < 30)
            m.externalId = "emp-" + QByteArray::number(100000 + i);
        if (m.status == AccountStatus::Active && rng.bounded(100) < 10)
            m.profilePhotoUrl = "https://dl-web.dropbox.com/account_photo/get/dbaphid%3A" + newId("AA", 32)
                + "?size=128x128&vers=" + QByteArray::number(1556069330102LL + i);
        if (rng.bounded(100) < 4) {
            m.secondaryEmail = p.asciiGiven + QByteArray::number(rng.bounded(100)) + "@old-" + m_domain;
            m.secondaryEmailVerified = rng.bounded(2) == 0;
        }
        if (rng.bounded(100) < 20)
            m.directoryRestricted = rng.bounded(100) < 25 ? 1 : 0;
        m_members.push_back(std::move(m));
        indexMember(i);
    }
    if (n > 0)
        m_admin = 0;

    // --- roles: the admin is Team admin; a few active members hold one role each; the last
    // role is held by nobody (roles must be listed even when unheld).
    if (n > 0)
        m_members[0].role = 0;
    {
        std::vector<int> candidates;
        for (int i = 1; i < n; ++i)
            if (m_members[size_t(i)].status == AccountStatus::Active)
                candidates.push_back(i);
        const int perRole = qMax(1, n / 2000);
        for (int role = 0; role < kUnheldRole; ++role) {
            for (int k = 0; k < perRole && !candidates.empty(); ++k) {
                const int pickAt = rng.bounded(int(candidates.size()));
                m_members[size_t(candidates[size_t(pickAt)])].role = role;
                candidates[size_t(pickAt)] = candidates.back();
                candidates.pop_back();
            }
        }
    }

    // --- groups --------------------------------------------------------------------------
    const int g = qMax(0, spec.groups);
    std::vector<int> eligible; // members that can be in groups: not removed
    for (int i = 0; i < n; ++i)
        if (m_members[size_t(i)].status != AccountStatus::Removed)
            eligible.push_back(i);
    QHash<QByteArray, int> nameUses;
    for (int i = 0; i < g; ++i) {
        SimGroup grp;
        grp.id = "g:" + m_groupIdPrefix + QByteArray::number(quint64(i + 1), 16).rightJustified(16, '0');
        grp.createdMs = (kReferenceNow - 30 * kDay - rng.bounded(int(5 * 365 * kDay))) * 1000;
        if (i == 0) {
            grp.name = "Everyone at " + m_teamName;
            grp.type = GroupManagementType::SystemManaged;
        } else if (i == g - 1) {
            grp.name = "Archive – 2019 offsite";
            grp.type = GroupManagementType::UserManaged; // stays empty
        } else {
            grp.type = rng.bounded(100) < 30 ? GroupManagementType::CompanyManaged : GroupManagementType::UserManaged;
            QByteArray base = randomGroupBaseName(rng);
            const int used = nameUses.value(base, 0);
            nameUses.insert(base, used + 1);
            grp.name = used == 0 ? base : base + ' ' + QByteArray::number(used + 1);
            const int extChance = grp.type == GroupManagementType::CompanyManaged ? 60 : 10;
            if (rng.bounded(100) < extChance)
                grp.externalId = "grp-" + QByteArray::number(10000 + i);
        }
        m_groups.push_back(std::move(grp));
        m_groupById.insert(m_groups.back().id, i);
        if (!m_groups.back().externalId.isEmpty())
            m_groupByExternalId.insert(m_groups.back().externalId, i);
    }

    // --- memberships: Everyone holds every member that is not removed; the rest is spread
    // over the other groups with a long tail (a few big groups, many small ones).
    const qint64 target = spec.memberships < 0 ? qint64(n) * 3 : spec.memberships;
    const qint64 e = qint64(eligible.size());
    std::vector<qint64> sizes(static_cast<size_t>(g), 0);
    if (g >= 1)
        sizes[0] = e;
    const int firstOther = 1;
    const int lastOther = g - 2; // the last group stays empty
    const int others = lastOther >= firstOther ? lastOther - firstOther + 1 : 0;
    if (others > 0 && e > 0) {
        const qint64 rest = qMax<qint64>(0, target - e);
        std::vector<double> weights(static_cast<size_t>(others));
        std::vector<int> rank(static_cast<size_t>(others));
        for (int k = 0; k < others; ++k)
            rank[size_t(k)] = k;
        for (int k = others - 1; k > 0; --k)
            std::swap(rank[size_t(k)], rank[size_t(rng.bounded(k + 1))]);
        double sum = 0;
        for (int k = 0; k < others; ++k) {
            weights[size_t(k)] = 1.0 / std::pow(double(rank[size_t(k)] + 1), 0.9);
            sum += weights[size_t(k)];
        }
        qint64 assigned = 0;
        int biggest = 0;
        for (int k = 0; k < others; ++k) {
            qint64 s = qint64(double(rest) * weights[size_t(k)] / sum);
            s = qMin(s, e);
            sizes[size_t(firstOther + k)] = s;
            assigned += s;
            if (rank[size_t(k)] == 0)
                biggest = k;
        }
        // Big teams get one ordinary group over 1000 members, so that listing a group's
        // members has to continue even for a client that skips system groups.
        if (n >= 1100 && e > 1000) {
            qint64 &s = sizes[size_t(firstOther + biggest)];
            if (s < 1001) {
                assigned += 1001 - s;
                s = 1001;
            }
        }
        // Rounding left a remainder: hand it out one by one where there is room.
        qint64 left = rest - assigned;
        while (left > 0) {
            bool progressed = false;
            for (int k = 0; k < others && left > 0; ++k) {
                qint64 &s = sizes[size_t(firstOther + k)];
                if (s < e) {
                    ++s;
                    --left;
                    progressed = true;
                }
            }
            if (!progressed)
                break;
        }
    }

    std::vector<int> mark(static_cast<size_t>(n), -1);
    for (int gi = 0; gi < g; ++gi) {
        SimGroup &grp = m_groups[size_t(gi)];
        const qint64 want = sizes[size_t(gi)];
        if (want <= 0)
            continue;
        grp.members.reserve(size_t(want));
        if (want * 2 > e) {
            // Dense: selection sampling keeps member order and needs no retries.
            qint64 needed = want;
            for (qint64 k = 0; k < e && needed > 0; ++k) {
                if (qint64(rng.bounded(quint32(e - k))) < needed) {
                    grp.members.push_back({eligible[size_t(k)], false});
                    --needed;
                }
            }
        } else {
            while (qint64(grp.members.size()) < want) {
                const int who = eligible[size_t(rng.bounded(quint32(e)))];
                if (mark[size_t(who)] == gi)
                    continue;
                mark[size_t(who)] = gi;
                grp.members.push_back({who, false});
            }
        }
        for (const SimGroupEntry &entry : grp.members)
            m_members[size_t(entry.member)].groups.push_back(gi); // gi ascending: sorted
        if (grp.type == GroupManagementType::UserManaged) {
            const int owners = grp.members.size() > 20 ? 2 : 1;
            int made = 0;
            for (int attempt = 0; attempt < 20 && made < owners; ++attempt) {
                SimGroupEntry &entry = grp.members[size_t(rng.bounded(quint32(grp.members.size())))];
                if (!entry.owner && m_members[size_t(entry.member)].status == AccountStatus::Active) {
                    entry.owner = true;
                    ++made;
                }
            }
        }
    }

    m_licenseLimit = int(std::ceil(double(usedLicenses()) * 1.1)) + 5;
}
} // namespace sim
} // namespace dbx
