#pragma once
// One table of the window: a search box that filters as you type, optional filter widgets a view
// adds next to it, a count of shown rows, and a QTableView over a TableFilterProxy. Object names
// derive from the page name ("accounts" -> accountsSearch, accountsTable, accountsCount) so tests
// and settings can find them.

#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace dbx::gui {

class FlowLayout;
class TableFilterProxy;
class TableModel;

class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(const QString &name, TableModel *model, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    TableModel *model() const { return m_model; }
    TableFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }

    // A filter widget placed between the search box and the count.
    void addFilterWidget(QWidget *widget);
    void setPlaceholder(const QString &text);
    void setColumnWidths(const QVector<int> &widths);

    // Ids (TableModel::rowId) of the selected rows, in view order; the current row's id.
    QStringList selectedIds() const;
    QString currentId() const;
    // Selects the row of an id, clearing the search when the row is filtered out. False when the
    // model has no such row.
    bool selectId(const QString &id);
    void selectIds(const QStringList &ids, const QString &current);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public Q_SLOTS:
    void focusSearch();
    void updateCount();

Q_SIGNALS:
    void currentRowChanged(int sourceRow);
    void selectionChanged();
    void rowActivated(int sourceRow);

private:
    QString m_name;
    TableModel *m_model;
    TableFilterProxy *m_proxy;
    QLineEdit *m_search;
    FlowLayout *m_filters;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace dbx::gui
