// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicators.h"

#include "finance.h"

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {
// The IRR roots a planner can use (docs/contract.md §6.1): annual rates from −99% to 10,000%.
// irrRoots() finds every root above −100%; the rest are artefacts of the polynomial.
constexpr double kLowestIrr = -0.99;
constexpr double kHighestIrr = 100.0;

std::vector<double> monthlyIrrRoots(std::span<const double> flows)
{
    std::vector<double> roots = irrRoots(flows);
    std::erase_if(roots, [](double i) {
        const double annual = annualRate(i);
        return !(annual >= kLowestIrr && annual <= kHighestIrr);
    });
    return roots;
}
} // namespace

void cashFlowIndicators(std::span<const double> flows, double annualDiscountRate,
                        FinanceResult &f)
{
    const double rate = monthlyRate(annualDiscountRate);
    f.npv = Money::cny(npv(flows, rate));
    const std::vector<double> monthlyRoots = monthlyIrrRoots(flows);
    f.irrRoots.clear();
    for (double root : monthlyRoots)
        f.irrRoots.push_back(annualRate(root));
    f.irr.reset();
    if (const auto i = chooseIrr(monthlyRoots))
        f.irr = annualRate(*i);
    f.paybackMonths = payback(flows);
    f.discountedPaybackMonths = discountedPayback(flows, rate);
}

void equityIndicators(std::span<const double> equityFlows, const FinanceInputs &fin,
                      FinanceResult &f)
{
    f.equityNpv = Money::cny(npv(equityFlows, monthlyRate(fin.discountRate)));
    f.equityIrr.reset();
    if (fin.debtShare > 0) {
        if (const auto i = chooseIrr(monthlyIrrRoots(equityFlows)))
            f.equityIrr = annualRate(*i);
    } else {
        f.equityIrr = f.irr;
    }
}

PresentValues lifetimeIndicators(const std::vector<MonthRow> &monthly, double annualDiscountRate,
                                 FinanceResult &f)
{
    const double v = 1.0 / (1.0 + monthlyRate(annualDiscountRate));
    PresentValues pv;
    double df = 1;
    Money tco, revenue, tax;
    for (const MonthRow &m : monthly) {
        const Money cost = m.capex - m.grant + m.opex - m.subsidy - m.residual;
        pv.costCny += cost.cnyValue() * df;
        pv.cardHoursSold += m.cardHoursSold * df;
        df *= v;
        tco += m.capex + m.opex;
        revenue += m.revenue;
        tax += m.tax;
    }
    f.tco = tco;
    f.totalRevenue = revenue;
    f.totalTax = tax;
    f.lcocCnyPerCardHour.reset();
    if (pv.cardHoursSold > 0)
        f.lcocCnyPerCardHour = pv.costCny / pv.cardHoursSold;
    return pv;
}

std::optional<double> costPerEffectivePflopDay(const PresentValues &pv, double bf16TflopsPerCard, double mfu,
                                double goodput)
{
    // Each sold card-hour delivers this many PFLOP-days of useful compute.
    const double pflopDays = pv.cardHoursSold * bf16TflopsPerCard / 1000.0 * mfu * goodput / 24.0;
    if (!(pflopDays > 0) || !std::isfinite(pflopDays))
        return std::nullopt;
    return pv.costCny / pflopDays;
}

SteadyYear steadyYear(const Scenario &s, const std::vector<BuildPhase> &phases)
{
    int settle = s.demand.introMonths;
    for (const Segment &seg : s.demand.segments)
        settle = std::max(settle, seg.rampMonths);
    settle += s.finance.constructionMonths; // ramps count from the start of operation
    for (const BuildPhase &ph : phases)
        settle = std::max(settle, ph.month);
    const int years = std::max(1, s.horizonMonths / 12);
    SteadyYear y;
    y.wanted = 1 + (settle + 11) / 12;
    y.year = std::min(years, y.wanted);
    return y;
}

void steadyYearIndicators(const CostPlan &costs,
                          const std::vector<MonthRow> &monthly, FinanceResult &f)
{
    const int H = int(monthly.size()) - 1;
    OpexBreakdown o;
    Money revenue;
    const int m0 = 12 * (f.steadyYear - 1) + 1;
    for (int t = m0; t < m0 + 12 && t <= H; ++t) {
        const std::size_t i = std::size_t(t);
        revenue += monthly[i].revenue;
        o.energy += monthly[i].energy;
        const CostMonth &c = costs.months[i];
        o.maintenance += c.maintenance;
        o.insurance += c.insurance;
        o.staff += c.staff;
        o.bandwidth += c.bandwidth;
        o.rent += c.rent;
    }
    f.opexSteadyYear = o;
    f.revenueSteadyYear = revenue;
    f.ebitdaMarginSteadyYear.reset();
    if (revenue.cnyValue() > 0)
        f.ebitdaMarginSteadyYear = (revenue - o.total()) / revenue;
}

