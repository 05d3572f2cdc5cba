#include "PushPanel.h"

#include "GuiLog.h"
#include "MainWindow.h"
#include "PushSettingsDialog.h"
#include "TaskHistoryModel.h"
#include "auth/SecretStore.h"
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

namespace dbx::gui {

namespace {

const QString kSecretAccount = QStringLiteral("conductorone");

} // namespace

PushPanel::PushPanel(MainWindow *window, QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_window(window), m_store(settings), m_secrets(secrets)
{
    setObjectName(QStringLiteral("conductorOnePanel"));
    if (m_store)
        m_settings = PushSettings::load(*m_store);
    m_settings.fillFromEnvironment();

    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pushStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_status->setFont(big);
    layout->addWidget(m_status);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("pushNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_pushButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Push to ConductorOne"), this);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_pushButton->setDefault(true);
    m_disconnectButton = new QPushButton(tr("&Disconnect"), this);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_stayConnected = new QCheckBox(tr("&Stay connected (serve ConductorOne's tasks while this window is open)"), this);
    m_stayConnected->setObjectName(QStringLiteral("stayConnectedCheck"));
    m_stayConnected->setChecked(m_settings.stayConnected);
    m_settingsButton = new QPushButton(tr("S&ettings..."), this);
    m_settingsButton->setObjectName(QStringLiteral("c1SettingsButton"));
    buttons->addWidget(m_pushButton);
    buttons->addWidget(m_disconnectButton);
    buttons->addWidget(m_stayConnected);
    buttons->addStretch(1);
    buttons->addWidget(m_settingsButton);
    layout->addLayout(buttons);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("pushSteps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = qMax(fontMetrics().height(), 16) + 8;
    for (int i = 0; i < 4; ++i) {
        auto *item = new QListWidgetItem(m_steps);
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_steps->setFixedHeight(rowHeight * 4 + 2 * m_steps->frameWidth() + 4);
    layout->addWidget(m_steps);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("pushProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);

    auto *historyTitle = new QLabel(tr("Tasks from ConductorOne"), this);
    layout->addWidget(historyTitle);
    m_history = new TaskHistoryModel(this);
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(QStringLiteral("taskHistoryView"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(TaskHistoryModel::Started, 150);
    m_historyView->setColumnWidth(TaskHistoryModel::Task, 320);
    m_historyView->setWordWrap(false);
    layout->addWidget(m_historyView, 1);

    connect(m_pushButton, &QPushButton::clicked, this, &PushPanel::push);
    connect(m_disconnectButton, &QPushButton::clicked, this, &PushPanel::disconnectService);
    connect(m_settingsButton, &QPushButton::clicked, this, &PushPanel::editSettings);
    connect(m_stayConnected, &QCheckBox::toggled, this, &PushPanel::setStayConnected);

    if (m_window) {
        m_window->installEventFilter(this);
        // The service serves the connection it was started with: another team must not get its tasks.
        connect(m_window, &MainWindow::connectionChanged, this, [this] {
            if (!isServing())
                return;
            disconnectService();
            m_status->setText(tr("The Dropbox connection changed, so the connection to ConductorOne was closed; "
                                 "push again to serve the new team."));
        });
    }
    resetSteps();
    loadSecret();
    updateButtons();
}

PushPanel::~PushPanel()
{
    if (m_service)
        m_service->stop();
}

bool PushPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Closing the window ends the service cleanly (ConductorOne is told how a running task ended).
    // The event type first: while the window is destroyed it still filters events, and comparing
    // with m_window then casts a QWidget that is no longer a MainWindow (UBSan: bad downcast).
    if (event->type() == QEvent::Close && m_service && watched == m_window)
        m_service->stop();
    return QWidget::eventFilter(watched, event);
}

void PushPanel::loadSecret()
{
    if (!m_secrets || !m_settings.clientSecret.isEmpty())
        return;
    QPointer<PushPanel> self(this);
    m_secrets->read(SecretStore::accountName(kSecretAccount, SecretKey::C1ClientSecret),
                    [self](const QString &value, const SecretError &error) {
                        if (!self)
                            return;
                        if (!error.isError() && self->m_settings.clientSecret.isEmpty())
                            self->m_settings.clientSecret = value;
                        else if (error.isError() && error.kind != SecretError::Kind::NotFound)
                            qCInfo(lcGui) << "ConductorOne client secret not read:" << error.message();
                        self->updateButtons();
                    });
}

void PushPanel::setPushSettings(const PushSettings &settings)
{
    m_settings = settings;
    m_stayConnected->setChecked(settings.stayConnected);
    updateButtons();
}

void PushPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

PushPanel::StepState PushPanel::stepState(Step step) const { return m_states[int(step)]; }

QString PushPanel::stepText(Step step) const { return m_steps->item(int(step))->text(); }

QString PushPanel::statusText() const { return m_status->text(); }

bool PushPanel::isServing() const { return m_service && m_service->isRunning(); }

bool PushPanel::editSettings()
{
    PushSettings edited = m_settings;
    bool saved = false;
    if (m_editor) {
        saved = m_editor(&edited);
    } else {
        const QString note = m_secrets ? m_secrets->description() : tr("memory (this session only)");
        PushSettingsDialog dialog(m_settings, note, this);
        saved = dialog.exec() == QDialog::Accepted;
        if (saved)
            edited = dialog.settings();
    }
    if (!saved)
        return false;
    const bool secretChanged = edited.clientSecret != m_settings.clientSecret;
    m_settings = edited;
    if (m_store)
        m_settings.save(*m_store);
    if (m_secrets && secretChanged) {
        m_secrets->write(SecretStore::accountName(kSecretAccount, SecretKey::C1ClientSecret), m_settings.clientSecret,
                         [](const SecretError &error) {
                             if (error.isError())
                                 qCWarning(lcGui).noquote()
                                     << "The ConductorOne client secret is kept for this session only:"
                                     << error.message();
                         });
    }
    updateButtons();
    return true;
}

void PushPanel::setStayConnected(bool on)
{
    if (m_stayConnected->isChecked() != on)
        m_stayConnected->setChecked(on); // comes back here through toggled
    if (m_settings.stayConnected == on)
        return;
    m_settings.stayConnected = on;
    if (m_store)
        m_settings.save(*m_store);
    if (on && !isServing()) {
        // Serving without a push: connect and take whatever ConductorOne sends.
        if (m_settings.validate())
            startService();
    } else if (!on && isServing() && !m_pushPending) {
        disconnectService();
    } else if (on && isServing() && !m_pushPending) {
        setStep(Step::Serve, StepState::Running, tr("Connected: serving ConductorOne's tasks"));
    }
    updateButtons();
}

void PushPanel::resetSteps()
{
    for (int i = 0; i < 4; ++i)
        m_states[i] = StepState::Running; // forces the update below
    setStep(Step::Connect, StepState::Pending, tr("Connect to ConductorOne"));
    setStep(Step::Sync, StepState::Pending, tr("Sync the Dropbox team"));
    setStep(Step::Upload, StepState::Pending, tr("Upload the snapshot"));
    setStep(Step::Serve, StepState::Pending, tr("Connected"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
}

void PushPanel::setStep(Step step, StepState state, const QString &text)
{
    m_states[int(step)] = state;
    QListWidgetItem *item = m_steps->item(int(step));
    static const char *const names[]
        = {QT_TR_NOOP("Connecting"), QT_TR_NOOP("Syncing"), QT_TR_NOOP("Uploading"), QT_TR_NOOP("Connected")};
    item->setText(tr(names[int(step)]) + QStringLiteral(" \u2014 ") + text);
    QIcon icon;
    switch (state) {
    case StepState::Pending:
        icon = QIcon();
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        break;
    case StepState::Running:
        icon = style()->standardIcon(QStyle::SP_MediaPlay);
        item->setForeground(palette().color(QPalette::Text));
        break;
    case StepState::Done:
        icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        item->setForeground(palette().color(QPalette::Text));
        break;
    case StepState::Failed:
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
        break;
    }
    item->setIcon(icon);
    item->setData(Qt::UserRole, int(state));
}

void PushPanel::failRunningStep(const QString &message)
{
    for (int i = 0; i < 4; ++i) {
        if (m_states[i] == StepState::Running) {
            setStep(Step(i), StepState::Failed, message);
            return;
        }
    }
    setStep(Step::Connect, StepState::Failed, message);
}

void PushPanel::updateButtons()
{
    const bool configured = m_settings.validate().ok();
    const bool hasConnection = m_window && m_window->hasConnection();
    m_pushButton->setEnabled(hasConnection && !m_pushPending);
    m_disconnectButton->setEnabled(isServing());
    QString status;
    if (!hasConnection)
        status = tr("Connect to a Dropbox team first.");
    else if (!configured && !isServing())
        status = tr("Not set up: enter this connector's ConductorOne client id and secret in Settings.");
    else if (m_pushPending)
        status = tr("Pushing to ConductorOne...");
    else if (isServing())
        status = tr("Connected to ConductorOne (%1); serving its tasks.").arg(m_service->endpointTarget());
    // The line says "ready" unless it shows what a push or the service said last: a sentence this
    // function wrote earlier ("Connect to a Dropbox team first.", "Not set up ...") is stale once
    // the connection or the settings changed.
    if (status.isEmpty() && (m_status->text().isEmpty() || m_status->text() == m_readinessLine))
        status = tr("Ready to push %1 to ConductorOne.").arg(m_window ? m_window->connection().name : QString());
    if (!status.isEmpty()) {
        m_status->setText(status);
        m_readinessLine = status;
    }
}

} // namespace dbx::gui
