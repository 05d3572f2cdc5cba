#pragma once
// The man page of dropbox-connector, made at build time (`dropbox-connector --man-page FILE`,
// app/gui/CMakeLists.txt) from the same command-line help that --help prints.

#include <QString>

namespace dbx::gui {

// roff for section 1 from QCommandLineParser's help text (its "Options:" list).
QString manPageFromHelp(const QString &helpText, const QString &version);

} // namespace dbx::gui