std::vector<YearRow> yearlyRows(const std::vector<MonthRow> &monthly)
{
    const int H = int(monthly.size()) - 1;
    const int nYears = (H + 11) / 12;
    std::vector<YearRow> yearly(std::size_t(nYears) + 1);
    for (int y = 0; y <= nYears; ++y)
        yearly[std::size_t(y)].year = y;
    for (int t = 0; t <= H; ++t) {
        const int y = t == 0 ? 0 : (t - 1) / 12 + 1;
        YearRow &yr = yearly[std::size_t(y)];
        const MonthRow &m = monthly[std::size_t(t)];
        yr.revenue += m.revenue;
        yr.opex += m.opex;
        yr.energy += m.energy;
        yr.capex += m.capex;
        yr.tax += m.tax;
        yr.cashFlow += m.cashFlow;
        yr.utilization += m.utilization;
    }
    Money cumulative;
    for (int y = 0; y <= nYears; ++y) {
        YearRow &yr = yearly[std::size_t(y)];
        const int monthsIn = std::min(12, H - 12 * (y - 1)); // the last year may be short
        yr.utilization = y == 0 ? 0.0 : yr.utilization / std::max(1, monthsIn);
        cumulative += yr.cashFlow;
        yr.cumulative = cumulative;
    }
    return yearly;
}

void studyIndicators(const Scenario &s, const std::vector<MonthRow> &monthly,
                     const std::vector<double> &loadCost, FinanceResult &f)
{
    const int H = int(monthly.size()) - 1;
    const int C = s.finance.constructionMonths;
    // 总投资: construction investment, construction interest and the working capital at its
    // largest.
    double workingCapital = 0, held = 0;
    for (const MonthRow &m : monthly) {
        held += m.workingCapital.cnyValue();
        workingCapital = std::max(workingCapital, held);
    }
    const double totalInvestment = f.capex.total().cnyValue() + f.constructionInterest.cnyValue()
                                   + workingCapital;
    // Equity capital (资本金): the part of the initial investment not borrowed.
    const double equityCapital = f.capex.total().cnyValue() * (1.0 - s.finance.debtShare);
    double ebitSum = 0, profitSum = 0;
    int years = 0;
    std::optional<double> coverage, dscr;
    for (int first = C + 1; first + 11 <= H; first += 12) {
        double ebit = 0, depreciation = 0, interest = 0, service = 0, tax = 0;
        for (int t = first; t < first + 12; ++t) {
            const MonthRow &m = monthly[std::size_t(t)];
            ebit += (m.revenue + m.subsidy - m.opex - m.depreciation - m.surtax).cnyValue();
            depreciation += m.depreciation.cnyValue();
            interest += m.interest.cnyValue();
            service += m.debtService.cnyValue();
            tax += m.equityTax.cnyValue();
        }
        ebitSum += ebit;
        profitSum += ebit - interest - tax;
        ++years;
        if (interest > 0)
            coverage = std::min(coverage.value_or(ebit / interest), ebit / interest);
        if (service > 0) {
            const double d = (ebit + depreciation - tax) / service;
            dscr = std::min(dscr.value_or(d), d);
        }
    }
    if (years > 0 && totalInvestment > 0)
        f.roi = ebitSum / years / totalInvestment;
    if (years > 0 && equityCapital > 0)
        f.roe = profitSum / years / equityCapital;
    f.interestCoverageMin = coverage;
    f.dscrMin = dscr;
    // Breakeven capacity utilization: the share of the steady year's planned sales at which
    // the year's profit before tax is zero — fixed costs over revenue less variable costs. The
    // variable cost is the load energy net of its subsidy; every other cost, depreciation and
    // interest is fixed, less the subsidies (so revenue − variable − fixed is the profit).
    const int m0 = 12 * (f.steadyYear - 1) + 1;
    double revenue = 0, variable = 0, fixed = 0;
    for (int t = m0; t < m0 + 12 && t <= H; ++t) {
        const MonthRow &m = monthly[std::size_t(t)];
        revenue += (m.revenue - m.surtax).cnyValue(); // 营业收入 less 税金及附加
        variable += loadCost[std::size_t(t)];
        fixed += (m.opex + m.depreciation + m.interest - m.subsidy).cnyValue() - loadCost[std::size_t(t)];
    }
    if (revenue - variable > 0)
        f.breakevenCapacityUtilization = fixed / (revenue - variable);
}

} // namespace ccp
