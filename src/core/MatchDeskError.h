#pragma once

#include <QString>

#include <stdexcept>

// Base of every error MatchDesk libraries throw: carries a translated, user-presentable message
// that names what failed and where (file, line, field, node ...).
class MatchDeskError : public std::runtime_error
{
public:
    explicit MatchDeskError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const noexcept { return m_message; }

private:
    QString m_message;
};
