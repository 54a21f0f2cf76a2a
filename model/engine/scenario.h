// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inputs of one scenario: plain data, mirroring the scenario JSON (docs/scenario-json.md)
// field by field. Field names carry their unit where they cross the edge as plain numbers.
// Defaults here are the documented defaults; ranges are checked by validate().

#include <optional>
#include <string>
#include <vector>

namespace ccp {

enum class RampShape { Linear, SCurve };

// What happens when equipment reaches the end of its life before the horizon ends
// (docs/methodology.md, "Refresh"): nothing (it keeps earning: the old behaviour), it is
// replaced at the same price, or the evaluation stops at the end of its life.
enum class RefreshPolicy { None, Replace, Cap };

struct BuildPhase
{
    int month = 0;
    double share = 1.0;
};

struct ClusterInputs
{
    std::string card;
    int cards = 0;
    std::string server; // empty: the card's standard server
    double rackPowerKw = 20.0;
    int rackUnits = 42;
    double availability = 0.97;
    std::string storage; // empty: none
    double storagePb = 0.0;
    double floorM2PerRack = 2.5;
    std::vector<BuildPhase> phases; // empty: everything at month 0
};

struct NetworkInputs
{
    std::string fabric;
    double oversubscription = 1.0;
    double nicsPerCard = 1.0; // rail-optimized: one NIC per card; 0: no scale-out fabric
};

struct SiteInputs
{
    std::string region;
    double powerPriceCnyPerKwh = 0.0;
    double powerPriceGrowthPerYear = 0.0;
    double pue = 1.3;
    double pueLimit = 0.0;
    double gridCapacityKw = 0.0;         // 0: unlimited
    double energyQuotaMwhPerYear = 0.0;  // 0: not binding
    double carbonKgPerKwh = 0.0;
    double greenPowerShare = 0.0;
    double facilityCapexCnyPerKw = 0.0;
};

struct Segment
{
    std::string name;
    double share = 0.0;
    double utilization = 0.0;
    int rampMonths = 0;
    RampShape rampShape = RampShape::Linear;
    double priceFactor = 1.0;
};

struct DemandInputs
{
    double listPriceCnyPerCardHour = 0.0;
    double priceDeclinePerYear = 0.1;
    double introDiscount = 0.0;
    int introMonths = 0;
    std::vector<Segment> segments;
};

struct FinanceInputs
{
    double discountRate = 0.08;
    double taxRate = 0.25;
    double installationShare = 0.05;
    double capexOverrun = 0.0; // every capex item × (1 + overrun): budget risk
    double softwareCapexCny = 0.0;
    double maintenancePerYear = 0.03;
    double staffCnyPerYear = 0.0;
    double bandwidthCnyPerYear = 0.0;
    double rentCnyPerYear = 0.0;
    double insurancePerYear = 0.003;
    double equipmentLifeYears = 5.0;
    double facilityLifeYears = 20.0;
    double equipmentSalvageShare = 0.05;
    double capexGrantShare = 0.0;
    RefreshPolicy refreshPolicy = RefreshPolicy::None;
    int constructionMonths = 0; // 建设期: months from the start of construction to operation
    double refreshPriceFactor = 1.0; // a replacement's price against the original's
    double electricitySubsidyCnyPerKwh = 0.0;
    double operatingSubsidyCnyPerYear = 0.0;
    double operatingSubsidyYears = 0.0;
    double debtShare = 0.0;
    double interestRate = 0.045;
    double debtTermYears = 5.0;
};

struct TrainingInputs
{
    double params = 7e10;
    double tokens = 2e12;
    int cards = 0;                    // 0: all cards of the cluster
    std::optional<double> mfu;        // empty: "auto", the default MFU model
    double flopsPerParamToken = 6.0;
    double interruptionsPerGpuDay = 4.7e-4;
    double restartHours = 0.25;
    double checkpointIntervalHours = 1.0;
    double checkpointWriteMinutes = 1.0;
    double targetDays = 30.0;
};

// How the scenario's Monte Carlo is run (decisions/montecarlo.h): stored with the scenario so
// that the planner's distributions survive saving. The engine itself never reads it. Values
// are in each input's own unit; `min`/`max` may be ±infinity for an unbounded normal.
struct UncertainInputSpec
{
    std::string key;          // a lever key (decisions/levers.h)
    std::string distribution; // "uniform", "triangular", "pert", "normal", "lognormal"
    double min = 0;
    double mode = 0;          // the mode; the mean of a normal, the median of a lognormal
    double max = 0;
    double spread = 0;        // σ of a normal, σ of the logarithm of a lognormal
    bool operator==(const UncertainInputSpec &) const = default;
};

struct RiskInputs
{
    // Empty: the default spreads around the scenario's own values (defaultUncertainty).
    std::vector<UncertainInputSpec> inputs;
    long draws = 10000;
    unsigned long long seed = 1;
    double utilizationPriceCorrelation = 0;
    double targetPaybackMonths = 60; // also P(payback within it); 0: none
    bool operator==(const RiskInputs &) const = default;
};

struct Scenario
{
    std::string name;
    std::string description;
    int horizonMonths = 120;
    ClusterInputs cluster;
    NetworkInputs network;
    SiteInputs site;
    DemandInputs demand;
    FinanceInputs finance;
    TrainingInputs training;
    RiskInputs risk;
};

} // namespace ccp
