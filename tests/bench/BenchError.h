#pragma once

#include <QString>
#include <stdexcept>

namespace parcours::bench {

// Something could not be measured (a child process failed, a query returned
// other rows than the baseline...). A missed goal is not an error.
class BenchError : public std::runtime_error
{
  public:
    explicit BenchError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace parcours::bench
