// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "indicators": the figures a decision is made on, from the monthly cash flows. NPV,
// every IRR root and the chosen IRR, payback and discounted payback, the equity NPV and IRR,
// LCOC (levelized cost per card-hour sold), cost per effective PFLOP-day, TCO, the steady
// year with its revenue, opex breakdown and EBITDA margin, and the yearly summary. The
// discounted-cash-flow primitives themselves are in finance.h; the breakevens in breakeven.h.

#include "costs.h"
#include "demand.h"
#include "result.h"

#include <span>
#include <vector>

namespace ccp {

// NPV, IRR, payback and discounted payback of the project flows: what a Monte Carlo draw needs.
void cashFlowIndicators(std::span<const double> flows, double annualDiscountRate,
                        FinanceResult &f);

// Equity NPV and IRR (the project IRR when there is no debt).
void equityIndicators(std::span<const double> equityFlows, const FinanceInputs &fin,
                      FinanceResult &f);

// Present values over the horizon: costs net of grants, subsidies and residual, card-hours sold.
struct PresentValues
{
    double costCny = 0;
    double cardHoursSold = 0;
};

// LCOC, TCO, total revenue and total tax, and the present values they and the cost per
// PFLOP-day rest on: one pass over the monthly rows.
PresentValues lifetimeIndicators(const std::vector<MonthRow> &monthly, double annualDiscountRate,
                                 FinanceResult &f);

// Cost per PFLOP-day of useful compute: PV(costs) / PV(effective PFLOP-days sold).
std::optional<double> costPerEffectivePflopDay(const PresentValues &pv, double bf16TflopsPerCard, double mfu,
                                double goodput);

// The first whole operating year after every ramp, the introductory price and every build
// phase, but not past the last whole year of the horizon.
// When that year would lie past the horizon, `year` is the last whole year and `wanted` the
// year it should have been (warning steady_year_clamped).
struct SteadyYear
{
    int year = 1;
    int wanted = 1;
    bool clamped() const { return wanted > year; }
};
SteadyYear steadyYear(const Scenario &s, const std::vector<BuildPhase> &phases);

// Revenue, opex breakdown and EBITDA margin of the steady year.
void steadyYearIndicators(const CostPlan &costs,
                          const std::vector<MonthRow> &monthly, FinanceResult &f);

// The feasibility study's indicators (ROI, ROE, interest coverage, DSCR, breakeven capacity
// utilization) from the monthly rows of both views, over whole operating years (from the
// year after construction); `loadCost[t]` is month t's utilization-dependent energy cost, the
// only variable cost. Needs f.capex, f.constructionInterest and f.steadyYear.
void studyIndicators(const Scenario &s, const std::vector<MonthRow> &monthly,
                     const std::vector<double> &loadCost, FinanceResult &f);

// Year 0 (month 0) and each operating year: sums, mean utilization, cumulative cash flow.
std::vector<YearRow> yearlyRows(const std::vector<MonthRow> &monthly);

} // namespace ccp
