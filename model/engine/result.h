// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything evaluate() computes for one scenario. Plain values; figures that cross the edge
// carry their unit in their name. Money stays Money.

#include "money.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ccp {

struct NetworkResult
{
    int tiers = 0;              // 0 when there is no scale-out fabric
    long endpoints = 0;
    int leafDownPorts = 0;      // per leaf switch
    int leafUpPorts = 0;
    long leafSwitches = 0;      // edge switches in a 3-tier tree
    long spineSwitches = 0;     // aggregation switches in a 3-tier tree
    long coreSwitches = 0;
    long nodeLinks = 0;         // NIC to leaf
    long leafSpineLinks = 0;
    long spineCoreLinks = 0;
    long links = 0;
    long transceivers = 0;
    long cables = 0;
    long nics = 0;
    long maxEndpoints = 0;      // capacity of the chosen topology
    double powerKw = 0;
    Money switchCapex;
    Money nicCapex;
    Money opticsCapex;          // transceivers and cables
    Money capex() const { return switchCapex + nicCapex + opticsCapex; }
    int rackUnits = 0;
};

struct SizingResult
{
    int cards = 0;
    int servers = 0;
    int serversPerRack = 0;
    int computeRacks = 0;
    int networkRacks = 0;
    int storageRacks = 0;
    int racks = 0;
    double rackDensityKw = 0;   // provisioned kW per compute rack
    double floorAreaM2 = 0;
    double serverItKw = 0;      // provisioned (max) power of the servers
    double storageKw = 0;
    double itPowerKw = 0;       // provisioned IT power
    double facilityPowerKw = 0; // provisioned IT × PUE
    double itPowerSteadyKw = 0; // drawn at steady-state utilization
    double facilityPowerSteadyKw = 0;
    double annualEnergyMwh = 0; // facility energy in the steady-state year
    double annualCo2Tonnes = 0;
    NetworkResult network;
};

struct TrainingResult
{
    int cards = 0;
    double flops = 0;
    std::optional<double> days;      // empty when the job never completes
    std::optional<double> gpuHours;
    std::optional<double> energyMwh;
    std::optional<Money> cost;
    bool meetsTarget = false;
    double memoryNeededGb = 0;  // weights + gradients + optimizer state (16 bytes/param)
    double memoryAvailableGb = 0;
};

// Whether the inference deployment can be served, or why not (docs/methodology.md, "Inference").
enum class InferenceFit {
    NoModel,             // no inference model chosen
    Fits,
    NeedsMoe,            // expert parallelism above 1 for a dense model
    ContextTooLong,      // input + output tokens exceed the model's context
    LargerThanCluster,   // the deployment needs more cards than the cluster has
    NeedsFabric,         // expert parallelism across servers, but no scale-out fabric
    WeightsTooLarge,     // the weights and workspace alone exceed the usable memory per card
    BatchTooLarge,       // the chosen batch's KV cache does not fit
};

// Serving throughput of the inference deployment: continuous batching, an iteration decodes one
// token of every request in the batch and prefills the prompts of the requests that replace
// finished ones. Throughput and latency figures are 0 unless `fit` is Fits.
struct InferenceResult
{
    InferenceFit fit = InferenceFit::NoModel;
    bool fits() const { return fit == InferenceFit::Fits; }
    int deploymentCards = 0;     // tensor parallel × expert parallel
    int deploymentServers = 0;   // servers that hold one deployment
    long deployments = 0;        // whole deployments the cluster holds
    double usableGbPerCard = 0;  // card memory × memory utilization
    double weightsGbPerCard = 0;
    double workspaceGbPerCard = 0; // activations of a prefill chunk
    double kvGbPerRequestPerCard = 0; // at the full context, input + output
    int maxBatch = 0;            // largest batch whose KV cache fits
    int batch = 0;               // the batch served
    bool batchIsAuto = true;
    bool precisionPublished = true; // the developer publishes the weights at that precision
    bool meetsLatency = false;   // TTFT and TPOT within their targets at `batch`
    double ttftS = 0;
    double tpotMs = 0;
    bool decodeMemoryBound = false; // the iteration is bound by memory bandwidth, not compute
    double inputTokensPerSPerCard = 0;
    double outputTokensPerSPerCard = 0;
    double inputTokensPerSPerServer = 0;
    double outputTokensPerSPerServer = 0;
    double tokensPerSPerMw = 0;  // input + output per MW of provisioned facility power
    double tokensPerCardHour = 0; // input + output
};

struct PerformanceResult
{
    double nameplatePflopsBf16 = 0;
    std::optional<double> nameplatePflopsFp8; // empty when the card publishes no FP8 rate
    double availablePflops = 0; // × availability
    double soldPflops = 0;      // × steady-state utilization
    double effectivePflops = 0; // × MFU × goodput: useful
    double mfu = 0;
    bool mfuIsModel = true;     // false when the user overrode it
    double goodput = 0;
    double steadyUtilization = 0;
    TrainingResult training;
    InferenceResult inference;
};

