// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"

#include "fields.h"
#include "finance.h"
#include "network.h"
#include "performance.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ccp {

namespace {

using units::kHoursPerMonth;

double rampFraction(const Segment &seg, int month)
{
    if (seg.rampMonths <= 0)
        return 1.0;
    const double x = std::min(1.0, double(month) / double(seg.rampMonths));
    return seg.rampShape == RampShape::SCurve ? x * x * (3.0 - 2.0 * x) : x;
}

// The monthly model split into parts that are constant, proportional to the utilization scale
// k, and proportional to k times the price scale p, so that NPV(k, p) for the breakevens is
// one tight loop instead of a full re-evaluation. Only income tax (with loss carry-forward)
// is not linear in k and p; it is recomputed in that loop.
struct Plan
{
    int horizon = 0;
    double taxRate = 0;
    std::vector<double> revenue;     // at k = 1, p = 1
    std::vector<double> energyVar;   // net energy cost per unit k (after electricity subsidy)
    std::vector<double> cashConst;   // −capex + grant − idle energy − fixed opex + subsidy + residual
    std::vector<double> ebitConst;   // subsidy − idle energy − fixed opex − depreciation
    std::vector<double> soldHours;   // card-hours sold at k = 1

    void resize(int h)
    {
        horizon = h;
        for (auto *v : {&revenue, &energyVar, &cashConst, &ebitConst, &soldHours})
            v->assign(std::size_t(h) + 1, 0.0);
    }
};

struct TaxPool
{
    double rate;
    double losses = 0;
    double operator()(double ebit)
    {
        if (ebit <= 0) {
            losses -= ebit;
            return 0.0;
        }
        const double used = std::min(losses, ebit);
        losses -= used;
        return rate * (ebit - used);
    }
};

double npvAt(const Plan &plan, double k, double p, double v)
{
    TaxPool tax{plan.taxRate};
    double acc = 0, df = 1;
    for (int t = 0; t <= plan.horizon; ++t) {
        const double variable = k * (p * plan.revenue[t] - plan.energyVar[t]);
        const double cf = plan.cashConst[t] + variable - tax(plan.ebitConst[t] + variable);
        acc += cf * df;
        df *= v;
    }
    return acc;
}

// Root of f on [lo, hi], where f changes sign. The NPV is piecewise linear in the utilization
// and price scales (only income tax bends it), so the Illinois variant of regula falsi lands in
// the final linear piece after a few steps and then hits the root almost exactly. Stops when
// f is zero to within 1e-12 of its range on the bracket.
template<typename F>
double solve(F f, double lo, double hi, double flo, double fhi)
{
    const double tolerance = 1e-12 * (std::abs(flo) + std::abs(fhi));
    int side = 0;
    double x = lo;
    for (int i = 0; i < 200; ++i) {
        x = (lo * fhi - hi * flo) / (fhi - flo);
        const double fx = f(x);
        if (std::abs(fx) <= tolerance || hi - lo <= 1e-14 * std::abs(hi))
            return x;
        if ((fx > 0) == (fhi > 0)) {
            hi = x;
            fhi = fx;
            if (side == 1)
                flo /= 2;
            side = 1;
        } else {
            lo = x;
            flo = fx;
            if (side == -1)
                fhi /= 2;
            side = -1;
        }
    }
    return x;
}

struct Loan
{
    double balance;
    double payment;
    int start; // first repayment month
    int months;
};

} // namespace

