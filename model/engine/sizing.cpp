// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizing.h"

#include "network.h"

#include <algorithm>
#include <cmath>

namespace ccp {

bool resolve(const Scenario &s, const Catalog &catalog, ResolvedRefs &out)
{
    out.card = catalog.card(s.cluster.card);
    if (!out.card)
        return false;
    out.server = catalog.server(s.cluster.server.empty() ? out.card->standardServer
                                                         : s.cluster.server);
    out.fabric = catalog.fabric(s.network.fabric);
    out.site = catalog.site(s.site.region);
    out.storage = s.cluster.storage.empty() ? nullptr : catalog.storageClass(s.cluster.storage);
    if (!s.cluster.storage.empty() && !out.storage)
        return false;
    out.refreshCard = nullptr;
    out.refreshServer = nullptr;
    out.model = s.inference.model.empty() ? nullptr : catalog.model(s.inference.model);
    if (!s.inference.model.empty() && !out.model)
        return false;
    if (s.finance.refreshPolicy == RefreshPolicy::Replace && !s.finance.refreshCard.empty()
        && s.finance.refreshCard != s.cluster.card) {
        out.refreshCard = catalog.card(s.finance.refreshCard);
        if (!out.refreshCard)
            return false;
        out.refreshServer = catalog.server(out.refreshCard->standardServer);
        if (!out.refreshServer)
            return false;
    }
    return out.server && out.fabric && out.site;
}

SizingResult sizeCluster(const Scenario &s, const ResolvedRefs &refs)
{
    SizingResult z;
    const Server &server = *refs.server;
    z.cards = s.cluster.cards;
    const int perServer = std::max(1, server.cardsPerServer);
    z.servers = (z.cards + perServer - 1) / perServer;

    const int byPower = server.maxPowerKw > 0
                            ? int(std::floor(s.cluster.rackPowerKw / server.maxPowerKw + 1e-9))
                            : s.cluster.rackUnits;
    const int byUnits = server.rackUnits > 0 ? s.cluster.rackUnits / server.rackUnits
                                             : s.cluster.rackUnits;
    // A rack that cannot hold one server still gets one (and a warning, in evaluate()).
    z.serversPerRack = std::max(1, std::min(byPower, byUnits));
    z.computeRacks = (z.servers + z.serversPerRack - 1) / z.serversPerRack;
    z.rackDensityKw = double(std::min(z.serversPerRack, std::max(z.servers, 1)))
                      * server.maxPowerKw;

    const long endpoints = long(std::ceil(double(z.cards) * s.network.nicsPerCard - 1e-9));
    z.network = sizeNetwork(endpoints, *refs.fabric, s.network.oversubscription);
    z.networkRacks = z.network.rackUnits > 0
                         ? (z.network.rackUnits + s.cluster.rackUnits - 1) / s.cluster.rackUnits
                         : 0;
    if (refs.storage && s.cluster.storagePb > 0) {
        z.storageKw = s.cluster.storagePb * refs.storage->powerKwPerPb;
        z.storageRacks = int(std::ceil(s.cluster.storagePb / std::max(refs.storage->pbPerRack,
                                                                      1e-9) - 1e-9));
    }
    z.racks = z.computeRacks + z.networkRacks + z.storageRacks;
    z.floorAreaM2 = z.racks * s.cluster.floorM2PerRack;

    z.serverItKw = z.servers * server.maxPowerKw;
    z.itPowerKw = z.serverItKw + z.network.powerKw + z.storageKw;
    z.facilityPowerKw = z.itPowerKw * s.site.pue;
    return z;
}

} // namespace ccp
