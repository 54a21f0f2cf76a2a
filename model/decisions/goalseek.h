// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Goal seek: the value of one lever (list price, average utilization, power price, capex
// overrun, …) at which the scenario reaches a target payback, NPV or IRR. The lever's range is
// scanned for a change of side of the target, the one nearest the scenario's own value, and
// bisected to the root. An undefined payback counts as longer than any target, an undefined
// IRR as lower.

#include "levers.h"

#include <optional>
#include <string_view>

namespace ccp::decisions {

enum class TargetFigure { PaybackMonths, Npv, Irr };

struct Target
{
    TargetFigure figure;
    double value;
};

const char *targetCode(TargetFigure f); // "payback_months", "npv", "irr"
std::optional<TargetFigure> targetFromCode(std::string_view code);

struct GoalSeekResult
{
    std::optional<double> value; // empty: no value in the lever's range reaches the target
    KeyFigures achieved;         // at the value found (or at the scenario's own value)
    double rangeMin = 0;         // the range searched
    double rangeMax = 0;
};

GoalSeekResult goalSeek(const Scenario &s, const Catalog &catalog, LeverId lever, Target target);

} // namespace ccp::decisions