Result evaluate(const Scenario &s, const Catalog &catalog, EvaluateOptions options)
{
    ResolvedRefs refs;
    if (!resolve(s, catalog, refs))
        throw std::invalid_argument("scenario refers to a catalog entry that does not exist");
    const Card &card = *refs.card;
    const Server &server = *refs.server;
    const FinanceInputs &fin = s.finance;

    Result r;
    r.sizing = sizeCluster(s, refs);
    SizingResult &z = r.sizing;
    const int H = s.horizonMonths;

    // --- Capex at full build-out -------------------------------------------------------
    CapexBreakdown &cx = r.finance.capex;
    cx.servers = server.price * double(z.servers);
    cx.network = z.network.capex();
    cx.storage = refs.storage ? refs.storage->pricePerPb * s.cluster.storagePb : Money::zero();
    cx.installation = (cx.servers + cx.network + cx.storage) * fin.installationShare;
    cx.software = Money::cny(fin.softwareCapexCny);
    cx.facility = Money::cny(z.itPowerKw * s.site.facilityCapexCnyPerKw);
    const double phasedCapex = (cx.servers + cx.network + cx.storage + cx.installation).cnyValue();
    const double upfrontEquipment = cx.software.cnyValue();
    const double facilityCapex = cx.facility.cnyValue();

    std::vector<BuildPhase> phases = s.cluster.phases;
    if (phases.empty())
        phases.push_back({0, 1.0});

    // --- Demand ------------------------------------------------------------------------
    double steadyUtil = 0;
    for (const Segment &seg : s.demand.segments)
        steadyUtil += seg.share * seg.utilization;
    r.performance.steadyUtilization = steadyUtil;

    // --- Month by month ----------------------------------------------------------------
    Plan plan;
    plan.resize(H);
    plan.taxRate = fin.taxRate;
    r.monthly.resize(std::size_t(H) + 1);

    const double equipLifeMonths = fin.equipmentLifeYears * 12.0;
    const double facilityLifeMonths = fin.facilityLifeYears * 12.0;
    const double dynamicKwFull = z.servers * (server.busyPowerKw - server.idlePowerKw);
    const double hoursFull = double(z.cards) * kHoursPerMonth * s.cluster.availability;

    // Capex events (month, equipment amount, facility amount) for depreciation and residual.
    struct Asset
    {
        int month;
        double cost;
        double lifeMonths;
        double salvage;
        double perMonth() const { return lifeMonths > 0 ? cost * (1.0 - salvage) / lifeMonths : 0.0; }
    };
    std::vector<Asset> assets;
    assets.reserve(phases.size() + 2);
    for (const BuildPhase &ph : phases)
        assets.push_back({ph.month, phasedCapex * ph.share, equipLifeMonths,
                          fin.equipmentSalvageShare});
    assets.push_back({0, upfrontEquipment, equipLifeMonths, fin.equipmentSalvageShare});
    assets.push_back({0, facilityCapex, facilityLifeMonths, 0.0});

    std::vector<double> assetDepreciation;
    assetDepreciation.reserve(assets.size());
    for (const Asset &a : assets)
        assetDepreciation.push_back(a.perMonth());

    const double monthlyDisc = monthlyRate(fin.discountRate);
    const double v = 1.0 / (1.0 + monthlyDisc);
    const double netSubsidyPerKwh = fin.electricitySubsidyCnyPerKwh;
    // Monthly compounding factors of the annual price decline and power price growth; the
    // month-t factor is their (t−1)-th power, kept as a running product.
    const double declinePerMonth = std::pow(1.0 - s.demand.priceDeclinePerYear, 1.0 / 12.0);
    const double growthPerMonth = std::pow(1.0 + s.site.powerPriceGrowthPerYear, 1.0 / 12.0);
    double declineFactor = 1.0, growthFactor = 1.0;

    TaxPool projectTax{fin.taxRate};
    double cumulative = 0;
    for (int t = 0; t <= H; ++t) {
        MonthRow &row = r.monthly[std::size_t(t)];
        row.month = t;
        double installed = 0, capex = 0, equipmentInstalled = 0;
        for (const BuildPhase &ph : phases) {
            if (ph.month == t)
                capex += phasedCapex * ph.share;
            if (ph.month < t) {
                installed += ph.share;
                equipmentInstalled += phasedCapex * ph.share;
            }
        }
        if (t == 0)
            capex += upfrontEquipment + facilityCapex;
        if (t > 0)
            equipmentInstalled += upfrontEquipment;
        const double totalInstalled = equipmentInstalled + (t > 0 ? facilityCapex : 0.0);

        double depreciation = 0;
        for (std::size_t ai = 0; ai < assets.size(); ++ai) {
            const Asset &a = assets[ai];
            if (t > a.month && t <= a.month + a.lifeMonths)
                depreciation += assetDepreciation[ai];
        }

        double util = 0, weight = 0, price = 0, revenue = 0, soldHours = 0;
        double idleKwh = 0, dynKwh = 0, powerPrice = 0, fixedOpex = 0, opSubsidy = 0;
        if (t > 0) {
            for (const Segment &seg : s.demand.segments) {
                const double ramp = rampFraction(seg, t);
                util += seg.share * seg.utilization * ramp;
                weight += seg.share * seg.utilization * ramp * seg.priceFactor;
            }
            if (t > 1) {
                declineFactor *= declinePerMonth;
                growthFactor *= growthPerMonth;
            }
            price = s.demand.listPriceCnyPerCardHour * declineFactor;
            if (t <= s.demand.introMonths)
                price *= 1.0 - s.demand.introDiscount;
            const double hours = hoursFull * installed;
            revenue = hours * weight * price;
            soldHours = hours * util;
            idleKwh = (installed * (z.servers * server.idlePowerKw + z.network.powerKw)
                       + installed * z.storageKw)
                      * s.site.pue * kHoursPerMonth;
            dynKwh = installed * dynamicKwFull * util * s.cluster.availability * s.site.pue
                     * kHoursPerMonth;
            powerPrice = s.site.powerPriceCnyPerKwh * growthFactor;
            fixedOpex = equipmentInstalled * fin.maintenancePerYear / 12.0
                        + (fin.staffCnyPerYear + fin.bandwidthCnyPerYear + fin.rentCnyPerYear)
                              / 12.0
                        + totalInstalled * fin.insurancePerYear / 12.0;
            if (t <= fin.operatingSubsidyYears * 12.0 + 1e-9)
                opSubsidy = fin.operatingSubsidyCnyPerYear / 12.0;
        }
        const double grant = capex * fin.capexGrantShare;
        double residual = 0;
        if (t == H) {
            for (const Asset &a : assets) {
                const double used = std::clamp(double(H - a.month), 0.0, a.lifeMonths);
                residual += a.lifeMonths > 0 ? a.cost - a.cost * (1.0 - a.salvage) * used
                                                           / a.lifeMonths
                                             : 0.0;
            }
        }
        const double energyCost = (idleKwh + dynKwh) * powerPrice;
        const double elecSubsidy = (idleKwh + dynKwh) * netSubsidyPerKwh;

        plan.revenue[t] = revenue;
        plan.energyVar[t] = dynKwh * (powerPrice - netSubsidyPerKwh);
        plan.soldHours[t] = soldHours;
        const double idleNet = idleKwh * (powerPrice - netSubsidyPerKwh);
        plan.cashConst[t] = -capex + grant - idleNet - fixedOpex + opSubsidy + residual;
        plan.ebitConst[t] = opSubsidy - idleNet - fixedOpex - depreciation;

        const double ebit = revenue - plan.energyVar[t] + plan.ebitConst[t];
        const double tax = projectTax(ebit);
        const double cashFlow = plan.cashConst[t] + revenue - plan.energyVar[t] - tax;
        cumulative += cashFlow;

        row.utilization = util;
        row.cardsInstalled = installed * z.cards;
        row.cardHoursSold = soldHours;
        row.priceCnyPerCardHour = price;
        row.revenue = Money::cny(revenue);
        row.subsidy = Money::cny(opSubsidy + elecSubsidy);
        row.energy = Money::cny(energyCost);
        row.opex = Money::cny(energyCost + fixedOpex);
        row.capex = Money::cny(capex);
        row.grant = Money::cny(grant);
        row.depreciation = Money::cny(depreciation);
        row.tax = Money::cny(tax);
        row.residual = Money::cny(residual);
        row.cashFlow = Money::cny(cashFlow);
        row.cumulative = Money::cny(cumulative);
        row.energyMwh = (idleKwh + dynKwh) / 1000.0;
    }

    // --- Equity view: debt drawn with each capex, repaid as an annuity -------------------
    {
        const double i = fin.interestRate / 12.0;
        const int term = std::max(1, int(std::lround(fin.debtTermYears * 12.0)));
        std::vector<Loan> loans;
        TaxPool equityTax{fin.taxRate};
        for (int t = 0; t <= H; ++t) {
            MonthRow &row = r.monthly[std::size_t(t)];
            double interest = 0, service = 0;
            for (Loan &l : loans) {
                if (t >= l.start && l.months > 0 && l.balance > 0) {
                    const double in = l.balance * i;
                    const double pay = std::min(l.payment, l.balance + in);
                    interest += in;
                    service += pay;
                    l.balance -= pay - in;
                    --l.months;
                }
            }
            double draw = 0;
            if (fin.debtShare > 0 && row.capex.cnyValue() > 0) {
                draw = row.capex.cnyValue() * fin.debtShare;
                const double pay = i > 0 ? draw * i / (1.0 - std::pow(1.0 + i, -term))
                                         : draw / term;
                loans.push_back({draw, pay, t + 1, term});
            }
            if (t == H) { // outstanding debt is repaid at the horizon
                for (Loan &l : loans) {
                    service += l.balance;
                    l.balance = 0;
                }
            }
            const double ebit = plan.revenue[t] - plan.energyVar[t] + plan.ebitConst[t];
            const double tax = equityTax(ebit - interest);
            const double preTax = row.cashFlow.cnyValue() + row.tax.cnyValue();
            row.equityCashFlow = Money::cny(preTax - tax + draw - service);
        }
    }

    // --- Metrics -------------------------------------------------------------------------
    FinanceResult &f = r.finance;
    std::vector<double> flows(std::size_t(H) + 1), equity(std::size_t(H) + 1);
    for (int t = 0; t <= H; ++t) {
        flows[t] = r.monthly[t].cashFlow.cnyValue();
        equity[t] = r.monthly[t].equityCashFlow.cnyValue();
    }
    f.npv = Money::cny(npv(flows, monthlyDisc));
    const std::vector<double> monthlyRoots = irrRoots(flows);
    for (double root : monthlyRoots)
        f.irrRoots.push_back(annualRate(root));
    if (const auto i = chooseIrr(monthlyRoots))
        f.irr = annualRate(*i);
    f.paybackMonths = payback(flows);
    f.discountedPaybackMonths = discountedPayback(flows, monthlyDisc);
    f.equityNpv = Money::cny(npv(equity, monthlyDisc));
    if (fin.debtShare > 0) {
        if (const auto i = irr(equity))
            f.equityIrr = annualRate(*i);
    } else {
        f.equityIrr = f.irr;
    }

    double pvCost = 0, pvHours = 0, df = 1, tco = 0, totalRevenue = 0, totalTax = 0;
    for (int t = 0; t <= H; ++t) {
        const MonthRow &m = r.monthly[t];
        const double cost = m.capex.cnyValue() - m.grant.cnyValue() + m.opex.cnyValue()
                            - m.subsidy.cnyValue() - m.residual.cnyValue();
        pvCost += cost * df;
        pvHours += m.cardHoursSold * df;
        tco += m.capex.cnyValue() + m.opex.cnyValue();
        totalRevenue += m.revenue.cnyValue();
        totalTax += m.tax.cnyValue();
        df *= v;
    }
    f.tco = Money::cny(tco);
    f.totalRevenue = Money::cny(totalRevenue);
    f.totalTax = Money::cny(totalTax);
    f.lcocCnyPerCardHour = pvHours > 0 ? pvCost / pvHours : 0.0;

    // Steady-state year: the first whole operating year after every ramp, the introductory
    // price and every build phase.
    int settle = s.demand.introMonths;
    for (const Segment &seg : s.demand.segments)
        settle = std::max(settle, seg.rampMonths);
    for (const BuildPhase &ph : phases)
        settle = std::max(settle, ph.month);
    const int years = std::max(1, H / 12);
    f.steadyYear = std::min(years, 1 + (settle + 11) / 12);
    {
        double rev = 0, energy = 0, maint = 0, mwh = 0;
        const int m0 = 12 * (f.steadyYear - 1) + 1;
        for (int t = m0; t < m0 + 12 && t <= H; ++t) {
            const MonthRow &m = r.monthly[t];
            rev += m.revenue.cnyValue();
            energy += m.energy.cnyValue();
            mwh += m.energyMwh;
            maint += m.opex.cnyValue() - m.energy.cnyValue();
        }
        OpexBreakdown &o = f.opexSteadyYear;
        o.energy = Money::cny(energy);
        o.staff = Money::cny(fin.staffCnyPerYear);
        o.bandwidth = Money::cny(fin.bandwidthCnyPerYear);
        o.rent = Money::cny(fin.rentCnyPerYear);
        o.insurance = Money::cny((cx.total().cnyValue()) * fin.insurancePerYear);
        o.maintenance = Money::cny(maint) - o.staff - o.bandwidth - o.rent - o.insurance;
        f.revenueSteadyYear = Money::cny(rev);
        f.ebitdaMarginSteadyYear = rev > 0 ? (rev - o.total().cnyValue()) / rev : 0.0;
        z.annualEnergyMwh = mwh;
        z.annualCo2Tonnes = mwh * s.site.carbonKgPerKwh * (1.0 - s.site.greenPowerShare);
    }
    z.itPowerSteadyKw = z.servers
                            * serverDrawnPower(server, steadyUtil * s.cluster.availability).value()
                            / 1000.0
                        + z.network.powerKw + z.storageKw;
    z.facilityPowerSteadyKw = z.itPowerSteadyKw * s.site.pue;

    if (options.breakevens) {
        // Breakeven utilization: scale every segment's utilization by k (mix kept) so that
        // NPV = 0; reported as the steady-state utilization k·U_ss, between 0 and 1.
        if (steadyUtil > 0) {
            const double kMax = 1.0 / steadyUtil;
            auto g = [&](double k) { return npvAt(plan, k, 1.0, v); };
            const double g0 = g(0.0), g1 = g(kMax);
            if (g0 >= 0)
                f.breakevenUtilization = 0.0;
            else if (g1 >= 0)
                f.breakevenUtilization = std::min(1.0, solve(g, 0.0, kMax, g0, g1) * steadyUtil);
        }
        // Breakeven list price at the scenario's own utilization.
        auto h = [&](double p) { return npvAt(plan, 1.0, p, v); };
        const double h0 = h(0.0);
        if (h0 >= 0) {
            f.breakevenPriceCnyPerCardHour = 0.0;
        } else {
            double hi = 1.0, hHi = h(hi);
            while (hHi < 0 && hi < 1024.0) {
                hi *= 2.0;
                hHi = h(hi);
            }
            if (hHi >= 0)
                f.breakevenPriceCnyPerCardHour = solve(h, 0.0, hi, h0, hHi)
                                                 * s.demand.listPriceCnyPerCardHour;
        }
    }

    // --- Yearly summary --------------------------------------------------------------------
    {
        const int nYears = (H + 11) / 12;
        r.yearly.resize(std::size_t(nYears) + 1);
        for (int y = 0; y <= nYears; ++y)
            r.yearly[y].year = y;
        double cum = 0;
        std::vector<int> monthsIn(std::size_t(nYears) + 1, 0);
        for (int t = 0; t <= H; ++t) {
            const int y = t == 0 ? 0 : (t - 1) / 12 + 1;
            YearRow &yr = r.yearly[y];
            const MonthRow &m = r.monthly[t];
            yr.revenue += m.revenue;
            yr.opex += m.opex;
            yr.energy += m.energy;
            yr.capex += m.capex;
            yr.tax += m.tax;
            yr.cashFlow += m.cashFlow;
            yr.utilization += m.utilization;
            ++monthsIn[y];
        }
        for (int y = 0; y <= nYears; ++y) {
            YearRow &yr = r.yearly[y];
            yr.utilization = y == 0 ? 0.0 : yr.utilization / std::max(1, monthsIn[y]);
            cum += yr.cashFlow.cnyValue();
            yr.cumulative = Money::cny(cum);
        }
    }

    // --- Performance -----------------------------------------------------------------------
    PerformanceResult &perf = r.performance;
    perf.nameplatePflopsBf16 = z.cards * card.bf16Tflops / 1000.0;
    perf.nameplatePflopsFp8 = z.cards * card.fp8Tflops / 1000.0;
    perf.availablePflops = perf.nameplatePflopsBf16 * s.cluster.availability;
    perf.soldPflops = perf.availablePflops * steadyUtil;

    TrainingResult &tr = perf.training;
    tr.cards = s.training.cards > 0 ? std::min(s.training.cards, z.cards) : z.cards;
    MfuInputs mi;
    mi.softwareEfficiency = card.softwareEfficiency;
    mi.memoryGb = card.memoryGb;
    mi.bf16Tflops = card.bf16Tflops;
    mi.scaleupGbyteS = card.scaleupGbyteS;
    mi.scaleupDomain = card.scaleupDomain;
    mi.scaleoutGbpsPerCard = refs.fabric->portGbps * s.network.nicsPerCard;
    mi.oversubscription = s.network.oversubscription;
    mi.clusterCards = tr.cards;
    perf.mfuIsModel = !s.training.mfu.has_value();
    perf.mfu = s.training.mfu ? *s.training.mfu : mfuModel(mi).mfu;
    GoodputInputs gi;
    gi.interruptionsPerGpuDay = s.training.interruptionsPerGpuDay;
    gi.cards = tr.cards;
    gi.restart = units::hours(s.training.restartHours);
    gi.checkpointInterval = units::hours(s.training.checkpointIntervalHours);
    gi.checkpointWrite = units::hours(s.training.checkpointWriteMinutes / 60.0);
    perf.goodput = goodput(gi);
    perf.effectivePflops = perf.soldPflops * perf.mfu * perf.goodput;

    tr.flops = trainingFlops(s.training.params, s.training.tokens, s.training.flopsPerParamToken);
    const units::Duration d = trainingDuration(tr.flops, tr.cards, units::teraflops(card.bf16Tflops),
                                               perf.mfu, perf.goodput);
    tr.days = units::toDays(d);
    tr.gpuHours = tr.cards * units::toHours(d);
    const double share = z.cards > 0 ? double(tr.cards) / z.cards : 0.0;
    const units::Power busyIt = units::kilowatts(
        share * (z.servers * server.busyPowerKw + z.network.powerKw + z.storageKw));
    tr.energyMwh = units::toKilowatts(busyIt) * s.site.pue * units::toHours(d) / 1000.0;
    tr.cost = Money::cny(tr.gpuHours * s.demand.listPriceCnyPerCardHour);
    tr.meetsTarget = tr.days <= s.training.targetDays;
    tr.memoryNeededGb = s.training.params * 16.0 / 1e9;
    tr.memoryAvailableGb = tr.cards * card.memoryGb;

    // Sold card-hours were discounted into pvHours above; each delivers this many PFLOP-days.
    const double pvEffectivePflopDays
        = pvHours * card.bf16Tflops / 1000.0 * perf.mfu * perf.goodput / 24.0;
    f.costPerEffectivePflopDay = pvEffectivePflopDays > 0 ? pvCost / pvEffectivePflopDays : 0.0;

    // --- Warnings --------------------------------------------------------------------------
    auto warn = [&](WarningCode c, double value, double limit) {
        r.warnings.push_back({c, value, limit});
    };
    const int byPower = server.maxPowerKw > 0
                            ? int(std::floor(s.cluster.rackPowerKw / server.maxPowerKw + 1e-9))
                            : 1;
    if (byPower < 1 || (server.rackUnits > s.cluster.rackUnits))
        warn(WarningCode::RackBelowOneServer, server.maxPowerKw, s.cluster.rackPowerKw);
    if (z.rackDensityKw > 40.0)
        warn(WarningCode::LiquidCoolingNeeded, z.rackDensityKw, 40.0);
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
        warn(WarningCode::PaybackOutsideHorizon, H, H);
    if (z.network.tiers == 3 && z.network.endpoints > z.network.maxEndpoints)
        warn(WarningCode::FabricTooSmall, double(z.network.endpoints),
             double(z.network.maxEndpoints));
    if (!tr.meetsTarget)
        warn(WarningCode::TrainingMissesTarget, tr.days, s.training.targetDays);
    if (tr.memoryNeededGb > tr.memoryAvailableGb)
        warn(WarningCode::TrainingMemoryTooSmall, tr.memoryNeededGb, tr.memoryAvailableGb);
    if (steadyUtil < 0.65)
        warn(WarningCode::RackOccupancyBelowPolicy, steadyUtil, 0.65);
    return r;
}

} // namespace ccp
