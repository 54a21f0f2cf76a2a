// SPDX-License-Identifier: GPL-3.0-or-later
#include "power.h"

#include <cmath>

namespace ccp {

units::Power serverDrawnPower(const Server &server, double u)
{
    return units::kilowatts(server.idlePowerKw + u * (server.busyPowerKw - server.idlePowerKw));
}

units::Power drawnItPower(const Server &server, const SizingResult &z, double utilization)
{
    return double(z.servers) * serverDrawnPower(server, utilization)
           + units::kilowatts(z.network.powerKw + z.storageKw);
}

double touPriceFactor(const SiteInputs &site)
{
    const double peak = site.touPeakHours / 24.0 * (1.0 - site.touLoadShift);
    const double valley = site.touValleyHours / 24.0 + site.touPeakHours / 24.0 * site.touLoadShift;
    const double flat = 1.0 - (site.touPeakHours + site.touValleyHours) / 24.0;
    return peak * site.touPeakFactor + valley * site.touValleyFactor + flat;
}

EnergyPath energyPath(const Scenario &s, const Server &server, const SizingResult &z,
                      const DemandPath &demand, const Server *refreshServer)
{
    const int H = s.horizonMonths;
    const std::size_t n = std::size_t(H) + 1;
    EnergyPath e;
    e.months.reserve(n);
    e.months.emplace_back();
    e.subsidy = EnergyPrice::cnyPerKwh(s.finance.electricitySubsidyCnyPerKwh);

    const units::Duration month = units::hours(units::kHoursPerMonth);
    // At full build: idle servers, network and storage draw whatever is sold; the load above
    // idle scales with the sold utilization and the availability.
    const units::Power baseIt = units::kilowatts(z.servers * server.idlePowerKw
                                                 + z.network.powerKw + z.storageKw);
    const units::Power loadIt = units::kilowatts(z.servers
                                                 * (server.busyPowerKw - server.idlePowerKw));
    // The refreshed share runs the refresh card's servers, as many as the same cards need.
    units::Power baseNew = baseIt, loadNew = loadIt;
    const std::vector<BuildPhase> phases = refreshServer ? buildPhases(s) : std::vector<BuildPhase>{};
    if (refreshServer) {
        const int perServer = std::max(1, refreshServer->cardsPerServer);
        const double servers = double((z.cards + perServer - 1) / perServer);
        baseNew = units::kilowatts(servers * refreshServer->idlePowerKw + z.network.powerKw
                                   + z.storageKw);
        loadNew = units::kilowatts(servers
                                   * (refreshServer->busyPowerKw - refreshServer->idlePowerKw));
    }
    // The month-t price factor is the (t−1)-th power of (1 + growth)^(1/12).
    const double growthPerMonth = std::pow(1.0 + s.site.powerPriceGrowthPerYear, 1.0 / 12.0);
    double growth = 1.0;
    const double flatPrice = s.site.powerPriceCnyPerKwh * touPriceFactor(s.site);
    const Money demandCharge = Money::cny(z.facilityPowerKw * s.site.demandChargeCnyPerKwMonth);
    for (int t = 1; t <= H; ++t) {
        const double installed = demand[t].installedShare;
        const double renewed = refreshServer ? refreshedShare(s, phases, t) : 0.0;
        const double original = installed - renewed;
        if (t > 1)
            growth *= growthPerMonth;
        const double used = demand[t].utilization * s.cluster.availability;
        e.months.push_back({(original * baseIt + renewed * baseNew) * s.site.pue * month,
                            (original * loadIt + renewed * loadNew) * used * s.site.pue * month,
                            EnergyPrice::cnyPerKwh(flatPrice * growth),
                            demandCharge * installed});
    }
    return e;
}

YearEnergy yearEnergy(const Scenario &s, const EnergyPath &e, int firstMonth)
{
    YearEnergy y;
    const int last = int(e.months.size()) - 1;
    for (int t = firstMonth; t < firstMonth + 12 && t <= last; ++t)
        y.energy += e.energy(t);
    y.co2Tonnes = units::toMegawattHours(y.energy) * s.site.carbonKgPerKwh
                  * (1.0 - s.site.greenPowerShare);
    return y;
}

} // namespace ccp
