#pragma once
// The Audit view: every provisioning change attempted from this connection (window, CLI, plans),
// newest first, with a search box, an outcome filter and CSV export (core's auditCsv, so the file
// is the same as `audit --csv`).

#include "models/ColumnsModel.h"
#include "models/TeamIndex.h"
#include "store/SnapshotStore.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dbx::gui {

class MainWindow;

class AuditModel : public ColumnsModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Admin,
        Connection,
        Action,
        Target,
        Result,
        Message,
        RequestId,
        ColumnCount
    };
    static constexpr int EntryRole = Qt::UserRole + 1;  // the outcome's wire name for filters
    static constexpr int SearchRole = Qt::UserRole + 2; // every searchable cell in one string

    explicit AuditModel(QObject *parent = nullptr);

    void setEntries(const QVector<AuditEntry> &entries);
    // Names for the group and role ids in the log (ids stay as they are when not in the team).
    void setTeam(TeamIndexPtr team);
    // The name of a known group or role id, else the text as logged.
    QString objectLabel(const QString &object) const;
    const QVector<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    // "Done", "No change", "Failed", ... for the stored wire name.
    static QString outcomeText(const QString &wire);
    // "Create account", ... for the stored action ("create_account").
    static QString actionText(const QString &action);

protected:
    int rows() const override { return static_cast<int>(m_entries.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;

private:
    QVector<AuditEntry> m_entries;
    TeamIndexPtr m_team;
};

class AuditFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    // The outcomes shown, by the audit log's names ("success", "attempted", ...); empty: all.
    void setOutcomes(const QStringList &outcomes);
    // The visible entries in view order (what Export writes).
    QVector<AuditEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_outcomes;
};

class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(MainWindow *window, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    AuditFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    // Asks the worker for the log again (auditListed lands in the model).
    void refresh();
    // Writes the shown rows as CSV; an empty path asks for one. False when nothing was written.
    bool exportCsv(const QString &path = QString());

Q_SIGNALS:
    void refreshed(int rows);

private:
    void updateCount();

    MainWindow *m_window;
    AuditModel *m_model;
    AuditFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_outcome;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace dbx::gui
