// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scale-out fabric sizing: a rail-optimized folded-Clos (fat-tree) of k-port switches with
// leaf oversubscription r:1 (down = k·r/(r+1), up = k − down), using the fewest tiers that fit.
// Non-blocking counts follow Al-Fares et al., "A Scalable, Commodity Data Center Network
// Architecture", SIGCOMM 2008: two tiers carry k²/2 endpoints with ⌈2E/k⌉ leaves and ⌈E/k⌉
// spines; three tiers k³/4 with ⌈2E/k⌉ edge, ⌈2E/k⌉ aggregation and ⌈E/k⌉ core switches.

#include "catalog.h"
#include "result.h"

namespace ccp {

// Switch and link counts only (no power, no cost). radix ≥ 2, oversubscription ≥ 1.
NetworkResult fatTreeCounts(long endpoints, int radix, double oversubscription);

// Counts plus transceivers, NICs, power and capex for a catalog fabric.
NetworkResult sizeNetwork(long endpoints, const Fabric &fabric, double oversubscription);

} // namespace ccp
