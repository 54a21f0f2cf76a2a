// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Payback and NPV against the average sold utilization (the chart the product is named for),
// and the breakeven map: payback and NPV over a grid of two levers (utilization × list price,
// or power price × card price). Every point is a full cash-flow evaluation of the scenario
// with the lever(s) set; the utilization scales every segment, the mix kept, as the engine's
// breakeven utilization does, so the NPV's zero crossing is that breakeven.

#include "levers.h"

#include <atomic>
#include <optional>
#include <vector>

namespace ccp::decisions {

struct SweepPoint
{
    double utilization = 0;            // average sold utilization, 0–1
    double npvCny = 0;
    std::optional<double> paybackMonths; // empty: not paid back within the horizon
};

struct UtilizationSweep
{
    std::vector<SweepPoint> points;            // ascending utilization
    double plannedUtilization = 0;             // the scenario's own
    std::optional<double> breakevenUtilization; // the engine's (NPV = 0); empty: not reachable
    int horizonMonths = 0;
};

// `points` utilizations evenly from 0 to 100% (at least 2).
UtilizationSweep sweepUtilization(const Scenario &s, const Catalog &catalog, int points = 101);

// Cost per million tokens (levelized, input + output) against the steady sold utilization as
// the engine counts it (card-hours sold ÷ available; a MaaS segment sells its serving hours and
// its off-hours rental), every segment scaled by one factor as the engine's breakeven
// utilization scales them: what selling tokens costs when the cards are busier or idler, beside
// the price the tokens realize (docs/methodology.md, "Inference").
struct TokenCostPoint
{
    double utilization = 0;                    // steady sold utilization, 0–1
    std::optional<double> costCnyPerMillionTokens; // empty: nothing sold, or the model not served
};

struct TokenCostSweep
{
    std::vector<TokenCostPoint> points;        // ascending utilization
    double plannedUtilization = 0;             // the scenario's own (the engine's steady one)
    std::optional<double> plannedCostCnyPerMillionTokens;
    // The price the scenario's tokens realize (net of VAT, present-value weighted); empty
    // without MaaS sales. It does not move with the utilization scale, so where the cost curve
    // crosses it the tokens pay for the cards that serve them.
    std::optional<double> realizedPriceCnyPerMillionTokens;
    std::optional<double> breakevenUtilization; // the engine's (NPV = 0)
};

// `points` utilizations evenly from 0 to 100% (at least 2); each a full evaluation without
// breakevens. Empty points when the scenario names no inference model or sells nothing.
TokenCostSweep sweepTokenCost(const Scenario &s, const Catalog &catalog, int points = 51,
                              int threads = 0);

struct MapAxis
{
    LeverId lever = LeverId::AverageUtilization;
    double from = 0;
    double to = 1;
    int steps = 60; // cells along the axis (≥ 2)
    double valueAt(int i) const { return from + (to - from) * double(i) / double(steps - 1); }
};

struct BreakevenMap
{
    MapAxis x;
    MapAxis y;
    double baseX = 0; // the scenario's own point
    double baseY = 0;
    int horizonMonths = 0;
    std::vector<double> npvCny;                      // row-major: [j * x.steps + i]
    std::vector<std::optional<double>> paybackMonths; // empty: not paid back within the horizon
};

// The standard pairs of axes, around the scenario's own values.
enum class MapAxes { UtilizationByListPrice, PowerPriceByCardPrice, UtilizationByTokenPrice };
std::pair<MapAxis, MapAxis> defaultAxes(const Workbench &bench, MapAxes which, int steps = 60);
// The pair a scenario is first shown with: utilization × the price it earns by (token prices
// when some segment sells tokens, else the card-hour list price).
MapAxes defaultMapAxes(const Scenario &s);

BreakevenMap breakevenMap(const Scenario &s, const Catalog &catalog, const MapAxis &x,
                          const MapAxis &y, int threads = 0,
                          const std::atomic<bool> *cancel = nullptr);

} // namespace ccp::decisions
