// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the full PDF report of the built-in example project — every scenario evaluated,
// every chart drawn, the PDF written — as `ccplanner report -o OUT.pdf` does it. Not a test:
// it prints minimum / median / maximum seconds for docs/benchmarks.md.
//   bench_report [runs=5] [lang=en|zh_CN]

#include "benchexample.h"
#include "evaluate.h"
#include "pdfreport.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const bool chinese = argc > 2 && QLatin1String(argv[2]) == QLatin1String("zh_CN");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    using Clock = std::chrono::steady_clock;
    std::vector<double> seconds;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        ccp::Catalog catalog;
        ccp::ProjectData project;
        if (!ccp::bench::loadExample(catalog, project))
            return 1;
        std::vector<ccp::Result> results;
        for (const ccp::Scenario &s : project.scenarios)
            results.push_back(ccp::evaluate(s, catalog));
        if (auto e = ccp::PdfReport::write(project, catalog, results,
                                           dir.filePath(QStringLiteral("report.pdf")))) {
            std::fprintf(stderr, "%s\n", qPrintable(*e));
            return 1;
        }
        seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("full report of the example project (%s, %d runs): min %.3f s  median %.3f s  "
                "max %.3f s\n",
                chinese ? "zh_CN" : "en", runs, seconds.front(), seconds[seconds.size() / 2],
                seconds.back());
    return 0;
}
