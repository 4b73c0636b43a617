#pragma once

#include <QString>
#include <stdexcept>

namespace parcours {

// Errors carry a French, user-facing message: what happened and what to do.
class DomainError : public std::runtime_error
{
  public:
    explicit DomainError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString& message() const { return m_message; }

  private:
    QString m_message;
};

// Someone else saved the same record since it was read (its version moved on).
class ConcurrencyConflict : public DomainError
{
  public:
    using DomainError::DomainError;
};

class NotFound : public DomainError
{
  public:
    using DomainError::DomainError;
};

// The database could not do what was asked (locked, full disk, corrupt file).
class StorageError : public DomainError
{
  public:
    using DomainError::DomainError;
};

} // namespace parcours
