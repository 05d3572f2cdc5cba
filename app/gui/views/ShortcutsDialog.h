#pragma once
// Help > Keyboard shortcuts: every action of the window that has a shortcut, read from the window
// itself when asked (so the actions features add later are listed too), in a table a keyboard
// user can read and close with Esc.

class QDialog;
class QWidget;

namespace dbx::gui {

// The dialog (not shown yet), parented to window.
QDialog *createShortcutsDialog(QWidget *window);

} // namespace dbx::gui
