#pragma once
// ConductorOne settings: client id and secret (checked as typed), API host, the app and
// connector ids for "sync now", and how old a snapshot may be before a push syncs first.

#include "PushSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dbx::gui {

class PushSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // secretNote: where the secret will be kept ("the system keychain", "memory (this session only)").
    PushSettingsDialog(const PushSettings &settings, const QString &secretNote, QWidget *parent = nullptr);

    PushSettings settings() const;

private:
    void validate();

    PushSettings m_base;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_apiHost;
    QLineEdit *m_appId;
    QLineEdit *m_connectorId;
    QSpinBox *m_maxAge;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace dbx::gui
