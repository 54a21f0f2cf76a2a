// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizing.h"

#include "network.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace ccp {

namespace {
// A count computed in floating point, as an int: NaN gives 0 and values outside int's range
// saturate instead of being undefined behaviour. The catalog and scenario ranges keep real
// inputs far inside; this guards the conversions against anything that slips past them.
int toCount(double x)
{
    if (!(x > 0))
        return 0;
    return x >= double(INT_MAX) ? INT_MAX : int(x);
}

int toCount(long x)
{
    return int(std::clamp(x, 0L, long(INT_MAX)));
}
} // namespace

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
    const long perServer = std::max(1, server.cardsPerServer);
    z.servers = toCount((long(z.cards) + perServer - 1) / perServer);

    const int byPower = server.maxPowerKw > 0
                            ? toCount(std::floor(s.cluster.rackPowerKw / server.maxPowerKw + 1e-9))
                            : s.cluster.rackUnits;
    const int byUnits = server.rackUnits > 0 ? s.cluster.rackUnits / server.rackUnits
                                             : s.cluster.rackUnits;
    // A rack that cannot hold one server still gets one (and a warning, in evaluate()).
    z.serversPerRack = std::max(1, std::min(byPower, byUnits));
    z.computeRacks = toCount((long(z.servers) + z.serversPerRack - 1) / z.serversPerRack);
    z.rackDensityKw = double(std::min(z.serversPerRack, std::max(z.servers, 1)))
                      * server.maxPowerKw;

    const long endpoints = long(std::ceil(double(z.cards) * s.network.nicsPerCard - 1e-9));
    z.network = sizeNetwork(endpoints, *refs.fabric, s.network.oversubscription);
    const long rackUnits = std::max(1, s.cluster.rackUnits);
    z.networkRacks = z.network.rackUnits > 0
                         ? toCount((long(z.network.rackUnits) + rackUnits - 1) / rackUnits)
                         : 0;
    if (refs.storage && s.cluster.storagePb > 0) {
        z.storageKw = s.cluster.storagePb * refs.storage->powerKwPerPb;
        z.storageRacks = toCount(std::ceil(s.cluster.storagePb / std::max(refs.storage->pbPerRack,
                                                                          1e-9) - 1e-9));
    }
    z.racks = toCount(long(z.computeRacks) + z.networkRacks + z.storageRacks);
    z.floorAreaM2 = z.racks * s.cluster.floorM2PerRack;

    z.serverItKw = z.servers * server.maxPowerKw;
    z.itPowerKw = z.serverItKw + z.network.powerKw + z.storageKw;
    z.facilityPowerKw = z.itPowerKw * s.site.pue;
    return z;
}

} // namespace ccp