struct MonthRow
{
    int month = 0;
    double utilization = 0;     // sold share of available capacity
    double cardsInstalled = 0;
    double cardHoursSold = 0;
    double priceCnyPerCardHour = 0; // list price of the month after decline and discount
    Money revenue;
    Money subsidy;              // operating + electricity subsidies
    Money opex;                 // all operating costs, energy included
    Money energy;
    Money capex;
    Money grant;
    Money depreciation;
    Money tax;
    Money residual;
    Money maasRevenue;          // of revenue: tokens sold by MaaS segments
    double tokensServed = 0;    // input + output tokens sold by MaaS segments
    Money cashFlow;             // project (unlevered) net cash flow
    Money cumulative;
    Money equityCashFlow;       // after debt draws and debt service, tax with interest shield
    Money interest;             // interest paid in the month (equity view)
    Money debtService;          // scheduled interest and principal (equity view; not the balloon at H)
    Money equityTax;            // income tax of the equity view (interest deducted)
    Money debtDraw;             // borrowed in the month (equity view)
    Money principal;            // principal repaid in the month, the balloon at H included
    Money debtBalance;          // owed at the end of the month, capitalized interest included
    Money capitalizedInterest;  // interest added to the debt in the month (建设期利息)
    Money interestDepreciation; // depreciation of the capitalized interest (equity view's tax)
    // VAT (增值税), zero unless finance.apply_vat: every other amount is net of VAT (不含税).
    Money outputVat;            // 销项税额: on the month's revenue
    Money inputVat;             // 进项税额: on the month's capex and VAT-able opex
    Money vatPaid;              // 应纳增值税: output − input − credit, when positive
    Money surtax;               // 附加税 on the VAT paid (税金及附加; deducted from profit)
    Money vatCredit;            // 留抵: input VAT carried forward at the end of the month
    Money workingCapital;       // 流动资金 invested (+) or recovered (−) in the month
    Money capexInputVat;        // the part of inputVat paid on the month's capex
    double energyMwh = 0;
};

struct YearRow
{
    int year = 0; // 1-based operating year; year 0 holds month 0
    Money revenue, opex, energy, capex, tax, cashFlow, cumulative;
    double utilization = 0; // mean of the year's months
};

struct CapexBreakdown
{
    Money servers, network, storage, facility, installation, software;
    Money spares; // spare equipment (servers, network, storage) bought with each phase
    Money land;   // land use right
    Money total() const
    {
        return servers + network + storage + facility + installation + software + spares + land;
    }
};

struct OpexBreakdown // steady-state year
{
    Money energy, maintenance, staff, bandwidth, rent, insurance;
    Money total() const { return energy + maintenance + staff + bandwidth + rent + insurance; }
};

struct FinanceResult
{
    CapexBreakdown capex;
    OpexBreakdown opexSteadyYear;
    Money revenueSteadyYear;
    std::optional<double> ebitdaMarginSteadyYear; // empty without revenue in the steady year
    int steadyYear = 1;
    Money npv;
    std::optional<double> irr;          // annualized; empty when no root
    std::vector<double> irrRoots;       // every annualized root found, ascending
    std::optional<double> paybackMonths;
    std::optional<double> discountedPaybackMonths;
    Money constructionInterest; // 建设期利息: interest capitalized during construction (equity view)
    // The feasibility study's (可研) indicators, per operating year (docs/contract.md §6.5):
    std::optional<double> roi;                 // 总投资收益率: mean yearly EBIT / total investment
    std::optional<double> roe;                 // 资本金净利润率: mean yearly net profit / equity capital
    std::optional<double> interestCoverageMin; // 利息备付率: least EBIT / interest of a year with interest
    std::optional<double> dscrMin;             // 偿债备付率: least (EBITDA − tax) / debt service
    std::optional<double> breakevenCapacityUtilization; // 盈亏平衡点: fixed / (revenue − variable), steady year
    std::optional<double> debtRatioMax;        // 资产负债率: largest year-end liabilities / assets
    std::optional<double> breakevenUtilization;  // steady-state utilization with NPV = 0
    std::optional<double> breakevenPriceCnyPerCardHour; // list price with NPV = 0
    std::optional<double> lcocCnyPerCardHour;       // levelized cost per card-hour sold
    std::optional<double> costPerEffectivePflopDay; // per PFLOP-day of useful compute
    // Inference (MaaS): cost per million tokens served (input + output, and output alone) at the
    // levelized cost per card-hour; the tokens' realized price, their gross margin at that
    // cost and against renting the same card-hours; the factor of every token price with
    // NPV = 0 and the blended price per million tokens it gives.
    std::optional<double> costPerMillionTokensCny;
    std::optional<double> costPerMillionOutputTokensCny;
    std::optional<double> maasPriceCnyPerMillionTokens;
    std::optional<double> maasGrossMargin;
    std::optional<double> maasMarginOverRental;
    std::optional<double> breakevenTokenPriceFactor;
    std::optional<double> breakevenTokenPriceCnyPerMillionTokens;
    Money maasRevenue;                  // over the horizon
    double tokensServed = 0;            // input + output over the horizon
    Money tco;                          // undiscounted capex + opex over the horizon
    Money equityNpv;
    std::optional<double> equityIrr;
    Money totalRevenue;
    Money totalTax;
};

