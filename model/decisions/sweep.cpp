// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "parallel.h"

#include <algorithm>

namespace ccp::decisions {

UtilizationSweep sweepUtilization(const Scenario &s, const Catalog &catalog, int points)
{
    points = std::max(2, points);
    UtilizationSweep out;
    Workbench bench(s, catalog);
    out.plannedUtilization = averageUtilization(s);
    out.horizonMonths = s.horizonMonths;
    out.breakevenUtilization = evaluate(s, catalog).finance.breakevenUtilization;
    out.points.reserve(std::size_t(points));
    for (int i = 0; i < points; ++i) {
        const double u = double(i) / double(points - 1);
        // Without planned demand there is nothing to scale: the figures stay the scenario's.
        bench.set(LeverId::AverageUtilization, u);
        const KeyFigures k = bench.keyFigures();
        out.points.push_back({u, k.npv.cnyValue(), k.paybackMonths});
    }
    return out;
}

TokenCostSweep sweepTokenCost(const Scenario &s, const Catalog &catalog, int points, int threads)
{
    TokenCostSweep out;
    out.plannedUtilization = averageUtilization(s);
    if (s.inference.model.empty())
        return out;
    const Result base = evaluate(s, catalog);
    out.plannedCostCnyPerMillionTokens = base.finance.costPerMillionTokensCny;
    out.realizedPriceCnyPerMillionTokens = base.finance.maasPriceCnyPerMillionTokens;
    out.breakevenUtilization = base.finance.breakevenUtilization;
    if (!(out.plannedUtilization > 0))
        return out;
    points = std::max(2, points);
    out.points.resize(std::size_t(points));
    EvaluateOptions lean;
    lean.breakevens = false;
    lean.statements = false;
    // The utilization lever scales every segment as the engine's breakeven utilization does.
    parallelFor(
        std::size_t(points), threads, [&] { return Workbench(s, catalog); },
        [&](Workbench &bench, std::size_t i) {
            const double u = double(i) / double(points - 1);
            bench.set(LeverId::AverageUtilization, u);
            out.points[i] = {u, evaluate(bench.scenario(), catalog, lean).finance.costPerMillionTokensCny};
        });
    return out;
}

std::pair<MapAxis, MapAxis> defaultAxes(const Workbench &bench, MapAxes which, int steps)
{
    auto around = [&](LeverId id, double lowFactor, double highFactor) {
        const LeverInfo &info = leverInfo(id);
        const double v = bench.value(id);
        return MapAxis{id, std::max(info.min, v * lowFactor), std::min(info.max, v * highFactor),
                       steps};
    };
    switch (which) {
    case MapAxes::UtilizationByListPrice:
        return {MapAxis{LeverId::AverageUtilization, 0.0, 1.0, steps},
                around(LeverId::ListPrice, 0.25, 2.0)};
    case MapAxes::UtilizationByTokenPrice:
        return {MapAxis{LeverId::AverageUtilization, 0.0, 1.0, steps},
                around(LeverId::TokenPrice, 0.25, 2.0)};
    case MapAxes::PowerPriceByCardPrice: break;
    }
    return {around(LeverId::PowerPrice, 0.25, 2.5), around(LeverId::CardPrice, 0.5, 1.5)};
}

MapAxes defaultMapAxes(const Scenario &s)
{
    return sellsTokens(s) ? MapAxes::UtilizationByTokenPrice : MapAxes::UtilizationByListPrice;
}

BreakevenMap breakevenMap(const Scenario &s, const Catalog &catalog, const MapAxis &x,
                          const MapAxis &y, int threads, const std::atomic<bool> *cancel)
{
    BreakevenMap map;
    map.x = x;
    map.y = y;
    map.horizonMonths = s.horizonMonths;
    const Workbench base(s, catalog);
    map.baseX = base.value(x.lever);
    map.baseY = base.value(y.lever);
    const std::size_t n = std::size_t(x.steps) * std::size_t(y.steps);
    map.npvCny.assign(n, 0.0);
    map.paybackMonths.assign(n, std::nullopt);
    parallelFor(
        n, threads, [&] { return Workbench(s, catalog); },
        [&](Workbench &bench, std::size_t k) {
            const int i = int(k % std::size_t(x.steps));
            const int j = int(k / std::size_t(x.steps));
            bench.set(x.lever, x.valueAt(i));
            bench.set(y.lever, y.valueAt(j));
            const KeyFigures f = bench.keyFigures();
            map.npvCny[k] = f.npv.cnyValue();
            map.paybackMonths[k] = f.paybackMonths;
        },
        cancel);
    return map;
}

} // namespace ccp::decisions
