// HTML building blocks for the reports: escaping, the page frame, tables and inline SVG charts.
// Everything is in the one file: no script, no stylesheet or font fetched, so a report opens the
// same offline, attached to an audit, years later.
#include "insight/Report.h"

#include <algorithm>

namespace dbx::html {

namespace {
const char *const kColors[] = {"#0061fe", "#f2a900", "#2e9e5b", "#c8372d", "#7b61ff", "#8a8a8a"};
QString color(int i) { return QString::fromLatin1(kColors[i % 6]); }
QString num(double v) { return QString::number(v, 'f', 1); }

QString legend(const QStringList &series, int x, int y)
{
    QString out;
    for (int s = 0; s < series.size(); ++s) {
        const int lx = x + s * 150;
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" font-size=\"11\">%6</text>")
                   .arg(lx)
                   .arg(y)
                   .arg(color(s))
                   .arg(lx + 14)
                   .arg(y + 9)
                   .arg(escape(series.at(s)));
    }
    return out;
}
} // namespace

QString escape(const QString &text) { return text.toHtmlEscaped(); }

QString pageStart(const QString &title)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>"
                          "body{font-family:sans-serif;margin:2em;color:#1e1919}"
                          "table{border-collapse:collapse;margin:.5em 0 1.5em}"
                          "th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px}"
                          "th{background:#f4f4f4}h2{margin-top:1.5em}.why{color:#555}"
                          ".charts{display:flex;flex-wrap:wrap;gap:1em}"
                          "</style></head><body>\n<h1>%1</h1>\n")
        .arg(escape(title));
}

QString pageEnd() { return QStringLiteral("</body></html>\n"); }

QString table(const QStringList &header, const QVector<QStringList> &rows)
{
    QString out = QStringLiteral("<table><tr>");
    for (const QString &h : header)
        out += QStringLiteral("<th>") + escape(h) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>") + escape(cell) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

namespace {
// Both charts share one frame: the size, the plot area and its axis.
constexpr int width = 460, height = 260, left = 50, top = 30, plotH = 170;

// The chart's opening: the svg element, its title, the axis line and the scale's top value.
QString chartStart(const QString &title, int maxValue)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\">"
                          "<title>%3</title><text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">%3"
                          "</text><line x1=\"%4\" y1=\"%5\" x2=\"%6\" y2=\"%5\" stroke=\"#999\"/>"
                          "<text x=\"4\" y=\"%7\" font-size=\"10\">%8</text>")
        .arg(width)
        .arg(height)
        .arg(escape(title))
        .arg(left)
        .arg(top + plotH)
        .arg(width - 10)
        .arg(top + 8)
        .arg(maxValue);
}
} // namespace

QString barChart(const QString &title, const QStringList &series, const QVector<Bar> &bars)
{
    int maxTotal = 1;
    for (const Bar &b : bars) {
        int total = 0;
        for (int v : b.values)
            total += v;
        maxTotal = std::max(maxTotal, total);
    }
    const double slot = bars.isEmpty() ? 0.0 : double(width - left - 10) / double(bars.size());
    QString out = chartStart(title, maxTotal);
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const double x = left + i * slot + slot * 0.15;
        double y = top + plotH;
        int total = 0;
        for (int s = 0; s < b.values.size(); ++s) {
            const double h = double(b.values.at(s)) * plotH / maxTotal;
            y -= h;
            total += b.values.at(s);
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6: %7</title>"
                                  "</rect>")
                       .arg(num(x), num(y), num(slot * 0.7), num(h), color(s), escape(b.label))
                       .arg(b.values.at(s));
        }
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"middle\">%3</text>"
                              "<text x=\"%1\" y=\"%4\" font-size=\"10\" text-anchor=\"middle\">%5</text>")
                   .arg(num(x + slot * 0.35), num(y - 3))
                   .arg(total)
                   .arg(top + plotH + 14)
                   .arg(escape(b.label.left(18)));
    }
    if (series.size() > 1)
        out += legend(series, left, height - 18);
    return out + QStringLiteral("</svg>\n");
}

QString lineChart(const QString &title, const QStringList &series, const QVector<LinePoint> &points)
{
    int maxValue = 1;
    for (const LinePoint &p : points)
        for (int v : p.values)
            maxValue = std::max(maxValue, v);
    const double step = points.size() > 1 ? double(width - left - 30) / double(points.size() - 1) : 0.0;
    QString out = chartStart(title, maxValue);
    for (int s = 0; s < series.size(); ++s) {
        QStringList coords;
        for (int i = 0; i < points.size(); ++i) {
            const int v = s < points.at(i).values.size() ? points.at(i).values.at(s) : 0;
            const double x = left + 10 + i * step;
            const double y = top + plotH - double(v) * plotH / maxValue;
            coords << num(x) + QLatin1Char(',') + num(y);
            out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\"><title>%4: %5</title></circle>")
                       .arg(num(x), num(y), color(s), escape(points.at(i).label))
                       .arg(v);
        }
        out += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"2\" points=\"%2\"/>")
                   .arg(color(s), coords.join(QLatin1Char(' ')));
    }
    for (int i = 0; i < points.size(); ++i) {
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"middle\">%3</text>")
                   .arg(num(left + 10 + i * step))
                   .arg(top + plotH + 14)
                   .arg(escape(points.at(i).label));
    }
    out += legend(series, left, height - 18);
    return out + QStringLiteral("</svg>\n");
}

} // namespace dbx::html
