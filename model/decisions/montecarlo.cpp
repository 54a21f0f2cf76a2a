// SPDX-License-Identifier: GPL-3.0-or-later
#include "montecarlo.h"

#include "parallel.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace ccp::decisions {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// SplitMix64: a counter-based stream; draw i, input j uses the (j+1)-th output after seeding
// with seed and i, so a draw's numbers never depend on another draw.
class DrawRandom
{
public:
    DrawRandom(std::uint64_t seed, std::uint64_t draw)
        : m_state(seed * 0x9E3779B97F4A7C15ull ^ (draw + 0x632BE59BD9B4E019ull) * 0xBF58476D1CE4E5B9ull)
    {
    }
    // Uniform in (0, 1), never 0 or 1.
    double uniform()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return (double(z >> 11) + 0.5) * 0x1.0p-53;
    }

private:
    std::uint64_t m_state;
};

double interpolated(const std::vector<double> &sorted, double p)
{
    const double pos = p * double(sorted.size() - 1);
    const std::size_t i = std::size_t(std::floor(pos));
    const std::size_t j = std::min(i + 1, sorted.size() - 1);
    return sorted[i] + (pos - double(i)) * (sorted[j] - sorted[i]);
}

} // namespace

Percentiles percentiles(std::vector<double> values, bool undefinedIsHigh)
{
    Percentiles out;
    if (values.empty())
        return out;
    const std::size_t n = values.size();
    std::vector<double> defined;
    defined.reserve(n);
    for (double v : values)
        if (std::isnan(v))
            ++out.undefinedDraws;
        else
            defined.push_back(v);
    std::sort(defined.begin(), defined.end());
    const std::size_t u = std::size_t(out.undefinedDraws);
    // The percentile over all draws; defined only where it falls among the defined values.
    auto at = [&](double p) -> std::optional<double> {
        if (defined.empty())
            return std::nullopt;
        const double pos = p * double(n - 1);
        const double lo = undefinedIsHigh ? 0.0 : double(u);
        const double hi = lo + double(defined.size() - 1);
        if (pos < lo - 1e-9 || pos > hi + 1e-9)
            return std::nullopt;
        const double q = defined.size() == 1 ? 0.0 : (pos - lo) / double(defined.size() - 1);
        return interpolated(defined, std::clamp(q, 0.0, 1.0));
    };
    out.p10 = at(0.1);
    out.p50 = at(0.5);
    out.p90 = at(0.9);
    if (u == 0) {
        double sum = 0;
        for (double v : defined)
            sum += v;
        out.mean = sum / double(n);
    }
    return out;
}

std::vector<UncertainInput> defaultUncertainty(const Scenario &s, const Catalog &catalog)
{
    const Workbench bench(s, catalog);
    std::vector<UncertainInput> out;
    const auto add = [&](LeverId id, Distribution d) {
        const LeverInfo &l = leverInfo(id);
        d.a = std::max(d.a, l.min);
        d.c = std::min(d.c, l.max);
        d.b = std::clamp(d.b, d.a, d.c);
        out.push_back({id, d});
    };
    const double u = bench.value(LeverId::AverageUtilization);
    // Sold utilization: plans run high (anchor ~80%, open market 30–40%, average ~50%).
    add(LeverId::AverageUtilization, Distribution::triangular(u - 0.3, u, u + 0.1));
    const double price = bench.value(LeverId::ListPrice);
    add(LeverId::ListPrice, Distribution::triangular(0.7 * price, price, 1.1 * price));
    const double decline = bench.value(LeverId::PriceDecline);
    add(LeverId::PriceDecline, Distribution::triangular(decline - 0.05, decline, decline + 0.15));
    const double power = bench.value(LeverId::PowerPrice);
    add(LeverId::PowerPrice, Distribution::triangular(0.9 * power, power, 1.2 * power));
    const double pue = bench.value(LeverId::Pue);
    add(LeverId::Pue, Distribution::triangular(0.97 * pue, pue, 1.1 * pue));
    const double server = bench.value(LeverId::ServerPrice);
    ResolvedRefs refs;
    bool estimate = false;
    if (resolve(s, catalog, refs)) {
        const auto &e = refs.server->provenance.estimates;
        estimate = std::find(e.begin(), e.end(), "price_cny") != e.end();
    }
    add(LeverId::ServerPrice, estimate ? Distribution::pert(0.8 * server, server, 1.3 * server)
                                       : Distribution::pert(0.9 * server, server, 1.15 * server));
    const double overrun = bench.value(LeverId::CapexOverrun);
    add(LeverId::CapexOverrun, Distribution::pert(overrun - 0.05, overrun, overrun + 0.25));
    // Token prices: DeepSeek's output price fell 62% in one step (2025-09, docs/examples.md),
    // so the downside is wide.
    if (sellsTokens(s))
        add(LeverId::TokenPrice, Distribution::triangular(0.5, 1.0, 1.1));
    return out;
}

