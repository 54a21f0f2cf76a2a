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
    double cost;      // book cost (the price less the grant where the grant reduces the basis)
    double lifeMonths;
    double salvage;
    double perMonth;
    double price = 0;       // what was paid, before any grant: the base of a replacement
    double maintained = 0;  // the installed cost maintenance is charged on (0: none)
    double vatRate = 0;     // input VAT rate of a replacement
    bool refreshable = false;
    double refreshRatio = 1.0; // a replacement's price against this one's before the refresh price
    bool expensed = false;  // one-time deduction: the whole cost deducted for tax at once
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
    // The income-tax deduction of month t and the tax basis left after month t.
    double taxCharge(int t) const
    {
        return expensed ? (t == month + 1 ? cost : 0.0) : charge(t);
    }
    double taxBookValue(int t) const { return expensed ? (t > month ? 0.0 : cost) : bookValue(t); }
};

// The one-time deduction (财政部 税务总局公告2023年第37号): equipment of a unit value up to
// ¥5M bought from 2024 to 2027 may be deducted in full when it enters service. Buildings and
// software are not equipment.
constexpr double kOneTimeDeductionUnitLimitCny = 5e6;

} // namespace

double netFactor(const FinanceInputs &fin, double rate)
{
    return fin.pricesIncludeVat ? 1.0 / (1.0 + rate) : 1.0;
}

