#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace scrutineer {

// A typed failure that lower layers return instead of showing UI; the GUI and CLI map it to a
// dialog or an exit code. Value type; any thread.
struct Error {
    enum class Code {
        InputRejected, // the file is not something we can import (CLI exit 2)
        Cancelled,     // the user stopped it
        Database,      // the database refused (exit 3)
        Conflict,      // someone else changed it first: nothing was written (exit 3)
        Internal,      // a bug or an unexpected state (exit 3)
    };
    Code code = Code::Internal;
    QString file;    // the file concerned, if any
    QString message; // user-facing reason, already translated where it comes from tr()

    // "file.pdf: reason" or just the reason.
    QString describe() const { return file.isEmpty() ? message : file + QStringLiteral(": ") + message; }
};

// Either a value or an Error (std::expected arrives with C++23).
template <typename T>
class Expected {
public:
    Expected(T value) : m_state(std::move(value)) {}       // NOLINT(google-explicit-constructor)
    Expected(Error error) : m_state(std::move(error)) {}    // NOLINT(google-explicit-constructor)

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace scrutineer
