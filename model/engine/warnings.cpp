// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings.h"

#include <cmath>

namespace ccp {

namespace {
// Beyond about 40 kW per rack air cooling no longer suffices (docs/methodology.md).
constexpr double kAirCoolingLimitKw = 40.0;
// Occupancy rule for compute centers (docs/methodology.md): at least 65% of the capacity used.
constexpr double kOccupancyRule = 0.65;
} // namespace

std::vector<Warning> warningsOf(const Scenario &s, const ResolvedRefs &refs, const Result &r)
{
    std::vector<Warning> w;
    auto warn = [&](WarningCode c, double value, double limit) { w.push_back({c, value, limit}); };
    const Server &server = *refs.server;
    const SizingResult &z = r.sizing;
    const FinanceResult &f = r.finance;
    const TrainingResult &tr = r.performance.training;
    const int byPower = server.maxPowerKw > 0
                            ? int(std::floor(s.cluster.rackPowerKw / server.maxPowerKw + 1e-9))
                            : 1;
    if (byPower < 1 || (server.rackUnits > s.cluster.rackUnits))
        warn(WarningCode::RackBelowOneServer, server.maxPowerKw, s.cluster.rackPowerKw);
    if (z.rackDensityKw > kAirCoolingLimitKw)
        warn(WarningCode::LiquidCoolingNeeded, z.rackDensityKw, kAirCoolingLimitKw);
    if (s.site.gridCapacityKw > 0 && z.facilityPowerKw > s.site.gridCapacityKw)
        warn(WarningCode::GridCapacityExceeded, z.facilityPowerKw, s.site.gridCapacityKw);
    if (s.site.energyQuotaMwhPerYear > 0 && z.annualEnergyMwh > s.site.energyQuotaMwhPerYear)
        warn(WarningCode::EnergyQuotaExceeded, z.annualEnergyMwh, s.site.energyQuotaMwhPerYear);
    if (s.site.pueLimit > 0 && s.site.pue > s.site.pueLimit + 1e-12)
        warn(WarningCode::PueAboveHubLimit, s.site.pue, s.site.pueLimit);
    if (f.irrRoots.size() > 1)
        warn(WarningCode::SeveralIrrRoots, double(f.irrRoots.size()), 1);
    if (f.irrRoots.empty())
        warn(WarningCode::NoIrr, 0, 0);
    if (!f.paybackMonths)
        warn(WarningCode::PaybackOutsideHorizon, s.horizonMonths, s.horizonMonths);
    if (z.network.tiers == 3 && z.network.endpoints > z.network.maxEndpoints)
        warn(WarningCode::FabricTooSmall, double(z.network.endpoints),
             double(z.network.maxEndpoints));
    if (!tr.meetsTarget)
        warn(WarningCode::TrainingMissesTarget, tr.days, s.training.targetDays);
    if (tr.memoryNeededGb > tr.memoryAvailableGb)
        warn(WarningCode::TrainingMemoryTooSmall, tr.memoryNeededGb, tr.memoryAvailableGb);
    if (r.performance.steadyUtilization < kOccupancyRule)
        warn(WarningCode::RackOccupancyBelowPolicy, r.performance.steadyUtilization,
             kOccupancyRule);
    return w;
}

} // namespace ccp
