#pragma once
// What differs between two sync runs, one row per change: accounts added, removed and changed
// (with the fields that changed, before -> after), groups added and removed, grants added and
// removed. Names are resolved against the newest snapshot, falling back to ids for objects that
// are gone.

#include "models/TableModel.h"
#include "models/TeamIndex.h"
#include "store/SnapshotStore.h"

namespace dbx::gui {

class ChangesModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        Change,
        Object,
        Details,
        Id,
        ColumnCount
    };
    enum class Kind {
        AccountAdded,
        AccountRemoved,
        AccountChanged,
        GroupAdded,
        GroupRemoved,
        GrantAdded,
        GrantRemoved
    };

    explicit ChangesModel(QObject *parent = nullptr);
    void setDiff(const SnapshotDiff &diff, TeamIndexPtr team);
    const SnapshotDiff &diff() const { return m_diff; }

    QString rowId(int row) const override;
    Kind kind(int row) const { return m_rows.at(row).kind; }
    // The object a row is about, as a dbx:// link target ("account", id) or ("group", id).
    QString linkKind(int row) const { return m_rows.at(row).linkKind; }
    QString linkId(int row) const { return m_rows.at(row).linkId; }
    static QString kindText(Kind k);

protected:
    int rows() const override;
    QVariant cell(const QModelIndex &index, int role) const override;
    bool lessThan(int column, int left, int right) const override;

private:
    struct Row {
        Kind kind;
        QStringList cells; // the text of each column, in Column order (Change: kindText(kind))
        QString linkKind;
        QString linkId;
    };
    SnapshotDiff m_diff;
    QVector<Row> m_rows;
};

class RunsModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        Run,
        Status,
        Started,
        Duration,
        Accounts,
        Groups,
        Roles,
        Memberships,
        Requests,
        Error,
        ColumnCount
    };

    explicit RunsModel(QObject *parent = nullptr);
    void setRuns(const QVector<RunInfo> &runs);
    const QVector<RunInfo> &runs() const { return m_runs; }
    QString rowId(int row) const override;

protected:
    int rows() const override;
    QVariant cell(const QModelIndex &index, int role) const override;
    bool lessThan(int column, int left, int right) const override;

private:
    QVector<RunInfo> m_runs;
};

} // namespace dbx::gui
