// Provisioning from the window, offscreen, end to end: the real forms filled through their
// widgets, the real worker thread, the simulated team on loopback and a real SQLite file. The
// simulator's own state (truth) and request counters say what Dropbox saw; the window's snapshot
// and the Audit view say what the admin sees.

#include "MainWindow.h"
#include "helpers/ProvisionTestSupport.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "provision/AuditView.h"
#include "provision/Plan.h"
#include "provision/ProvisionDialogs.h"
#include "provision/ProvisioningController.h"
#include "provision/RunDialogs.h"
#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "store/SnapshotStore.h"
#include "views/TablePage.h"
#include "worker/DemoTeam.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace dbx;
using namespace dbx::gui;
using namespace dbx::gui::test;

class TestGuiProvision : public ProvisionTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void actionsAreInstalledAndFollowTheSelection()
    {
        for (const char *name : {"createAccountAction", "removeAccountsAction", "suspendAction", "unsuspendAction",
                                 "setRoleAction", "clearRoleAction", "addToGroupAction", "removeFromGroupAction",
                                 "makeOwnerAction", "makeMemberAction", "applyPlanAction"}) {
            QAction *a = m_controller->action(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QVERIFY2(window().menu(MainWindow::Menu::Actions)->actions().contains(a), name);
        }
        QVERIFY(
            window().mainToolBar()->actions().contains(m_controller->action(QStringLiteral("removeAccountsAction"))));
        QVERIFY(window()
                    .contextMenu(MainWindow::View::Accounts)
                    ->actions()
                    .contains(m_controller->action(QStringLiteral("suspendAction"))));
        QVERIFY(window()
                    .contextMenu(MainWindow::View::Groups)
                    ->actions()
                    .contains(m_controller->action(QStringLiteral("addGroupMembersAction"))));
        QVERIFY(window()
                    .contextMenu(MainWindow::View::Roles)
                    ->actions()
                    .contains(m_controller->action(QStringLiteral("clearRoleHoldersAction"))));
        // The Audit view is a tab of the window.
        QVERIFY(window().findChild<AuditPage *>(QStringLiteral("auditPage")));

        QVERIFY(select({}));
        QVERIFY(!m_controller->action(QStringLiteral("removeAccountsAction"))->isEnabled());
        QVERIFY(m_controller->action(QStringLiteral("createAccountAction"))->isEnabled());
        const QString id = freshMember();
        m_used.removeAll(id);
        QVERIFY(select({id}));
        QVERIFY(m_controller->action(QStringLiteral("removeAccountsAction"))->isEnabled());
        QVERIFY(m_controller->action(QStringLiteral("suspendAction"))->isEnabled());
        // An active member without a role: nothing to unsuspend, no role to clear.
        QVERIFY(!m_controller->action(QStringLiteral("unsuspendAction"))->isEnabled());
        QVERIFY(!m_controller->action(QStringLiteral("clearRoleAction"))->isEnabled());
        // The detail pane of the selected account offers the same actions.
        auto *bar = child<QWidget>(&window(), "detailProvisionBar");
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        bool hasRemove = false;
        for (QToolButton *b : bar->findChildren<QToolButton *>())
            hasRemove = hasRemove || b->defaultAction() == m_controller->action(QStringLiteral("removeAccountsAction"));
        QVERIFY(hasRemove);
    }

    void createAccountThroughTheForm()
    {
        const QString email = QStringLiteral("grace.hopper@example.com");
        QVERIFY(!findByEmail(sim()->truth(), email));
        int shownForms = 0;
        QString validation;
        m_controller->setDialogRunner([&](QDialog *dialog) {
            ++shownForms;
            dialog->show();
            auto *ok = child<QPushButton>(dialog, "okButton");
            if (!ok || ok->isEnabled())
                return int(QDialog::Rejected); // an empty form must not be accepted
            auto *emailEdit = child<QLineEdit>(dialog, "emailEdit");
            QTest::keyClicks(emailEdit, QStringLiteral("grace.hopper"));
            QTest::keyClicks(child<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Grace"));
            QTest::keyClicks(child<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Hopper"));
            validation = child<QLabel>(dialog, "validationLabel")->text();
            if (ok->isEnabled())
                return int(QDialog::Rejected); // not an email yet
            QTest::keyClicks(emailEdit, QStringLiteral("@example.com"));
            QTest::keyClicks(child<QLineEdit>(dialog, "externalIdEdit"), QStringLiteral("hr-1906"));
            child<QCheckBox>(dialog, "welcomeEmailCheck")->setChecked(false);
            return clickOk(dialog);
        });
        m_controller->setConfirmer([](const QString &, const QString &, const QString &) { return true; });

        bool finished = false;
        const QVector<OperationResult> results = runAction("createAccountAction", &finished);
        QCOMPARE(shownForms, 1);
        QVERIFY2(validation.contains(QStringLiteral("not an email")), qPrintable(validation));
        QVERIFY(finished);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == Outcome::Success, qPrintable(results.first().message));

        // Dropbox (the simulator) has the member, with what the form said.
        const Snapshot truth = sim()->truth(); // held: created points into it
        const Account *created = findByEmail(truth, email);
        QVERIFY(created);
        QCOMPARE(created->givenName, QStringLiteral("Grace"));
        QCOMPARE(created->surname, QStringLiteral("Hopper"));
        QCOMPARE(created->externalId, QStringLiteral("hr-1906"));
        // The window shows it without a sync, and the run dialog lists the row as done.
        QTRY_VERIFY(findByEmail(window().snapshot(), email));
        QVERIFY(m_controller->runDialog());
        QCOMPARE(m_controller->runDialog()->resultsTable()->rowCount(), 1);
        QCOMPARE(m_controller->runDialog()->resultsTable()->item(0, 0)->text(), displayName(Outcome::Success));
        // And the Audit view has the row.
        QTRY_COMPARE(auditRowsFor(email, QStringLiteral("create_account"), QStringLiteral("success")), 1);
        m_controller->runDialog()->close();
    }

    void confirmedRemoval()
    {
        const QString id = freshMember();
        QVERIFY(!id.isEmpty());
        const QString email = findAccount(window().snapshot(), id)->email;
        QVERIFY(select({id}));
        const qint64 removesBefore = sim()->requestCount(QStringLiteral("team/members/remove"));

        QString consequence;
        m_controller->setDialogRunner([&](QDialog *dialog) {
            dialog->show();
            // Keep as a Basic account: the consequence says so, then back to a plain removal.
            QTest::mouseClick(child<QRadioButton>(dialog, "keepAccountRadio"), Qt::LeftButton);
            const QString keep = child<QLabel>(dialog, "consequenceLabel")->text();
            if (!keep.contains(QStringLiteral("Basic account")))
                return int(QDialog::Rejected);
            QTest::mouseClick(child<QRadioButton>(dialog, "deleteRadio"), Qt::LeftButton);
            consequence = child<QLabel>(dialog, "consequenceLabel")->text();
            return clickOk(dialog);
        });
        QString confirmTitle, confirmText;
        confirmAndRecord(&confirmText, &confirmTitle);
        bool finished = false;
        const QVector<OperationResult> results = runAction("removeAccountsAction", &finished);
        QVERIFY(finished);
        // The confirmation spelled out what happens to the member's files.
        const Operation expected = Operation::removeAccount(UserSelector::byId(id), true);
        QCOMPARE(confirmText, expected.confirmationText(&window().snapshot()));
        QVERIFY2(confirmText.contains(QStringLiteral("files")), qPrintable(confirmText));
        QVERIFY2(confirmText.contains(QStringLiteral("deleted from their linked")), qPrintable(confirmText));
        QCOMPARE(consequence, confirmText);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == Outcome::Success, qPrintable(results.first().message));

        QCOMPARE(sim()->requestCount(QStringLiteral("team/members/remove")), removesBefore + 1);
        const Snapshot truth = sim()->truth(); // held: inTruth points into it
        const Account *inTruth = findAccount(truth, id);
        QVERIFY(!inTruth || inTruth->status == AccountStatus::Removed);
        QTRY_VERIFY(findAccount(window().snapshot(), id) == nullptr
                    || findAccount(window().snapshot(), id)->status == AccountStatus::Removed);
        QTRY_COMPARE(auditRowsFor(email, QStringLiteral("remove_account"), QStringLiteral("success")), 1);
        m_controller->runDialog()->close();
    }

    void cancelledRemovalSendsNothing()
    {
        const QString id = freshMember();
        QVERIFY(!id.isEmpty());
        QVERIFY(select({id}));
        const sim::RequestStats before = sim()->stats();
        const quint64 generation = sim()->generation();
        QSignalSpy finished(m_controller, &ProvisioningController::runFinished);

        // 1. Cancel in the form.
        int forms = 0;
        m_controller->setDialogRunner([&](QDialog *dialog) {
            ++forms;
            dialog->show();
            QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
            return dialog->result();
        });
        int confirms = 0;
        m_controller->setConfirmer([&](const QString &, const QString &, const QString &) {
            ++confirms;
            return false;
        });
        m_controller->action(QStringLiteral("removeAccountsAction"))->trigger();
        QCOMPARE(forms, 1);
        QCOMPARE(confirms, 0);

        // 2. OK in the form, Cancel at the confirmation.
        m_controller->setDialogRunner([](QDialog *dialog) {
            dialog->show();
            return clickOk(dialog);
        });
        m_controller->action(QStringLiteral("removeAccountsAction"))->trigger();
        QCOMPARE(confirms, 1);
        QVERIFY(!m_controller->isRunning());

        // Give a stray request time to arrive, then check Dropbox saw nothing.
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        const sim::RequestStats after = sim()->stats();
        QCOMPARE(after.apiRequests, before.apiRequests);
        QCOMPARE(writeRequests(after), writeRequests(before));
        QCOMPARE(sim()->generation(), generation);
        QCOMPARE(findAccount(sim()->truth(), id)->status, AccountStatus::Active);
        QCOMPARE(findAccount(window().snapshot(), id)->status, AccountStatus::Active);
    }

    void multiRowSuspendCancelledBetweenItems()
    {
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << freshMember();
        QVERIFY(!ids.contains(QString()));
        QVERIFY(select(ids));
        const qint64 suspendsBefore = sim()->requestCount(QStringLiteral("team/members/suspend"));
        // Slow replies, so that Cancel lands while the second item is on its way.
        sim::Faults slow;
        slow.latencyMs = 400;
        sim()->setFaults(slow);

        m_controller->setDialogRunner([](QDialog *dialog) {
            dialog->show();
            child<QCheckBox>(dialog, "wipeDataCheck")->setChecked(false);
            return clickOk(dialog);
        });
        QString confirmText;
        confirmAndRecord(&confirmText);
        QSignalSpy done(m_controller, &ProvisioningController::runFinished);
        QSignalSpy oneDone(window().worker(), &ConnectorWorker::operationFinished);
        m_controller->action(QStringLiteral("suspendAction"))->trigger();
        QVERIFY2(confirmText.contains(QStringLiteral("4 changes")), qPrintable(confirmText));
        RunDialog *dialog = m_controller->runDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *bar = child<QProgressBar>(dialog, "provisionProgressBar");
        QCOMPARE(bar->maximum(), 4);
        QCOMPARE(dialog->resultsTable()->rowCount(), 4);
        QVERIFY(oneDone.wait(kTimeoutMs));
        QTest::mouseClick(child<QPushButton>(dialog, "provisionCancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), kTimeoutMs);
        sim()->setFaults(sim::Faults());

        const QVector<OperationResult> results = done.first().first().value<QVector<OperationResult>>();
        QVERIFY(done.first().at(1).toBool());
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.first().outcome, Outcome::Success);
        QCOMPARE(results.last().outcome, Outcome::Cancelled);
        int sent = 0;
        const Snapshot truth = sim()->truth();
        for (const OperationResult &r : results) {
            const Account *a = findAccount(truth, r.operation.user.value);
            QVERIFY(a);
            if (r.outcome == Outcome::Cancelled) {
                QCOMPARE(a->status, AccountStatus::Active);
                QCOMPARE(dialog->resultsTable()->item(r.index, 0)->text(), displayName(Outcome::Cancelled));
            } else {
                QCOMPARE(r.outcome, Outcome::Success);
                QCOMPARE(a->status, AccountStatus::Suspended);
                ++sent;
            }
        }
        QCOMPARE(sim()->requestCount(QStringLiteral("team/members/suspend")), suspendsBefore + sent);
        QVERIFY(dialog->summary().contains(QStringLiteral("cancelled")));
        QVERIFY(child<QPushButton>(dialog, "provisionCloseButton")->isEnabled());
        dialog->close();
    }

    void setRoleSaysWhichRoleItReplaces()
    {
        // A member who holds a role, moved to another one.
        const Snapshot &s = window().snapshot();
        QVERIFY(s.roles.size() >= 2);
        QString id;
        for (const Account &a : s.accounts) {
            if (a.status == AccountStatus::Active && !a.roleId.isEmpty() && a.teamMemberId != s.admin.teamMemberId
                && !m_used.contains(a.teamMemberId)) {
                id = a.teamMemberId;
                break;
            }
        }
        if (id.isEmpty()) {
            id = freshMember();
            const auto roleSet = sim()->setMemberRole(id, s.roles.first().id);
            QVERIFY2(roleSet, qPrintable(roleSet.error().message()));
            QSignalSpy done(&window(), &MainWindow::syncCompleted);
            window().startSync();
            QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
            QTRY_VERIFY(!findAccount(window().snapshot(), id)->roleId.isEmpty());
        }
        m_used << id;
        const QString oldRole = findAccount(window().snapshot(), id)->roleId;
        QString newRole, oldName, newName;
        for (const Role &r : window().snapshot().roles) {
            if (r.id == oldRole)
                oldName = r.name;
            else if (newRole.isEmpty()) {
                newRole = r.id;
                newName = r.name;
            }
        }
        QVERIFY(select({id}));
        m_controller->setDialogRunner([&](QDialog *dialog) {
            dialog->show();
            auto *combo = child<QComboBox>(dialog, "roleCombo");
            combo->setCurrentIndex(combo->findData(newRole));
            return clickOk(dialog);
        });
        QString confirmText;
        confirmAndRecord(&confirmText);
        bool finished = false;
        const QVector<OperationResult> results = runAction("setRoleAction", &finished);
        QVERIFY(finished);
        QVERIFY2(confirmText.contains(oldName) && confirmText.contains(newName), qPrintable(confirmText));
        QVERIFY2(confirmText.contains(QStringLiteral("replaced")), qPrintable(confirmText));
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == Outcome::Success, qPrintable(results.first().message));
        QCOMPARE(findAccount(sim()->truth(), id)->roleId, newRole);
        QTRY_COMPARE(findAccount(window().snapshot(), id)->roleId, newRole);
        m_controller->runDialog()->close();
    }

    void groupAddAsOwnerAndNoChange()
    {
        const QString id = freshMember();
        QVERIFY(!id.isEmpty());
        // A group the member is not in.
        QSet<QString> theirs;
        for (const Membership &m : sim()->truth().memberships) {
            if (m.teamMemberId == id)
                theirs.insert(m.groupId);
        }
        QString groupId;
        for (const Group &g : window().snapshot().groups) {
            if (!theirs.contains(g.id) && g.managementType == GroupManagementType::UserManaged) {
                groupId = g.id;
                break;
            }
        }
        QVERIFY(!groupId.isEmpty());
        QVERIFY(select({id}));
        m_controller->setDialogRunner([&](QDialog *dialog) {
            dialog->show();
            auto *list = child<QListWidget>(dialog, "groupList");
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toString() == groupId)
                    list->item(i)->setCheckState(Qt::Checked);
            }
            QTest::mouseClick(child<QRadioButton>(dialog, "asOwnerRadio"), Qt::LeftButton);
            return clickOk(dialog);
        });
        bool finished = false;
        QVector<OperationResult> results = runAction("addToGroupAction", &finished);
        QVERIFY(finished);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == Outcome::Success, qPrintable(results.first().message));
        bool owner = false;
        for (const Membership &m : sim()->truth().memberships)
            owner = owner || (m.groupId == groupId && m.teamMemberId == id && m.accessType == AccessType::Owner);
        QVERIFY(owner);

        // The same again already holds: "no change", and no write is sent.
        const qint64 writes = writeRequests(sim()->stats());
        QTRY_VERIFY(!m_controller->isRunning());
        QVERIFY(m_controller->run({Operation::addToGroup(UserSelector::byId(id), groupId, AccessType::Owner)},
                                  QStringLiteral("again")));
        QSignalSpy done(m_controller, &ProvisioningController::runFinished);
        QVERIFY(done.wait(kTimeoutMs));
        results = done.first().first().value<QVector<OperationResult>>();
        QCOMPARE(results.first().outcome, Outcome::NoChange);
        QCOMPARE(writeRequests(sim()->stats()), writes);
        m_controller->runDialog()->close();
    }

    // The window folds what a provisioning run wrote into the snapshot it shows: the run is not
    // loaded again, the tables show the change, and what the window holds is what the stored run
    // says.
    void changesShowWithoutLoadingTheRunAgain()
    {
        const QString suspended = freshMember();
        const QString owner = freshMember();
        QVERIFY(!suspended.isEmpty() && !owner.isEmpty());
        QString groupId;
        for (const Group &g : window().snapshot().groups) {
            bool in = false;
            for (const Membership &m : window().snapshot().memberships)
                in = in || (m.groupId == g.id && m.teamMemberId == owner);
            if (!in && g.managementType == GroupManagementType::UserManaged) {
                groupId = g.id;
                break;
            }
        }
        QVERIFY(!groupId.isEmpty());
        QSignalSpy loaded(window().worker(), &ConnectorWorker::snapshotLoaded);
        QSignalSpy patched(window().worker(), &ConnectorWorker::snapshotPatched);
        QSignalSpy shown(&window(), &MainWindow::snapshotShown);
        QSignalSpy done(m_controller, &ProvisioningController::runFinished);
        QVERIFY(m_controller->run({Operation::suspend(UserSelector::byId(suspended)),
                                   Operation::addToGroup(UserSelector::byId(owner), groupId, AccessType::Owner)},
                                  QStringLiteral("two changes")));
        QVERIFY(done.wait(kTimeoutMs));
        const QVector<OperationResult> results = done.first().first().value<QVector<OperationResult>>();
        QCOMPARE(results.size(), 2);
        for (const OperationResult &r : results)
            QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.message));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeoutMs);
        QCOMPARE(patched.count(), 1);
        QCOMPARE(loaded.count(), 0);

        const Snapshot &held = window().snapshot();
        QCOMPARE(findAccount(held, suspended)->status, AccountStatus::Suspended);
        QVERIFY(findAccount(held, owner)->groupIds.contains(groupId));
        TablePage *accounts = window().page(MainWindow::View::Accounts);
        const int row = accounts->model()->rowOfId(suspended);
        QVERIFY(row >= 0);
        QCOMPARE(accounts->model()->index(row, AccountsModel::Status).data().toString(),
                 displayName(AccountStatus::Suspended));

        SnapshotStore reader;
        QVERIFY(reader.open(m_gui.connection(QStringLiteral("demo.sqlite")).effectiveDbPath()));
        const Expected<Snapshot> stored = reader.load(held.runId);
        QVERIFY(stored);
        QVERIFY(stored->accounts == held.accounts);
        QVERIFY(stored->memberships == held.memberships);
        QVERIFY(stored->groups == held.groups);
        m_controller->runDialog()->close();
    }

    void auditModelFilterAndExport()
    {
        AuditPage *page = m_controller->auditPage();
        page->refresh();
        QTRY_VERIFY(page->model()->rowCount() >= 7);
        AuditModel *model = page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), int(AuditModel::ColumnCount));
        int success = 0, noChange = 0;
        for (const AuditEntry &e : model->entries()) {
            QCOMPARE(e.connection, window().connection().name);
            QVERIFY(!e.admin.isEmpty());
            success += e.outcome == QLatin1String("success");
            noChange += e.outcome == QLatin1String("no_change");
        }
        QVERIFY(noChange >= 1);
        QVERIFY(success >= 4);
        // Group ids are shown with the group's name.
        bool named = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            const AuditEntry &e = model->entry(r);
            if (e.action != QLatin1String("add_to_group"))
                continue;
            const TeamIndexPtr team = window().team();
            QVERIFY(team->group(e.object));
            QVERIFY(model->index(r, AuditModel::Action).data().toString().contains(team->group(e.object)->name));
            named = true;
        }
        QVERIFY(named);

        window().showView(page);
        auto *outcome = child<QComboBox>(page, "auditOutcomeFilter");
        outcome->setCurrentIndex(outcome->findText(displayName(Outcome::NoChange)));
        QCOMPARE(page->proxy()->rowCount(), noChange);
        for (int r = 0; r < page->proxy()->rowCount(); ++r)
            QCOMPARE(page->proxy()->index(r, AuditModel::Result).data().toString(), displayName(Outcome::NoChange));
        outcome->setCurrentIndex(outcome->findText(displayName(Outcome::Success)));
        QCOMPARE(page->proxy()->rowCount(), success);

        // Search narrows to the created member's rows.
        const QString email = QStringLiteral("grace.hopper@example.com");
        QTest::keyClicks(child<QLineEdit>(page, "auditSearch"), email);
        QCOMPARE(page->proxy()->rowCount(), 1);
        QVERIFY(child<QLabel>(page, "auditCount")->text().contains(QStringLiteral("1 of")));

        // Export writes what is shown, as core's audit CSV.
        const QString path = filePath(QStringLiteral("audit.csv"));
        QString suggested;
        window().setSavePathProvider([&](const QString &name) {
            suggested = name;
            return path;
        });
        QTest::mouseClick(child<QPushButton>(page, "auditExportButton"), Qt::LeftButton);
        QVERIFY(suggested.startsWith(QStringLiteral("audit-")));
        const auto parsed = readCsvFile(path);
        QVERIFY2(parsed, qPrintable(parsed.error().message()));
        const QVector<CsvRecord> records = *parsed;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields.value(0), QStringLiteral("at"));
        QVERIFY(records.at(1).fields.contains(email));
        QVERIFY(records.at(1).fields.contains(QStringLiteral("create_account")));

        child<QLineEdit>(page, "auditSearch")->clear();
        outcome->setCurrentIndex(0);
        QCOMPARE(page->proxy()->rowCount(), model->rowCount());

        // Every outcome the audit log holds falls under one item of the filter: Failed for what
        // was refused, invalid or not started; Unknown for lost replies and unanswered attempts.
        QVector<AuditEntry> every;
        for (const char *o : {"success", "no_change", "failed", "invalid", "cancelled", "unknown", "attempted"}) {
            AuditEntry e;
            e.id = every.size() + 1;
            e.action = QStringLiteral("suspend");
            e.outcome = QLatin1String(o);
            every.push_back(e);
        }
        model->setEntries(every);
        const QList<QPair<QString, QStringList>> items = {
            {displayName(Outcome::Success), {QStringLiteral("success")}},
            {displayName(Outcome::NoChange), {QStringLiteral("no_change")}},
            {displayName(Outcome::Failed),
             {QStringLiteral("failed"), QStringLiteral("invalid"), QStringLiteral("cancelled")}},
            {QStringLiteral("Unknown"), {QStringLiteral("unknown"), QStringLiteral("attempted")}},
        };
        for (const auto &[text, outcomes] : items) {
            outcome->setCurrentIndex(outcome->findText(text));
            QVERIFY2(outcome->currentIndex() > 0, qPrintable(text));
            QStringList shown;
            for (const AuditEntry &e : page->proxy()->visibleEntries())
                shown << e.outcome;
            shown.sort();
            QStringList expected = outcomes;
            expected.sort();
            QCOMPARE(shown, expected);
        }
        outcome->setCurrentIndex(0);
        QCOMPARE(page->proxy()->rowCount(), every.size());
    }
};

QTEST_MAIN(TestGuiProvision)
#include "tst_gui_provision.moc"