enum class WarningCode {
    RackBelowOneServer,
    LiquidCoolingNeeded,
    GridCapacityExceeded,
    EnergyQuotaExceeded,
    PueAboveHubLimit,
    SeveralIrrRoots,
    NoIrr,
    PaybackOutsideHorizon,
    FabricTooSmall,
    TrainingMissesTarget,
    TrainingMemoryTooSmall,
    RackOccupancyBelowPolicy,
    SteadyYearClamped,
    InferenceDoesNotFit,     // MaaS segments, but the model cannot be served as deployed
    InferenceMissesLatency,  // the batch served misses the TTFT or TPOT target
    InferencePrecisionUnpublished, // the model's developer publishes no weights at that precision
};

// Why a figure is undefined (null in JSON, "—" on screen).
enum class UndefinedReason {
    NoCardHoursSold,      // nothing is sold over the horizon
    NoUsefulCompute,      // sold card-hours deliver no useful compute (MFU × goodput × peak = 0)
    NoSteadyYearRevenue,  // the steady year has no revenue
    NoSignChange,         // the cash flows never change sign: no rate zeroes the NPV
    NoRootInRange,        // the NPV has no root between −99% and 10,000% a year
    NotPaidBack,          // the cumulative cash flow stays negative over the horizon
    NoDemand,             // no customer segment buys anything
    NotReachable,         // even 100% utilization leaves the NPV negative
    NoRevenue,            // nothing is sold, so no price helps
    JobNeverCompletes,    // interruptions outpace checkpoints, or the compute rate is zero
    NoDebt,               // nothing is borrowed: no interest or debt service to cover
    NoOperatingYear,      // the horizon holds no whole year of operation
    NoContribution,       // revenue does not exceed the variable cost: no sales volume breaks even
    NoInferenceModel,     // no inference model chosen
    InferenceDoesNotFit,  // the model cannot be served on the chosen cards and parallelism
    NoMaasSegment,        // no segment sells tokens
    NoCardHourSales,      // every card-hour goes to tokens: the card-hour price changes nothing
    NoFp8Rate,            // the card publishes no FP8 rate (fp8_tflops 0)
};

struct UndefinedFigure
{
    const char *key;      // the figure's dotted key in eval --json ("finance.irr")
    UndefinedReason reason;
};

struct Warning
{
    WarningCode code;
    double value = 0; // the offending figure
    double limit = 0; // the limit it crosses
};

// One line item of a yearly financial statement (docs/contract.md §6.6): its key in eval --json
// (amounts end in _cny) and its amount in each year of Statements::years.
struct StatementLine
{
    const char *key = "";
    int level = 1;             // 0: a total; 1: an item; 2: an item of the level-1 line above
    std::vector<Money> values; // one per year
};

struct Statement
{
    const char *key = "";      // "project_cash_flow" …
    std::vector<StatementLine> lines;

    const StatementLine *line(std::string_view k) const
    {
        for (const StatementLine &l : lines)
            if (k == l.key)
                return &l;
        return nullptr;
    }
};

// The six yearly statements of a feasibility study (可研), in its order: project investment
// cash flow, equity cash flow, income, debt service, financial plan, balance sheet.
struct Statements
{
    std::vector<int> years;    // 0 (month 0), then 1 … ⌈H/12⌉ as in Result::yearly
    std::vector<Statement> tables;

    const Statement *find(std::string_view k) const
    {
        for (const Statement &s : tables)
            if (k == s.key)
                return &s;
        return nullptr;
    }
};

struct Result
{
    SizingResult sizing;
    PerformanceResult performance;
    FinanceResult finance;
    std::vector<MonthRow> monthly; // months 0..horizon
    std::vector<YearRow> yearly;   // year 0 (month 0) then each operating year
    Statements statements;         // the feasibility study's yearly statements
    std::vector<Warning> warnings;
    std::vector<UndefinedFigure> undefined; // every empty optional figure above, with its reason
};

// Keeps the figures (sizing, performance, finance, warnings, undefined) and frees the monthly
// and yearly rows and the statements: what a comparison of many scenarios keeps of those it
// does not draw, so that its memory stays that of a few results however many scenarios.
inline void dropRows(Result &r)
{
    std::vector<MonthRow>().swap(r.monthly);
    std::vector<YearRow>().swap(r.yearly);
    r.statements = Statements();
}

} // namespace ccp
