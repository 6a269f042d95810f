// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace csc {

// An error as it travels from core to whoever decides how to show it.
// `message` is one translated sentence for the user; `detail` carries what a
// developer needs (driver text, database text, the failing query).
struct Error
{
    QString message;
    QString detail;

    QString fullText() const
    {
        return detail.isEmpty() ? message
                                : message + QLatin1String(" (") + detail + QLatin1Char(')');
    }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    // By value: `for (x : f().value())` must not dangle when f() returns a temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    T valueOr(T fallback) const { return ok() ? value() : fallback; }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace csc
