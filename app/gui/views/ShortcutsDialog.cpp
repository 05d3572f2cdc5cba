#include "ShortcutsDialog.h"

#include "MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dbx::gui {

QDialog *createShortcutsDialog(QWidget *window)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(MainWindow::tr("Keyboard shortcuts"));
    dialog->resize(520, 480);

    QList<std::pair<QString, QString>> rows;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("..."));
        text.remove(QChar(0x2026));
        rows.push_back({text.trimmed(), keys.join(QStringLiteral(", "))});
    }
    // Moving between fields and activating what has focus, which no action lists.
    rows.push_back({MainWindow::tr("Next / previous field"), QStringLiteral("Tab, Shift+Tab")});
    rows.push_back({MainWindow::tr("Open the menus"), MainWindow::tr("Alt+underlined letter, or F10")});
    rows.push_back({MainWindow::tr("Context menu of the selected row"), MainWindow::tr("Menu key, Shift+F10")});
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(MainWindow::tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({MainWindow::tr("Action"), MainWindow::tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace dbx::gui
