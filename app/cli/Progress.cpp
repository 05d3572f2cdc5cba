#include "Progress.h"

#include "Cli.h"

#include <QLocale>

namespace dbx::cli {

namespace {
constexpr qint64 kDrawEveryMs = 100; // a terminal line: ten times a second is live enough
constexpr qint64 kLogEveryMs = 5000; // a log: one line every five seconds of a long phase
constexpr int kMaxWidth = 110;       // keep the live line on one row of a usual terminal

QString seconds(double s)
{
    if (s < 60)
        return QCoreApplication::translate("dbx::cli", "%1 s").arg(s, 0, 'f', s < 10 ? 1 : 0);
    const qint64 total = qint64(s + 0.5);
    return QCoreApplication::translate("dbx::cli", "%1 min %2 s").arg(total / 60).arg(total % 60);
}
} // namespace

Progress::Progress(const QString &command, bool terminal) : m_command(command), m_terminal(terminal)
{
    m_stepClock.start();
}

Progress::Progress(const QString &command) : Progress(command, stderrIsTerminal()) {}

Progress::~Progress() { clear(); }

QString Progress::countText(qint64 done, qint64 total, const QString &unit, double perSecond)
{
    const QLocale c = QLocale::c();
    QString text = total >= 0 ? QStringLiteral("%1/%2 %3").arg(c.toString(done), c.toString(total), unit)
                              : QStringLiteral("%1 %2").arg(c.toString(done), unit);
    if (perSecond > 0) {
        text += QStringLiteral(", %1/s").arg(c.toString(qint64(perSecond + 0.5)));
        if (total > done)
            text += QLatin1String(", ")
                + QCoreApplication::translate("dbx::cli", "%1 left").arg(seconds(double(total - done) / perSecond));
    }
    return text;
}

void Progress::step(const QString &text)
{
    m_step = text;
    m_stepClock.restart();
    m_lastLogMs = 0;
    m_lastDrawMs = -kDrawEveryMs;
    if (m_terminal)
        show(text + QStringLiteral("..."));
    else
        log(text + QStringLiteral("..."));
}

void Progress::update(qint64 done, qint64 total, const QString &unit)
{
    const qint64 now = m_stepClock.elapsed();
    const double perSecond = now > 200 ? double(done) * 1000.0 / double(now) : 0;
    if (m_terminal) {
        if (now - m_lastDrawMs < kDrawEveryMs && done != total)
            return;
        m_lastDrawMs = now;
        show(m_step + QStringLiteral(": ") + countText(done, total, unit, perSecond));
        return;
    }
    if (now - m_lastLogMs < kLogEveryMs)
        return;
    m_lastLogMs = now;
    log(m_step + QStringLiteral(": ") + countText(done, total, unit, perSecond));
}

void Progress::done(const QString &summary)
{
    const QString line = QStringLiteral("%1 (%2)").arg(summary, seconds(double(m_stepClock.elapsed()) / 1000.0));
    if (m_terminal) {
        clear();
        err() << m_command << ": " << line << '\n' << Qt::flush;
    } else {
        log(line);
    }
}

void Progress::clear()
{
    if (!m_terminal || m_shownWidth == 0)
        return;
    err() << '\r' << QString(m_shownWidth, QLatin1Char(' ')) << '\r' << Qt::flush;
    m_shownWidth = 0;
}

void Progress::show(const QString &line)
{
    QString text = m_command + QStringLiteral(": ") + line;
    if (text.size() > kMaxWidth)
        text = text.left(kMaxWidth - 1) + QChar(0x2026);
    // Pad over what the previous, longer line left on screen.
    const int pad = qMax(0, m_shownWidth - int(text.size()));
    err() << '\r' << text << QString(pad, QLatin1Char(' ')) << Qt::flush;
    m_shownWidth = int(text.size());
}

void Progress::log(const QString &line) { err() << m_command << ": " << line << '\n' << Qt::flush; }

} // namespace dbx::cli
