#pragma once

namespace parcours {

// What DemoDataGenerator::generate() wrote. Counts cover committed batches
// only: when the caller cancels, the batch in progress is rolled back and is
// not counted.
struct DemoSummary
{
    int childminders = 0;
    int relays = 0;
    int mams = 0;
    int approvals = 0; // agrément periods (first grants and renewals), not events
    bool cancelled = false;
};

} // namespace parcours
