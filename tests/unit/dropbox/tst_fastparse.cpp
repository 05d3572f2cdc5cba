// The simdjson readers of the two big listings (dropbox/FastParse.h) against the readers of
// Parse.cpp: on every page the simulator serves they must read exactly the same page, and on
// pages damaged one field at a time they may only ever decline (the ordinary reader then says
// what is wrong), never accept what the ordinary reader refuses or read it differently.

#include "dropbox/FastParse.h"
#include "dropbox/Parse.h"
#include "sim/SimApi.h"
#include "sim/SimPages.h"
#include "sim/SimTeam.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace dbx;

namespace {

// Equal as values, and equally null (a null string is stored as NULL, an empty one as '').
bool sameAccount(const Account &a, const Account &b)
{
    for (QString Account::*f :
         {&Account::teamMemberId, &Account::email, &Account::givenName, &Account::surname, &Account::familiarName,
          &Account::displayName, &Account::abbreviatedName, &Account::memberFolderId, &Account::rootFolderId,
          &Account::accountId, &Account::externalId, &Account::persistentId, &Account::profilePhotoUrl,
          &Account::roleId}) {
        if ((a.*f).isNull() != (b.*f).isNull())
            return false;
    }
    return a == b;
}

bool samePage(const MemberPage &a, const MemberPage &b)
{
    if (a.cursor != b.cursor || a.hasMore != b.hasMore || a.members.size() != b.members.size())
        return false;
    for (qsizetype i = 0; i < a.members.size(); ++i) {
        if (!sameAccount(a.members.at(i), b.members.at(i)))
            return false;
    }
    return true;
}

bool samePage(const GroupMemberPage &a, const GroupMemberPage &b)
{
    if (a.cursor != b.cursor || a.hasMore != b.hasMore || a.members.size() != b.members.size())
        return false;
    for (qsizetype i = 0; i < a.members.size(); ++i) {
        const GroupMemberEntry &x = a.members.at(i);
        const GroupMemberEntry &y = b.members.at(i);
        if (x.teamMemberId != y.teamMemberId || x.email != y.email || x.accessType != y.accessType)
            return false;
    }
    return true;
}

// Both readers on one body. Returns 1 when both read it (and identically), 0 when both or only
// the fast one declined; fails the test when the fast reader accepts what the other refuses or
// reads it differently.
template <typename Page>
int compare(const QByteArray &body, std::optional<Page> (*fast)(const QByteArray &),
            Expected<Page> (*slow)(const QString &, const QJsonValue &))
{
    const std::optional<Page> quick = fast(body);
    const Expected<QJsonValue> json = parse::jsonValue(body);
    const Expected<Page> sure = json ? slow(QStringLiteral("test"), *json) : Expected<Page>(unexpected(json.error()));
    if (quick && !sure) {
        qWarning().noquote() << "fast reader accepted a page the reader refuses:" << sure.error().detail
                             << body.left(300);
        return -1;
    }
    if (quick && !samePage(*quick, *sure)) {
        qWarning().noquote() << "the readers read a page differently:" << body.left(300);
        return -1;
    }
    return quick ? 1 : 0;
}

// One field somewhere in the value changed: removed, nulled, or given another type or tag.
QJsonValue damage(const QJsonValue &v, QRandomGenerator &rng, bool *done)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        if (keys.isEmpty())
            return v;
        const QString key = keys.at(int(rng.bounded(quint32(keys.size()))));
        const QJsonValue child = o.value(key);
        if ((child.isObject() || child.isArray()) && rng.bounded(3u) != 0) {
            o.insert(key, damage(child, rng, done));
            return o;
        }
        *done = true;
        // Sometimes a field the simulator leaves out (the optional ones) comes in, of some type.
        static const char *const optional[]
            = {"is_directory_restricted", "invited_on",       "suspended_on", "external_id", "persistent_id",
               "profile_photo_url",       "secondary_emails", "roles",        "is_verified"};
        if (rng.bounded(4u) == 0) {
            const QString extra = QLatin1String(optional[rng.bounded(quint32(std::size(optional)))]);
            const QJsonValue kinds[] = {QJsonValue::Null, 7, QStringLiteral("2026-11-30T12:00:00Z"), false,
                                        QJsonArray{QJsonObject{{QStringLiteral("role_id"), QStringLiteral("r")}}}};
            o.insert(extra, kinds[rng.bounded(quint32(std::size(kinds)))]);
            return o;
        }
        switch (rng.bounded(6u)) {
        case 0: o.remove(key); break;
        case 1: o.insert(key, QJsonValue::Null); break;
        case 2: o.insert(key, 7); break;
        case 3: o.insert(key, QStringLiteral("x")); break;
        case 4: o.insert(key, true); break;
        default: o.insert(key, QJsonObject{{QStringLiteral(".tag"), QStringLiteral("no_such_tag")}}); break;
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (a.isEmpty())
            return v;
        const int i = int(rng.bounded(quint32(a.size())));
        if (rng.bounded(8u) == 0) {
            *done = true;
            a.replace(i, QStringLiteral("not an object"));
        } else {
            a.replace(i, damage(a.at(i), rng, done));
        }
        return a;
    }
    return v;
}

} // namespace

