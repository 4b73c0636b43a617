#pragma once

#include "SurveySummary.h"

namespace parcours {

// A regional or national campaign has thousands of relays: its PDF would run
// to hundreds of pages of per-relay tables that nobody reads on paper (and
// QTextDocument slows down with every row). For print, each per-relay list
// keeps the `maxRelays` largest relays, largest first, and one line
// « N other relays » adding up the rest, so the totals still match. The
// JSON export keeps every relay.
SurveySummary capRelayRows(const SurveySummary& summary, int maxRelays);

} // namespace parcours
