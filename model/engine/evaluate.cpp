// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"

#include "breakeven.h"
#include "cashflow.h"
#include "costs.h"
#include "demand.h"
#include "finance.h"
#include "indicators.h"
#include "performance.h"
#include "power.h"
#include "sizing.h"
#include "statements.h"
#include "warnings.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ccp {

namespace {

ResolvedRefs resolveOrThrow(const Scenario &s, const Catalog &catalog)
{
    ResolvedRefs refs;
    if (!resolve(s, catalog, refs))
        throw std::invalid_argument("scenario refers to a catalog entry that does not exist");
    return refs;
}

// The refresh policy "cap" ends the evaluation when the equipment's life ends: the same
// scenario with the horizon cut there (never lengthened).
const Scenario &capped(const Scenario &s, Scenario &storage)
{
    if (s.finance.refreshPolicy != RefreshPolicy::Cap)
        return s;
    // The life counts from the start of operation, after the construction period.
    const int life = s.finance.constructionMonths
                     + int(std::ceil(s.finance.equipmentLifeYears * 12.0 - 1e-9));
    if (life >= s.horizonMonths)
        return s;
    storage = s;
    storage.horizonMonths = std::max(1, life);
    return storage;
}

// With prices that include VAT, the scenario's own price inputs converted to net of VAT (不含税)
// at the rate of what they buy or sell; catalog prices are converted in capexBreakdown().
// Staff costs, subsidies and land carry no VAT.
const Scenario &vatNetScenario(const Scenario &s, Scenario &storage)
{
    const FinanceInputs &fin = s.finance;
    if (!fin.pricesIncludeVat)
        return s;
    if (&s != &storage)
        storage = s;
    const double revenue = 1.0 + fin.vatRateRevenue;
    const double opex = 1.0 + fin.vatRateOpex;
    storage.demand.listPriceCnyPerCardHour /= revenue;
    storage.site.powerPriceCnyPerKwh /= opex;
    storage.site.demandChargeCnyPerKwMonth /= opex;
    storage.site.colocationCnyPerKwMonth /= opex;
    storage.site.colocationCnyPerRackMonth /= opex;
    storage.finance.bandwidthCnyPerYear /= opex;
    storage.finance.rentCnyPerYear /= opex;
    storage.finance.softwareCapexCny /= 1.0 + fin.vatRateEquipment;
    storage.site.facilityCapexCnyPerKw /= 1.0 + fin.vatRateConstruction;
    return storage;
}

// The useful compute of a card-hour of the refresh card against the original's: peak BF16 ×
// software efficiency (MFU and goodput taken as equal). 1 without a refresh card.
double refreshPerformance(const ResolvedRefs &refs)
{
    if (!refs.refreshCard)
        return 1.0;
    const double before = refs.card->bf16Tflops * refs.card->softwareEfficiency;
    const double after = refs.refreshCard->bf16Tflops * refs.refreshCard->softwareEfficiency;
    return before > 0 ? after / before : 1.0;
}

// The breakeven utilization of a scenario with contracts: a take-or-pay floor bills what is not
// used and a contract's end changes who buys, so sales do not scale in proportion to the
// utilization. The utilization of every segment is scaled by k, as the utilization lever does
// (model/decisions/levers.cpp), and the NPV found again by the stages that depend on it;
// bisection on k, the NPV rising with the sales. Empty when even 1 / U_ss leaves it negative.
std::optional<double> contractBreakevenUtilization(const Scenario &s, const ResolvedRefs &refs,
                                                   const SizingResult &z,
                                                   const std::vector<BuildPhase> &phases,
                                                   const CostPlan &costs, double steady)
{
    if (!(steady > 0))
        return std::nullopt;
    const double rate = monthlyRate(s.finance.discountRate);
    Scenario scaled = s;
    const auto npvAt = [&](double k) {
        for (std::size_t i = 0; i < scaled.demand.segments.size(); ++i)
            scaled.demand.segments[i].utilization = s.demand.segments[i].utilization * k;
        const DemandPath demand = demandPath(scaled, z.cards, phases, refreshPerformance(refs));
        const EnergyPath energy = energyPath(scaled, *refs.server, z, demand, refs.refreshServer);
        const CashFlow cf = projectCashFlow(scaled, z.cards, demand, energy, costs,
                                            CashFlowDetail::FlowsOnly);
        return npv(cf.flows, rate);
    };
    double lo = 0, hi = 1.0 / steady;
    if (npvAt(lo) >= 0)
        return 0.0;
    if (npvAt(hi) < 0)
        return std::nullopt;
    for (int i = 0; i < 100 && hi - lo > 1e-12 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (npvAt(mid) < 0 ? lo : hi) = mid;
    }
    return std::min(1.0, 0.5 * (lo + hi) * steady);
}

bool hasContracts(const Scenario &s)
{
    return std::any_of(s.demand.segments.begin(), s.demand.segments.end(),
                       [](const Segment &seg) { return seg.contractMonths > 0; });
}

// The scenario as the stages compute it: horizon capped, prices net of VAT.
const Scenario &computed(const Scenario &scenario, Scenario &storage)
{
    return vatNetScenario(capped(scenario, storage), storage);
}

} // namespace

