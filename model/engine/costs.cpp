// SPDX-License-Identifier: GPL-3.0-or-later
#include "costs.h"

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {

// One depreciable asset: bought in `month`, written off straight-line from the next month on.
struct Asset
{
    Asset(int month, double cost, double lifeMonths, double salvage)
        : month(month), cost(cost), lifeMonths(lifeMonths), salvage(salvage),
          perMonth(lifeMonths > 0 ? cost * (1.0 - salvage) / lifeMonths : 0.0)
    {
    }
    int month;
    double cost;
    double lifeMonths;
    double salvage;
    double perMonth;
    int soldAt = -1; // the month it was sold when replaced; −1 while kept
    // Depreciation charged in month t: the monthly amount times the part of month t, that is of
    // (t−1, t], inside the life (month, month + lifeMonths]. A fractional life ends with a
    // fractional month, so accumulated depreciation always equals cost − book value.
    double charge(int t) const
    {
        const double from = std::max(double(t - 1), double(month));
        const double to = std::min(double(t), double(month) + lifeMonths);
        return to > from ? perMonth * (to - from) : 0.0;
    }
    double bookValue(int t) const
    {
        const double used = std::clamp(double(t - month), 0.0, lifeMonths);
        return lifeMonths > 0 ? cost - cost * (1.0 - salvage) * used / lifeMonths : 0.0;
    }
};

} // namespace

CapexBreakdown capexBreakdown(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z)
{
    CapexBreakdown cx;
    cx.servers = refs.server->price * double(z.servers);
    cx.network = z.network.capex();
    cx.storage = refs.storage ? refs.storage->pricePerPb * s.cluster.storagePb : Money::zero();
    cx.installation = (cx.servers + cx.network + cx.storage) * s.finance.installationShare;
    cx.software = Money::cny(s.finance.softwareCapexCny);
    cx.facility = Money::cny(z.itPowerKw * s.site.facilityCapexCnyPerKw);
    if (s.finance.capexOverrun != 0.0) {
        const double f = 1.0 + s.finance.capexOverrun;
        for (Money *m : {&cx.servers, &cx.network, &cx.storage, &cx.installation, &cx.software,
                         &cx.facility})
            *m *= f;
    }
    return cx;
}

CostPlan costPlan(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z,
                  const std::vector<BuildPhase> &phases)
{
    const FinanceInputs &fin = s.finance;
    const int H = s.horizonMonths;
    const std::size_t n = std::size_t(H) + 1;
    CostPlan c;
    c.capex = capexBreakdown(s, refs, z);
    c.months.resize(n);

    // Equipment bought with the build phases; software and the facility in month 0.
    const CapexBreakdown &cx = c.capex;
    const double phased = (cx.servers + cx.network + cx.storage + cx.installation).cnyValue();
    const double software = cx.software.cnyValue();
    const double facility = cx.facility.cnyValue();
    const double equipLife = fin.equipmentLifeYears * 12.0;
    // With a construction period of C months the facility is paid in equal parts over months
    // 0 … C−1 and completed in month C, when the software is bought with the first equipment;
    // every asset depreciates from the month after it is complete.
    const int C = fin.constructionMonths;
    std::vector<Asset> assets;
    assets.reserve(phases.size() + 2);
    for (const BuildPhase &ph : phases)
        assets.emplace_back(ph.month, phased * ph.share, equipLife, fin.equipmentSalvageShare);
    assets.emplace_back(C, software, equipLife, fin.equipmentSalvageShare);
    assets.emplace_back(C, facility, fin.facilityLifeYears * 12.0, 0.0);

    const Money staff = Money::cny(fin.staffCnyPerYear / 12.0);
    const Money bandwidth = Money::cny(fin.bandwidthCnyPerYear / 12.0);
    const Money rent = Money::cny(fin.rentCnyPerYear / 12.0);
    const Money subsidy = Money::cny(fin.operatingSubsidyCnyPerYear / 12.0);
    const double maintenanceRate = fin.maintenancePerYear / 12.0; // of the installed cost
    const double insuranceRate = fin.insurancePerYear / 12.0;
    for (int t = 0; t <= H; ++t) {
        double capex = 0, equipmentInstalled = 0;
        for (const BuildPhase &ph : phases) {
            if (ph.month == t)
                capex += phased * ph.share;
            if (ph.month < t)
                equipmentInstalled += phased * ph.share;
        }
        if (t == C)
            capex += software;
        if (C == 0 ? t == 0 : t < C)
            capex += facility / double(std::max(C, 1));
        CostMonth &m = c.months[std::size_t(t)];
        m.investment = Money::cny(capex);
        m.grant = Money::cny(capex * fin.capexGrantShare);
        if (t <= C) // no operating costs before operation
            continue;

        equipmentInstalled += software;
        const double totalInstalled = equipmentInstalled + facility;
        m.maintenance = Money::cny(equipmentInstalled * maintenanceRate);
        m.insurance = Money::cny(totalInstalled * insuranceRate);
        m.staff = staff;
        m.bandwidth = bandwidth;
        m.rent = rent;
        if (t - C <= fin.operatingSubsidyYears * 12.0 + 1e-9)
            m.operatingSubsidy = subsidy;
    }
    // Refresh: an asset whose life ends before the horizon is bought again in the month its
    // life ends (rounded up) at the refresh price, and the old one is sold at its book value
    // then (its salvage value: no gain, no tax). Replacements get no capex grant; maintenance
    // and insurance keep following the original installed cost.
    if (fin.refreshPolicy == RefreshPolicy::Replace) {
        for (std::size_t k = 0; k < assets.size(); ++k) {
            const Asset a = assets[k]; // copied: push_back may reallocate
            if (!(a.lifeMonths > 0) || a.cost <= 0)
                continue;
            const int r = int(std::ceil(double(a.month) + a.lifeMonths - 1e-9));
            if (r >= H)
                continue;
            const double cost = a.cost * fin.refreshPriceFactor;
            c.months[std::size_t(r)].investment += Money::cny(cost);
            c.months[std::size_t(r)].disposal += Money::cny(a.bookValue(r));
            assets.emplace_back(r, cost, a.lifeMonths, a.salvage);
            assets[k].soldAt = r;
        }
    }
    // Each asset is charged only over the months of its life, in the order of the assets.
    for (const Asset &a : assets) {
        const double end = std::min(double(H), std::ceil(double(a.month) + a.lifeMonths));
        for (int t = std::max(1, a.month + 1); t <= end; ++t)
            c.months[std::size_t(t)].depreciation += Money::cny(a.charge(t));
    }
    double residual = 0;
    for (const Asset &a : assets)
        if (a.soldAt < 0)
            residual += a.bookValue(H);
    c.residual = Money::cny(residual);
    return c;
}

} // namespace ccp
