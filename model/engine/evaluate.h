// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// evaluate(scenario, catalog) -> result: pure, deterministic, no I/O. It runs the stages of
// the engine in order (docs/architecture.md): sizing (with the network) → demand → power →
// costs → cash flow (project, then equity) → performance → indicators (NPV, IRR, payback,
// LCOC, steady year, breakevens) → statements (the feasibility study's yearly
// statements) → warnings. The scenario must be valid (validate() returns
// nullopt); an invalid one throws std::invalid_argument.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

#include <optional>

namespace ccp {

struct EvaluateOptions
{
    bool breakevens = true; // breakeven utilization and price (several extra NPV solves)
    bool statements = true; // the yearly statements and the debt ratio (empty when false)
};

Result evaluate(const Scenario &scenario, const Catalog &catalog, EvaluateOptions options = {});

// The lean form for many draws (risk, sensitivity, solve, batch): only the project cash flow
// and its indicators, no monthly rows kept, no equity view, performance, breakevens or
// warnings. Its figures equal evaluate()'s.
struct KeyFigures
{
    Money npv;
    std::optional<double> irr;
    std::optional<double> paybackMonths;
    std::optional<double> discountedPaybackMonths;
};
KeyFigures evaluateKeyFigures(const Scenario &scenario, const Catalog &catalog);

} // namespace ccp
