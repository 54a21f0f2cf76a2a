// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include "fieldlabels.h"
#include "format.h"
#include "messages.h"
#include "warnings.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ccp {

std::vector<KeyFigure> ReportFormat::keyFigures(const Scenario &s, const Result &r)
{
    const FinanceResult &f = r.finance;
    const PerformanceResult &p = r.performance;
    const SizingResult &z = r.sizing;
    std::vector<KeyFigure> figures = {
        {tr("Capital expenditure"), Format::money(f.capex.total().cnyValue())},
        {tr("Net present value (NPV at %1)").arg(Format::percent(s.finance.discountRate)),
         Format::money(f.npv.cnyValue())},
        {tr("Internal rate of return (IRR)"), Format::percent(f.irr)},
        {tr("Payback"), Format::years(f.paybackMonths)},
        {tr("Discounted payback"), Format::years(f.discountedPaybackMonths)},
        {tr("Breakeven utilization (NPV = 0)"), Format::percent(f.breakevenUtilization)},
        {tr("Planned steady-state utilization"), Format::percent(p.steadyUtilization)},
        {tr("Nameplate compute (BF16 dense)"), tr("%1 PFLOPS").arg(Format::number(p.nameplatePflopsBf16, 1))},
        {tr("Effective compute (est.)"), tr("%1 PFLOPS").arg(Format::number(p.effectivePflops, 1))},
        {tr("IT power (provisioned)"), tr("%1 MW").arg(Format::number(z.itPowerKw / 1000.0, 2))},
        {tr("Facility power (provisioned)"), tr("%1 MW").arg(Format::number(z.facilityPowerKw / 1000.0, 2))},
        {tr("Levelized cost per card-hour (LCOC)"),
         f.lcocCnyPerCardHour ? tr("%1 CNY").arg(Format::number(*f.lcocCnyPerCardHour, 2)) : Format::undefined()},
    };
    // The reason of each undefined figure, for a note under the table.
    const std::pair<int, const char *> keys[] = {{2, "finance.irr"},
                                                 {3, "finance.payback_months"},
                                                 {4, "finance.discounted_payback_months"},
                                                 {5, "finance.breakeven_utilization"},
                                                 {11, "finance.lcoc_cny_per_card_hour"}};
    for (const auto &[row, key] : keys)
        figures[std::size_t(row)].note = Messages::undefinedReason(r, key);
    return figures;
}

QString ReportFormat::verdict(const Scenario &s, const Result &r)
{
    const FinanceResult &f = r.finance;
    const QString horizon = QLocale().toString(s.horizonMonths / 12.0, 'f', s.horizonMonths % 12 ? 1 : 0);
    QString first;
    if (f.paybackMonths) {
        if (f.irr) {
            const QString rel = *f.irr >= s.finance.discountRate
                                    ? tr("above the discount rate of %1").arg(Format::percent(s.finance.discountRate))
                                    : tr("below the discount rate of %1").arg(Format::percent(s.finance.discountRate));
            first = tr("The center pays back in %1 with an IRR of %2, %3; the NPV is %4.")
                        .arg(Format::years(f.paybackMonths), Format::percent(f.irr), rel, Format::money(f.npv.cnyValue()));
        } else {
            first = tr("The center pays back in %1, but no IRR exists; the NPV is %2.")
                        .arg(Format::years(f.paybackMonths), Format::money(f.npv.cnyValue()));
        }
    } else {
        first = tr("The center does not pay back within the horizon of %1 years; the NPV is %2.")
                    .arg(horizon, Format::money(f.npv.cnyValue()));
    }
    QString second;
    const double planned = r.performance.steadyUtilization;
    if (f.breakevenUtilization) {
        const double margin = (planned - *f.breakevenUtilization) * 100.0;
        second = margin >= 0
                     ? tr("It breaks even at a steady-state utilization of %1 against the planned %2, "
                          "a margin of %3 percentage points.")
                           .arg(Format::percent(f.breakevenUtilization), Format::percent(planned),
                                Format::number(margin, 1))
                     : tr("It would need a steady-state utilization of %1 to break even; %2 is planned, "
                          "%3 percentage points short.")
                           .arg(Format::percent(f.breakevenUtilization), Format::percent(planned),
                                Format::number(-margin, 1));
    } else {
        second = tr("Even at full utilization the NPV stays negative (planned utilization %1).")
                     .arg(Format::percent(planned));
    }
    QString verdict = first + QLatin1Char(' ') + second;
    if (const std::vector<Warning> broken = brokenHardLimits(r); !broken.empty()) {
        QStringList why;
        for (const Warning &w : broken)
            why << Messages::warningTitle(w.code);
        verdict = tr("Not feasible as planned: %1. The figures below assume it could be built and "
                     "run.").arg(why.join(QStringLiteral("; ")))
                  + QLatin1Char(' ') + verdict;
    }
    return verdict;
}

