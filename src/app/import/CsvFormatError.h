#pragma once

#include "DomainError.h"

namespace parcours {

// The file cannot be read as CSV at all (empty, unterminated quote). Carries
// the physical line where the trouble starts, 0 when there is no such line.
class CsvFormatError : public DomainError
{
  public:
    CsvFormatError(const QString& message, int line) : DomainError(message), m_line(line) {}
    int line() const { return m_line; }

  private:
    int m_line = 0;
};

} // namespace parcours
