#pragma once
// Accessible names for a screen reader: every control of a window that has none gets one from
// what a sighted user reads next to it (its label, its placeholder, its tooltip, the tab it sits
// on). Run on a window once its features have added their widgets; controls that already carry
// a name keep it.

class QWidget;

namespace dbx::gui {

// Names the unnamed controls under root; returns how many it named.
int giveAccessibleNames(QWidget *root);
// A shown control a keyboard user can reach that a screen reader could not name (for tests).
QWidget *firstUnnamedControl(QWidget *root);

} // namespace dbx::gui