class TestFastParse : public QObject
{
    Q_OBJECT

    sim::SimTeam m_team{[] {
        sim::TeamSpec spec;
        spec.members = 2500;
        spec.groups = 40;
        spec.memberships = 6000;
        spec.seed = 11;
        return spec;
    }()};
    QVector<QByteArray> m_memberPages;
    QVector<QByteArray> m_groupMemberPages;

private slots:
    void initTestCase()
    {
        sim::SimApi api(m_team);
        const sim::ListingPages pages = sim::listingPages(api, 700, 200);
        m_memberPages = pages.members;
        m_groupMemberPages = pages.groupMembers;
        QVERIFY(m_memberPages.size() >= 4);
        QVERIFY(m_groupMemberPages.size() >= 40);
    }

    // Every page the simulator serves: the fast readers take it, and read what Parse.cpp reads.
    void everyServedPageReadsTheSame()
    {
        QSet<AccountStatus> statuses;
        int members = 0;
        for (const QByteArray &body : std::as_const(m_memberPages)) {
            QCOMPARE(compare(body, &parse::fast::memberPage, &parse::memberPage), 1);
            const std::optional<MemberPage> page = parse::fast::memberPage(body);
            for (const Account &a : page->members)
                statuses.insert(a.status);
            members += int(page->members.size());
        }
        QCOMPARE(members, int(m_team.members().size()));
        // The pages hold each status, so each shape of the status union was compared.
        QVERIFY(statuses.contains(AccountStatus::Active));
        QVERIFY(statuses.contains(AccountStatus::Invited));
        QVERIFY(statuses.contains(AccountStatus::Suspended));
        QVERIFY(statuses.contains(AccountStatus::Removed));
        for (const QByteArray &body : std::as_const(m_groupMemberPages))
            QCOMPARE(compare(body, &parse::fast::groupMemberPage, &parse::groupMemberPage), 1);
    }

    // Pages damaged one field at a time: the fast reader declines or agrees, never disagrees.
    void damagedPagesNeverDisagree_data()
    {
        QTest::addColumn<bool>("members");
        QTest::newRow("member pages") << true;
        QTest::newRow("group member pages") << false;
    }

    void damagedPagesNeverDisagree()
    {
        QFETCH(bool, members);
        QRandomGenerator rng(members ? 2026u : 1130u);
        const QVector<QByteArray> &pages = members ? m_memberPages : m_groupMemberPages;
        int declined = 0;
        int read = 0;
        for (int round = 0; round < 400; ++round) {
            const QByteArray &page = pages.at(int(rng.bounded(quint32(pages.size()))));
            bool done = false;
            const QJsonValue damaged = damage(QJsonDocument::fromJson(page).object(), rng, &done);
            const QByteArray body = QJsonDocument(damaged.toObject()).toJson(QJsonDocument::Compact);
            const int r = members ? compare(body, &parse::fast::memberPage, &parse::memberPage)
                                  : compare(body, &parse::fast::groupMemberPage, &parse::groupMemberPage);
            QVERIFY2(r >= 0, qPrintable(QStringLiteral("round %1").arg(round)));
            (r == 1 ? read : declined) += 1;
        }
        // Both outcomes happened many times: the damage reached required and optional fields.
        QVERIFY2(declined > 100, qPrintable(QString::number(declined)));
        QVERIFY2(read > 50, qPrintable(QString::number(read)));
    }

    // Bytes that are not one JSON object, and a tag outside GroupAccessType: declined.
    void declinesWhatIsNotAPage()
    {
        QByteArray good;
        for (const QByteArray &page : std::as_const(m_groupMemberPages)) {
            if (page.contains("\"owner\""))
                good = page;
        }
        QVERIFY(!good.isEmpty());
        QVERIFY(parse::fast::groupMemberPage(good));
        const QByteArray trailing = good + QByteArray(" {}");
        const QByteArray unknownTag = QByteArray(good).replace("\"owner\"", "\"boss\"");
        for (const QByteArray &bad :
             {QByteArray(), QByteArray("null"), QByteArray("[]"), good.left(good.size() / 2), trailing, unknownTag})
            QVERIFY2(!parse::fast::groupMemberPage(bad), bad.left(80).constData());
        QVERIFY(!parse::fast::memberPage(QByteArray("{\"members\": [], \"cursor\": null, \"has_more\": false}")));
        // A name twice: Qt's reader takes the last value, simdjson the first; left to Parse.cpp.
        QVERIFY(!parse::fast::memberPage(
            QByteArray("{\"members\": [], \"cursor\": \"a\", \"cursor\": \"b\", \"has_more\": false}")));
        QVERIFY(
            !parse::fast::groupMemberPage(QByteArray(good).replace("\"email\"", "\"email\": \"x@y.z\", \"email\"")));
        QVERIFY(parse::fast::memberPage(QByteArray("{\"members\": [], \"cursor\": \"c\", \"has_more\": false}")));
    }
};

QTEST_GUILESS_MAIN(TestFastParse)
#include "tst_fastparse.moc"
