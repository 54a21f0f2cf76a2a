// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"

#include "breakeven.h"
#include "cashflow.h"
#include "costs.h"
#include "demand.h"
#include "finance.h"
#include "indicators.h"
#include "inference.h"
#include "performance.h"
#include "power.h"
#include "sizing.h"
#include "statements.h"
#include "warnings.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ccp {

namespace {

ResolvedRefs resolveOrThrow(const Scenario &s, const Catalog &catalog)
{
    ResolvedRefs refs;
    if (!resolve(s, catalog, refs))
        throw std::invalid_argument("scenario refers to a catalog entry that does not exist");
    return refs;
}

// The refresh policy "cap" ends the evaluation when the equipment's life ends: the same
// scenario with the horizon cut there (never lengthened).
const Scenario &capped(const Scenario &s, Scenario &storage)
{
    if (s.finance.refreshPolicy != RefreshPolicy::Cap)
        return s;
    // The life counts from the start of operation, after the construction period.
    const int life = s.finance.constructionMonths
                     + int(std::ceil(s.finance.equipmentLifeYears * 12.0 - 1e-9));
    if (life >= s.horizonMonths)
        return s;
    storage = s;
    storage.horizonMonths = std::max(1, life);
    return storage;
}

// With prices that include VAT, the scenario's own price inputs converted to net of VAT (不含税)
// at the rate of what they buy or sell; catalog prices are converted in capexBreakdown().
// Staff costs, subsidies and land carry no VAT.
const Scenario &vatNetScenario(const Scenario &s, Scenario &storage)
{
    const FinanceInputs &fin = s.finance;
    if (!fin.pricesIncludeVat)
        return s;
    if (&s != &storage)
        storage = s;
    const double revenue = 1.0 + fin.vatRateRevenue;
    const double opex = 1.0 + fin.vatRateOpex;
    storage.demand.listPriceCnyPerCardHour /= revenue;
    for (Segment &seg : storage.demand.segments) {
        seg.priceInputCnyPerMtok /= revenue;
        seg.priceCachedInputCnyPerMtok /= revenue;
        seg.priceOutputCnyPerMtok /= revenue;
    }
    storage.site.powerPriceCnyPerKwh /= opex;
    storage.site.demandChargeCnyPerKwMonth /= opex;
    storage.site.colocationCnyPerKwMonth /= opex;
    storage.site.colocationCnyPerRackMonth /= opex;
    storage.finance.bandwidthCnyPerYear /= opex;
    storage.finance.rentCnyPerYear /= opex;
    storage.finance.softwareCapexCny /= 1.0 + fin.vatRateEquipment;
    storage.site.facilityCapexCnyPerKw /= 1.0 + fin.vatRateConstruction;
    return storage;
}

// The useful compute of a card-hour of the refresh card against the original's: peak BF16 ×
// software efficiency (MFU and goodput taken as equal). 1 without a refresh card.
double refreshPerformance(const ResolvedRefs &refs)
{
    if (!refs.refreshCard)
        return 1.0;
    const double before = refs.card->bf16Tflops * refs.card->softwareEfficiency;
    const double after = refs.refreshCard->bf16Tflops * refs.refreshCard->softwareEfficiency;
    return before > 0 ? after / before : 1.0;
}

// What the stages after sizing need of the catalog and the sizing, resolved once: every
// re-evaluation of a breakeven reuses it.
struct Stages
{
    ResolvedRefs refs;
    SizingResult z;
    std::vector<BuildPhase> phases;
    double refreshPerformance = 1.0;
    TokenRates tokens;
    CostPlan costs;

    // The project cash flow of `s` with the revenue of `demand` rescaled: card-hour sales by
    // `hourScale`, token sales by `tokenScale`. Prices move neither what is used nor the energy,
    // and every card-hour sale (contract prices included) is proportional to the list price and
    // every token sale to the token prices, so this equals re-evaluating with the prices scaled.
    std::vector<double> flowsAtPrices(const Scenario &s, DemandPath demand, const EnergyPath &energy,
                                      double hourScale, double tokenScale) const
    {
        for (DemandMonth &m : demand.months) {
            const Money hours = m.revenue - m.maasRevenue;
            m.maasRevenue = m.maasRevenue * tokenScale;
            m.maasRentalValue = m.maasRentalValue * hourScale;
            m.revenue = hours * hourScale + m.maasRevenue;
            m.listPriceCnyPerCardHour *= hourScale;
        }
        return projectCashFlow(s, z.cards, demand, energy, costs, CashFlowDetail::FlowsOnly).flows;
    }

