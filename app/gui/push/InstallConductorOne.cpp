#include "GuiLog.h"
#include "MainWindow.h"
#include "PushPanel.h"
#include "PushSettingsDialog.h"
#include "TaskHistoryModel.h"
#include "models/TeamIndex.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

// What the ConductorOne feature adds to the window: its view, the push action and the c1z export.

namespace dbx::gui {

void exportSnapshotC1z(MainWindow *window, const QString &path, std::function<void(const QString &error)> done)
{
    // The snapshot is implicitly shared: a cheap copy for the writing thread.
    PushService::writeC1z(window, window->snapshot(), path, [done](const Expected<void> &written) {
        done(written ? QString() : written.error().message());
    });
}

PushPanel *installConductorOne(MainWindow *window, QSettings *settings, SecretStore *secrets)
{
    auto *panel = new PushPanel(window, settings, secrets, window);
    const int index = window->addView(panel, PushPanel::tr("ConductorOne"));
    Q_UNUSED(index);

    auto *push = new QAction(window->style()->standardIcon(QStyle::SP_ArrowUp), PushPanel::tr("Push to &ConductorOne"),
                             window);
    push->setObjectName(QStringLiteral("pushToConductorOneAction"));
    push->setToolTip(PushPanel::tr("Send the Dropbox team's accounts, roles, groups and grants to ConductorOne"));
    QObject::connect(push, &QAction::triggered, panel, [window, panel] {
        window->showView(panel);
        panel->push();
    });
    window->mainToolBar()->addAction(push);
    window->menu(MainWindow::Menu::Actions)->addAction(push);

    auto *exportC1z = new QAction(PushPanel::tr("Export snapshot as &c1z..."), window);
    exportC1z->setObjectName(QStringLiteral("exportC1zAction"));
    exportC1z->setToolTip(PushPanel::tr("Write the snapshot in ConductorOne's c1z format (what a push uploads)"));
    QObject::connect(exportC1z, &QAction::triggered, window, [window] {
        if (window->snapshot().runId <= 0) {
            window->showMessage(PushPanel::tr("There is no snapshot to export yet: sync first."), true);
            return;
        }
        const QString path = window->askSavePath(QStringLiteral("sync.c1z"), PushPanel::tr("Export snapshot as c1z"),
                                                 PushPanel::tr("c1z files (*.c1z);;All files (*)"));
        if (path.isEmpty())
            return;
        window->statusBar()->showMessage(PushPanel::tr("Writing %1...").arg(QDir::toNativeSeparators(path)));
        QPointer<MainWindow> guard(window);
        exportSnapshotC1z(window, path, [guard, path](const QString &error) {
            if (!guard)
                return;
            if (!error.isEmpty())
                guard->showMessage(error, true);
            else
                guard->statusBar()->showMessage(
                    PushPanel::tr("Exported the snapshot to %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
    });
    window->menu(MainWindow::Menu::File)->addAction(exportC1z);
    return panel;
}

} // namespace dbx::gui