Result evaluate(const Scenario &scenario, const Catalog &catalog, EvaluateOptions options)
{
    Scenario storage;
    const Scenario &s = computed(scenario, storage);
    const ResolvedRefs refs = resolveOrThrow(s, catalog);
    Result r;
    r.sizing = sizeCluster(s, refs);
    SizingResult &z = r.sizing;
    const std::vector<BuildPhase> phases = buildPhases(s);

    const DemandPath demand = demandPath(s, z.cards, phases, refreshPerformance(refs));
    const EnergyPath energy = energyPath(s, *refs.server, z, demand, refs.refreshServer);
    const CostPlan costs = costPlan(s, refs, z, phases);
    CashFlow cf = projectCashFlow(s, z.cards, demand, energy, costs);
    double constructionInterest = 0;
    const std::vector<double> equityFlows = addEquityView(s.finance, cf.linear, cf.monthly,
                                                          &constructionInterest);
    r.monthly = std::move(cf.monthly);
    r.yearly = yearlyRows(r.monthly);

    r.performance = performanceOf(s, refs, z, demand.steadyUtilization);

    FinanceResult &f = r.finance;
    f.capex = costs.capex;
    f.constructionInterest = Money::cny(constructionInterest);
    cashFlowIndicators(cf.flows, s.finance.discountRate, f);
    equityIndicators(equityFlows, s.finance, f);
    const PresentValues pv = lifetimeIndicators(r.monthly, s.finance.discountRate, f);
    f.costPerEffectivePflopDay = costPerEffectivePflopDay(pv, refs.card->bf16Tflops,
                                                          r.performance.mfu,
                                                          r.performance.goodput);
    const SteadyYear steady = steadyYear(s, phases);
    f.steadyYear = steady.year;
    steadyYearIndicators(costs, r.monthly, f);
    std::vector<double> loadCost(r.monthly.size());
    for (std::size_t t = 0; t < loadCost.size(); ++t)
        loadCost[t] = energy.netLoad(int(t)).cnyValue();
    studyIndicators(s, r.monthly, loadCost, f);
    if (options.statements) {
        StatementsResult statements = financialStatements(r.monthly, s.finance);
        r.statements = std::move(statements.statements);
        f.debtRatioMax = statements.debtRatioMax;
    }

    const YearEnergy steadyEnergy = yearEnergy(s, energy, 12 * (f.steadyYear - 1) + 1);
    z.annualEnergyMwh = units::toMegawattHours(steadyEnergy.energy);
    z.annualCo2Tonnes = steadyEnergy.co2Tonnes;
    const units::Power drawn = drawnItPower(*refs.server, z,
                                            demand.steadyUtilization * s.cluster.availability);
    z.itPowerSteadyKw = units::toKilowatts(drawn);
    z.facilityPowerSteadyKw = z.itPowerSteadyKw * s.site.pue;

    if (options.breakevens) {
        const double v = 1.0 / (1.0 + monthlyRate(s.finance.discountRate));
        const Breakevens b = breakevens(cf.linear, demand.steadyUtilization,
                                        s.demand.listPriceCnyPerCardHour, v);
        f.breakevenUtilization = hasContracts(s)
                                     ? contractBreakevenUtilization(s, refs, z, phases, costs,
                                                                    demand.steadyUtilization)
                                     : b.utilization;
        f.breakevenPriceCnyPerCardHour = b.priceCnyPerCardHour;
        // In the terms of the list price input: including VAT when it does.
        if (f.breakevenPriceCnyPerCardHour && s.finance.pricesIncludeVat)
            *f.breakevenPriceCnyPerCardHour *= 1.0 + s.finance.vatRateRevenue;
    }
    r.warnings = warningsOf(s, refs, r);
    if (steady.clamped())
        r.warnings.push_back({WarningCode::SteadyYearClamped, double(steady.wanted),
                              double(steady.year)});
    r.undefined = undefinedFigures(r, options.breakevens);
    return r;
}

KeyFigures evaluateKeyFigures(const Scenario &scenario, const Catalog &catalog)
{
    Scenario storage;
    const Scenario &s = computed(scenario, storage);
    const ResolvedRefs refs = resolveOrThrow(s, catalog);
    const SizingResult z = sizeCluster(s, refs);
    const std::vector<BuildPhase> phases = buildPhases(s);
    const DemandPath demand = demandPath(s, z.cards, phases, refreshPerformance(refs));
    const EnergyPath energy = energyPath(s, *refs.server, z, demand, refs.refreshServer);
    const CostPlan costs = costPlan(s, refs, z, phases);
    const CashFlow cf = projectCashFlow(s, z.cards, demand, energy, costs,
                                        CashFlowDetail::FlowsOnly);
    FinanceResult f;
    cashFlowIndicators(cf.flows, s.finance.discountRate, f);
    return {f.npv, f.irr, f.paybackMonths, f.discountedPaybackMonths};
}

} // namespace ccp