CapexBreakdown capexBreakdown(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z)
{
    // Catalog prices are converted to net of VAT here when the prices include VAT; the
    // scenario's own price inputs already are (vatNetScenario()).
    const double equipment = netFactor(s.finance, s.finance.vatRateEquipment);
    CapexBreakdown cx;
    cx.servers = refs.server->price * double(z.servers) * equipment;
    cx.network = z.network.capex() * equipment;
    cx.storage = refs.storage ? refs.storage->pricePerPb * s.cluster.storagePb * equipment
                              : Money::zero();
    cx.installation = (cx.servers + cx.network + cx.storage) * s.finance.installationShare;
    cx.spares = (cx.servers + cx.network + cx.storage) * s.finance.sparesShare;
    cx.software = Money::cny(s.finance.softwareCapexCny);
    cx.facility = s.site.facility == FacilityMode::Colocation
                      ? Money::zero()
                      : Money::cny(z.itPowerKw * s.site.facilityCapexCnyPerKw);
    if (s.finance.capexOverrun != 0.0) {
        const double f = 1.0 + s.finance.capexOverrun;
        for (Money *m : {&cx.servers, &cx.network, &cx.storage, &cx.installation, &cx.software,
                         &cx.facility, &cx.spares})
            *m *= f;
    }
    cx.land = Money::cny(s.finance.landCny);
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
    const double phased = (cx.servers + cx.network + cx.storage + cx.installation + cx.spares)
                              .cnyValue();
    const double software = cx.software.cnyValue();
    const double facility = cx.facility.cnyValue();
    const double land = cx.land.cnyValue();
    const double equipLife = fin.equipmentLifeYears * 12.0;
    const double grantKept = fin.grantTreatment == GrantTreatment::ReduceBasis
                                 ? 1.0 - fin.capexGrantShare
                                 : 1.0;
    // The part of the phased equipment that qualifies for the one-time deduction: all of it,
    // or without the servers (and their share of installation and spares) when a server costs
    // more than the limit.
    double eligible = 0;
    if (fin.oneTimeDeduction && phased > 0) {
        const double serverUnit = refs.server->price.cnyValue()
                                  * netFactor(fin, fin.vatRateEquipment)
                                  * (1.0 + fin.capexOverrun);
        const double hardware = (cx.servers + cx.network + cx.storage).cnyValue();
        eligible = serverUnit <= kOneTimeDeductionUnitLimitCny || hardware <= 0
                       ? 1.0
                       : (cx.network + cx.storage).cnyValue() / hardware;
    }
    // With a construction period of C months the facility is paid in equal parts over months
    // 0 … C−1 and completed in month C, when the software is bought with the first equipment;
    // every asset depreciates from the month after it is complete.
    const int C = fin.constructionMonths;
    std::vector<Asset> assets;
    assets.reserve(2 * phases.size() + 3);
    // With a refresh card, a build phase is replaced by that card's servers (as many as the same
    // cards need) with the same network and storage: its price follows the hardware's.
    double nextGeneration = 1.0;
    if (refs.refreshServer && (cx.servers + cx.network + cx.storage).cnyValue() > 0) {
        const int perServer = std::max(1, refs.refreshServer->cardsPerServer);
        const double servers = double((z.cards + perServer - 1) / perServer);
        const double newServers = refs.refreshServer->price.cnyValue() * servers
                                  * netFactor(fin, fin.vatRateEquipment) * (1.0 + fin.capexOverrun);
        nextGeneration = (newServers + (cx.network + cx.storage).cnyValue())
                         / (cx.servers + cx.network + cx.storage).cnyValue();
    }
    const auto add = [&](int month, double price, double life, double salvage, double vatRate,
                         bool equipment, bool expensed) {
        if (price <= 0)
            return;
        Asset &a = assets.emplace_back(month, price * grantKept, life, salvage);
        a.price = price;
        a.vatRate = vatRate;
        a.refreshable = equipment;
        a.maintained = equipment ? price : 0.0;
        a.expensed = expensed;
    };
    for (const BuildPhase &ph : phases) {
        const std::size_t first = assets.size();
        add(ph.month, phased * ph.share * eligible, equipLife, fin.equipmentSalvageShare,
            fin.vatRateEquipment, true, true);
        add(ph.month, phased * ph.share * (1.0 - eligible), equipLife, fin.equipmentSalvageShare,
            fin.vatRateEquipment, true, false);
        for (std::size_t k = first; k < assets.size(); ++k)
            assets[k].refreshRatio = nextGeneration;
    }
    add(C, software, equipLife, fin.equipmentSalvageShare, fin.vatRateEquipment, true, false);
    add(C, facility, fin.facilityLifeYears * 12.0, 0.0, fin.vatRateConstruction, false, false);
    if (land > 0) { // no grant, no VAT, no maintenance: amortized over its term (无形资产)
        Asset &a = assets.emplace_back(0, land, fin.landTermYears * 12.0, 0.0);
        a.price = land;
    }

    const Money staff = Money::cny(fin.staffCnyPerYear / 12.0);
    const Money bandwidth = Money::cny(fin.bandwidthCnyPerYear / 12.0);
    const Money colocation =
        s.site.facility == FacilityMode::Colocation
            ? Money::cny(z.itPowerKw * s.site.colocationCnyPerKwMonth
                         + z.racks * s.site.colocationCnyPerRackMonth)
            : Money::zero();
    const Money rent = Money::cny(fin.rentCnyPerYear / 12.0);
    const Money subsidy = Money::cny(fin.operatingSubsidyCnyPerYear / 12.0);
    const double insuranceRate = fin.insurancePerYear / 12.0;
    for (int t = 0; t <= H; ++t) {
        double capex = 0, equipmentCapex = 0, facilityCapex = 0, equipmentInstalled = 0,
               installedShare = 0;
        for (const BuildPhase &ph : phases) {
            if (ph.month == t)
                equipmentCapex += phased * ph.share;
            if (ph.month < t) {
                equipmentInstalled += phased * ph.share;
                installedShare += ph.share;
            }
        }
        if (t == C)
            equipmentCapex += software;
        if (C == 0 ? t == 0 : t < C)
            facilityCapex += facility / double(std::max(C, 1));
        capex = equipmentCapex + facilityCapex;
        CostMonth &m = c.months[std::size_t(t)];
        m.investment = Money::cny(capex + (t == 0 ? land : 0.0));
        m.land = Money::cny(t == 0 ? land : 0.0);
        m.grant = Money::cny(capex * fin.capexGrantShare);
        if (fin.grantTreatment == GrantTreatment::Taxable)
            m.taxableGrant = m.grant;
        m.inputVat = Money::cny(equipmentCapex * fin.vatRateEquipment
                                + facilityCapex * fin.vatRateConstruction);
        if (t <= C) // no operating costs before operation
            continue;

        equipmentInstalled += software;
        const double totalInstalled = equipmentInstalled + facility;
        m.insurance = Money::cny(totalInstalled * insuranceRate);
        m.staff = staff;
        m.bandwidth = bandwidth;
        // Colocation racks are rented as the phases are installed.
        m.rent = rent + colocation * installedShare;
        if (t - C <= fin.operatingSubsidyYears * 12.0 + 1e-9)
            m.operatingSubsidy = subsidy;
    }
    // Refresh: an asset whose life ends before the horizon is bought again in the month its
    // life ends (rounded up) at the refresh price, and the old one is sold at its book value
    // then (its salvage value: no gain, no tax). Replacements get no capex grant or one-time
    // deduction; maintenance and insurance keep following the original installed cost.
    if (fin.refreshPolicy == RefreshPolicy::Replace) {
        for (std::size_t k = 0; k < assets.size(); ++k) {
            const Asset a = assets[k]; // copied: push_back may reallocate
            if (!(a.lifeMonths > 0) || a.price <= 0 || !a.refreshable)
                continue;
            const int r = int(std::ceil(double(a.month) + a.lifeMonths - 1e-9));
            if (r >= H)
                continue;
            const double cost = a.price * a.refreshRatio * fin.refreshPriceFactor;
            CostMonth &m = c.months[std::size_t(r)];
            m.investment += Money::cny(cost);
            m.inputVat += Money::cny(cost * a.vatRate);
            m.disposal += Money::cny(a.bookValue(r));
            m.taxableGain += Money::cny(a.bookValue(r) - a.taxBookValue(r));
            Asset &b = assets.emplace_back(r, cost, a.lifeMonths, a.salvage);
            b.price = cost;
            b.vatRate = a.vatRate;
            b.refreshable = true;
            b.maintained = a.maintained * a.refreshRatio;
            assets[k].soldAt = r;
        }
    }
    // Maintenance on the equipment in service: none during the warranty, then the yearly rate
    // on its installed cost, growing by the escalation each year after the warranty.
    const double maintenanceRate = fin.maintenancePerYear / 12.0;
    const double warrantyMonths = fin.warrantyYears * 12.0;
    const bool escalates = fin.maintenanceEscalationPerYear != 0.0;
    for (const Asset &a : assets) {
        if (a.maintained <= 0)
            continue;
        const int last = a.soldAt >= 0 ? a.soldAt : H;
        const Money monthly = Money::cny(a.maintained * maintenanceRate);
        for (int t = std::max(a.month + 1, C + 1); t <= last; ++t) {
            const double age = double(t - a.month - 1); // months in service before month t
            if (age < warrantyMonths)
                continue;
            if (!escalates) {
                c.months[std::size_t(t)].maintenance += monthly;
                continue;
            }
            const double years = std::floor((age - warrantyMonths) / 12.0);
            c.months[std::size_t(t)].maintenance +=
                monthly * std::pow(1.0 + fin.maintenanceEscalationPerYear, years);
        }
    }
    // Each asset is charged only over the months of its life, in the order of the assets.
    for (const Asset &a : assets) {
        const double end = std::min(double(H), std::ceil(double(a.month) + a.lifeMonths));
        for (int t = std::max(1, a.month + 1); t <= end; ++t) {
            c.months[std::size_t(t)].depreciation += Money::cny(a.charge(t));
            c.months[std::size_t(t)].taxDepreciation += Money::cny(a.taxCharge(t));
        }
    }
    // VAT-able fixed opex: maintenance, insurance, bandwidth and rent (staff has none).
    for (CostMonth &m : c.months) {
        m.capexInputVat = m.inputVat;
        m.inputVat += (m.maintenance + m.insurance + m.bandwidth + m.rent) * fin.vatRateOpex;
    }
    double residual = 0, residualGain = 0;
    for (const Asset &a : assets)
        if (a.soldAt < 0) {
            residual += a.bookValue(H);
            residualGain += a.bookValue(H) - a.taxBookValue(H);
        }
    c.residual = Money::cny(residual);
    c.residualTaxGain = Money::cny(residualGain);
    return c;
}

} // namespace ccp
