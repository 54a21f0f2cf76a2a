// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Physical sizing: servers, racks by power budget and rack units, storage, floor area, and
// provisioned versus drawn power. Drawn power of a server at utilization u follows
// P(u) = P_idle + u·(P_busy − P_idle).

#include "catalog.h"
#include "result.h"
#include "scenario.h"
#include "units.h"

namespace ccp {

struct ResolvedRefs
{
    const Card *card = nullptr;
    const Server *server = nullptr;
    const Fabric *fabric = nullptr;
    const Site *site = nullptr;
    const StorageClass *storage = nullptr; // may be null
};

// Looks up every catalog reference of the scenario (the server defaults to the card's standard
// server). Returns false when one is missing; validate() names which.
bool resolve(const Scenario &s, const Catalog &catalog, ResolvedRefs &out);

units::Power serverDrawnPower(const Server &server, double utilization);

// Everything but the energy figures, which need the demand path (evaluate() fills them).
SizingResult sizeCluster(const Scenario &s, const ResolvedRefs &refs);

} // namespace ccp
