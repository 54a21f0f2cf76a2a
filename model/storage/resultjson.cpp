// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultjson.h"

#include "scenariojson.h"
#include "warnings.h"

#include <QJsonArray>

namespace ccp {

namespace {

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<Money> &v)
{
    return v ? QJsonValue(v->cnyValue()) : QJsonValue(QJsonValue::Null);
}

QLatin1String key(const char *k) { return QLatin1String(k); }

// The reason of an undefined figure in the contract's words (docs/contract.md, §7).
QString undefinedText(std::string_view figure, UndefinedReason reason)
{
    const bool equity = figure == "finance.equity_irr";
    switch (reason) {
    case UndefinedReason::NoCardHoursSold: return QStringLiteral("no card-hours are sold");
    case UndefinedReason::NoUsefulCompute:
        return QStringLiteral("the cluster delivers no effective compute");
    case UndefinedReason::NoSteadyYearRevenue:
        return QStringLiteral("no revenue in the steady year");
    case UndefinedReason::NoSignChange:
        return equity ? QStringLiteral("the equity cash flows never change sign")
                      : QStringLiteral("the cash flows never change sign");
    case UndefinedReason::NoRootInRange:
        return QStringLiteral("the NPV has no root between −99% and 10,000% a year");
    case UndefinedReason::NotPaidBack:
        return figure == "finance.discounted_payback_months"
                   ? QStringLiteral("the discounted cumulative cash flow never turns positive "
                                    "within the horizon")
                   : QStringLiteral("the cumulative cash flow never turns positive within the "
                                    "horizon");
    case UndefinedReason::NoDemand: return QStringLiteral("no segment buys any capacity");
    case UndefinedReason::NotReachable:
        return QStringLiteral("the NPV stays negative even at 100% utilization");
    case UndefinedReason::NoRevenue: return QStringLiteral("the revenue is zero at every price");
    case UndefinedReason::JobNeverCompletes:
        return QStringLiteral("the training job makes no progress");
    case UndefinedReason::NoDebt:
        return QStringLiteral("nothing is borrowed, so there is no interest or debt service to cover");
    case UndefinedReason::NoOperatingYear:
        return QStringLiteral("the horizon holds no whole year of operation");
    case UndefinedReason::NoContribution:
        return QStringLiteral("revenue does not exceed the variable cost, so no sales volume breaks even");
    case UndefinedReason::NoInferenceModel: return QStringLiteral("no inference model is chosen");
    case UndefinedReason::InferenceDoesNotFit:
        return QStringLiteral("the inference model cannot be served on the chosen cards and parallelism");
    case UndefinedReason::NoMaasSegment: return QStringLiteral("no segment buys tokens (maas)");
    case UndefinedReason::NoCardHourSales:
        return QStringLiteral("every card-hour sold serves tokens, so the card-hour price changes nothing");
    case UndefinedReason::NoFp8Rate:
        return QStringLiteral("the card has no published FP8 rate");
    }
    return {};
}

const char *fitCode(InferenceFit fit)
{
    switch (fit) {
    case InferenceFit::NoModel: return "no_model";
    case InferenceFit::Fits: return "fits";
    case InferenceFit::NeedsMoe: return "expert_parallel_needs_moe";
    case InferenceFit::ContextTooLong: return "context_too_long";
    case InferenceFit::LargerThanCluster: return "deployment_larger_than_cluster";
    case InferenceFit::NeedsFabric: return "needs_scale_out_fabric";
    case InferenceFit::WeightsTooLarge: return "weights_do_not_fit";
    case InferenceFit::BatchTooLarge: return "batch_does_not_fit";
    }
    return "unknown";
}

// A serving figure: null unless the deployment fits.
QJsonValue served(const InferenceResult &i, double v)
{
    return i.fits() ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}


} // namespace

