// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "power": the facility's energy month by month and its bill. Everything about
// electricity is here: drawn power of a server at utilization u, P(u) = P_idle + u·(P_busy −
// P_idle); the energy that flows whatever is sold (idle servers, network, storage) and the
// energy of the load; PUE; the grid price path (annual growth compounded monthly); the
// electricity subsidy per kWh; the steady year's energy and CO₂; the two-part tariff's monthly
// charge per kW (两部制电价) and the time-of-use prices (分时电价) averaged over the day.

#include "catalog.h"
#include "demand.h"
#include "money.h"
#include "result.h"
#include "units.h"

#include <vector>

namespace ccp {

units::Power serverDrawnPower(const Server &server, double utilization);

struct EnergyMonth
{
    units::Energy base; // facility energy independent of the sold utilization
    units::Energy load; // facility energy of the servers' load above idle
    EnergyPrice price;  // grid price in the month, time-of-use averaged
    Money capacity;     // the two-part tariff's demand charge of the month
};

struct EnergyPath
{
    std::vector<EnergyMonth> months; // 0..horizon
    EnergyPrice subsidy;             // electricity subsidy per kWh, every operating month

    const EnergyMonth &operator[](int t) const { return months[std::size_t(t)]; }
    units::Energy energy(int t) const { return (*this)[t].base + (*this)[t].load; }
    Money bill(int t) const { return energy(t) * (*this)[t].price + (*this)[t].capacity; }
    Money loadBill(int t) const { return (*this)[t].load * (*this)[t].price; }
    Money subsidyAmount(int t) const { return energy(t) * subsidy; }
    // The bill net of the subsidy, split into the part independent of utilization and the
    // part proportional to it (the breakevens scale the latter).
    Money netBase(int t) const
    {
        return (*this)[t].base * ((*this)[t].price - subsidy) + (*this)[t].capacity;
    }
    Money netLoad(int t) const { return (*this)[t].load * ((*this)[t].price - subsidy); }
};

// The factor of the flat price that the time-of-use prices average to over a day of flat
// load, with a share of the peak-hour energy moved to valley hours. 1 without peak or valley.
double touPriceFactor(const SiteInputs &site);

// `refreshServer`: the servers of the refresh card, drawing power once a phase is replaced
// (null: the same servers throughout).
EnergyPath energyPath(const Scenario &s, const Server &server, const SizingResult &z,
                      const DemandPath &demand, const Server *refreshServer = nullptr);

// IT power drawn at a utilization of the available capacity (servers, network, storage).
units::Power drawnItPower(const Server &server, const SizingResult &z, double utilization);

// Facility energy and CO₂ of operating months [first, first + 12) (clipped to the horizon).
struct YearEnergy
{
    units::Energy energy;
    double co2Tonnes = 0;
};
YearEnergy yearEnergy(const Scenario &s, const EnergyPath &e, int firstMonth);

} // namespace ccp
