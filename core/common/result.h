// A value-or-error result for failures that a user can cause (bad file, bad field, dead camera).
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Kestrel {

// What went wrong, precise enough for an operator to fix it: which file, which line, which field.
struct Error
{
    enum class Kind { Usage, BadInput, Refused, Integrity, Io, Unavailable, Internal };

    Kind kind = Kind::Internal;
    QString message;
    QString file;
    int line = 0;
    QString field;

    static Error badInput(QString message, QString file = {}, int line = 0, QString field = {})
    {
        return {Kind::BadInput, std::move(message), std::move(file), line, std::move(field)};
    }
    static Error io(QString message, QString file = {})
    {
        return {Kind::Io, std::move(message), std::move(file), 0, {}};
    }
    static Error integrity(QString message, QString file = {})
    {
        return {Kind::Integrity, std::move(message), std::move(file), 0, {}};
    }
    static Error unavailable(QString message) { return {Kind::Unavailable, std::move(message), {}, 0, {}}; }
    static Error refused(QString message) { return {Kind::Refused, std::move(message), {}, 0, {}}; }
    static Error internal(QString message) { return {Kind::Internal, std::move(message), {}, 0, {}}; }

    Error withField(QString name) const
    {
        Error e = *this;
        e.field = std::move(name);
        return e;
    }
    Error at(QString fileName, int lineNumber) const
    {
        Error e = *this;
        e.file = std::move(fileName);
        e.line = lineNumber;
        return e;
    }

    // "file:line: field: message", leaving out the parts that are unknown.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        QString out;
        if (!where.isEmpty())
            out = where + QLatin1String(": ");
        if (!field.isEmpty())
            out += QLatin1String("field '") + field + QLatin1String("': ");
        return out + message;
    }
};

// [[nodiscard]]: an error dropped on the floor is how counts come to claim what never happened.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Kestrel
