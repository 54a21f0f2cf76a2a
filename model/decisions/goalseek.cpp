// SPDX-License-Identifier: GPL-3.0-or-later
#include "goalseek.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ccp::decisions {

const char *targetCode(TargetFigure f)
{
    switch (f) {
    case TargetFigure::PaybackMonths: return "payback_months";
    case TargetFigure::Npv: return "npv";
    case TargetFigure::Irr: return "irr";
    }
    return "npv";
}

std::optional<TargetFigure> targetFromCode(std::string_view code)
{
    for (TargetFigure f : {TargetFigure::PaybackMonths, TargetFigure::Npv, TargetFigure::Irr})
        if (code == targetCode(f))
            return f;
    return std::nullopt;
}

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Which side of the target the figures are on: +1 "better than the target or on it" (payback
// no longer than it, NPV or IRR at least it), −1 worse.
int side(const KeyFigures &k, Target t)
{
    switch (t.figure) {
    case TargetFigure::PaybackMonths:
        return k.paybackMonths && *k.paybackMonths <= t.value ? 1 : -1;
    case TargetFigure::Npv:
        return k.npv.cnyValue() >= t.value ? 1 : -1;
    case TargetFigure::Irr:
        return k.irr && *k.irr >= t.value ? 1 : -1;
    }
    return -1;
}

} // namespace

GoalSeekResult goalSeek(const Scenario &s, const Catalog &catalog, LeverId lever, Target target)
{
    Workbench bench(s, catalog);
    const LeverInfo &info = leverInfo(lever);
    const double own = bench.value(lever);
    GoalSeekResult out;
    out.rangeMin = info.min;
    // An unbounded lever (a catalog price) is searched up to ten times its value.
    out.rangeMax = info.max < 1e299 ? info.max : std::max(10.0 * own, 1.0);
    auto at = [&](double x) {
        bench.set(lever, x);
        return bench.keyFigures();
    };

    // Scan for every change of side, keep the one nearest the scenario's own value.
    constexpr int kScan = 128;
    std::vector<double> xs(kScan + 1);
    std::vector<int> sides(kScan + 1);
    for (int i = 0; i <= kScan; ++i) {
        xs[std::size_t(i)] = out.rangeMin + (out.rangeMax - out.rangeMin) * i / double(kScan);
        sides[std::size_t(i)] = side(at(xs[std::size_t(i)]), target);
    }
    int best = -1;
    double bestDistance = kInf;
    for (int i = 0; i < kScan; ++i) {
        if (sides[std::size_t(i)] == sides[std::size_t(i) + 1])
            continue;
        const double mid = 0.5 * (xs[std::size_t(i)] + xs[std::size_t(i) + 1]);
        if (std::abs(mid - own) < bestDistance) {
            bestDistance = std::abs(mid - own);
            best = i;
        }
    }
    if (best < 0) {
        out.achieved = at(own);
        return out;
    }
    // Bisect to the boundary, and report its better side: the value that reaches the target.
    double lo = xs[std::size_t(best)], hi = xs[std::size_t(best) + 1];
    const int sideLo = sides[std::size_t(best)];
    for (int it = 0; it < 200 && hi - lo > 1e-12 * std::max(1.0, std::abs(hi)); ++it) {
        const double mid = 0.5 * (lo + hi);
        if (side(at(mid), target) == sideLo)
            lo = mid;
        else
            hi = mid;
    }
    const double value = sideLo > 0 ? lo : hi;
    out.value = value;
    out.achieved = at(value);
    return out;
}

} // namespace ccp::decisions
