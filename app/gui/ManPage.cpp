#include "ManPage.h"

#include <QCoreApplication>
#include <QStringList>

namespace dbx::gui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dbx::gui", text); }

QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

// "  -h, --help        Displays help." and its continuation lines -> (flags, description).
QList<std::pair<QString, QString>> options(const QString &helpText)
{
    QList<std::pair<QString, QString>> list;
    bool inOptions = false;
    for (const QString &line : helpText.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Options:")) {
            inOptions = true;
            continue;
        }
        if (!inOptions)
            continue;
        if (!line.startsWith(QLatin1Char(' ')))
            break; // the end of the list (a blank line or the next heading)
        // An option starts at the third column; its wrapped description further right.
        const QString trimmed = line.trimmed();
        if (line.startsWith(QLatin1String("  -"))) {
            const qsizetype gap = trimmed.indexOf(QLatin1String("  "));
            list.push_back(gap < 0 ? std::make_pair(trimmed, QString())
                                   : std::make_pair(trimmed.left(gap), trimmed.mid(gap).trimmed()));
        } else if (!list.isEmpty()) {
            list.back().second += QLatin1Char(' ') + trimmed;
        }
    }
    return list;
}

} // namespace

QString manPageFromHelp(const QString &helpText, const QString &version)
{
    QString s
        = QStringLiteral(".TH DROPBOX\\-CONNECTOR 1 \"\" \"dropbox-connector %1\" \"User Commands\"\n").arg(version);
    s += QStringLiteral(".SH NAME\ndropbox\\-connector \\- ")
        + roff(tr("Dropbox team accounts, admin roles and groups for ConductorOne")) + QLatin1Char('\n');
    s += QStringLiteral(".SH SYNOPSIS\n.B dropbox\\-connector\n[\\fIoptions\\fR]\n");
    s += QStringLiteral(".SH DESCRIPTION\n")
        + roff(tr("The desktop application of Dropbox Team Connector: set up a connection to a Dropbox team with "
                  "a wizard, sync its accounts, admin roles and groups, browse who holds what and what changed, "
                  "provision changes, and push the result to ConductorOne. With --demo everything runs against a "
                  "built-in simulated team, with no Dropbox account."))
        + QLatin1Char('\n');
    s += QStringLiteral(".SH OPTIONS\n");
    for (const auto &[flags, description] : options(helpText)) {
        s += QStringLiteral(".TP\n.B ") + roff(flags) + QLatin1Char('\n') + roff(description) + QLatin1Char('\n');
    }
    s += QStringLiteral(".SH FILES\n.TP\n.I ~/.config/DropboxTeamConnector/dropbox-connector.conf\n")
        + roff(tr("Settings and saved connections; their secrets are kept in the desktop's keychain."))
        + QStringLiteral("\n.TP\n.I ~/.local/share/DropboxTeamConnector/dropbox-connector/\n")
        + roff(tr("The snapshot databases (mode 0600).")) + QLatin1Char('\n');
    s += QStringLiteral(".SH \"SEE ALSO\"\n.BR dropbox\\-connector\\-cli (1)\n");
    return s;
}

} // namespace dbx::gui
