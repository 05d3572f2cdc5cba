// The benchmark-sized team (100,000 members, 5,000 groups, 500,000 memberships) served over
// loopback: every member page, every group page and the members of the biggest groups, with
// the simulator on its own thread as in the benchmark. Pages must cost O(page), not O(team).

#include "support/SimFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace dbx;
using namespace dbx::sim;
using namespace simtest;

class TestSimScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void benchmarkTeam()
    {
        test::SimFixture sim;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sim.start(test::SimFixture::team(100000, 5000, 1, 500000), test::SimFixture::Where::OnItsThread));
        qInfo("team generated and listening in %lld ms", clock.elapsed());
        const QByteArray token = sim.token();
        Http &http = sim.http();

        // Members, all of them, 1000 a page.
        clock.restart();
        int pages = 1;
        qint64 members = 0;
        qint64 bytes = 0;
        Reply r = http.rpc(QStringLiteral("team/members/list_v2"),
                           obj({{QStringLiteral("limit"), 1000}, {QStringLiteral("include_removed"), true}}), token);
        while (true) {
            QCOMPARE(r.status, 200);
            bytes += r.body.size();
            const QJsonObject o = r.json();
            members += o.value(QLatin1String("members")).toArray().size();
            if (!o.value(QLatin1String("has_more")).toBool())
                break;
            r = http.rpc(QStringLiteral("team/members/list/continue_v2"),
                         obj({{QStringLiteral("cursor"), o.value(QLatin1String("cursor"))}}), token);
            ++pages;
        }
        QCOMPARE(members, qint64(100000));
        QCOMPARE(pages, 100);
        qInfo("100 member pages (%lld MB) in %lld ms, JSON parsing in this test included", bytes / (1024 * 1024),
              clock.elapsed());

        // Groups, and the members of the groups with the most members (the system group too).
        clock.restart();
        r = http.rpc(QStringLiteral("team/groups/list"), obj({{QStringLiteral("limit"), 1000}}), token);
        QJsonArray groups;
        int groupPages = 1;
        while (true) {
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json().value(QLatin1String("groups")).toArray())
                groups.append(v);
            if (!r.json().value(QLatin1String("has_more")).toBool())
                break;
            r = http.rpc(QStringLiteral("team/groups/list/continue"),
                         obj({{QStringLiteral("cursor"), r.json().value(QLatin1String("cursor"))}}), token);
            ++groupPages;
        }
        QCOMPARE(groups.size(), 5000);
        QCOMPARE(groupPages, 5);
        qint64 total = 0;
        int memberPages = 0;
        for (int i = 0; i < 50; ++i) {
            const QString id = groups.at(i).toObject().value(QLatin1String("group_id")).toString();
            const int count = groups.at(i).toObject().value(QLatin1String("member_count")).toInt();
            qint64 got = 0;
            r = http.rpc(QStringLiteral("team/groups/members/list"),
                         obj({{QStringLiteral("group"), tagged(QStringLiteral("group_id"), id)},
                              {QStringLiteral("limit"), 1000}}),
                         token);
            while (true) {
                QCOMPARE(r.status, 200);
                ++memberPages;
                got += r.json().value(QLatin1String("members")).toArray().size();
                if (!r.json().value(QLatin1String("has_more")).toBool())
                    break;
                r = http.rpc(QStringLiteral("team/groups/members/list/continue"),
                             obj({{QStringLiteral("cursor"), r.json().value(QLatin1String("cursor"))}}), token);
            }
            QCOMPARE(got, qint64(count));
            total += got;
        }
        qInfo("5 group pages and %d group-member pages (%lld memberships) in %lld ms", memberPages, total,
              clock.elapsed());
        QCOMPARE(sim->stats().apiRequests, qint64(pages + groupPages + memberPages));
    }
};

QTEST_GUILESS_MAIN(TestSimScale)
#include "tst_sim_scale.moc"
