// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Monte Carlo: the scenario evaluated for many draws of its uncertain inputs. Draw i takes
// its random numbers from a counter-based generator seeded with (seed, i), so the results are
// the same for a given seed whatever the number of threads. The average utilization and the
// list price can be correlated through a Gaussian copula. Outputs: P10/P50/P90 and mean of
// NPV, IRR and payback, the probability of payback within the horizon and within a target.

#include "distributions.h"
#include "levers.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace ccp::decisions {

struct UncertainInput
{
    LeverId lever;
    Distribution distribution; // in the lever's own unit (absolute values)
};

struct RiskSettings
{
    std::vector<UncertainInput> inputs;
    long draws = 10000;
    std::uint64_t seed = 1;
    // Rank correlation of the average utilization and the list price (−1…1), 0 for none.
    double utilizationPriceCorrelation = 0;
    std::optional<double> targetPaybackMonths; // also report P(payback ≤ target)
    int threads = 0;                           // 0: one per core
};

// Default spreads for the scenario (docs/methodology.md, "Risk"): utilization skewed down,
// list price and its decline, power price, PUE, server price (wider when the catalog marks it
// an estimate), capex overrun.
std::vector<UncertainInput> defaultUncertainty(const Scenario &s, const Catalog &catalog);

// A percentile or mean that can be undefined: e.g. P90 of payback when more than 10% of the
// draws never pay back.
struct Percentiles
{
    std::optional<double> p10, p50, p90, mean;
    long undefinedDraws = 0; // draws where the figure is undefined (no payback, no IRR)
};

struct RiskResult
{
    long draws = 0; // completed (fewer than asked when cancelled)
    std::uint64_t seed = 0;
    bool cancelled = false;
    Percentiles npvCny, irr, paybackMonths;
    double pPaybackWithinHorizon = 0;
    std::optional<double> pPaybackWithinTarget;
    int horizonMonths = 0;
    // Every draw's figures, in draw order (NaN where undefined): for histograms and CDFs.
    std::vector<double> npvDraws, irrDraws, paybackDraws;
};

// Throws std::invalid_argument when a distribution is not one (checkDistribution).
RiskResult runRisk(const Scenario &s, const Catalog &catalog, const RiskSettings &settings,
                   const std::atomic<bool> *cancel = nullptr,
                   std::atomic<std::size_t> *done = nullptr);

// Percentiles of a sample where NaN is undefined. `undefinedIsHigh`: an undefined value ranks
// above every number (payback never reached), else below (no IRR: a total loss).
Percentiles percentiles(std::vector<double> values, bool undefinedIsHigh);

} // namespace ccp::decisions
