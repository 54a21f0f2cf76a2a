// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer.h"

#include "evaluate.h"
#include "fields.h"
#include "parallel.h"
#include "performance.h"
#include "sizing.h"
#include "warnings.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace ccp::decisions {

namespace {

// Useful TFLOPS one card delivers to the scenario's workload (BF16 peak × MFU × goodput): the
// MFU follows the card, its software, scale-up domain, fabric and oversubscription. 0 when
// the scenario is not valid.
double usefulTflopsPerCard(const Scenario &s, const Catalog &catalog)
{
    if (validate(s, catalog))
        return 0;
    ResolvedRefs refs;
    if (!resolve(s, catalog, refs))
        return 0;
    const SizingResult z = sizeCluster(s, refs);
    const PerformanceResult p = performanceOf(s, refs, z, 1.0);
    return refs.card->bf16Tflops * p.mfu * p.goodput;
}

Scenario configured(const Scenario &base, const Catalog &catalog, const Configuration &c,
                    PriceRule rule, double baseUseful)
{
    Scenario s = base;
    if (const Card *to = catalog.card(c.card)) {
        s.cluster.card = to->id;
        s.cluster.server = to->standardServer;
    }
    s.cluster.cards = c.cards;
    if (s.training.cards > c.cards)
        s.training.cards = 0;
    s.network.fabric = c.fabric;
    s.network.oversubscription = c.oversubscription;
    if (const Site *site = catalog.site(c.site))
        applySitePreset(s, *site);
    s.site.region = c.site;
    if (rule == PriceRule::PerEffectivePflop && baseUseful > 0) {
        const double useful = usefulTflopsPerCard(s, catalog);
        if (useful > 0)
            s.demand.listPriceCnyPerCardHour *= useful / baseUseful;
    }
    return s;
}

// Feasible first; then by the objective; ties by lower capex, then by position in the space.
bool better(const Configuration &a, std::size_t ia, const Configuration &b, std::size_t ib,
            Objective objective)
{
    if (a.feasible != b.feasible)
        return a.feasible;
    if (objective == Objective::MinPayback) {
        const double pa = a.paybackMonths.value_or(std::numeric_limits<double>::infinity());
        const double pb = b.paybackMonths.value_or(std::numeric_limits<double>::infinity());
        if (pa != pb)
            return pa < pb;
    }
    if (a.npvCny != b.npvCny)
        return a.npvCny > b.npvCny;
    if (a.capexCny != b.capexCny)
        return a.capexCny < b.capexCny;
    return ia < ib;
}

void checkIds(const SearchSpace &space, const Catalog &catalog)
{
    if (space.size() == 0)
        throw std::invalid_argument("the search space is empty");
    for (const std::string &id : space.cards) {
        const Card *card = catalog.card(id);
        if (!card)
            throw std::invalid_argument("card \"" + id + "\" is not in the catalog");
        if (!catalog.server(card->standardServer))
            throw std::invalid_argument("card \"" + id + "\" has no standard server in the catalog");
    }
    for (const std::string &id : space.fabrics)
        if (!catalog.fabric(id))
            throw std::invalid_argument("fabric \"" + id + "\" is not in the catalog");
    for (const std::string &id : space.sites)
        if (!catalog.site(id))
            throw std::invalid_argument("site \"" + id + "\" is not in the catalog");
    for (int n : space.cardCounts)
        if (n < 1)
            throw std::invalid_argument("card counts must be at least 1");
    for (double o : space.oversubscriptions)
        if (!(o >= 1))
            throw std::invalid_argument("oversubscriptions must be at least 1");
}

Configuration evaluateConfiguration(const Scenario &base, const Catalog &catalog,
                                    Configuration c, const Constraints &limits, PriceRule rule,
                                    double baseUseful)
{
    const Scenario s = configured(base, catalog, c, rule, baseUseful);
    c.listPriceCnyPerCardHour = s.demand.listPriceCnyPerCardHour;
    if (const auto error = validate(s, catalog)) {
        c.breaches.push_back(Breach::Invalid);
        c.invalidKey = error->key;
        c.npvCny = -std::numeric_limits<double>::infinity();
        return c;
    }
    const Result r = evaluate(s, catalog, EvaluateOptions{.breakevens = false, .statements = false});
    c.capexCny = r.finance.capex.total().cnyValue();
    c.npvCny = r.finance.npv.cnyValue();
    c.irr = r.finance.irr;
    c.paybackMonths = r.finance.paybackMonths;
    c.facilityPowerKw = r.sizing.facilityPowerKw;
    c.effectivePflops = r.performance.effectivePflops;
    c.trainingDays = r.performance.training.days;
    for (const Warning &w : brokenHardLimits(r))
        c.hardLimits.push_back(w.code);
    if (limits.budgetCny && c.capexCny > *limits.budgetCny)
        c.breaches.push_back(Breach::Budget);
    if (limits.gridKw && c.facilityPowerKw > *limits.gridKw)
        c.breaches.push_back(Breach::Grid);
    if (limits.minEffectivePflops && c.effectivePflops < *limits.minEffectivePflops)
        c.breaches.push_back(Breach::EffectivePflops);
    if (limits.trainingDeadlineDays
        && !(c.trainingDays && *c.trainingDays <= *limits.trainingDeadlineDays))
        c.breaches.push_back(Breach::TrainingDeadline);
    c.feasible = c.breaches.empty() && c.hardLimits.empty();
    return c;
}

} // namespace

