#pragma once
// An enum's names as one table: a row per value with its wire name (Dropbox's tag, the stored or
// logged value) and its word for people, and the lookups over such a table. Used by model/Types.cpp
// for the team's enums and by provision/Operation.cpp for outcomes.

#include <QString>

#include <cstddef>

namespace dbx {

template <typename E>
struct EnumName {
    E value;
    const char *wire;
    const char *display; // marked with QT_TRANSLATE_NOOP in the context the table is read in
};

// The row of value; the table's last row when no row has it (a table's fallback row is its last).
template <typename E, std::size_t N>
const EnumName<E> &rowOf(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E> &row : table) {
        if (row.value == value)
            return row;
    }
    return table[N - 1];
}

// The row whose wire name is exactly s (case and spaces count), or nullptr.
template <typename E, std::size_t N>
const EnumName<E> *rowOf(const EnumName<E> (&table)[N], const QString &s)
{
    for (const EnumName<E> &row : table) {
        if (s == QLatin1String(row.wire))
            return &row;
    }
    return nullptr;
}

// The value whose wire name is s; the fallback row's value when none is.
template <typename E, std::size_t N>
E fromWire(const EnumName<E> (&table)[N], const QString &s)
{
    const EnumName<E> *row = rowOf(table, s);
    return row ? row->value : table[N - 1].value;
}

// Sets *out to the value whose wire name is s; false (and *out untouched) when none is.
template <typename E, std::size_t N>
bool fromWire(const EnumName<E> (&table)[N], const QString &s, E *out)
{
    const EnumName<E> *row = rowOf(table, s);
    if (row)
        *out = row->value;
    return row != nullptr;
}

} // namespace dbx
