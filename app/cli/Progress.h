#pragma once
// Progress of a long CLI command, on stderr (stdout may carry the command's data). On a terminal
// one status line is rewritten in place, at most ten times a second: what is being done, how far
// ("12,000/100,000"), the rate and the time left. Anywhere else (a log file, CI, a pipe) there is
// no line to rewrite: a plain log line is written when a step begins and ends, and every few
// seconds in between, so the log says what happened without drowning in updates.
//
//   Progress p(QStringLiteral("export"));
//   p.step(tr("Loading run %1").arg(id));        // a phase, without a count
//   p.update(done, total, tr("rows"));           // how far a counted phase is
//   p.done(tr("loaded %1 accounts").arg(n));     // the phase ended: a line with its time
//   p.clear();                                   // before printing anything else to stderr

#include <QElapsedTimer>
#include <QString>

namespace dbx::cli {

class Progress
{
public:
    // command: the prefix of the plain lines ("export: ..."). terminal: rewrite one line in place.
    explicit Progress(const QString &command, bool terminal);
    explicit Progress(const QString &command); // on a terminal when stderr is one
    ~Progress();                               // clears a live line left on the terminal
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    // A phase begins; its text stays on the line (terminal) or is logged once.
    void step(const QString &text);
    // done of total (total < 0: not known) `unit`s in the current phase: the live line, or a log
    // line every few seconds.
    void update(qint64 done, qint64 total, const QString &unit);
    // The current phase ended: one line with what it did and how long it took (both modes).
    void done(const QString &summary);
    // Erases the live line so that other output starts on a clean line (no-op in log mode).
    void clear();

    bool isTerminal() const { return m_terminal; }
    // "12,000/100,000 rows, 8,400/s, 11 s left" (for the tests: the line without timing noise
    // comes from the same function).
    static QString countText(qint64 done, qint64 total, const QString &unit, double perSecond);

private:
    void show(const QString &line);
    void log(const QString &line);

    QString m_command;
    bool m_terminal;
    QString m_step;
    QElapsedTimer m_stepClock;
    qint64 m_lastDrawMs = -1000000;
    qint64 m_lastLogMs = 0;
    int m_shownWidth = 0; // characters of the live line on screen
};

} // namespace dbx::cli
