#pragma once
// The one result type of the product: a value, or the Error that says why there is none.
// Modelled on std::expected (C++23) and qBittorrent's nonstd::expected, kept to what the
// product uses:
//
//     Expected<Snapshot> load(qint64 runId);
//     const auto snapshot = store.load(id);
//     if (!snapshot)
//         return unexpected(snapshot.error());   // or show snapshot.error().message()
//     use(*snapshot);
//
// Expected<void> is the result of an operation that has no value. A reply from a remote service
// also carries the id of the reply that produced it (requestId: Dropbox's X-Dropbox-Request-Id),
// empty for local work.

#include "base/Error.h"

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

namespace dbx {

// The error side, spelled out so that a T constructible from Error is never ambiguous.
template <typename E>
struct Unexpected {
    E error;
};

inline Unexpected<Error> unexpected(Error error) { return Unexpected<Error>{std::move(error)}; }

template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected() : m_state(T{}) {}
    Expected(const T &value) : m_state(value) {}                   // NOLINT: implicit by design
    Expected(T &&value) : m_state(std::move(value)) {}             // NOLINT
    Expected(Unexpected<Error> e) : m_state(std::move(e.error)) {} // NOLINT
    Expected(Error e) = delete; // say unexpected(e): an Error is never a value by accident

    bool has_value() const { return m_state.index() == 0; }
    bool ok() const { return has_value(); }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T value_or(T fallback) const { return has_value() ? std::get<0>(m_state) : std::move(fallback); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // The error; a default Error (kind None) when there is a value.
    const Error &error() const & { return has_value() ? noError() : std::get<1>(m_state); }
    Error error() && { return has_value() ? Error() : std::get<1>(std::move(m_state)); }

    QString requestId;

private:
    static const Error &noError()
    {
        static const Error none;
        return none;
    }
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Unexpected<Error> e) : m_error(std::move(e.error)), m_failed(true) {} // NOLINT
    Expected(Error e) = delete;

    bool has_value() const { return !m_failed; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const Error &error() const & { return m_error; }
    Error error() && { return std::move(m_error); }

    QString requestId;

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace dbx
