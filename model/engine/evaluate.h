// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// evaluate(scenario, catalog) -> result: pure, deterministic, no I/O. The scenario must be
// valid (validate() returns nullopt); an invalid one throws std::invalid_argument.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

namespace ccp {

struct EvaluateOptions
{
    bool breakevens = true; // breakeven utilization and price (several extra NPV solves)
};

Result evaluate(const Scenario &scenario, const Catalog &catalog, EvaluateOptions options = {});

} // namespace ccp
