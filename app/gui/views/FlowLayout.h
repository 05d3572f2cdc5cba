#pragma once
// A layout that places its items left to right at their preferred size and starts a new line
// when the next one does not fit, so a row of buttons or filters asks only for the width of its
// widest item. Rows whose texts grow in translation ("Zu Gruppe hinzufügen") wrap instead of
// making the window wider than the screen.

#include <QLayout>
#include <QList>
#include <QStyle>

namespace dbx::gui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (when apply) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;
    int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};

} // namespace dbx::gui