const char *ResultJson::warningKey(WarningCode c)
{
    switch (c) {
    case WarningCode::RackBelowOneServer: return "rack_below_one_server";
    case WarningCode::LiquidCoolingNeeded: return "liquid_cooling_needed";
    case WarningCode::GridCapacityExceeded: return "grid_capacity_exceeded";
    case WarningCode::EnergyQuotaExceeded: return "energy_quota_exceeded";
    case WarningCode::PueAboveHubLimit: return "pue_above_hub_limit";
    case WarningCode::SeveralIrrRoots: return "several_irr_roots";
    case WarningCode::NoIrr: return "no_irr";
    case WarningCode::PaybackOutsideHorizon: return "payback_outside_horizon";
    case WarningCode::FabricTooSmall: return "fabric_too_small";
    case WarningCode::TrainingMissesTarget: return "training_misses_target";
    case WarningCode::TrainingMemoryTooSmall: return "training_memory_too_small";
    case WarningCode::RackOccupancyBelowPolicy: return "utilization_below_occupancy_rule";
    case WarningCode::SteadyYearClamped: return "steady_year_clamped";
    case WarningCode::InferenceDoesNotFit: return "inference_does_not_fit";
    case WarningCode::InferenceMissesLatency: return "inference_misses_latency";
    case WarningCode::InferencePrecisionUnpublished: return "inference_precision_unpublished";
    }
    return "unknown";
}

