// Sign-in activity in the store: a schema-2 file gains its tables, times only move forward, a
// sync leaves them alone, load() and the exports carry them.

#include "helpers/StoreFixtures.h"
#include "store/Export.h"
#include "store/SnapshotStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dbx;
using namespace dbx::test;

namespace {
QDateTime at(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }
} // namespace

class TestStoreActivity : public StoreTestBase
{
    Q_OBJECT

private slots:
    void schemaTwoFileMigrates()
    {
        const QString path = newPath();
        const qint64 run = commitToFile(path, sampleSnapshot());
        QVERIFY(run > 0);
        {
            // Make it a file written before sign-in activity existed (schema 2).
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE sign_ins")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE activity_state")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'")));
        }
        auto store = openStore(path);
        QVERIFY(store);
        const Expected<Snapshot> s = store->load(run);
        DBX_VERIFY_OK(s);
        QCOMPARE(s->accounts.size(), sampleSnapshot().accounts.size());
        QVERIFY(!s->activityReadAt.isValid());
        const QString team = s->team.teamId;
        DBX_VERIFY_OK(store->recordSignIns(
            team, {{s->accounts.at(0).teamMemberId, at("2026-01-02T03:04:05Z")}},
            ActivityState{QStringLiteral("c1"), at("2025-10-01T00:00:00Z"), 90, at("2026-01-03T00:00:00Z")}));
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(), 3);
    }

    void newestTimeWinsAndLoadFillsAccounts()
    {
        const Snapshot sample = sampleSnapshot();
        const auto [store, run] = storeWithRun(sample);
        QVERIFY(run > 0);
        const QString team = sample.team.teamId;
        QVERIFY(!team.isEmpty());
        const QString first = sample.accounts.at(0).teamMemberId;
        const QString second = sample.accounts.at(1).teamMemberId;
        DBX_VERIFY_OK(store->recordSignIns(
            team, {{first, at("2026-01-05T10:00:00Z")}},
            ActivityState{QStringLiteral("c1"), at("2025-10-07T10:00:00Z"), 90, at("2026-01-05T11:00:00Z")}));
        // An older event (unsorted log, re-read window) never moves a time back.
        DBX_VERIFY_OK(store->recordSignIns(
            team, {{first, at("2025-12-01T00:00:00Z")}, {second, at("2025-11-30T08:00:00Z")}},
            ActivityState{QStringLiteral("c2"), at("2025-10-07T10:00:00Z"), 90, at("2026-01-06T11:00:00Z")}));
        const Expected<ActivityState> state = store->activityState(team);
        DBX_VERIFY_OK(state);
        QCOMPARE(state->cursor, QStringLiteral("c2"));
        QCOMPARE(state->windowDays, 90);
        QCOMPARE(state->readAt, at("2026-01-06T11:00:00Z"));

        const Expected<Snapshot> s = store->load(run);
        DBX_VERIFY_OK(s);
        QCOMPARE(s->accounts.at(0).lastActive, at("2026-01-05T10:00:00Z"));
        QCOMPARE(s->accounts.at(1).lastActive, at("2025-11-30T08:00:00Z"));
        QVERIFY(!s->accounts.at(2).lastActive.isValid());
        QCOMPARE(s->activityDays, 90);
        QCOMPARE(s->activityReadAt, at("2026-01-06T11:00:00Z"));

        // A new sync keeps them: activity belongs to the team, not to a run.
        const qint64 next = commit(*store, sample);
        QVERIFY(next > run);
        const Expected<Snapshot> again = store->load(next);
        DBX_VERIFY_OK(again);
        QCOMPARE(again->accounts.at(0).lastActive, at("2026-01-05T10:00:00Z"));
        // ... and a diff does not call a sign-in a change.
        QVERIFY(store->diff(run, next).accountsChanged.isEmpty());

        // JSON: ISO 8601 UTC, or null; CSV: the same text, or an empty cell.
        const QJsonArray rows
            = QJsonDocument::fromJson(exportJson(*again)).object().value(QLatin1String("accounts")).toArray();
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("last_active")).toString(),
                 QStringLiteral("2026-01-05T10:00:00Z"));
        QVERIFY(rows.at(2).toObject().value(QLatin1String("last_active")).isNull());
        QVERIFY(rows.at(2).toObject().contains(QLatin1String("last_active")));
        const QByteArray csv = exportCsv(*again, CsvTable::Accounts);
        QVERIFY(csv.split('\n').at(0).trimmed().endsWith(",last_active"));
        QVERIFY(csv.split('\n').at(1).trimmed().endsWith(",2026-01-05T10:00:00Z"));

        DBX_VERIFY_OK(store->clearActivity(team));
        const Expected<Snapshot> cleared = store->load(next);
        DBX_VERIFY_OK(cleared);
        QVERIFY(!cleared->accounts.at(0).lastActive.isValid());
        QVERIFY(!cleared->activityReadAt.isValid());
        QVERIFY(store->activityState(team)->cursor.isEmpty());
    }

    void refusesATeamWithoutId()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const Expected<void> r = store->recordSignIns(QString(), {}, ActivityState{});
        QVERIFY(!r);
        QVERIFY(r.error().message().contains(QStringLiteral("sync it once")));
    }
};

QTEST_GUILESS_MAIN(TestStoreActivity)
#include "tst_store_activity.moc"
