#pragma once
// What the provisioning GUI tests share: the window synced against a simulated team of 40 with
// provisioning installed (GuiFixture), a member no earlier test touched, selecting accounts,
// running an action to its end, and counting the simulator's write requests.

#include "MainWindow.h"
#include "helpers/GuiTestSupport.h"
#include "provision/AuditView.h"
#include "provision/Plan.h"
#include "provision/ProvisioningController.h"
#include "sim/SimServer.h"
#include "support/GuiFixture.h"
#include "support/SnapshotLookups.h"
#include "views/TablePage.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace dbx::gui::test {

constexpr int kTimeoutMs = 30000;

// Clicks a dialog's OK like a person does (the dialog is shown first: hidden buttons take no clicks).
inline int clickOk(QDialog *dialog)
{
    auto *ok = child<QPushButton>(dialog, "okButton");
    if (!ok || !ok->isEnabled())
        return QDialog::Rejected;
    QTest::mouseClick(ok, Qt::LeftButton);
    return dialog->result();
}

using dbx::test::findAccount;

// The rows of a CSV file the window saved (an audit export, a plan report); an error when the
// file cannot be read or parsed.
inline Expected<QVector<CsvRecord>> readCsvFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unexpected(Error::make(Error::Kind::Io, QStringLiteral("cannot read %1").arg(path)));
    return parseCsv(QString::fromUtf8(f.readAll()));
}

inline const Account *findByEmail(const Snapshot &s, const QString &email)
{
    for (const Account &a : s.accounts) {
        if (a.email.compare(email, Qt::CaseInsensitive) == 0 && a.status != AccountStatus::Removed)
            return &a;
    }
    return nullptr;
}

inline qint64 writeRequests(const sim::RequestStats &stats)
{
    // Every route that changes the team (reads are list/get/info routes).
    qint64 n = 0;
    for (auto it = stats.perRoute.cbegin(); it != stats.perRoute.cend(); ++it) {
        const QString &route = it.key();
        if (route.contains(QLatin1String("/list")) || route.contains(QLatin1String("get_info"))
            || route.contains(QLatin1String("/get")) || route.startsWith(QLatin1String("oauth2"))
            || route.contains(QLatin1String("features")) || route.contains(QLatin1String("token")))
            continue;
        n += it.value();
    }
    return n;
}

// The base of a provisioning test class: start() in initTestCase, reset() in cleanupTestCase.
class ProvisionHarness
{
protected:
    dbx::test::GuiFixture m_gui;
    ProvisioningController *m_controller = nullptr;
    QStringList m_used; // accounts earlier tests changed
    QString m_error;

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    sim::SimServer *sim() const { return m_gui.sim(); }
    MainWindow &window() { return *m_gui.window(); }

    // Each test's init(): capture-free answerers (confirm everything, reject every dialog). The
    // answerers a test installs capture its locals by reference: none may outlive the test.
    void resetAnswerers()
    {
        m_controller->setConfirmer([](const QString &, const QString &, const QString &) { return true; });
        m_controller->setDialogRunner([](QDialog *) { return int(QDialog::Rejected); });
    }
    QString filePath(const QString &name) const { return m_gui.path(name); }

    // The window with provisioning, connected to a simulated team of 40 and synced; the window
    // shows every account the simulator has. False with lastError() when a step failed.
    bool start()
    {
        qRegisterMetaType<QVector<OperationResult>>();
        if (!m_gui.start(40, 8, 5, false))
            return fail(m_gui.lastError());
        m_controller = installProvisioning(m_gui.window());
        if (!m_controller)
            return fail(QStringLiteral("provisioning not installed"));
        if (!m_gui.showWindow())
            return fail(m_gui.lastError());
        const ConnectionConfig config = m_gui.connection(QStringLiteral("demo.sqlite"));
        if (!config.provisioning)
            return fail(QStringLiteral("the demo connection does not allow provisioning"));
        if (!m_gui.connectAndSync(config))
            return fail(m_gui.lastError());
        if (window().snapshot().accounts.size() != sim()->truth().accounts.size())
            return fail(QStringLiteral("the window shows %1 accounts, the simulator has %2")
                            .arg(window().snapshot().accounts.size())
                            .arg(sim()->truth().accounts.size()));
        return true;
    }
    QString lastError() const { return m_error; }

    // After each test: no fault left in the simulator, no run going into the next test.
    bool settle()
    {
        sim()->setFaults(sim::Faults());
        return QTest::qWaitFor([this] { return !m_controller->isRunning(); }, kTimeoutMs);
    }

    // An active member without an admin role that no earlier test touched.
    QString freshMember()
    {
        for (const Account &a : window().snapshot().accounts) {
            if (a.status == AccountStatus::Active && a.roleId.isEmpty() && !m_used.contains(a.teamMemberId)
                && a.teamMemberId != window().snapshot().admin.teamMemberId) {
                m_used << a.teamMemberId;
                return a.teamMemberId;
            }
        }
        return QString();
    }

    bool select(const QStringList &ids)
    {
        window().showView(MainWindow::View::Accounts);
        TablePage *page = window().page(MainWindow::View::Accounts);
        page->searchBox()->clear();
        page->selectIds(ids, ids.value(0));
        return window().selectedAccountIds().size() == ids.size();
    }

    // Confirms every question and keeps the last one's text (and title) for the test to check.
    // The pointers are the test's locals: the next init() replaces this confirmer.
    void confirmAndRecord(QString *text, QString *title = nullptr)
    {
        m_controller->setConfirmer([text, title](const QString &t, const QString &body, const QString &) {
            if (title)
                *title = t;
            *text = body;
            return true;
        });
    }

    // Triggers the controller's action of that name and waits for its run to finish.
    QVector<OperationResult> runAction(const char *name, bool *finished)
    {
        return runAndWait(m_controller->action(QLatin1String(name)), finished);
    }

    QVector<OperationResult> runAndWait(QAction *action, bool *finished)
    {
        QSignalSpy done(m_controller, &ProvisioningController::runFinished);
        action->trigger();
        *finished = !done.isEmpty() || done.wait(kTimeoutMs);
        return *finished ? done.first().first().value<QVector<OperationResult>>() : QVector<OperationResult>();
    }

    int auditRowsFor(const QString &target, const QString &action, const QString &outcome)
    {
        int n = 0;
        for (const AuditEntry &e : m_controller->auditPage()->model()->entries()) {
            if (e.target.compare(target, Qt::CaseInsensitive) == 0 && e.action == action && e.outcome == outcome)
                ++n;
        }
        return n;
    }
};

// The base of a provisioning test class: QTest starts the harness once, resets the answerers
// before each test and lets every run settle after it (a test class adds only its tests).
class ProvisionTestCase : public QObject, public ProvisionHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(start(), qPrintable(lastError())); }
    void cleanupTestCase() { m_gui.reset(); }
    void init() { resetAnswerers(); }
    // A failed test must not leave a run going into the next one.
    void cleanup() { QVERIFY(settle()); }
};

} // namespace dbx::gui::test
