// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the desktop application (docs/benchmarks.md):
//  1. one edit → recompute → every view and chart repainted, p50/p95/max over N edits, in a
//     three-scenario project (the example's first three scenarios), 10-year monthly model;
//  2. cold start to the first shown window: the real executable started N times.
//   bench_gui [edits=300] [starts=5]   (QT_QPA_PLATFORM=offscreen or under xvfb-run)

#include "catalogstore.h"
#include "inputmodel.h"
#include "mainwindow.h"
#include "project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ccp;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int edits = argc > 1 ? std::atoi(argv[1]) : 300;
    const int starts = argc > 2 ? std::atoi(argv[2]) : 5;

    Catalog catalog;
    CatalogStore::builtin(catalog);
    MainWindow w(catalog);
    w.openProject(QString());
    while (w.project()->scenarioCount() > 3)
        w.project()->removeScenario(w.project()->scenarioCount() - 1);
    w.resize(1600, 1000);
    w.show();
    QCoreApplication::processEvents();
    InputModel *cluster = nullptr;
    for (InputModel *m : w.findChildren<InputModel *>()) {
        if (m->groupPrefix() == QLatin1String("cluster."))
            cluster = m;
    }
    const QModelIndex cards = cluster->index(cluster->rowOfKey(QStringLiteral("cluster.cards")),
                                             InputModel::ValueColumn);
    std::vector<double> ms;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer t;
        t.start();
        cluster->setData(cards, double(1024 + 8 * (i % 50 + 1)), Qt::EditRole);
        QCoreApplication::processEvents();
        w.repaint(); // paint every visible view and chart now, synchronously
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("edit -> recompute -> repaint (%d edits, 3 scenarios, %d months): "
                "p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
                edits, w.project()->scenario(0).horizonMonths, percentile(ms, 0.5),
                percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()));

    std::vector<double> startMs;
    for (int i = 0; i < starts; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CCP_EXIT_AFTER_SHOW"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(CCP_EXECUTABLE), {});
        p.waitForFinished(60000);
        const QByteArray out = p.readAllStandardOutput();
        if (!out.contains("shown")) {
            std::fprintf(stderr, "start %d: no window shown\n", i);
            return 1;
        }
        startMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("cold start to first shown window (%d starts): min %.0f ms  median %.0f ms  "
                "max %.0f ms\n",
                starts, *std::min_element(startMs.begin(), startMs.end()),
                percentile(startMs, 0.5), *std::max_element(startMs.begin(), startMs.end()));
    return 0;
}
