#pragma once
// Small pieces the wizard pages share: copy buttons and the red sentence of a failure.

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QObject>
#include <QString>
#include <QToolButton>

namespace dbx::gui {

inline void copyToClipboard(const QString &text)
{
    if (QClipboard *c = QGuiApplication::clipboard())
        c->setText(text);
}

inline void setupCopyButton(QToolButton *button, const QString &tooltip)
{
    button->setText(QObject::tr("Copy"));
    button->setToolTip(tooltip);
    button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

inline QString errorStyle(const QString &text)
{
    return QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace dbx::gui
