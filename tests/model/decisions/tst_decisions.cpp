// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of model/decisions: Monte Carlo (same seed, same results at any thread count; no
// uncertain input, no spread; a uniform input on a linear figure gives the analytic mean),
// the tornado's order on a constructed case, the utilization sweep's zero crossing against the
// engine's breakeven, goal seek round trips, the breakeven map's own point, distributions and
// percentiles with undefined draws; the optimizer's best configuration on a constructed
// catalog, its constraints, and its Pareto front against every feasible configuration.

#include "catalogstore.h"
#include "distributions.h"
#include "evaluate.h"
#include "examples.h"
#include "fields.h"
#include "goalseek.h"
#include "montecarlo.h"
#include "optimizer.h"
#include "project.h"
#include "projectdata.h"
#include "scenariojson.h"
#include "sensitivity.h"
#include "sweep.h"

#include "../../earningexample.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace ccp;
using namespace ccp::decisions;

class TestDecisions : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    ProjectData m_project;

    const Scenario &example(std::size_t i = 0) const { return m_project.scenarios.at(i); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!CatalogStore::builtin(m_catalog));
        QVERIFY(!ScenarioJson::readProject(Examples::exampleProjectJson(), m_catalog,
                                           QStringLiteral("example"), m_project));
        // The first scenario as a project that earns, with a payback and breakevens.
        m_project.scenarios[0] = test::earningExample(m_project.scenarios[0]);
        QVERIFY(m_project.scenarios.size() >= 3);
    }

    void sameSeedSameResultsAnyThreadCount()
    {
        RiskSettings settings;
        settings.inputs = defaultUncertainty(example(), m_catalog);
        settings.draws = 3000;
        settings.seed = 42;
        settings.utilizationPriceCorrelation = 0.5;
        settings.threads = 1;
        const RiskResult one = runRisk(example(), m_catalog, settings);
        settings.threads = 2;
        const RiskResult two = runRisk(example(), m_catalog, settings);
        settings.threads = 7;
        const RiskResult seven = runRisk(example(), m_catalog, settings);
        QCOMPARE(one.draws, 3000L);
        for (const RiskResult *other : {&two, &seven}) {
            QCOMPARE(other->npvDraws.size(), one.npvDraws.size());
            for (std::size_t i = 0; i < one.npvDraws.size(); ++i) {
                QCOMPARE(other->npvDraws[i], one.npvDraws[i]);
                QVERIFY(std::isnan(one.paybackDraws[i]) == std::isnan(other->paybackDraws[i]));
            }
            QCOMPARE(other->npvCny.p50, one.npvCny.p50);
            QCOMPARE(other->pPaybackWithinHorizon, one.pPaybackWithinHorizon);
        }
        // A different seed gives different draws.
        settings.seed = 43;
        const RiskResult other = runRisk(example(), m_catalog, settings);
        QVERIFY(other.npvDraws != one.npvDraws);
        // The spread is real: P10 < P50 < P90.
        QVERIFY(*one.npvCny.p10 < *one.npvCny.p50 && *one.npvCny.p50 < *one.npvCny.p90);
    }

    void noUncertainInputNoSpread()
    {
        RiskSettings settings;
        settings.draws = 500;
        const RiskResult r = runRisk(example(), m_catalog, settings);
        const double npv = evaluate(example(), m_catalog).finance.npv.cnyValue();
        QCOMPARE(r.draws, 500L);
        QCOMPARE(*r.npvCny.p10, npv);
        QCOMPARE(*r.npvCny.p90, npv);
        QCOMPARE(*r.npvCny.mean, npv);
        // Inputs with zero width are no uncertainty either.
        const double price = example().demand.listPriceCnyPerCardHour;
        settings.inputs = {{LeverId::ListPrice, Distribution::triangular(price, price, price)}};
        const RiskResult flat = runRisk(example(), m_catalog, settings);
        QCOMPARE(*flat.npvCny.p10, npv);
        QCOMPARE(*flat.npvCny.p90, npv);
    }

    void uniformInputOnLinearFigureGivesAnalyticMean()
    {
        // Without income tax the NPV is linear in the list price: its mean over a uniform
        // price is the NPV at the mean price.
        Scenario s = example();
        s.finance.taxRate = 0;
        const double price = s.demand.listPriceCnyPerCardHour;
        const double lo = 0.5 * price, hi = 1.5 * price;
        RiskSettings settings;
        settings.inputs = {{LeverId::ListPrice, Distribution::uniform(lo, hi)}};
        settings.draws = 20000;
        settings.seed = 7;
        const RiskResult r = runRisk(s, m_catalog, settings);
        Scenario atMean = s;
        atMean.demand.listPriceCnyPerCardHour = 0.5 * (lo + hi);
        const double expected = evaluate(atMean, m_catalog).finance.npv.cnyValue();
        double sum = 0, sum2 = 0;
        for (double v : r.npvDraws) {
            sum += v;
            sum2 += v * v;
        }
        const double n = double(r.npvDraws.size());
        const double sd = std::sqrt(std::max(0.0, sum2 / n - (sum / n) * (sum / n)));
        const double standardError = sd / std::sqrt(n);
        QVERIFY(sd > 0);
        QVERIFY2(std::abs(*r.npvCny.mean - expected) <= 4 * standardError,
                 qPrintable(QStringLiteral("mean %1, analytic %2, standard error %3")
                                .arg(*r.npvCny.mean).arg(expected).arg(standardError)));
        // The uniform's quantiles: P10 of the price is 10% of the way up, so the NPV's P10 is
        // the NPV there (within sampling).
        Scenario atP10 = s;
        atP10.demand.listPriceCnyPerCardHour = lo + 0.1 * (hi - lo);
        const double p10 = evaluate(atP10, m_catalog).finance.npv.cnyValue();
        QVERIFY(std::abs(*r.npvCny.p10 - p10) <= 0.02 * std::abs(expected - p10) + 4 * standardError);
    }

    void tornadoOrderOnConstructedCase()
    {
        // Utilization moved far, the list price a little, the power price not at all: that is
        // the order, and the power price has no swing.
        const Workbench bench(example(), m_catalog);
        const double u = bench.value(LeverId::AverageUtilization);
        const double p = bench.value(LeverId::ListPrice);
        const double e = bench.value(LeverId::PowerPrice);
        const std::vector<SensitivityRange> ranges = {{LeverId::PowerPrice, e, e},
                                                      {LeverId::ListPrice, 0.99 * p, 1.01 * p},
                                                      {LeverId::AverageUtilization, 0.5 * u, u}};
        const Sensitivity t = sensitivity(example(), m_catalog, ranges);
        QCOMPARE(t.inputs.size(), std::size_t(3));
        QCOMPARE(t.inputs[0].lever, LeverId::AverageUtilization);
        QCOMPARE(t.inputs[1].lever, LeverId::ListPrice);
        QCOMPARE(t.inputs[2].lever, LeverId::PowerPrice);
        QCOMPARE(t.inputs[2].npvSwing(), 0.0);
        // More utilization, more NPV; the high end is the scenario itself.
        QVERIFY(t.inputs[0].atLow.npv < t.inputs[0].atHigh.npv);
        QCOMPARE(t.inputs[0].atHigh.npv.cnyValue(), t.base.npv.cnyValue());
        // The default ranges: at least 12 inputs, each low ≤ base ≤ high, sorted output.
        const std::vector<SensitivityRange> defaults = defaultRanges(bench);
        QVERIFY(defaults.size() >= 12);
        const Sensitivity all = sensitivity(example(), m_catalog, defaults);
        for (std::size_t i = 1; i < all.inputs.size(); ++i)
            QVERIFY(all.inputs[i - 1].npvSwing() >= all.inputs[i].npvSwing());
        for (const SensitivityInput &in : all.inputs)
            QVERIFY(in.low <= in.base + 1e-9 && in.base <= in.high + 1e-9);
    }

    // Token prices move a MaaS center's NPV and are among its uncertain inputs; a center that
    // sells no tokens has neither (its bar would always be empty).
    void tokenPriceLeverForMaas()
    {
        int maas = 0;
        for (const Scenario &s : m_project.scenarios) {
            const Workbench bench(s, m_catalog);
            const Sensitivity t = sensitivity(s, m_catalog, defaultRanges(bench));
            const auto it = std::find_if(t.inputs.begin(), t.inputs.end(), [](const SensitivityInput &in) {
                return in.lever == LeverId::TokenPrice;
            });
            const std::vector<UncertainInput> risk = defaultUncertainty(s, m_catalog);
            const bool drawn = std::any_of(risk.begin(), risk.end(), [](const UncertainInput &in) {
                return in.lever == LeverId::TokenPrice;
            });
            QCOMPARE(it != t.inputs.end(), sellsTokens(s));
            QCOMPARE(drawn, sellsTokens(s));
            QCOMPARE(defaultMapAxes(s) == MapAxes::UtilizationByTokenPrice, sellsTokens(s));
            if (!sellsTokens(s))
                continue;
            ++maas;
            QCOMPARE(it->low, 0.8);
            QCOMPARE(it->high, 1.2);
            QVERIFY2(it->atHigh.npv > it->atLow.npv, s.name.c_str()); // dearer tokens earn more
            // Setting the factor scales every price of every MaaS segment, and reset undoes it.
            Workbench w(s, m_catalog);
            w.set(LeverId::TokenPrice, 2.0);
            for (std::size_t i = 0; i < s.demand.segments.size(); ++i)
                QCOMPARE(w.scenario().demand.segments[i].priceOutputCnyPerMtok,
                         2.0 * s.demand.segments[i].priceOutputCnyPerMtok);
            w.reset();
            QCOMPARE(w.value(LeverId::TokenPrice), 1.0);
            QCOMPARE(w.keyFigures().npv, evaluateKeyFigures(s, m_catalog).npv);
        }
        QVERIFY(maas > 0); // the example has a MaaS center
    }

    void sweepCrossesZeroAtEngineBreakeven_data()
    {
        QTest::addColumn<int>("scenario");
        for (int i = 0; i < int(m_project.scenarios.size()); ++i)
            QTest::addRow("%d", i) << i;
    }

    void sweepCrossesZeroAtEngineBreakeven()
    {
        QFETCH(int, scenario);
        const Scenario &s = example(std::size_t(scenario));
        const UtilizationSweep sweep = sweepUtilization(s, m_catalog, 201);
        QCOMPARE(sweep.points.size(), std::size_t(201));
        QCOMPARE(sweep.plannedUtilization, averageUtilization(s));
        // The planned point reproduces the scenario's own NPV.
        double crossing = -1;
        for (std::size_t i = 1; i < sweep.points.size(); ++i) {
            const SweepPoint &a = sweep.points[i - 1], &b = sweep.points[i];
            if (a.npvCny < 0 && b.npvCny >= 0) {
                crossing = a.utilization + (b.utilization - a.utilization) * (-a.npvCny)
                                               / (b.npvCny - a.npvCny);
                break;
            }
        }
        if (!sweep.breakevenUtilization) {
            QCOMPARE(crossing, -1.0); // never crosses within 0–100%
            return;
        }
        if (*sweep.breakevenUtilization == 0.0)
            return; // NPV ≥ 0 even at zero utilization
        QVERIFY2(crossing >= 0, "the sweep's NPV never crosses zero");
        // Linear interpolation inside one step of 0.5 points of utilization.
        QVERIFY2(std::abs(crossing - *sweep.breakevenUtilization) < 2e-3,
                 qPrintable(QStringLiteral("sweep %1, engine %2").arg(crossing).arg(*sweep.breakevenUtilization)));
        // And the engine's breakeven, put back, gives NPV = 0.
        Workbench bench(s, m_catalog);
        bench.set(LeverId::AverageUtilization, *sweep.breakevenUtilization);
        QVERIFY(std::abs(bench.keyFigures().npv.cnyValue()) < 1e-6 * std::abs(sweep.points.back().npvCny) + 1.0);
    }

    void goalSeekRoundTrips_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<double>("target");
        QTest::newRow("price for 5-year payback") << "demand.list_price_cny_per_card_hour" << "payback_months" << 60.0;
        QTest::newRow("utilization for NPV 0") << "demand.average_utilization" << "npv" << 0.0;
        QTest::newRow("power price for NPV 0") << "site.power_price_cny_per_kwh" << "npv" << 0.0;
        QTest::newRow("capex overrun for IRR 10%") << "finance.capex_overrun" << "irr" << 0.10;
        QTest::newRow("server price for 4-year payback") << "catalog.server.price_cny" << "payback_months" << 48.0;
    }

    void goalSeekRoundTrips()
    {
        QFETCH(QString, key);
        QFETCH(QString, figure);
        QFETCH(double, target);
        const LeverInfo *lever = findLever(key.toStdString());
        QVERIFY(lever);
        const auto f = targetFromCode(figure.toStdString());
        QVERIFY(f);
        const GoalSeekResult r = goalSeek(example(), m_catalog, lever->id, {*f, target});
        QVERIFY2(r.value, "no value found");
        QVERIFY(*r.value >= r.rangeMin && *r.value <= r.rangeMax);
        // Put back, the value gives the target.
        Workbench bench(example(), m_catalog);
        bench.set(lever->id, *r.value);
        const KeyFigures k = bench.keyFigures();
        switch (*f) {
        case TargetFigure::PaybackMonths:
            QVERIFY(k.paybackMonths);
            QVERIFY2(std::abs(*k.paybackMonths - target) < 1e-6, qPrintable(QString::number(*k.paybackMonths)));
            break;
        case TargetFigure::Npv:
            QVERIFY2(std::abs(k.npv.cnyValue() - target) < 1.0, qPrintable(QString::number(k.npv.cnyValue())));
            break;
        case TargetFigure::Irr:
            QVERIFY(k.irr);
            QVERIFY2(std::abs(*k.irr - target) < 1e-7, qPrintable(QString::number(*k.irr)));
            break;
        }
    }

    void goalSeekAppliedIsOneUndoStep()
    {
        Project project(m_catalog);
        project.reset(m_project);
        const GoalSeekResult r = goalSeek(project.scenario(0), project.catalog(),
                                          LeverId::AverageUtilization, {TargetFigure::Npv, 0.0});
        QVERIFY(r.value);
        const double before = project.scenario(0).demand.segments.at(0).utilization;
        QVERIFY(!project.setLever(0, LeverId::AverageUtilization, *r.value));
        QVERIFY(std::abs(averageUtilization(project.scenario(0)) - *r.value) < 1e-12);
        QVERIFY(std::abs(project.result(0).finance.npv.cnyValue()) < 1.0);
        QCOMPARE(project.undoStack()->count(), 1);
        project.undoStack()->undo();
        QCOMPARE(project.scenario(0).demand.segments.at(0).utilization, before);
        // A catalog price is refused with a reason, and nothing changes.
        QVERIFY(project.setLever(0, LeverId::ServerPrice, 1e6));
        QCOMPARE(project.undoStack()->index(), 0);
    }

    void goalSeekSaysWhenUnreachable()
    {
        // Payback within one month is out of reach at any list price in the field's range.
        const GoalSeekResult r = goalSeek(example(), m_catalog, LeverId::PowerPrice,
                                          {TargetFigure::PaybackMonths, 1.0});
        QVERIFY(!r.value);
    }

    void mapHoldsTheScenariosOwnPoint()
    {
        const Workbench bench(example(), m_catalog);
        auto [x, y] = defaultAxes(bench, MapAxes::UtilizationByListPrice, 60);
        QCOMPARE(x.steps, 60);
        // 3 × 3 axes whose middle is the scenario's own values: that cell is its NPV.
        x = {LeverId::AverageUtilization, 0.0, 2 * bench.value(LeverId::AverageUtilization), 3};
        y = {LeverId::ListPrice, 0.0, 2 * bench.value(LeverId::ListPrice), 3};
        const BreakevenMap map = breakevenMap(example(), m_catalog, x, y, 2);
        const double npv = evaluate(example(), m_catalog).finance.npv.cnyValue();
        QVERIFY(std::abs(map.npvCny[1 * 3 + 1] - npv) <= 1e-9 * std::abs(npv));
        QVERIFY(map.npvCny[0] < map.npvCny[8]); // more utilization and price, more NPV
        QVERIFY(!map.paybackMonths[0]);          // nothing sold: never paid back
        // A 60 × 60 map with the power price × card price axes evaluates every cell.
        const auto [px, py] = defaultAxes(bench, MapAxes::PowerPriceByCardPrice, 60);
        const BreakevenMap big = breakevenMap(example(), m_catalog, px, py, 0);
        QCOMPARE(big.npvCny.size(), std::size_t(3600));
        QVERIFY(big.npvCny.front() > big.npvCny.back()); // cheap power and servers are better
    }

    // A catalog where the best configuration is known: a card identical to the H800 but with a
    // dearer server, and two copies of the Ningxia site that differ only in the power price.
    Catalog constructedCatalog() const
    {
        Catalog c = m_catalog;
        const Card *h800 = c.card("nvidia-h800-sxm");
        Card dear = *h800;
        dear.id = "test-dear-card";
        Server dearServer = *c.server(h800->standardServer);
        dearServer.id = "test-dear-server";
        dearServer.card = dear.id;
        dearServer.price = dearServer.price * 1.5;
        dear.standardServer = dearServer.id;
        Site cheap = *c.site("cn-nx-zhongwei");
        cheap.id = "test-cheap-site";
        cheap.powerPriceCnyPerKwh = 0.2;
        Site dearSite = cheap;
        dearSite.id = "test-dear-site";
        dearSite.powerPriceCnyPerKwh = 0.6;
        c.cards.push_back(dear);
        c.servers.push_back(dearServer);
        c.sites.push_back(cheap);
        c.sites.push_back(dearSite);
        return c;
    }

    void optimizerFindsTheKnownBest()
    {
        const Catalog catalog = constructedCatalog();
        OptimizerSettings settings;
        settings.space.cards = {"test-dear-card", "nvidia-h800-sxm"};
        settings.space.cardCounts = {512, 1024};
        settings.space.fabrics = {"ib-ndr-400g"};
        settings.space.oversubscriptions = {1};
        settings.space.sites = {"test-dear-site", "test-cheap-site"};
        settings.priceRule = PriceRule::SameForAllCards;
        settings.threads = 2;
        const OptimizerResult r = optimize(example(), catalog, settings);
        QCOMPARE(r.evaluated, std::size_t(8));
        QCOMPARE(r.feasible, std::size_t(8));
        QCOMPARE(r.ranked.size(), std::size_t(8));
        const Configuration &best = r.ranked.front();
        QCOMPARE(best.card, std::string("nvidia-h800-sxm"));
        QCOMPARE(best.cards, 1024);
        QCOMPARE(best.site, std::string("test-cheap-site"));
        QVERIFY(best.npvCny > 0);
        // The ranking is by NPV, and each figure equals a plain evaluation of the scenario the
        // configuration makes.
        for (std::size_t i = 1; i < r.ranked.size(); ++i)
            QVERIFY(r.ranked[i - 1].npvCny >= r.ranked[i].npvCny);
        const Scenario applied = applyConfiguration(example(), catalog, best,
                                                    PriceRule::SameForAllCards);
        QCOMPARE(applied.cluster.server, std::string("nvidia-hgx-h800-8gpu"));
        QCOMPARE(applied.site.powerPriceCnyPerKwh, 0.2);
        const Result check = evaluate(applied, catalog);
        QCOMPARE(check.finance.npv.cnyValue(), best.npvCny);
        QCOMPARE(check.finance.capex.total().cnyValue(), best.capexCny);

        // A budget below the 1,024-card build leaves the 512-card one best.
        Configuration small = best;
        small.cards = 512;
        const double smallCapex = evaluate(applyConfiguration(example(), catalog, small,
                                                              PriceRule::SameForAllCards),
                                           catalog)
                                      .finance.capex.total()
                                      .cnyValue();
        settings.constraints.budgetCny = smallCapex + 1;
        const OptimizerResult budgeted = optimize(example(), catalog, settings);
        QCOMPARE(budgeted.ranked.front().cards, 512);
        QCOMPARE(budgeted.ranked.front().card, std::string("nvidia-h800-sxm"));
        QCOMPARE(budgeted.ranked.front().site, std::string("test-cheap-site"));
        QCOMPARE(budgeted.feasible, std::size_t(2)); // the 512-card H800 at either site
        // Infeasible configurations come after every feasible one and say why.
        QVERIFY(!budgeted.ranked.back().feasible);
        QCOMPARE(budgeted.ranked.back().breaches.front(), Breach::Budget);

        // Payback as the objective: the cheapest build that pays back fastest.
        settings.constraints = {};
        settings.objective = Objective::MinPayback;
        const OptimizerResult fastest = optimize(example(), catalog, settings);
        QCOMPARE(fastest.ranked.front().card, std::string("nvidia-h800-sxm"));
        QCOMPARE(fastest.ranked.front().site, std::string("test-cheap-site"));
        for (std::size_t i = 1; i < fastest.ranked.size(); ++i)
            QVERIFY(fastest.ranked[i - 1].paybackMonths.value_or(1e9)
                    <= fastest.ranked[i].paybackMonths.value_or(1e9));
    }

    void optimizerParetoFrontIsNotDominated()
    {
        OptimizerSettings settings;
        settings.space = defaultSpace(example(), m_catalog);
        settings.space.sites = {"cn-nx-zhongwei", "cn-sh-shanghai"};
        settings.constraints.budgetCny = 1.5e9;
        const OptimizerResult r = optimize(example(), m_catalog, settings);
        QVERIFY(r.feasible > 10);
        QCOMPARE(r.cloud.size(), r.feasible);
        QVERIFY(r.pareto.size() >= 2);
        for (std::size_t i = 1; i < r.pareto.size(); ++i) {
            QVERIFY(r.pareto[i].capexCny > r.pareto[i - 1].capexCny);
            QVERIFY(r.pareto[i].npvCny > r.pareto[i - 1].npvCny);
        }
        for (const auto &[capex, npv] : r.cloud) {
            QVERIFY(capex <= 1.5e9);
            bool covered = false;
            for (const Configuration &p : r.pareto) {
                // No feasible configuration beats a Pareto point on both counts…
                QVERIFY(!(capex < p.capexCny && npv > p.npvCny));
                // …and every one is matched or beaten by some Pareto point.
                covered = covered || (p.capexCny <= capex && p.npvCny >= npv);
            }
            QVERIFY(covered);
        }
        // The scenario's own card is in the default space, restricted market or not.
        const SearchSpace space = defaultSpace(example(), m_catalog);
        QVERIFY(std::count(space.cards.begin(), space.cards.end(), example().cluster.card) == 1);
        QVERIFY(space.size() >= 20000);
    }

    void optimizerRefusesAnEmptyOrUnknownSpace()
    {
        OptimizerSettings settings;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, optimize(example(), m_catalog, settings));
        settings.space = defaultSpace(example(), m_catalog);
        settings.space.sites = {"no-such-site"};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, optimize(example(), m_catalog, settings));
    }

    void cancelledRunStopsAndSaysSo()
    {
        RiskSettings settings;
        settings.inputs = defaultUncertainty(example(), m_catalog);
        settings.draws = 5000;
        const std::atomic<bool> cancel{true};
        const RiskResult r = runRisk(example(), m_catalog, settings, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.draws < 5000);
    }

    void badDistributionIsRefused()
    {
        RiskSettings settings;
        settings.inputs = {{LeverId::ListPrice, Distribution::triangular(10, 20, 15)}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runRisk(example(), m_catalog, settings));
    }

    void distributionsQuantiles()
    {
        // Triangular: the median of a symmetric one is its mode; of (0, 0, 1) is 1 − √½.
        QCOMPARE(quantile(Distribution::triangular(0, 5, 10), 0.5), 5.0);
        QVERIFY(std::abs(quantile(Distribution::triangular(0, 0, 1), 0.5) - (1 - std::sqrt(0.5))) < 1e-12);
        // Normal: the 97.5% point is mean + 1.959964 sd.
        QVERIFY(std::abs(quantile(Distribution::normal(10, 2), 0.975) - (10 + 2 * 1.959963985)) < 1e-6);
        // Truncated normal stays inside its bounds.
        const Distribution t = Distribution::normal(0, 1, -0.5, 0.5);
        for (double u : {1e-9, 0.01, 0.5, 0.99, 1 - 1e-9})
            QVERIFY(quantile(t, u) >= -0.5 && quantile(t, u) <= 0.5);
        // Lognormal: the median is the median.
        QVERIFY(std::abs(quantile(Distribution::lognormal(3, 0.4), 0.5) - 3) < 1e-9);
        // PERT: symmetric case median at the mode; the tabulated sampler agrees with the
        // direct quantile to 1e-5 of the width, and is monotone.
        const Distribution pert = Distribution::pert(1, 2, 6);
        QVERIFY(std::abs(quantile(Distribution::pert(0, 5, 10), 0.5) - 5) < 1e-9);
        const Sampler sampler(pert);
        double previous = -1;
        std::mt19937_64 random(3);
        std::uniform_real_distribution<double> uniform(0, 1);
        double worst = 0;
        for (int i = 0; i < 2000; ++i) {
            const double u = uniform(random);
            worst = std::max(worst, std::abs(sampler(u) - quantile(pert, u)));
        }
        QVERIFY2(worst < 1e-5 * 5, qPrintable(QString::number(worst)));
        for (int i = 0; i <= 100; ++i) {
            const double v = sampler(i / 100.0);
            QVERIFY(v >= previous);
            previous = v;
        }
        // Means.
        QCOMPARE(mean(Distribution::pert(1, 2, 6)), (1 + 8 + 6) / 6.0);
        QCOMPARE(mean(Distribution::uniform(2, 4)), 3.0);
        // Invalid ones say why.
        QVERIFY(checkDistribution(Distribution::triangular(0, 2, 1)));
        QVERIFY(checkDistribution(Distribution::lognormal(0, 1)));
        QVERIFY(!checkDistribution(Distribution::pert(0, 0, 1)));
    }

    void percentilesWithUndefinedDraws()
    {
        const double nan = std::nan("");
        // Payback: undefined ranks high. 10 draws, 3 undefined: P90 is undefined, P50 defined.
        std::vector<double> v = {5, 1, 3, nan, 2, nan, 4, 6, nan, 7};
        const Percentiles p = percentiles(v, true);
        QCOMPARE(p.undefinedDraws, 3L);
        QVERIFY(p.p10 && p.p50);
        QVERIFY(!p.p90);
        QVERIFY(!p.mean); // a mean over undefined draws is undefined
        QCOMPARE(*p.p10, 1.0 + 0.9 * 1.0);
        // IRR: undefined ranks low: P10 undefined, P90 defined.
        const Percentiles q = percentiles(v, false);
        QVERIFY(!q.p10);
        QVERIFY(q.p90);
        // Nothing defined: all empty; nothing at all: all empty.
        QVERIFY(!percentiles({nan, nan}, true).p50);
        QVERIFY(!percentiles({}, true).p50);
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
