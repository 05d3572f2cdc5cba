#pragma once
// Shared by the store's tests: a small team that exercises every field (unicode, null dates,
// removed members, unknown counts), a raw second connection to look under the store's API, and
// a field-by-field snapshot comparison that says which field differs.

#include "base/Expected.h"
#include "model/Entitlements.h"
#include "model/Types.h"
#include "store/ScopedConnection.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <QVector>

#include <memory>
#include <utility>

// QVERIFY for an Expected: a failure fails the test with the error's sentence.
#define DBX_VERIFY_OK(expr)                                                                                            \
    do {                                                                                                               \
        const auto dbxResult_ = (expr);                                                                                \
        QVERIFY2(dbxResult_.has_value(), qPrintable(dbx::test::errorOf(dbxResult_)));                                  \
    } while (false)

namespace dbx {
class SnapshotStore;
}

namespace dbx::test {

// The sentence of a failed result; empty for a success.
template <typename T>
QString errorOf(const Expected<T> &result)
{
    return result ? QString() : result.error().message();
}

// 4 accounts (active with role, invited, suspended, removed), 3 roles, 3 groups, 4 memberships.
Snapshot sampleSnapshot();
Account sampleAccount(const QString &id);

// QVERIFY-style: records a failure naming the first difference; use with QVERIFY(...).
bool sameSnapshot(const Snapshot &actual, const Snapshot &expected, QString *why);

// The ids of grants (sorted) and of accounts (in order), for comparing lists in one QCOMPARE.
QStringList grantIds(const QVector<Grant> &grants);
QStringList accountIds(const QVector<Account> &accounts);

// What the store's test classes share: a temporary folder with a fresh file per test, so no test
// depends on another's leftovers, and stores opened on them. Each test class derives from this.
class StoreTestBase : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath();
    // nullptr (and a warning) when the file does not open.
    std::unique_ptr<SnapshotStore> openStore(const QString &path);
    // Begins and commits a run of `s`; its id, or 0 with the error's sentence.
    qint64 commit(SnapshotStore &store, const Snapshot &s); // the new run, 0 when it failed (logged)
    // A store on a new file with one run of `s` committed, and that run's id: 0 when the file did
    // not open or the run failed (logged). For `const auto [store, run] = storeWithRun(s);`.
    std::pair<std::unique_ptr<SnapshotStore>, qint64> storeWithRun(const Snapshot &s);
    // The same on the file at path, closed again: the run's id, or 0.
    qint64 commitToFile(const QString &path, const Snapshot &s);

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
};

// A connection of its own to a store's file, for checks and for faking other processes.
class RawDb
{
public:
    explicit RawDb(const QString &path);
    bool exec(const QString &sql);
    QVariant scalar(const QString &sql); // first column of the first row; invalid on error
    QString lastError() const { return m_error; }

private:
    ScopedConnection m_connection;
    QString m_error;
};

} // namespace dbx::test
