#pragma once
// The first run: what the window shows while it is not connected to a team. Readable at any
// window size (the page scrolls instead of clipping its sentences), with the two ways forward one
// click away: set up a connection, or try the built-in simulated team in place.

class QAction;
class QLabel;
class QWidget;

namespace dbx::gui {

// The start page; *text is the explanation line the window fills in for its state. The demo
// button follows demoAction's visibility (hidden once the window shows the demo).
QWidget *createStartPage(QAction *setupAction, QAction *demoAction, QLabel **text, QWidget *parent);

} // namespace dbx::gui