RiskResult runRisk(const Scenario &s, const Catalog &catalog, const RiskSettings &settings,
                   const std::atomic<bool> *cancel, std::atomic<std::size_t> *done)
{
    for (const UncertainInput &in : settings.inputs)
        if (const auto why = checkDistribution(in.distribution))
            throw std::invalid_argument(std::string(leverInfo(in.lever).key) + ": "
                                        + describe(*why));
    const std::size_t n = std::size_t(std::max(0L, settings.draws));
    RiskResult r;
    r.seed = settings.seed;
    r.horizonMonths = s.horizonMonths;
    r.npvDraws.assign(n, kNaN);
    r.irrDraws.assign(n, kNaN);
    r.paybackDraws.assign(n, kNaN);
    std::vector<unsigned char> finished(n, 0);

    // The copula pairs the utilization with the price when both are uncertain.
    int utilization = -1, price = -1;
    for (std::size_t j = 0; j < settings.inputs.size(); ++j) {
        if (settings.inputs[j].lever == LeverId::AverageUtilization)
            utilization = int(j);
        if (settings.inputs[j].lever == LeverId::ListPrice)
            price = int(j);
    }
    const double rho = std::clamp(settings.utilizationPriceCorrelation, -1.0, 1.0);
    const bool copula = rho != 0 && utilization >= 0 && price >= 0;

    std::vector<Sampler> samplers;
    for (const UncertainInput &in : settings.inputs)
        samplers.emplace_back(in.distribution);

    parallelFor(
        n, settings.threads, [&] { return Workbench(s, catalog); },
        [&](Workbench &bench, std::size_t i) {
            DrawRandom random(settings.seed, i);
            std::vector<double> u(settings.inputs.size());
            for (double &x : u)
                x = random.uniform();
            if (copula) {
                const double z1 = standardNormalQuantile(u[std::size_t(utilization)]);
                const double z2 = rho * z1
                                  + std::sqrt(1.0 - rho * rho)
                                        * standardNormalQuantile(u[std::size_t(price)]);
                u[std::size_t(price)] = standardNormalCdf(z2);
            }
            for (std::size_t j = 0; j < settings.inputs.size(); ++j)
                bench.set(settings.inputs[j].lever, samplers[j](u[j]));
            const KeyFigures k = bench.keyFigures();
            r.npvDraws[i] = k.npv.cnyValue();
            r.irrDraws[i] = k.irr.value_or(kNaN);
            r.paybackDraws[i] = k.paybackMonths.value_or(kNaN);
            finished[i] = 1;
        },
        cancel, done);

    // A cancelled run reports the draws it finished, in draw order.
    std::vector<double> npv, irr, payback;
    for (std::size_t i = 0; i < n; ++i) {
        if (!finished[i])
            continue;
        npv.push_back(r.npvDraws[i]);
        irr.push_back(r.irrDraws[i]);
        payback.push_back(r.paybackDraws[i]);
    }
    r.cancelled = npv.size() < n;
    r.draws = long(npv.size());
    long within = 0, withinTarget = 0;
    for (double p : payback) {
        if (std::isnan(p))
            continue;
        within += p <= double(s.horizonMonths) ? 1 : 0;
        if (settings.targetPaybackMonths)
            withinTarget += p <= *settings.targetPaybackMonths ? 1 : 0;
    }
    if (r.draws > 0) {
        r.pPaybackWithinHorizon = double(within) / double(r.draws);
        if (settings.targetPaybackMonths)
            r.pPaybackWithinTarget = double(withinTarget) / double(r.draws);
    }
    r.npvCny = percentiles(npv, false);
    r.irr = percentiles(irr, false);
    r.paybackMonths = percentiles(payback, true);
    r.npvDraws = std::move(npv);
    r.irrDraws = std::move(irr);
    r.paybackDraws = std::move(payback);
    return r;
}

} // namespace ccp::decisions