bool ReportFormat::hasInference(const Scenario &s)
{
    return !s.inference.model.empty()
           || std::any_of(s.demand.segments.begin(), s.demand.segments.end(),
                          [](const Segment &g) { return g.kind == SegmentKind::Maas; });
}

namespace {

// A row whose value is defined: formatted with `decimals`, the number kept for exports.
FigureRow defined(const char *key, const QString &label, double v, int decimals,
                  const QString &unit)
{
    return {key, label, decimals < 0 ? Format::integer(v) : Format::number(v, decimals), unit, v,
            {}};
}

// A row that may be undefined: "—" and the engine's reason when `v` is empty.
FigureRow optionalRow(const Result &r, const char *key, const QString &label,
                      std::optional<double> v, int decimals, const QString &unit)
{
    if (v)
        return defined(key, label, *v, decimals, unit);
    return {key, label, Format::undefined(), unit, std::nullopt, Messages::undefinedReason(r, key)};
}

} // namespace

std::vector<FigureRow> ReportFormat::inferenceFigures(const Scenario &s, const Result &r)
{
    const InferenceResult &i = r.performance.inference;
    const bool planned = i.fit != InferenceFit::NoModel;
    const QString notServed = Messages::undefinedReason(
        i.fit == InferenceFit::NoModel ? UndefinedReason::NoInferenceModel
                                       : UndefinedReason::InferenceDoesNotFit);
    // Served figures exist only when the deployment fits; sizes once a model is chosen.
    const auto served = [&](const char *key, const QString &label, double v, int decimals,
                            const QString &unit) {
        return optionalRow(r, key, label, i.fits() ? std::optional<double>(v) : std::nullopt,
                           decimals, unit);
    };
    const auto sized = [&](const char *key, const QString &label, double v, int decimals,
                           const QString &unit) {
        if (planned && v > 0)
            return defined(key, label, v, decimals, unit);
        return FigureRow{key, label, Format::undefined(), unit, std::nullopt, notServed};
    };
    const QString yes = tr("yes"), no = tr("no");
    FigureRow fit{"performance.inference.fits", tr("Deployment fits"), yes, {}, std::nullopt, {}};
    if (!planned) {
        fit.value = Format::undefined();
        fit.note = Messages::undefinedReason(UndefinedReason::NoInferenceModel);
    } else if (!i.fits()) {
        fit.value = tr("no: %1").arg(Messages::inferenceFit(i.fit));
    }
    FigureRow batch = served("performance.inference.batch", tr("Batch served"), i.batch, -1,
                             FieldLabels::unit("request"));
    if (i.fits())
        batch.value = i.batchIsAuto ? tr("%1 (auto)").arg(batch.value)
                                    : tr("%1 (input)").arg(batch.value);
    FigureRow latency{"performance.inference.meets_latency", tr("Meets the latency targets"),
                      i.meetsLatency ? yes : no, {}, std::nullopt, {}};
    if (!i.fits()) {
        latency.value = Format::undefined();
        latency.note = notServed;
    } else {
        latency.value = tr("%1 (TTFT ≤ %2 s, TPOT ≤ %3 ms)")
                            .arg(latency.value, Format::significant(s.inference.ttftTargetS),
                                 Format::significant(s.inference.tpotTargetMs));
    }
    const QString tps = tr("tokens/s");
    return {
        fit,
        sized("performance.inference.deployment_cards", tr("Cards per deployment"),
              i.deploymentCards, -1, FieldLabels::unit("card")),
        sized("performance.inference.deployment_servers", tr("Servers per deployment"),
              i.deploymentServers, -1, tr("servers")),
        sized("performance.inference.deployments", tr("Deployments in the cluster"),
              double(i.deployments), -1, {}),
        sized("performance.inference.weights_gb_per_card", tr("Weights per card"),
              i.weightsGbPerCard, 1, FieldLabels::unit("GB")),
        sized("performance.inference.kv_cache_gb_per_request_per_card",
              tr("KV cache per request per card"), i.kvGbPerRequestPerCard, 3,
              FieldLabels::unit("GB")),
        sized("performance.inference.usable_memory_gb_per_card", tr("Usable memory per card"),
              i.usableGbPerCard, 1, FieldLabels::unit("GB")),
        served("performance.inference.max_batch", tr("Largest batch that fits"), i.maxBatch, -1,
               FieldLabels::unit("request")),
        batch,
        served("performance.inference.ttft_s", tr("Time to first token (TTFT)"), i.ttftS, 2,
               FieldLabels::unit("s")),
        served("performance.inference.tpot_ms", tr("Time per output token (TPOT)"), i.tpotMs, 1,
               FieldLabels::unit("ms")),
        latency,
        served("performance.inference.input_tokens_per_s_per_card", tr("Input tokens per card"),
               i.inputTokensPerSPerCard, -1, tps),
        served("performance.inference.output_tokens_per_s_per_card", tr("Output tokens per card"),
               i.outputTokensPerSPerCard, -1, tps),
        served("performance.inference.input_tokens_per_s_per_server",
               tr("Input tokens per server"), i.inputTokensPerSPerServer, -1, tps),
        served("performance.inference.output_tokens_per_s_per_server",
               tr("Output tokens per server"), i.outputTokensPerSPerServer, -1, tps),
        served("performance.inference.tokens_per_s_per_mw", tr("Tokens per MW (input + output)"),
               i.tokensPerSPerMw, -1, tr("tokens/s per MW")),
    };
}

