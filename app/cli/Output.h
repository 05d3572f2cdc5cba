#pragma once
// How a reporting command prints: --format text|json, --quiet and --verbose (one set of options,
// reportOptions(), read once by Command::execute), and colours (only on a terminal, never with
// NO_COLOR). In JSON mode standard output carries only JSON: one document, or JSON lines for the
// results of a provisioning run; sentences for people stay on standard error. The field names are
// stable: README "Scripting the CLI" and each command's --help list them (jsonFieldsHelp).

#include "Cli.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dbx::cli {

// --format text|json, --quiet, --verbose.
QList<OptionSpec> reportOptions();
// Reads them (the command has them: it reports); a Usage error with its sentence for a bad --format.
Expected<void> configureOutput(const CommandLine &cl);

bool jsonOutput(); // --format json
bool quiet();      // --quiet: only the result and errors
bool verbose();    // --verbose: every step, and the log at info level

// One JSON document, or one line of a JSON-lines stream: compact, newline-ended, flushed.
void printJson(const QJsonObject &object);

// The JSON fields of a reporting command, for its --help (changesTeam: a provisioning command,
// which reports JSON lines); empty for the others.
QString jsonFieldsHelp(const QString &command, bool changesTeam);

enum class Colour {
    Green,
    Red,
    Yellow,
    Dim
};
// text in colour when that stream is a terminal (or CLICOLOR_FORCE is set) and NO_COLOR is not.
QString coloured(const QString &text, Colour colour, bool onStandardError);

} // namespace dbx::cli
