// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sensitivity (tornado): each lever moved alone to a low and a high value, the others at the
// scenario's own; the swing of NPV and payback, sorted by the NPV swing, largest first.

#include "levers.h"

#include <vector>

namespace ccp::decisions {

struct SensitivityRange
{
    LeverId lever;
    double low;
    double high;
};

// The default ranges: ±`relative` of the scenario's value (clamped to the lever's range);
// for a value of zero, a range of the lever's own (capex overrun −10%…+30%, power price growth
// −2%…+5% a year, ramp 0…12 months).
std::vector<SensitivityRange> defaultRanges(const Workbench &bench, double relative = 0.2);

struct SensitivityInput
{
    LeverId lever;
    double base = 0;
    double low = 0;
    double high = 0;
    KeyFigures atLow;
    KeyFigures atHigh;
    double npvSwing() const;
};

struct Sensitivity
{
    KeyFigures base;
    std::vector<SensitivityInput> inputs; // by |NPV(high) − NPV(low)|, largest first
};

Sensitivity sensitivity(const Scenario &s, const Catalog &catalog,
                        const std::vector<SensitivityRange> &ranges);

} // namespace ccp::decisions
