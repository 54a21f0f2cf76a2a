// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: evaluations per second of the built-in example's first scenario (10-year
// horizon, monthly), on one core. Not a test: it prints figures for docs/benchmarks.md.
//   bench_evaluate [seconds-per-round=2] [rounds=5] [scenario-index=all] [maas]
// With "maas", each scenario is also timed with half of its first segment's share turned into
// a MaaS segment serving DeepSeek-V3 in FP8 (16 cards, experts over all of them): the cost of
// the inference stage, the token revenue and the breakevens found by re-evaluation.

#include "benchexample.h"
#include "evaluate.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const int only = argc > 3 ? std::atoi(argv[3]) : -1;
    const bool maas = argc > 4 && std::string(argv[4]) == "maas";
    ccp::Catalog catalog;
    ccp::ProjectData project;
    if (!ccp::bench::loadExample(catalog, project))
        return 1;
    using Clock = std::chrono::steady_clock;
    std::vector<ccp::Scenario> scenarios;
    for (std::size_t si = 0; si < project.scenarios.size(); ++si) {
        if (only >= 0 && std::size_t(only) != si)
            continue;
        scenarios.push_back(project.scenarios[si]);
        const bool hasMaas = std::any_of(scenarios.back().demand.segments.begin(),
                                         scenarios.back().demand.segments.end(),
                                         [](const ccp::Segment &seg) { return seg.kind == ccp::SegmentKind::Maas; });
        if (!maas || hasMaas)
            continue;
        ccp::Scenario m = project.scenarios[si];
        m.name += " + MaaS";
        m.inference.model = "deepseek-v3";
        m.inference.precision = "fp8";
        m.inference.tensorParallel = 1;
        m.inference.expertParallel = 16;
        ccp::Segment tokens = m.demand.segments.front();
        tokens.name = "MaaS";
        tokens.kind = ccp::SegmentKind::Maas;
        tokens.contractMonths = 0;
        tokens.share = m.demand.segments.front().share / 2;
        tokens.priceInputCnyPerMtok = 2;
        tokens.priceCachedInputCnyPerMtok = 0.5;
        tokens.priceOutputCnyPerMtok = 8;
        tokens.tokenPriceDeclinePerYear = 0.3;
        tokens.servingHours = 16;
        tokens.offhoursUtilization = 0.3;
        m.demand.segments.front().share -= tokens.share;
        m.demand.segments.push_back(tokens);
        scenarios.push_back(m);
    }
    for (const ccp::Scenario &s : scenarios) {
        std::vector<double> rates;
        double sink = 0;
        for (int r = 0; r < rounds; ++r) {
            long n = 0;
            const auto start = Clock::now();
            const auto end = start + std::chrono::duration<double>(seconds);
            auto now = start;
            while (now < end) {
                for (int i = 0; i < 100; ++i) {
                    const ccp::Result res = ccp::evaluate(s, catalog);
                    sink += res.finance.npv.cnyValue();
                }
                n += 100;
                now = Clock::now();
            }
            rates.push_back(double(n) / std::chrono::duration<double>(now - start).count());
        }
        std::sort(rates.begin(), rates.end());
        std::printf("%-45s horizon %3d months: min %8.0f  median %8.0f  max %8.0f evaluations/s "
                    "(%d rounds of %.1f s; checksum %.3g)\n",
                    s.name.c_str(), s.horizonMonths, rates.front(), rates[rates.size() / 2],
                    rates.back(), rounds, seconds, sink);
    }
    return 0;
}
