// SPDX-License-Identifier: GPL-3.0-or-later
#include "network.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ccp {

namespace {
long ceilDiv(long a, long b) { return b > 0 ? (a + b - 1) / b : 0; }
} // namespace

NetworkResult fatTreeCounts(long endpoints, int radix, double oversubscription)
{
    NetworkResult n;
    n.endpoints = endpoints;
    if (endpoints <= 0 || radix < 2)
        return n;
    const long k = radix;
    const double r = std::max(1.0, oversubscription);
    // Leaf ports split r:1 between endpoints and uplinks; at least one port each way.
    long down = std::lround(std::floor(double(k) * r / (r + 1.0) + 1e-9));
    down = std::clamp(down, 1L, k - 1);
    const long up = k - down;
    n.leafDownPorts = int(down);
    n.leafUpPorts = int(up);
    n.nodeLinks = endpoints;

    if (endpoints <= k) { // one switch holds every endpoint
        n.tiers = 1;
        n.maxEndpoints = k;
        n.leafSwitches = 1;
        n.leafDownPorts = int(k);
        n.leafUpPorts = 0;
    } else if (endpoints <= k * down) { // every leaf reaches every spine over one port
        n.tiers = 2;
        n.maxEndpoints = k * down;
        n.leafSwitches = ceilDiv(endpoints, down);
        n.leafSpineLinks = n.leafSwitches * up;
        n.spineSwitches = ceilDiv(n.leafSpineLinks, k);
    } else { // three tiers: aggregation and core are non-blocking (k/2 down, k/2 up)
        n.tiers = 3;
        n.maxEndpoints = long(double(k) * k * k / 4.0 * double(down) / double(up));
        n.leafSwitches = ceilDiv(endpoints, down);
        n.leafSpineLinks = n.leafSwitches * up;
        n.spineSwitches = ceilDiv(n.leafSpineLinks, k / 2);
        n.spineCoreLinks = n.spineSwitches * (k / 2);
        n.coreSwitches = ceilDiv(n.spineCoreLinks, k);
    }
    n.links = n.nodeLinks + n.leafSpineLinks + n.spineCoreLinks;
    n.cables = n.links;
    return n;
}

NetworkResult sizeNetwork(long endpoints, const Fabric &fabric, double oversubscription)
{
    NetworkResult n = fatTreeCounts(endpoints, fabric.switchRadix, oversubscription);
    if (n.tiers == 0)
        return n;
    const long switches = n.leafSwitches + n.spineSwitches + n.coreSwitches;
    n.nics = endpoints;
    // Every link end takes an optical module: one per NIC port, and one per
    // `switchPortsPerTransceiver` switch ports (twin-port OSFP on NDR/XDR switches).
    const long switchPortEnds = n.nodeLinks + 2 * (n.leafSpineLinks + n.spineCoreLinks);
    const long perModule = std::max(1, fabric.switchPortsPerTransceiver);
    n.transceivers = n.nics + ceilDiv(switchPortEnds, perModule);
    n.powerKw = (double(switches) * fabric.switchPowerW + double(n.nics) * fabric.nicPowerW
                 + double(n.transceivers) * fabric.transceiverPowerW)
                / 1000.0;
    n.switchCapex = fabric.switchPrice * double(switches);
    n.nicCapex = fabric.nicPrice * double(n.nics);
    n.opticsCapex = fabric.transceiverPrice * double(n.transceivers)
                    + fabric.cablePrice * double(n.cables);
    // Saturates instead of overflowing; the catalog's ranges keep real counts far below.
    n.rackUnits = int(std::min(switches * long(std::max(1, fabric.switchRackUnits)),
                               long(std::numeric_limits<int>::max())));
    return n;
}

} // namespace ccp
