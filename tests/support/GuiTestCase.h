#pragma once
// The base of a window test class: the GuiFixture its tests share, reset after the last of them
// (QTest runs cleanupTestCase()), and the simulator behind it. A test class starts the fixture in
// its own initTestCase() with the team it needs; one that overrides cleanupTestCase() resets the
// fixture itself.

#include "support/GuiFixture.h"

#include <QObject>

namespace dbx::test {

class GuiTestCase : public QObject
{
    Q_OBJECT

protected:
    sim::SimServer *sim() const { return m_gui.sim(); }

    GuiFixture m_gui;

private Q_SLOTS:
    void cleanupTestCase() { m_gui.reset(); }
};

} // namespace dbx::test
