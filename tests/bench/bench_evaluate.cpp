// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: evaluations per second of the built-in example's first scenario (10-year
// horizon, monthly), on one core. Not a test: it prints figures for docs/benchmarks.md.
//   bench_evaluate [seconds-per-round=2] [rounds=5] [scenario-index=all]

#include "benchexample.h"
#include "evaluate.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const int only = argc > 3 ? std::atoi(argv[3]) : -1;
    ccp::Catalog catalog;
    ccp::ProjectData project;
    if (!ccp::bench::loadExample(catalog, project))
        return 1;
    using Clock = std::chrono::steady_clock;
    for (std::size_t si = 0; si < project.scenarios.size(); ++si) {
        if (only >= 0 && std::size_t(only) != si)
            continue;
        const ccp::Scenario &s = project.scenarios[si];
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
