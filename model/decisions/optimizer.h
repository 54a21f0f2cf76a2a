// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The optimizer: every combination of cards × card counts × fabrics × oversubscriptions ×
// sites from the catalog, each built on the scenario (its demand, finance and training job
// kept), evaluated and checked against the constraints (budget, grid power, a minimum of
// effective PFLOPS, a training deadline) and the engine's hard limits. Ranked by NPV or by
// payback; the Pareto front of capex against NPV among the feasible ones. Exhaustive on
// purpose: the space is a few tens of thousands of configurations and a search that skips
// some could miss the best one. Plain C++, no Qt, no I/O.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ccp::decisions {

// How the list price follows the configuration. A card-hour of a B200 does not rent at the
// price of an RTX 4090's: by default the scenario's price per useful PFLOP-hour is kept — the
// list price × the configuration's useful TFLOPS per card (BF16 peak × MFU × goodput, so the
// card, its software, the fabric and the oversubscription all count) / the scenario's own.
enum class PriceRule { PerEffectivePflop, SameForAllCards };

struct SearchSpace
{
    std::vector<std::string> cards;   // card ids (each with its standard server)
    std::vector<int> cardCounts;
    std::vector<std::string> fabrics; // fabric ids
    std::vector<double> oversubscriptions;
    std::vector<std::string> sites;   // site ids
    std::size_t size() const
    {
        return cards.size() * cardCounts.size() * fabrics.size() * oversubscriptions.size()
               * sites.size();
    }
};

// Every card the catalog can build (its standard server is in the catalog, whatever its
// market: export-restricted cards are in Chinese centers too), card counts from 256 to 4,096
// and the scenario's own, every fabric, oversubscription 1, 2 and 3, every site.
SearchSpace defaultSpace(const Scenario &s, const Catalog &catalog);

struct Constraints
{
    std::optional<double> budgetCny;           // total capex at full build ≤
    std::optional<double> gridKw;              // provisioned facility power ≤
    std::optional<double> minEffectivePflops;  // effective (useful) PFLOPS ≥
    std::optional<double> trainingDeadlineDays; // the scenario's training job done within
};

enum class Objective { MaxNpv, MinPayback };

// Why a configuration is not feasible: a constraint of the search, or a hard limit of the
// engine (grid capacity of the site, energy quota, hub PUE limit, training memory).
enum class Breach { Budget, Grid, EffectivePflops, TrainingDeadline, Invalid };

struct Configuration
{
    std::string card;
    int cards = 0;
    std::string fabric;
    double oversubscription = 1;
    std::string site;
    bool feasible = false;
    std::vector<Breach> breaches;
    std::vector<WarningCode> hardLimits;
    std::string invalidKey; // the input the scenario refused, for Breach::Invalid
    double capexCny = 0;
    double npvCny = 0;
    std::optional<double> irr;
    std::optional<double> paybackMonths;
    double facilityPowerKw = 0;
    double effectivePflops = 0;
    double listPriceCnyPerCardHour = 0;
    std::optional<double> trainingDays;
};

struct OptimizerSettings
{
    SearchSpace space;
    Constraints constraints;
    Objective objective = Objective::MaxNpv;
    PriceRule priceRule = PriceRule::PerEffectivePflop;
    std::size_t keep = 20; // configurations kept in the ranking
    int threads = 0;       // 0: one per core
};

struct OptimizerResult
{
    std::size_t evaluated = 0; // configurations evaluated (fewer than the space when cancelled)
    std::size_t feasible = 0;
    bool cancelled = false;
    // The best `keep`: feasible ones first, by the objective; then the best infeasible ones
    // when fewer are feasible.
    std::vector<Configuration> ranked;
    // Feasible configurations no other beats on both capex (lower) and NPV (higher), by capex.
    std::vector<Configuration> pareto;
    // Capex and NPV of every feasible configuration, for the scatter of the Pareto chart.
    std::vector<std::pair<double, double>> cloud;
};

// The scenario with one configuration applied: card (and its standard server), count, fabric,
// oversubscription, site (with its presets), the list price by `rule`. The training job's
// cards are reset to all when they exceed the count.
Scenario applyConfiguration(const Scenario &base, const Catalog &catalog, const Configuration &c,
                            PriceRule rule = PriceRule::PerEffectivePflop);

// Throws std::invalid_argument when the space is empty or names an id the catalog lacks.
OptimizerResult optimize(const Scenario &base, const Catalog &catalog,
                         const OptimizerSettings &settings,
                         const std::atomic<bool> *cancel = nullptr,
                         std::atomic<std::size_t> *done = nullptr);

// "budget", "grid", "effective_pflops", "training_deadline", "invalid"
const char *breachCode(Breach b);

} // namespace ccp::decisions
