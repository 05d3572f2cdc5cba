#include "Accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>

namespace dbx::gui {

namespace {
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.trimmed();
}

// The title of the tab a widget sits on, if any.
QString tabTitle(QWidget *w)
{
    for (QWidget *p = w; p && p->parentWidget(); p = p->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(p->parentWidget());
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(p) >= 0)
            return plain(tabs->tabText(tabs->indexOf(p)));
    }
    return QString();
}

QString nameFor(QWidget *w)
{
    if (auto *b = qobject_cast<QAbstractButton *>(w)) {
        if (!plain(b->text()).isEmpty())
            return plain(b->text());
    }
    if (auto *e = qobject_cast<QLineEdit *>(w)) {
        if (!e->placeholderText().isEmpty())
            return e->placeholderText();
    }
    if (qobject_cast<QAbstractItemView *>(w)) {
        const QString tab = tabTitle(w);
        if (!tab.isEmpty())
            return tab;
    }
    if (!w->toolTip().isEmpty())
        return plain(w->toolTip());
    if (auto *c = qobject_cast<QComboBox *>(w)) {
        if (c->count() > 0)
            return plain(c->itemText(0));
    }
    return QString();
}

bool isControl(QWidget *w)
{
    // What Tab reaches (a table's viewport and a combo box's inner line edit are parts of their
    // control, not controls of their own).
    if (w->focusPolicy() == Qt::NoFocus || w->focusProxy())
        return false;
    if (qobject_cast<QAbstractItemView *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractItemView *>(w);
}
} // namespace

int giveAccessibleNames(QWidget *root)
{
    int named = 0;
    // Labels name their buddies first: what the label says is what the field is.
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->buddy()->accessibleName().isEmpty()) {
            label->buddy()->setAccessibleName(plain(label->text()).remove(QRegularExpression(QStringLiteral(":$"))));
            ++named;
        }
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isControl(w) || !w->accessibleName().isEmpty())
            continue;
        const QString name = nameFor(w);
        if (!name.isEmpty()) {
            w->setAccessibleName(name);
            ++named;
        }
    }
    return named;
}

QWidget *firstUnnamedControl(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (isControl(w) && w->isVisibleTo(root) && w->accessibleName().isEmpty() && nameFor(w).isEmpty())
            return w;
    }
    return nullptr;
}

} // namespace dbx::gui
