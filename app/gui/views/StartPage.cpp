#include "StartPage.h"

#include "MainWindow.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dbx::gui {

namespace {
// A sentence that wraps within the column. No alignment flag in the layout: a label placed with
// one gets its unwrapped size hint and its height for that width, which is what clipped the
// explanation to slivers; stretched over the column its height follows the width it really has.
QLabel *sentence(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QPushButton *buttonFor(QAction *action, const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(36);
    button->setToolTip(action->toolTip());
    button->setVisible(action->isVisible());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setVisible(action->isVisible() && action->isEnabled()); });
    return button;
}
} // namespace

QWidget *createStartPage(QAction *setupAction, QAction *demoAction, QLabel **text, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("notConfiguredPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("startPageContent"));

    auto *column = new QWidget(content);
    column->setMaximumWidth(600);
    auto *title = sentence(MainWindow::tr("Welcome to Dropbox Team Connector"), QStringLiteral("startTitle"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *explanation = sentence(QString(), QStringLiteral("notConfiguredText"), column);
    auto *setup = buttonFor(setupAction, MainWindow::tr("&Set up a connection..."),
                            QStringLiteral("setupConnectionButton"), column);
    setup->setDefault(true);
    setup->setAccessibleDescription(
        MainWindow::tr("Opens the wizard that connects this app to your Dropbox team, step by step."));
    auto *demo = buttonFor(demoAction, MainWindow::tr("&Try the demo team"), QStringLiteral("tryDemoButton"), column);
    demo->setAccessibleDescription(MainWindow::tr("Opens a built-in simulated team in this window."));
    auto *demoHint
        = sentence(MainWindow::tr("The demo team is simulated on this computer: look around, sync, provision and "
                                  "push without a Dropbox account. Nothing reaches Dropbox."),
                   QStringLiteral("demoHint"), column);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(setup);
    buttons->addSpacing(12);
    buttons->addWidget(demo);
    buttons->addStretch(1);

    auto *cl = new QVBoxLayout(column);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(title);
    cl->addSpacing(8);
    cl->addWidget(explanation);
    cl->addSpacing(20);
    cl->addLayout(buttons);
    cl->addSpacing(20);
    cl->addWidget(demoHint);

    // Centred horizontally (stretches either side of the column) and vertically.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    scroll->setWidget(content);

    QWidget::setTabOrder(setup, demo);
    *text = explanation;
    return scroll;
}

} // namespace dbx::gui
