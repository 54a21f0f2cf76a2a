// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings.h"

#include <algorithm>
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
    if (tr.days && !tr.meetsTarget) // a job that never completes is listed as undefined
        warn(WarningCode::TrainingMissesTarget, *tr.days, s.training.targetDays);
    if (tr.memoryNeededGb > tr.memoryAvailableGb)
        warn(WarningCode::TrainingMemoryTooSmall, tr.memoryNeededGb, tr.memoryAvailableGb);
    const InferenceResult &inf = r.performance.inference;
    const bool maas = std::any_of(s.demand.segments.begin(), s.demand.segments.end(),
                                  [](const Segment &seg) { return seg.kind == SegmentKind::Maas; });
    if (maas && !inf.fits())
        warn(WarningCode::InferenceDoesNotFit, double(int(inf.fit)), 0);
    if (inf.fit != InferenceFit::NoModel && !inf.precisionPublished)
        warn(WarningCode::InferencePrecisionUnpublished, 0, 0);
    if (inf.fits() && !inf.meetsLatency)
        warn(WarningCode::InferenceMissesLatency, inf.tpotMs, s.inference.tpotTargetMs);
    if (r.performance.steadyUtilization < kOccupancyRule)
        warn(WarningCode::RackOccupancyBelowPolicy, r.performance.steadyUtilization,
             kOccupancyRule);
    return w;
}