SearchSpace defaultSpace(const Scenario &s, const Catalog &catalog)
{
    SearchSpace space;
    for (const Card &c : catalog.cards)
        if (catalog.server(c.standardServer))
            space.cards.push_back(c.id);
    space.cardCounts = {256, 512, 1024, 2048, 4096};
    if (std::find(space.cardCounts.begin(), space.cardCounts.end(), s.cluster.cards)
        == space.cardCounts.end())
        space.cardCounts.push_back(s.cluster.cards);
    std::sort(space.cardCounts.begin(), space.cardCounts.end());
    for (const Fabric &f : catalog.fabrics)
        space.fabrics.push_back(f.id);
    space.oversubscriptions = {1, 2, 3};
    for (const Site &site : catalog.sites)
        space.sites.push_back(site.id);
    return space;
}

Scenario applyConfiguration(const Scenario &base, const Catalog &catalog, const Configuration &c,
                            PriceRule rule)
{
    return configured(base, catalog, c, rule, usefulTflopsPerCard(base, catalog));
}

OptimizerResult optimize(const Scenario &base, const Catalog &catalog,
                         const OptimizerSettings &settings, const std::atomic<bool> *cancel,
                         std::atomic<std::size_t> *done)
{
    const SearchSpace &space = settings.space;
    checkIds(space, catalog);
    const std::size_t n = space.size();
    std::vector<Configuration> all(n);
    std::vector<unsigned char> finished(n, 0);
    const double baseUseful = usefulTflopsPerCard(base, catalog);
    parallelFor(
        n, settings.threads, [] { return 0; },
        [&](int &, std::size_t i) {
            // The site varies fastest, then oversubscription, fabric, count and card.
            std::size_t k = i;
            Configuration c;
            c.site = space.sites[k % space.sites.size()];
            k /= space.sites.size();
            c.oversubscription = space.oversubscriptions[k % space.oversubscriptions.size()];
            k /= space.oversubscriptions.size();
            c.fabric = space.fabrics[k % space.fabrics.size()];
            k /= space.fabrics.size();
            c.cards = space.cardCounts[k % space.cardCounts.size()];
            k /= space.cardCounts.size();
            c.card = space.cards[k];
            all[i] = evaluateConfiguration(base, catalog, std::move(c), settings.constraints,
                                           settings.priceRule, baseUseful);
            finished[i] = 1;
        },
        cancel, done);

    OptimizerResult out;
    std::vector<std::size_t> order;
    order.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!finished[i])
            continue;
        order.push_back(i);
        if (all[i].feasible) {
            ++out.feasible;
            out.cloud.emplace_back(all[i].capexCny, all[i].npvCny);
        }
    }
    out.evaluated = order.size();
    out.cancelled = out.evaluated < n;

    const auto byObjective = [&](std::size_t a, std::size_t b) {
        return better(all[a], a, all[b], b, settings.objective);
    };
    const std::size_t keep = std::min(settings.keep, order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(keep), order.end(),
                      byObjective);
    for (std::size_t r = 0; r < keep; ++r)
        out.ranked.push_back(all[order[r]]);

    // Pareto front: by capex ascending (ties: higher NPV first), keep each that raises the NPV.
    std::vector<std::size_t> feasible;
    for (std::size_t i : order)
        if (all[i].feasible)
            feasible.push_back(i);
    std::sort(feasible.begin(), feasible.end(), [&](std::size_t a, std::size_t b) {
        if (all[a].capexCny != all[b].capexCny)
            return all[a].capexCny < all[b].capexCny;
        if (all[a].npvCny != all[b].npvCny)
            return all[a].npvCny > all[b].npvCny;
        return a < b;
    });
    double bestNpv = -std::numeric_limits<double>::infinity();
    for (std::size_t i : feasible) {
        if (all[i].npvCny > bestNpv) {
            out.pareto.push_back(all[i]);
            bestNpv = all[i].npvCny;
        }
    }
    return out;
}

const char *breachCode(Breach b)
{
    switch (b) {
    case Breach::Budget: return "budget";
    case Breach::Grid: return "grid";
    case Breach::EffectivePflops: return "effective_pflops";
    case Breach::TrainingDeadline: return "training_deadline";
    case Breach::Invalid: return "invalid";
    }
    return "";
}

} // namespace ccp::decisions
