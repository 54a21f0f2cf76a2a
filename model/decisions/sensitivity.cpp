// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivity.h"

#include <algorithm>
#include <cmath>

namespace ccp::decisions {

std::vector<SensitivityRange> defaultRanges(const Workbench &bench, double relative)
{
    std::vector<SensitivityRange> out;
    for (const LeverInfo &l : levers()) {
        if (l.id == LeverId::TokenPrice && !sellsTokens(bench.scenario()))
            continue; // no segment sells tokens: the bar would always be empty
        const double v = bench.value(l.id);
        double low = v * (1.0 - relative), high = v * (1.0 + relative);
        if (std::abs(v) < 1e-12) {
            switch (l.id) {
            case LeverId::CapexOverrun: low = -0.1; high = 0.3; break;
            case LeverId::PowerPriceGrowth: low = -0.02; high = 0.05; break;
            case LeverId::RampMonths: low = 0; high = 12; break;
            case LeverId::ConstructionMonths: low = 0; high = 12; break;
            default: break;
            }
        }
        out.push_back({l.id, std::clamp(std::min(low, high), l.min, l.max),
                       std::clamp(std::max(low, high), l.min, l.max)});
    }
    return out;
}

double SensitivityInput::npvSwing() const
{
    return std::abs(atHigh.npv.cnyValue() - atLow.npv.cnyValue());
}

Sensitivity sensitivity(const Scenario &s, const Catalog &catalog,
                        const std::vector<SensitivityRange> &ranges)
{
    Sensitivity out;
    Workbench bench(s, catalog);
    out.base = bench.keyFigures();
    for (const SensitivityRange &r : ranges) {
        SensitivityInput in;
        in.lever = r.lever;
        in.base = bench.value(r.lever);
        in.low = r.low;
        in.high = r.high;
        bench.set(r.lever, r.low);
        in.atLow = bench.keyFigures();
        bench.set(r.lever, r.high);
        in.atHigh = bench.keyFigures();
        bench.reset();
        out.inputs.push_back(in);
    }
    // Stable: inputs of equal swing keep the order they were given in.
    std::stable_sort(out.inputs.begin(), out.inputs.end(),
                     [](const SensitivityInput &a, const SensitivityInput &b) {
                         return a.npvSwing() > b.npvSwing();
                     });
    return out;
}

} // namespace ccp::decisions