std::vector<UndefinedFigure> undefinedFigures(const Scenario &s, const Result &r,
                                              bool breakevensComputed)
{
    std::vector<UndefinedFigure> u;
    const FinanceResult &f = r.finance;
    const TrainingResult &tr = r.performance.training;
    auto changesSign = [&](auto flow) {
        int prev = 0;
        for (const MonthRow &m : r.monthly) {
            const double v = flow(m);
            const int s = v > 0 ? 1 : (v < 0 ? -1 : 0);
            if (s != 0 && prev != 0 && s != prev)
                return true;
            if (s != 0)
                prev = s;
        }
        return false;
    };
    // Only an undefined figure needs its reason: the scans run only then.
    const auto projectSigns = [&] {
        return changesSign([](const MonthRow &m) { return m.cashFlow.cnyValue(); });
    };
    const auto equitySigns = [&] {
        return changesSign([](const MonthRow &m) { return m.equityCashFlow.cnyValue(); });
    };
    const auto sold = [&] {
        return std::any_of(r.monthly.begin(), r.monthly.end(),
                           [](const MonthRow &m) { return m.cardHoursSold > 0; });
    };
    using R = UndefinedReason;
    if (!r.performance.nameplatePflopsFp8)
        u.push_back({"performance.nameplate_pflops_fp8", R::NoFp8Rate});
    if (!f.irr)
        u.push_back({"finance.irr", projectSigns() ? R::NoRootInRange : R::NoSignChange});
    if (!f.equityIrr)
        u.push_back({"finance.equity_irr", equitySigns() ? R::NoRootInRange : R::NoSignChange});
    if (!f.paybackMonths)
        u.push_back({"finance.payback_months", R::NotPaidBack});
    if (!f.discountedPaybackMonths)
        u.push_back({"finance.discounted_payback_months", R::NotPaidBack});
    if (breakevensComputed && !f.breakevenUtilization)
        u.push_back({"finance.breakeven_utilization",
                     r.performance.steadyUtilization > 0 ? R::NotReachable : R::NoDemand});
    if (breakevensComputed && !f.breakevenPriceCnyPerCardHour)
        u.push_back({"finance.breakeven_price_cny_per_card_hour",
                     std::any_of(r.monthly.begin(), r.monthly.end(),
                                 [](const MonthRow &m) { return m.revenue > m.maasRevenue; })
                             || std::none_of(r.monthly.begin(), r.monthly.end(),
                                             [](const MonthRow &m) {
                                                 return m.maasRevenue > Money::zero();
                                             })
                         ? R::NoRevenue
                         : R::NoCardHourSales});
    if (!f.lcocCnyPerCardHour)
        u.push_back({"finance.lcoc_cny_per_card_hour", R::NoCardHoursSold});
    if (!f.costPerEffectivePflopDay)
        u.push_back({"finance.cost_per_effective_pflop_day_cny",
                     sold() ? R::NoUsefulCompute : R::NoCardHoursSold});
    if (!f.ebitdaMarginSteadyYear)
        u.push_back({"finance.ebitda_margin_steady_year", R::NoSteadyYearRevenue});
    const bool borrows = r.finance.capex.total().cnyValue() > 0 && std::any_of(
        r.monthly.begin(), r.monthly.end(), [](const MonthRow &m) { return m.debtService.cnyValue() > 0; });
    if (!f.roi)
        u.push_back({"finance.indicators.roi", R::NoOperatingYear});
    if (!f.roe)
        u.push_back({"finance.indicators.roe", R::NoOperatingYear});
    if (!f.interestCoverageMin)
        u.push_back({"finance.indicators.interest_coverage", borrows ? R::NoOperatingYear : R::NoDebt});
    if (!f.dscrMin)
        u.push_back({"finance.indicators.dscr_min", borrows ? R::NoOperatingYear : R::NoDebt});
    if (!f.debtRatioMax)
        u.push_back({"finance.indicators.debt_ratio_max",
                     std::any_of(r.monthly.begin(), r.monthly.end(),
                                 [](const MonthRow &m) { return m.debtDraw > Money::zero(); })
                         ? R::NoOperatingYear
                         : R::NoDebt});
    if (!f.breakevenCapacityUtilization)
        u.push_back({"finance.indicators.breakeven_capacity_utilization", R::NoContribution});
    const InferenceResult &inf = r.performance.inference;
    const bool maas = std::any_of(s.demand.segments.begin(), s.demand.segments.end(),
                                  [](const Segment &seg) { return seg.kind == SegmentKind::Maas; });
    const R notServed = inf.fit == InferenceFit::NoModel ? R::NoInferenceModel
                                                          : R::InferenceDoesNotFit;
    if (inf.fit == InferenceFit::NoModel)
        u.push_back({"performance.inference.fits", R::NoInferenceModel});
    if (!inf.fits()) {
        for (const char *key : {"performance.inference.max_batch", "performance.inference.batch",
                                "performance.inference.ttft_s", "performance.inference.tpot_ms",
                                "performance.inference.input_tokens_per_s_per_card",
                                "performance.inference.output_tokens_per_s_per_card",
                                "performance.inference.input_tokens_per_s_per_server",
                                "performance.inference.output_tokens_per_s_per_server",
                                "performance.inference.tokens_per_s_per_mw"})
            u.push_back({key, notServed});
    }
    if (!f.costPerMillionTokensCny) {
        const R why = inf.fits() ? R::NoCardHoursSold : notServed;
        u.push_back({"finance.cost_per_million_tokens_cny", why});
        u.push_back({"finance.cost_per_million_output_tokens_cny", why});
    }
    const R noTokens = !maas ? R::NoMaasSegment : inf.fits() ? R::NoDemand : notServed;
    if (!f.maasPriceCnyPerMillionTokens) {
        for (const char *key : {"finance.maas_price_cny_per_million_tokens",
                                "finance.maas_margin_over_rental"})
            u.push_back({key, noTokens});
    }
    if (!f.maasGrossMargin)
        u.push_back({"finance.maas_gross_margin",
                     f.maasPriceCnyPerMillionTokens ? R::NoCardHoursSold : noTokens});
    if (breakevensComputed && !f.breakevenTokenPriceFactor) {
        const R why = maas && inf.fits() ? R::NotReachable : noTokens;
        u.push_back({"finance.breakeven_token_price_factor", why});
        u.push_back({"finance.breakeven_token_price_cny_per_million_tokens", why});
    } else if (breakevensComputed && !f.breakevenTokenPriceCnyPerMillionTokens) {
        u.push_back({"finance.breakeven_token_price_cny_per_million_tokens", R::NoDemand});
    }
    if (!tr.days) {
        for (const char *key : {"performance.training.days", "performance.training.gpu_hours",
                                "performance.training.energy_mwh", "performance.training.cost_cny"})
            u.push_back({key, R::JobNeverCompletes});
    }
    return u;
}

bool isHardLimit(WarningCode code)
{
    switch (code) {
    case WarningCode::GridCapacityExceeded:
    case WarningCode::EnergyQuotaExceeded:
    case WarningCode::PueAboveHubLimit:
    case WarningCode::TrainingMemoryTooSmall:
    case WarningCode::InferenceDoesNotFit:
        return true;
    default:
        return false;
    }
}

std::vector<Warning> brokenHardLimits(const Result &r)
{
    std::vector<Warning> out;
    for (const Warning &w : r.warnings)
        if (isHardLimit(w.code))
            out.push_back(w);
    return out;
}

} // namespace ccp
