// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the decision tools on the built-in example (docs/benchmarks.md): Monte Carlo
// of N draws per scenario on T threads, the tornado, the 60 × 60 breakeven map and the
// utilization sweep of every scenario, the optimizer over its default space. Not a test: it prints figures. Wall-clock times,
// minimum and median of R repetitions.
//   bench_decisions [draws=100000] [threads=2] [repetitions=3]

#include "benchexample.h"
#include "montecarlo.h"
#include "optimizer.h"
#include "sensitivity.h"
#include "sweep.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Minimum and median of `repetitions` runs of f, in milliseconds.
std::pair<double, double> timed(int repetitions, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int r = 0; r < repetitions; ++r) {
        const auto start = Clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const long draws = argc > 1 ? std::atol(argv[1]) : 100000;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    const int repetitions = argc > 3 ? std::atoi(argv[3]) : 3;
    ccp::Catalog catalog;
    ccp::ProjectData project;
    if (!ccp::bench::loadExample(catalog, project))
        return 1;
    using namespace ccp::decisions;
    double sink = 0;
    for (const ccp::Scenario &s : project.scenarios) {
        RiskSettings settings;
        settings.inputs = defaultUncertainty(s, catalog);
        settings.draws = draws;
        settings.threads = threads;
        const auto [min, median] = timed(repetitions, [&] {
            sink += runRisk(s, catalog, settings).pPaybackWithinHorizon;
        });
        std::printf("monte carlo %-45s %ld draws, %d threads: min %8.1f ms  median %8.1f ms\n",
                    s.name.c_str(), draws, threads, min, median);
    }
    const ccp::Scenario &s = project.scenarios.front();
    {
        const Workbench bench(s, catalog);
        const auto ranges = defaultRanges(bench);
        const auto [min, median] = timed(repetitions * 10, [&] {
            sink += sensitivity(s, catalog, ranges).base.npv.cnyValue();
        });
        std::printf("tornado (%zu inputs, low and high)                             min %8.2f ms  median %8.2f ms\n",
                    ranges.size(), min, median);
        // Not a structured binding: clang 14 cannot capture one in a lambda.
        const auto axes = defaultAxes(bench, MapAxes::UtilizationByListPrice, 60);
        const auto [mapMin, mapMedian] = timed(repetitions * 3, [&] {
            sink += breakevenMap(s, catalog, axes.first, axes.second, threads).npvCny.front();
        });
        std::printf("breakeven map 60 x 60, %d threads                              min %8.2f ms  median %8.2f ms\n",
                    threads, mapMin, mapMedian);
    }
    const auto [sweepMin, sweepMedian] = timed(repetitions * 3, [&] {
        for (const ccp::Scenario &each : project.scenarios)
            sink += sweepUtilization(each, catalog, 101).points.back().npvCny;
    });
    std::printf("utilization sweep of all %zu scenarios, 101 points each             min %8.2f ms  median %8.2f ms\n",
                project.scenarios.size(), sweepMin, sweepMedian);
    {
        OptimizerSettings settings;
        settings.space = defaultSpace(s, catalog);
        settings.threads = threads;
        std::size_t evaluated = 0;
        const auto [min, median] = timed(repetitions, [&] {
            const OptimizerResult r = optimize(s, catalog, settings);
            evaluated = r.evaluated;
            sink += r.ranked.front().npvCny;
        });
        std::printf("optimizer, %zu configurations, %d threads                  min %8.1f ms  median %8.1f ms\n",
                    evaluated, threads, min, median);
    }
    std::printf("(checksum %.3g)\n", sink);
    return 0;
}