std::vector<FigureRow> ReportFormat::maasFigures(const Scenario &s, const Result &r)
{
    const FinanceResult &f = r.finance;
    const QString perMtok = FieldLabels::unit("CNY/Mtok");
    const auto pct = [&](const char *key, const QString &label, std::optional<double> v) {
        // The value carries its percent sign; the data keep the fraction.
        FigureRow row = optionalRow(r, key, label, v, 1, {});
        if (v)
            row.value = Format::percent(v);
        row.percent = true;
        return row;
    };
    return {
        optionalRow(r, "finance.cost_per_million_tokens_cny",
                    tr("Cost per million tokens (levelized)"), f.costPerMillionTokensCny, 2,
                    perMtok),
        optionalRow(r, "finance.cost_per_million_output_tokens_cny",
                    tr("Cost per million output tokens (levelized)"),
                    f.costPerMillionOutputTokensCny, 2, perMtok),
        optionalRow(r, "finance.maas_price_cny_per_million_tokens",
                    tr("Realized price per million tokens (net of VAT)"),
                    f.maasPriceCnyPerMillionTokens, 2, perMtok),
        pct("finance.maas_gross_margin", tr("MaaS gross margin"), f.maasGrossMargin),
        pct("finance.maas_margin_over_rental", tr("MaaS margin over renting the same cards"),
            f.maasMarginOverRental),
        optionalRow(r, "finance.breakeven_token_price_cny_per_million_tokens",
                    // Comparable with the token price inputs: with VAT when they include it.
                    s.finance.pricesIncludeVat ? tr("Breakeven token price (incl. VAT)")
                                               : tr("Breakeven token price"),
                    f.breakevenTokenPriceCnyPerMillionTokens, 2,
                    perMtok),
        optionalRow(r, "finance.breakeven_token_price_factor",
                    tr("Breakeven token price as a factor of today's prices"),
                    f.breakevenTokenPriceFactor, 2, tr("×")),
        defined("finance.tokens_served", tr("Tokens served over the horizon"),
                f.tokensServed / 1e12, 2, tr("trillion tokens")),
        defined("finance.maas_revenue_cny", tr("MaaS revenue over the horizon"),
                f.maasRevenue.cnyValue() / 1e6, 1, tr("million CNY")),
    };
}

} // namespace ccp