    // The project cash flow of `s`, a variant of the scenario these stages were made for that
    // differs only in its demand.
    std::vector<double> flows(const Scenario &s) const
    {
        const DemandPath demand = demandPath(s, z.cards, phases, refreshPerformance, tokens);
        const EnergyPath energy = energyPath(s, *refs.server, z, demand, refs.refreshServer);
        return projectCashFlow(s, z.cards, demand, energy, costs, CashFlowDetail::FlowsOnly).flows;
    }
};

InferenceResult inferenceOf(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z,
                            const Card &card, const Server &server)
{
    InferenceLinks links;
    links.cardsPerServer = server.cardsPerServer;
    links.scaleOutGbyteSPerCard = refs.fabric->portGbps / 8.0 * s.network.nicsPerCard;
    return inferencePerformance(s.inference, refs.model, card, links, z.cards, z.facilityPowerKw);
}

// What a card-hour of the deployment serves; nothing when the model cannot be served (MaaS
// segments then sell no tokens, and a warning says why).
TokenRates tokenRates(const Scenario &s, const Stages &st, const InferenceResult &inf)
{
    TokenRates t;
    if (!inf.fits())
        return t;
    t.inputPerCardHour = inf.inputTokensPerSPerCard * 3600.0;
    t.outputPerCardHour = inf.outputTokensPerSPerCard * 3600.0;
    t.cacheHitShare = s.inference.cacheHitShare;
    if (st.refs.refreshCard) {
        const InferenceResult after = inferenceOf(s, st.refs, st.z, *st.refs.refreshCard,
                                                  *st.refs.refreshServer);
        t.refreshRatio = after.fits() ? after.tokensPerCardHour / inf.tokensPerCardHour : 0.0;
    }
    return t;
}

bool hasMaas(const Scenario &s)
{
    return std::any_of(s.demand.segments.begin(), s.demand.segments.end(),
                       [](const Segment &seg) { return seg.kind == SegmentKind::Maas; });
}

bool hasContracts(const Scenario &s)
{
    return std::any_of(s.demand.segments.begin(), s.demand.segments.end(),
                       [](const Segment &seg) { return seg.contractMonths > 0; });
}

// The x ≥ 0 with NPV(x) = 0 for an NPV rising with x: 0 when NPV(0) ≥ 0 already, empty when
// NPV(hi) stays negative for the largest hi tried (doubling from `hi`, at most to `limit`).
// The NPV is piecewise linear in x (taxes and take-or-pay floors bend it), so the bracketed
// false position of the Illinois method finds the root in a handful of evaluations, where
// bisection needs forty; it stops when the bracket is 1e-11 of hi wide or the NPV within a
// millionth of a yuan.
template<typename Npv>
std::optional<double> rootOfRising(Npv npvAt, double hi, double limit)
{
    double lo = 0, flo = npvAt(0.0);
    if (flo >= 0)
        return 0.0;
    double fhi = npvAt(hi);
    while (fhi < 0) {
        if (hi >= limit)
            return std::nullopt;
        lo = hi;
        flo = fhi;
        hi = std::min(limit, 2.0 * hi);
        fhi = npvAt(hi);
    }
    int side = 0;
    double x = hi;
    for (int i = 0; i < 100 && hi - lo > 1e-11 * hi; ++i) {
        x = (lo * fhi - hi * flo) / (fhi - flo);
        if (!(x > lo && x < hi))
            x = 0.5 * (lo + hi);
        const double fx = npvAt(x);
        if (std::abs(fx) < 1e-6)
            return x;
        if (fx < 0) {
            lo = x;
            flo = fx;
            if (side == -1)
                fhi *= 0.5;
            side = -1;
        } else {
            hi = x;
            fhi = fx;
            if (side == 1)
                flo *= 0.5;
            side = 1;
        }
    }
    return x;
}

// The breakevens found by re-evaluating where the linear form does not hold: a take-or-pay floor
// bills what is not used and a contract's end changes who buys, and tokens are not sold at the
// card-hour price.
// - utilization, with contracts: every segment's utilization scaled by k, as the utilization
//   lever does (model/decisions/levers.cpp), empty when even 1 / U_ss leaves the NPV negative;
// - the card-hour list price, empty when no card-hours are sold for money or no price up to
//   1,000 CNY reaches NPV = 0;
// - the factor of every token price, empty without MaaS segments or beyond 10,000×.
void reevaluatedBreakevens(const Scenario &s, const Stages &st, const DemandPath &demand,
                           const EnergyPath &energy, FinanceResult &f, bool soldByTheHour)
{
    const double steady = demand.steadyUtilization;
    // Without contracts the sales scale with the utilization, tokens included, and without MaaS
    // the revenue scales with the list price: there the linear breakevens already in `f` hold.
    const double rate = monthlyRate(s.finance.discountRate);
    Scenario scaled = s;
    const auto atUtilization = [&](double k) {
        for (std::size_t i = 0; i < scaled.demand.segments.size(); ++i) {
            const Segment &from = s.demand.segments[i];
            Segment &to = scaled.demand.segments[i];
            to.utilization = from.utilization * k;
            to.offhoursUtilization = from.offhoursUtilization * k;
        }
        return npv(st.flows(scaled), rate);
    };
    const double list = s.demand.listPriceCnyPerCardHour;
    if (hasContracts(s) && steady > 0) {
        f.breakevenUtilization = std::nullopt;
        const auto k = rootOfRising(atUtilization, 1.0 / steady, 1.0 / steady);
        if (k)
            f.breakevenUtilization = std::min(1.0, *k * steady);
    }
    if (!hasMaas(s))
        return;
    const auto atPrices = [&](double hours, double tokens) {
        return npv(st.flowsAtPrices(s, demand, energy, hours, tokens), rate);
    };
    f.breakevenPriceCnyPerCardHour = std::nullopt;
    if (soldByTheHour && list > 0) {
        const auto x = rootOfRising([&](double p) { return atPrices(p / list, 1.0); },
                                    std::max(1.0, list), 1000.0);
        if (x)
            f.breakevenPriceCnyPerCardHour = *x;
    }
    f.breakevenTokenPriceFactor = std::nullopt;
    if (st.tokens.inputPerCardHour + st.tokens.outputPerCardHour > 0)
        f.breakevenTokenPriceFactor = rootOfRising([&](double x) { return atPrices(1.0, x); },
                                                   1.0, 1e4);
}

// The MaaS figures of FinanceResult from the demand path (present values at the discount rate).
void maasIndicators(const Scenario &s, const DemandPath &demand, const InferenceResult &inf,
                    FinanceResult &f)
{
    if (inf.fits() && f.lcocCnyPerCardHour && inf.tokensPerCardHour > 0) {
        f.costPerMillionTokensCny = *f.lcocCnyPerCardHour / inf.tokensPerCardHour * 1e6;
        f.costPerMillionOutputTokensCny =
            *f.lcocCnyPerCardHour / (inf.outputTokensPerSPerCard * 3600.0) * 1e6;
    }
    const double v = 1.0 / (1.0 + monthlyRate(s.finance.discountRate));
    double df = 1, revenuePv = 0, tokensPv = 0, hoursPv = 0, rentalPv = 0;
    for (int t = 0; t <= demand.horizon; ++t, df *= v) {
        const DemandMonth &m = demand[t];
        f.maasRevenue += m.maasRevenue;
        f.tokensServed += m.inputTokens + m.outputTokens;
        revenuePv += m.maasRevenue.cnyValue() * df;
        tokensPv += (m.inputTokens + m.outputTokens) * df;
        hoursPv += m.maasCardHours * df;
        rentalPv += m.maasRentalValue.cnyValue() * df;
    }
    if (!(revenuePv > 0))
        return;
    f.maasPriceCnyPerMillionTokens = revenuePv / tokensPv * 1e6;
    f.maasMarginOverRental = 1.0 - rentalPv / revenuePv;
    if (f.lcocCnyPerCardHour)
        f.maasGrossMargin = 1.0 - *f.lcocCnyPerCardHour * hoursPv / revenuePv;
    if (f.breakevenTokenPriceFactor)
        f.breakevenTokenPriceCnyPerMillionTokens =
            *f.breakevenTokenPriceFactor * *f.maasPriceCnyPerMillionTokens;
}

// The scenario as the stages compute it: horizon capped, prices net of VAT.
const Scenario &computed(const Scenario &scenario, Scenario &storage)
{
    return vatNetScenario(capped(scenario, storage), storage);
}

} // namespace

