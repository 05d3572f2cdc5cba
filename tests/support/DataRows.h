#pragma once
// The rows of a data-driven QTest whose only column is one value (a string, a flag): the column
// and its rows as one table, so that a test's _data() lists only its cases.
//
//     void failure_data() { test::addRows<QString>("fault", {{"invalid cursor", QStringLiteral("cursor")}}); }

#include <QString>
#include <QTest>

#include <initializer_list>
#include <utility>

namespace dbx {
namespace test {

template <typename T>
void addRows(const char *column, std::initializer_list<std::pair<const char *, T>> rows)
{
    QTest::addColumn<T>(column);
    for (const auto &row : rows)
        QTest::newRow(row.first) << row.second;
}

// Rows named by their own value (field names, tags).
inline void addNamedRows(const char *column, std::initializer_list<const char *> values)
{
    QTest::addColumn<QString>(column);
    for (const char *value : values)
        QTest::newRow(value) << QString::fromLatin1(value);
}

} // namespace test
} // namespace dbx
