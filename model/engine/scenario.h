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

// How a capex grant is taxed (docs/methodology.md, "Grants"): as non-taxable income whose
// assets depreciate on the cost less the grant (财税〔2011〕70号), or as taxable income in the
// month received, the assets depreciating on their whole cost.
enum class GrantTreatment { ReduceBasis, Taxable };

// Whether the center builds its own facility or rents racks in someone else's (colocation).
enum class FacilityMode { Build, Colocation };

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
    FacilityMode facility = FacilityMode::Build;
    double colocationCnyPerKwMonth = 0.0;   // per kW of provisioned IT power, energy excluded
    double colocationCnyPerRackMonth = 0.0; // per rack, energy excluded
    // Two-part tariff (两部制电价): a monthly charge per kW of provisioned facility power.
    double demandChargeCnyPerKwMonth = 0.0;
    // Time-of-use prices (分时电价) as factors of the flat price power_price_cny_per_kwh.
    double touPeakHours = 0.0;   // peak (峰) hours a day
    double touValleyHours = 0.0; // valley (谷) hours a day; the rest is flat (平)
    double touPeakFactor = 1.5;
    double touValleyFactor = 0.5;
    double touLoadShift = 0.0;   // share of the peak-hour energy moved to valley hours
};

// What a customer segment buys: card-hours (rental, or training jobs, billed alike), or tokens of
// the scenario's inference model sold per million (model as a service, MaaS).
enum class SegmentKind { Rental, Training, Maas };

struct Segment
{
    std::string name;
    double share = 0.0;
    double utilization = 0.0;
    int rampMonths = 0;
    RampShape rampShape = RampShape::Linear;
    double priceFactor = 1.0;
    // A contract (docs/methodology.md, "Contracts"): for its term, counted from the start of
    // operation, the price is fixed at the first operating month's list price × price factor
    // and at least take_or_pay of the reserved capacity is billed, whatever is used. After the
    // term the segment renews with this probability at the market price × price factor ×
    // renewal price factor, or its capacity goes back to the market at the list price and
    // after_term_utilization (expected values). 0 months: no contract, the market throughout.
    int contractMonths = 0;
    double takeOrPay = 0.0;
    double renewalProbability = 1.0;
    double renewalPriceFactor = 1.0;
    double afterTermUtilization = 0.0;
    // MaaS (kind maas; docs/methodology.md, "Inference"): the segment's cards serve the
    // inference model for `serving_hours` a day at `utilization` of the deployment's throughput
    // and are rented by the card-hour the rest of the day at `offhours_utilization` (inference
    // by day, training or rental by night). Tokens are sold per million at these prices in the
    // first operating month, falling by `token_price_decline_per_year`.
    double priceInputCnyPerMtok = 0.0;       // input tokens that miss the prefix cache
    double priceCachedInputCnyPerMtok = 0.0; // input tokens that hit it
    double priceOutputCnyPerMtok = 0.0;
    double tokenPriceDeclinePerYear = 0.0;
    double servingHours = 24.0;
    double offhoursUtilization = 0.0;
    SegmentKind kind = SegmentKind::Rental;
    std::string nameZh = {}; // optional: the name shown in a Chinese interface
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
    std::string refreshCard;         // the card bought at refresh; empty: the same card again
    double electricitySubsidyCnyPerKwh = 0.0;
    double operatingSubsidyCnyPerYear = 0.0;
    double operatingSubsidyYears = 0.0;
    double debtShare = 0.0;
    double interestRate = 0.045;
    double debtTermYears = 5.0;
    // VAT (增值税) of a general taxpayer; every rate 0 (the default) means no VAT.
    double vatRateRevenue = 0.0;      // output VAT on revenue: 6% IT services, 13% leasing goods
    double vatRateEquipment = 0.0;    // input VAT on servers, network, storage, software: 13%
    double vatRateConstruction = 0.0; // input VAT on the facility: 9% construction services
    double vatRateOpex = 0.0;         // input VAT on energy, maintenance, bandwidth, rent: 13%
    double surtaxRate = 0.12;         // 附加税 on the VAT paid: 7% + 3% + 2%
    bool pricesIncludeVat = false;    // price inputs are gross (含税) rather than net (不含税)
    bool oneTimeDeduction = false;    // equipment ≤ ¥5M a unit expensed for income tax at once
    bool vatCreditRefund = false;     // 留抵退税: input VAT in excess refunded, not carried
    GrantTreatment grantTreatment = GrantTreatment::ReduceBasis;
    double workingCapitalShare = 0.0; // 流动资金 as a share of the annualized revenue
    double landCny = 0.0;             // land use right (土地使用权) bought in month 0
    double landTermYears = 50.0;      // amortized over its term
    double maintenanceEscalationPerYear = 0.0; // maintenance grows by this after the warranty
    double warrantyYears = 0.0;                // maintenance is included meanwhile
    double sparesShare = 0.0;                  // spare equipment bought with each phase
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

// The inference deployment that MaaS segments sell (docs/methodology.md, "Inference"): which
// model, at which precision, on how many cards, at which batch, for requests of which length.
struct InferenceInputs
{
    std::string model;              // a catalog model id; empty: no inference
    std::string precision = "bf16"; // weight precision: bf16, fp8, int8 or int4
    int tensorParallel = 8;         // cards that shard every layer of one replica
    int expertParallel = 1;         // tensor-parallel groups the experts are spread over (MoE)
    int batch = 0;                  // concurrent requests per deployment; 0: the largest that
                                    // fits and meets the latency targets
    int inputTokens = 2000;         // per request, prompt
    int outputTokens = 500;         // per request, generated
    double cacheHitShare = 0.0;     // input tokens found in the prefix cache: no prefill compute
    double ttftTargetS = 2.0;       // time to first token
    double tpotTargetMs = 50.0;     // time per output token
    double computeEfficiency = 0.45;   // achieved share of peak FLOP/s
    double bandwidthEfficiency = 0.7;  // achieved share of peak memory bandwidth
    double memoryUtilization = 0.9;    // share of card memory the engine may use
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
    // Optional: the name and description shown in a Chinese interface (example content comes
    // in both languages); empty means "use name / description".
    std::string nameZh;
    std::string descriptionZh;
    int horizonMonths = 120;
    ClusterInputs cluster;
    NetworkInputs network;
    SiteInputs site;
    DemandInputs demand;
    FinanceInputs finance;
    TrainingInputs training;
    InferenceInputs inference;
    RiskInputs risk;
};

} // namespace ccp