Result evaluate(const Scenario &scenario, const Catalog &catalog, EvaluateOptions options)
{
    Scenario storage;
    const Scenario &s = computed(scenario, storage);
    Stages st;
    st.refs = resolveOrThrow(s, catalog);
    const ResolvedRefs &refs = st.refs;
    Result r;
    st.z = sizeCluster(s, refs);
    st.phases = buildPhases(s);
    st.refreshPerformance = refreshPerformance(refs);
    const InferenceResult inference = inferenceOf(s, refs, st.z, *refs.card, *refs.server);
    st.tokens = tokenRates(s, st, inference);
    st.costs = costPlan(s, refs, st.z, st.phases);
    const std::vector<BuildPhase> &phases = st.phases;
    const CostPlan &costs = st.costs;

    const DemandPath demand = demandPath(s, st.z.cards, phases, st.refreshPerformance, st.tokens);
    const EnergyPath energy = energyPath(s, *refs.server, st.z, demand, refs.refreshServer);
    CashFlow cf = projectCashFlow(s, st.z.cards, demand, energy, costs);
    double constructionInterest = 0;
    const std::vector<double> equityFlows = addEquityView(s.finance, cf.linear, cf.monthly,
                                                          &constructionInterest);
    r.monthly = std::move(cf.monthly);
    r.yearly = yearlyRows(r.monthly);

    r.sizing = st.z;
    SizingResult &z = r.sizing;
    r.performance = performanceOf(s, refs, z, demand.steadyUtilization);
    r.performance.inference = inference;

    FinanceResult &f = r.finance;
    f.capex = costs.capex;
    f.constructionInterest = Money::cny(constructionInterest);
    cashFlowIndicators(cf.flows, s.finance.discountRate, f);
    equityIndicators(equityFlows, s.finance, f);
    const PresentValues pv = lifetimeIndicators(r.monthly, s.finance.discountRate, f);
    f.costPerEffectivePflopDay = costPerEffectivePflopDay(pv, refs.card->bf16Tflops,
                                                          r.performance.mfu,
                                                          r.performance.goodput);
    const SteadyYear steady = steadyYear(s, phases);
    f.steadyYear = steady.year;
    steadyYearIndicators(costs, r.monthly, f);
    std::vector<double> loadCost(r.monthly.size());
    for (std::size_t t = 0; t < loadCost.size(); ++t)
        loadCost[t] = energy.netLoad(int(t)).cnyValue();
    studyIndicators(s, r.monthly, loadCost, f);
    if (options.statements) {
        StatementsResult statements = financialStatements(r.monthly, s.finance);
        r.statements = std::move(statements.statements);
        f.debtRatioMax = statements.debtRatioMax;
    }

    const YearEnergy steadyEnergy = yearEnergy(s, energy, 12 * (f.steadyYear - 1) + 1);
    z.annualEnergyMwh = units::toMegawattHours(steadyEnergy.energy);
    z.annualCo2Tonnes = steadyEnergy.co2Tonnes;
    const units::Power drawn = drawnItPower(*refs.server, z,
                                            demand.steadyUtilization * s.cluster.availability);
    z.itPowerSteadyKw = units::toKilowatts(drawn);
    z.facilityPowerSteadyKw = z.itPowerSteadyKw * s.site.pue;

    if (options.breakevens) {
        const double v = 1.0 / (1.0 + monthlyRate(s.finance.discountRate));
        const Breakevens b = breakevens(cf.linear, demand.steadyUtilization,
                                        s.demand.listPriceCnyPerCardHour, v);
        f.breakevenUtilization = b.utilization;
        f.breakevenPriceCnyPerCardHour = b.priceCnyPerCardHour;
        if (hasContracts(s) || hasMaas(s)) {
            const bool byTheHour = std::any_of(demand.months.begin(), demand.months.end(),
                                               [](const DemandMonth &m) {
                                                   return m.revenue > m.maasRevenue;
                                               });
            reevaluatedBreakevens(s, st, demand, energy, f, byTheHour);
        }
        // In the terms of the list price input: including VAT when it does.
        if (f.breakevenPriceCnyPerCardHour && s.finance.pricesIncludeVat)
            *f.breakevenPriceCnyPerCardHour *= 1.0 + s.finance.vatRateRevenue;
    }
    maasIndicators(s, demand, inference, f);
    if (f.breakevenTokenPriceCnyPerMillionTokens && s.finance.pricesIncludeVat)
        *f.breakevenTokenPriceCnyPerMillionTokens *= 1.0 + s.finance.vatRateRevenue;
    r.warnings = warningsOf(s, refs, r);
    if (steady.clamped())
        r.warnings.push_back({WarningCode::SteadyYearClamped, double(steady.wanted),
                              double(steady.year)});
    r.undefined = undefinedFigures(s, r, options.breakevens);
    return r;
}

KeyFigures evaluateKeyFigures(const Scenario &scenario, const Catalog &catalog)
{
    Scenario storage;
    const Scenario &s = computed(scenario, storage);
    Stages st;
    st.refs = resolveOrThrow(s, catalog);
    st.z = sizeCluster(s, st.refs);
    st.phases = buildPhases(s);
    st.refreshPerformance = refreshPerformance(st.refs);
    if (hasMaas(s))
        st.tokens = tokenRates(s, st, inferenceOf(s, st.refs, st.z, *st.refs.card, *st.refs.server));
    st.costs = costPlan(s, st.refs, st.z, st.phases);
    FinanceResult f;
    cashFlowIndicators(st.flows(s), s.finance.discountRate, f);
    return {f.npv, f.irr, f.paybackMonths, f.discountedPaybackMonths};
}

} // namespace ccp
