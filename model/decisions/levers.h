// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Levers: the inputs the decision tools move (sensitivity, Monte Carlo, goal seek, sweeps).
// Most are one scenario field; some are derived: the average sold utilization (every segment's
// utilization scaled, the mix kept — the same scaling as the engine's breakeven utilization),
// every segment's ramp, and the card and server prices, which live in the catalog. A
// Workbench holds a scenario and its own copy of the catalog, so that levers can change both
// without touching the project, and remembers the base values the derived levers scale.
// Plain C++, no Qt, no I/O.

#include "catalog.h"
#include "evaluate.h"
#include "scenario.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ccp::decisions {

enum class LeverId {
    AverageUtilization,
    ListPrice,
    PriceDecline,
    PowerPrice,
    PowerPriceGrowth,
    Pue,
    CardPrice,
    ServerPrice,
    CapexOverrun,
    DiscountRate,
    RampMonths,
    Mfu,
    Availability,
    Maintenance,
    ConstructionMonths,
    TokenPrice, // every MaaS segment's token prices, as a factor of the scenario's (1 = as planned)
};

struct LeverInfo
{
    LeverId id;
    std::string_view key;  // the scenario field's key, or a derived key ("demand.average_utilization")
    double min;            // the range a value may take (a tool never leaves it)
    double max;
    std::string_view unit; // untranslated unit symbol, "" for fractions and counts
};

std::span<const LeverInfo> levers();
const LeverInfo *findLever(std::string_view key);
const LeverInfo &leverInfo(LeverId id);

// Whether some segment of `s` sells tokens (MaaS): only then do token prices move anything.
bool sellsTokens(const Scenario &s);

class Workbench
{
public:
    // `scenario` must be valid against `catalog`.
    Workbench(const Scenario &scenario, const Catalog &catalog);

    double value(LeverId id) const;
    // Sets a lever to an absolute value (clamped to its range). Derived levers scale from the
    // base: setting the average utilization to x multiplies every segment's utilization by
    // x / (the base average).
    void set(LeverId id, double value);
    // Back to the scenario and catalog it was made from.
    void reset();

    const Scenario &scenario() const { return m_scenario; }
    const Catalog &catalog() const { return m_catalog; }
    KeyFigures keyFigures() const { return evaluateKeyFigures(m_scenario, m_catalog); }

private:
    Card *card();
    Server *server();

    Scenario m_base;
    Scenario m_scenario;
    Catalog m_catalog;
    std::string m_cardId;
    std::string m_serverId;
    double m_baseAverage = 0;
    double m_baseCardPrice = 0;
    double m_baseServerPrice = 0;
    double m_baseMfu = 0;
    double m_tokenFactor = 1;
};

// Σ share × utilization over the segments: the steady average sold utilization.
double averageUtilization(const Scenario &s);

} // namespace ccp::decisions
