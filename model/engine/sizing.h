// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "sizing": servers, racks by power budget and rack units, the scale-out fabric (stage
// "network", network.h), storage, floor area and provisioned power. Drawn power and energy are
// in stage "power" (power.h).

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
    // With refresh policy "replace" and a refresh card: that card and its standard server,
    // bought when the first equipment's life ends; null otherwise (the same card again).
    const Card *refreshCard = nullptr;
    const Server *refreshServer = nullptr;
    const LlmModel *model = nullptr; // the inference model; null when none is chosen
};

// Looks up every catalog reference of the scenario (the server defaults to the card's standard
// server). Returns false when one is missing; validate() names which.
bool resolve(const Scenario &s, const Catalog &catalog, ResolvedRefs &out);

// Everything but the drawn power and energy figures, which need the demand path (power.h).
SizingResult sizeCluster(const Scenario &s, const ResolvedRefs &refs);

} // namespace ccp
