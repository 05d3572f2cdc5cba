// dropbox-connector: the desktop face of Dropbox Team Connector. Everything lives in dbx_gui.

#include "Launcher.h"

int main(int argc, char **argv) { return dbx::gui::runApplication(argc, argv, DBX_VERSION); }
