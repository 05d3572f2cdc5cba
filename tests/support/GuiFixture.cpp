#include "support/GuiFixture.h"

#include "sim/SimServer.h"
#include "sim/SimThread.h"

#include <QSignalSpy>
#include <QTest>

namespace dbx::test {

GuiFixture::GuiFixture() = default;

GuiFixture::~GuiFixture() { reset(); }

bool GuiFixture::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool GuiFixture::start(const DemoOptions &options, bool show)
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary folder: %1").arg(m_dir.errorString()));
    m_demo = std::make_unique<DemoTeam>();
    if (const auto started = m_demo->start(options); !started)
        return fail(started.error().message());
    m_settings = std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window = std::make_unique<gui::MainWindow>(m_settings.get());
    return !show || showWindow();
}

bool GuiFixture::start(int members, int groups, quint32 seed, bool show)
{
    DemoOptions options;
    options.members = members;
    options.groups = groups;
    options.seed = seed;
    return start(options, show);
}

bool GuiFixture::showWindow()
{
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return fail(QStringLiteral("the window was never exposed"));
    return true;
}

void GuiFixture::reset()
{
    m_window.reset();
    m_demo.reset();
}

sim::SimServer *GuiFixture::sim() const { return m_demo->simulator()->server(); }

ConnectionConfig GuiFixture::connection(const QString &dbName) const { return m_demo->connection(path(dbName)); }

bool GuiFixture::connectAndSync(const ConnectionConfig &config, int timeoutMs)
{
    gui::MainWindow *window = m_window.get();
    QSignalSpy shown(window, &gui::MainWindow::snapshotShown);
    window->setConnection(config);
    if (shown.isEmpty() && !shown.wait(timeoutMs))
        return fail(QStringLiteral("no snapshot shown after connecting"));
    QSignalSpy done(window, &gui::MainWindow::syncCompleted);
    window->startSync();
    if (done.isEmpty() && !done.wait(timeoutMs))
        return fail(QStringLiteral("the sync did not finish"));
    const SyncOutcome outcome = done.first().first().value<SyncOutcome>();
    if (!outcome.ok)
        return fail(QStringLiteral("the sync failed: %1").arg(outcome.error.message()));
    // The sync's snapshot reaches the window after syncCompleted.
    if (!QTest::qWaitFor([window] { return window->snapshot().runId > 0; }, timeoutMs))
        return fail(QStringLiteral("the sync's snapshot was never shown"));
    return true;
}

} // namespace dbx::test
