#include "views/FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace dbx::gui {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent) { setSpacing(spacing); }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item) { m_items.append(item); }

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

// One line of everything: the width the layout would like.
QSize FlowLayout::sizeHint() const
{
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
        ++shown;
    }
    const int spacing = qMax(0, gap(QStyle::PM_LayoutHorizontalSpacing));
    const QMargins m = contentsMargins();
    return {width + spacing * qMax(0, shown - 1) + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int hSpace = qMax(0, gap(QStyle::PM_LayoutHorizontalSpacing));
    const int vSpace = qMax(0, gap(QStyle::PM_LayoutVerticalSpacing));
    int x = area.x(), y = area.y(), lineHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        // An item wider than the line gets the whole line (its minimum is what the layout asks for).
        const QSize size(qMin(item->sizeHint().width(), qMax(area.width(), item->minimumSize().width())),
                         item->sizeHint().height());
        if (x > area.x() && x + size.width() > area.right() + 1) {
            x = area.x();
            y += lineHeight + vSpace;
            lineHeight = 0;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), size));
        x += size.width() + hSpace;
        lineHeight = qMax(lineHeight, size.height());
    }
    return y + lineHeight - rect.y() + m.bottom();
}

// The spacing set on the layout, else the style's for the parent widget.
int FlowLayout::gap(QStyle::PixelMetric metric) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    if (!w)
        return 6;
    return w->style()->pixelMetric(metric, nullptr, w);
}

} // namespace dbx::gui
