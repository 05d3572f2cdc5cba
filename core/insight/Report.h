#pragma once
// The findings report an admin keeps or attaches to an audit: JSON for programs, one
// self-contained HTML file (charts as inline SVG, no script, nothing fetched) for people.

#include "insight/Insight.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dbx {

// {"run": N, "generated_at": "...", "overview": {...}, "findings": [{"id", "count", "items":
// [{"kind", "id", "name"}], ...}]}. Indented UTF-8; the same insight always gives the same bytes.
QJsonObject insightJsonObject(const Insight &insight);
QByteArray insightJson(const Insight &insight);
QByteArray insightHtml(const Insight &insight);

// HTML building blocks, shared with the access review's evidence report.
namespace html {
QString escape(const QString &text);
QString pageStart(const QString &title);
QString pageEnd();
// A table: header cells and rows of cells (escaped here).
QString table(const QStringList &header, const QVector<QStringList> &rows);
// Inline SVG charts.
struct Bar {
    QString label;
    QVector<int> values; // one per series (stacked)
};
QString barChart(const QString &title, const QStringList &series, const QVector<Bar> &bars);
struct LinePoint {
    QString label;
    QVector<int> values; // one per series
};
QString lineChart(const QString &title, const QStringList &series, const QVector<LinePoint> &points);
} // namespace html

} // namespace dbx