QJsonObject ResultJson::write(const Scenario &s, const Result &r)
{
    const SizingResult &z = r.sizing;
    const NetworkResult &n = z.network;
    QJsonObject network{
        {key("tiers"), n.tiers},
        {key("endpoints"), qint64(n.endpoints)},
        {key("leaf_switches"), qint64(n.leafSwitches)},
        {key("spine_switches"), qint64(n.spineSwitches)},
        {key("core_switches"), qint64(n.coreSwitches)},
        {key("links"), qint64(n.links)},
        {key("transceivers"), qint64(n.transceivers)},
        {key("cables"), qint64(n.cables)},
        {key("nics"), qint64(n.nics)},
        {key("leaf_down_ports"), n.leafDownPorts},
        {key("leaf_up_ports"), n.leafUpPorts},
        {key("max_endpoints"), qint64(n.maxEndpoints)},
        {key("power_kw"), n.powerKw},
        {key("capex_cny"), n.capex().cnyValue()},
    };
    QJsonObject sizing{
        {key("cards"), z.cards},
        {key("servers"), z.servers},
        {key("servers_per_rack"), z.serversPerRack},
        {key("racks"), z.racks},
        {key("compute_racks"), z.computeRacks},
        {key("network_racks"), z.networkRacks},
        {key("storage_racks"), z.storageRacks},
        {key("rack_density_kw"), z.rackDensityKw},
        {key("floor_area_m2"), z.floorAreaM2},
        {key("it_power_kw"), z.itPowerKw},
        {key("facility_power_kw"), z.facilityPowerKw},
        {key("it_power_steady_kw"), z.itPowerSteadyKw},
        {key("facility_power_steady_kw"), z.facilityPowerSteadyKw},
        {key("annual_energy_mwh"), z.annualEnergyMwh},
        {key("annual_co2_tonnes"), z.annualCo2Tonnes},
        {key("network"), network},
    };
    const PerformanceResult &p = r.performance;
    const TrainingResult &t = p.training;
    QJsonObject training{
        {key("cards"), t.cards},
        {key("flops"), t.flops},
        {key("days"), optional(t.days)},
        {key("gpu_hours"), optional(t.gpuHours)},
        {key("energy_mwh"), optional(t.energyMwh)},
        {key("cost_cny"), optional(t.cost)},
        {key("meets_target"), t.meetsTarget},
        {key("memory_needed_gb"), t.memoryNeededGb},
        {key("memory_available_gb"), t.memoryAvailableGb},
    };
    const InferenceResult &inf = p.inference;
    QJsonObject inference{
        {key("fits"), inf.fit == InferenceFit::NoModel ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(inf.fits())},
        {key("fit"), QLatin1String(fitCode(inf.fit))},
        {key("precision_published"), inf.precisionPublished},
        {key("deployment_cards"), inf.deploymentCards},
        {key("deployment_servers"), inf.deploymentServers},
        {key("deployments"), qint64(inf.deployments)},
        {key("usable_memory_gb_per_card"), inf.usableGbPerCard},
        {key("weights_gb_per_card"), inf.weightsGbPerCard},
        {key("workspace_gb_per_card"), inf.workspaceGbPerCard},
        {key("kv_cache_gb_per_request_per_card"), inf.kvGbPerRequestPerCard},
        {key("max_batch"), inf.fits() ? QJsonValue(inf.maxBatch) : QJsonValue(QJsonValue::Null)},
        {key("batch"), inf.fits() ? QJsonValue(inf.batch) : QJsonValue(QJsonValue::Null)},
        {key("batch_source"), inf.batchIsAuto ? QStringLiteral("auto") : QStringLiteral("input")},
        {key("meets_latency"), inf.meetsLatency},
        {key("ttft_s"), served(inf, inf.ttftS)},
        {key("tpot_ms"), served(inf, inf.tpotMs)},
        {key("decode_memory_bound"), inf.decodeMemoryBound},
        {key("input_tokens_per_s_per_card"), served(inf, inf.inputTokensPerSPerCard)},
        {key("output_tokens_per_s_per_card"), served(inf, inf.outputTokensPerSPerCard)},
        {key("input_tokens_per_s_per_server"), served(inf, inf.inputTokensPerSPerServer)},
        {key("output_tokens_per_s_per_server"), served(inf, inf.outputTokensPerSPerServer)},
        {key("tokens_per_s_per_mw"), served(inf, inf.tokensPerSPerMw)},
    };
    QJsonObject performance{
        {key("nameplate_pflops_bf16"), p.nameplatePflopsBf16},
        {key("nameplate_pflops_fp8"), optional(p.nameplatePflopsFp8)},
        {key("available_pflops"), p.availablePflops},
        {key("sold_pflops"), p.soldPflops},
        {key("effective_pflops"), p.effectivePflops},
        {key("steady_utilization"), p.steadyUtilization},
        {key("mfu"), p.mfu},
        {key("mfu_source"), p.mfuIsModel ? QStringLiteral("model") : QStringLiteral("input")},
        {key("goodput"), p.goodput},
        {key("training"), training},
        {key("inference"), inference},
    };
    const FinanceResult &f = r.finance;
    QJsonArray roots;
    for (double x : f.irrRoots)
        roots.append(x);
    const CapexBreakdown &c = f.capex;
    QJsonObject capex{
        {key("servers_cny"), c.servers.cnyValue()},
        {key("network_cny"), c.network.cnyValue()},
        {key("storage_cny"), c.storage.cnyValue()},
        {key("facility_cny"), c.facility.cnyValue()},
        {key("installation_cny"), c.installation.cnyValue()},
        {key("software_cny"), c.software.cnyValue()},
        {key("spares_cny"), c.spares.cnyValue()},
        {key("land_cny"), c.land.cnyValue()},
    };
    const OpexBreakdown &o = f.opexSteadyYear;
    QJsonObject opex{
        {key("energy_cny"), o.energy.cnyValue()},
        {key("maintenance_cny"), o.maintenance.cnyValue()},
        {key("staff_cny"), o.staff.cnyValue()},
        {key("bandwidth_cny"), o.bandwidth.cnyValue()},
        {key("rent_cny"), o.rent.cnyValue()},
        {key("insurance_cny"), o.insurance.cnyValue()},
    };
    QJsonObject finance{
        {key("capex_cny"), c.total().cnyValue()},
        {key("capex_breakdown"), capex},
        {key("steady_year"), f.steadyYear},
        {key("revenue_steady_year_cny"), f.revenueSteadyYear.cnyValue()},
        {key("opex_steady_year_cny"), o.total().cnyValue()},
        {key("opex_breakdown_steady_year"), opex},
        {key("ebitda_margin_steady_year"), optional(f.ebitdaMarginSteadyYear)},
        {key("npv_cny"), f.npv.cnyValue()},
        {key("irr"), optional(f.irr)},
        {key("irr_roots"), roots},
        {key("payback_months"), optional(f.paybackMonths)},
        {key("discounted_payback_months"), optional(f.discountedPaybackMonths)},
        {key("construction_interest_cny"), f.constructionInterest.cnyValue()},
        {key("indicators"), QJsonObject{
            {key("roi"), optional(f.roi)},
            {key("roe"), optional(f.roe)},
            {key("interest_coverage"), optional(f.interestCoverageMin)},
            {key("dscr_min"), optional(f.dscrMin)},
            {key("breakeven_capacity_utilization"), optional(f.breakevenCapacityUtilization)},
            {key("debt_ratio_max"), optional(f.debtRatioMax)}}},
        {key("breakeven_utilization"), optional(f.breakevenUtilization)},
        {key("breakeven_price_cny_per_card_hour"), optional(f.breakevenPriceCnyPerCardHour)},
        {key("lcoc_cny_per_card_hour"), optional(f.lcocCnyPerCardHour)},
        {key("cost_per_effective_pflop_day_cny"), optional(f.costPerEffectivePflopDay)},
        {key("cost_per_million_tokens_cny"), optional(f.costPerMillionTokensCny)},
        {key("cost_per_million_output_tokens_cny"), optional(f.costPerMillionOutputTokensCny)},
        {key("maas_price_cny_per_million_tokens"), optional(f.maasPriceCnyPerMillionTokens)},
        {key("maas_gross_margin"), optional(f.maasGrossMargin)},
        {key("maas_margin_over_rental"), optional(f.maasMarginOverRental)},
        {key("breakeven_token_price_factor"), optional(f.breakevenTokenPriceFactor)},
        {key("breakeven_token_price_cny_per_million_tokens"),
         optional(f.breakevenTokenPriceCnyPerMillionTokens)},
        {key("maas_revenue_cny"), f.maasRevenue.cnyValue()},
        {key("tokens_served"), f.tokensServed},
        {key("tco_cny"), f.tco.cnyValue()},
        {key("equity_npv_cny"), f.equityNpv.cnyValue()},
        {key("equity_irr"), optional(f.equityIrr)},
        {key("total_revenue_cny"), f.totalRevenue.cnyValue()},
        {key("total_tax_cny"), f.totalTax.cnyValue()},
    };
    QJsonArray monthly;
    for (const MonthRow &m : r.monthly) {
        monthly.append(QJsonObject{
            {key("month"), m.month},
            {key("utilization"), m.utilization},
            {key("cards_installed"), m.cardsInstalled},
            {key("card_hours_sold"), m.cardHoursSold},
            {key("price_cny_per_card_hour"), m.priceCnyPerCardHour},
            {key("revenue_cny"), m.revenue.cnyValue()},
            {key("maas_revenue_cny"), m.maasRevenue.cnyValue()},
            {key("tokens_served"), m.tokensServed},
            {key("subsidy_cny"), m.subsidy.cnyValue()},
            {key("opex_cny"), m.opex.cnyValue()},
            {key("energy_cny"), m.energy.cnyValue()},
            {key("energy_mwh"), m.energyMwh},
            {key("capex_cny"), m.capex.cnyValue()},
            {key("grant_cny"), m.grant.cnyValue()},
            {key("depreciation_cny"), m.depreciation.cnyValue()},
            {key("tax_cny"), m.tax.cnyValue()},
            {key("residual_cny"), m.residual.cnyValue()},
            {key("cash_flow_cny"), m.cashFlow.cnyValue()},
            {key("cumulative_cny"), m.cumulative.cnyValue()},
            {key("equity_cash_flow_cny"), m.equityCashFlow.cnyValue()},
            {key("output_vat_cny"), m.outputVat.cnyValue()},
            {key("input_vat_cny"), m.inputVat.cnyValue()},
            {key("vat_paid_cny"), m.vatPaid.cnyValue()},
            {key("surtax_cny"), m.surtax.cnyValue()},
            {key("vat_credit_cny"), m.vatCredit.cnyValue()},
            {key("working_capital_cny"), m.workingCapital.cnyValue()},
        });
    }
    // Each statement an array of years, one object per year with a key per line item.
    QJsonObject statements;
    for (const Statement &st : r.statements.tables) {
        QJsonArray rows;
        for (std::size_t y = 0; y < r.statements.years.size(); ++y) {
            QJsonObject row{{key("year"), r.statements.years[y]}};
            for (const StatementLine &l : st.lines)
                row.insert(QLatin1String(l.key), l.values[y].cnyValue());
            rows.append(row);
        }
        statements.insert(QLatin1String(st.key), rows);
    }
    QJsonArray warnings;
    for (const Warning &w : r.warnings) {
        warnings.append(QJsonObject{{key("code"), QLatin1String(warningKey(w.code))},
                                    {key("value"), w.value},
                                    {key("limit"), w.limit}});
    }
    // Feasible unless a hard limit is broken (grid, energy quota, PUE limit, job memory).
    QJsonArray infeasible;
    for (const Warning &w : brokenHardLimits(r))
        infeasible.append(QLatin1String(warningKey(w.code)));
    QJsonObject undefined;
    for (const UndefinedFigure &u : r.undefined)
        undefined.insert(QLatin1String(u.key), undefinedText(u.key, u.reason));
    return QJsonObject{
        {key("scenario"), QString::fromStdString(s.name)},
        {key("inputs"), ScenarioJson::writeScenario(s)},
        {key("sizing"), sizing},
        {key("performance"), performance},
        {key("finance"), finance},
        {key("monthly"), monthly},
        {key("statements"), statements},
        {key("warnings"), warnings},
        {key("feasible"), infeasible.isEmpty()},
        {key("infeasible_because"), infeasible},
        {key("undefined"), undefined},
    };
}

} // namespace ccp
