#pragma once

#include "DomainError.h"

namespace parcours {

// The signed-in role may not do what was asked. The message, in French, says
// what was refused and who can do it.
class AccessDenied : public DomainError
{
  public:
    using DomainError::DomainError;
};

} // namespace parcours
