#pragma once

#include "DemoDataGenerator.h"
#include "FakeDemoStore.h"
#include "FixedClock.h"

namespace parcours::testing {

// The day every demo test runs on, so ages and alerts do not drift with the calendar.
inline const QDate kDemoToday(2026, 11, 29);

inline DemoSummary generateDemo(FakeDemoStore& store, int size, quint32 seed,
                                const RuleSettings& settings = {},
                                const DemoDataGenerator::Progress& progress = {})
{
    FixedClock clock(kDemoToday);
    DemoDataGenerator generator(store.childminders(), store.approvals(), store.relays(), store.mams(),
                                store.transactions(), clock, settings);
    return generator.generate(size, seed, progress);
}

} // namespace parcours::testing
