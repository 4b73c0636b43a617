#pragma once

#include <functional>

namespace parcours {

// Runs work inside one write transaction: committed when the function
// returns, rolled back when it throws (the exception then propagates).
class TransactionRunner
{
  public:
    virtual ~TransactionRunner() = default;
    virtual void inWriteTransaction(const std::function<void()>& work) = 0;
};

} // namespace parcours
