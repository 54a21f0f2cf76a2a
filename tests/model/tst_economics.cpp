// SPDX-License-Identifier: GPL-3.0-or-later
// Feasibility-study economics (issue 11) on the example project: equipment refresh. With
// "replace", equipment whose life ends before the horizon is bought again in the month its
// life ends and the old is sold at its book value; depreciation restarts the month after;
// every yuan invested is either depreciated or received back as book value. With "cap", the
// evaluation is the same scenario with the horizon cut at the end of the equipment's life.
// With "none" (the default, and every file written before the key existed) nothing changes.
// A construction period: months count from the start of construction, nothing is sold or spent
// on operations before it ends, the facility is paid over it, and the interest on the loans
// drawn meanwhile is capitalized (建设期利息), checked against a hand computation. The
// feasibility study's indicators (ROI, ROE, interest coverage, DSCR, breakeven capacity
// utilization) against their definitions.

#include "catalogstore.h"
#include "evaluate.h"
#include "examples.h"
#include "fields.h"
#include "indicators.h"
#include "power.h"
#include "tax.h"
#include "scenariojson.h"

#include "../earningexample.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace ccp;

class TestEconomics : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    ProjectData m_project;

    // The first example at its 2023 prices: a project that earns (tests/earningexample.h).
    Scenario example() const { return test::earningExample(m_project.scenarios.at(0)); }

    // The VAT rates of a general taxpayer selling IT services: 6% out, 13% on equipment and
    // opex, 9% on construction.
    static void withGeneralTaxpayerVat(Scenario &s)
    {
        s.finance.vatRateRevenue = 0.06;
        s.finance.vatRateEquipment = 0.13;
        s.finance.vatRateConstruction = 0.09;
        s.finance.vatRateOpex = 0.13;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!CatalogStore::builtin(m_catalog));
        QVERIFY(!ScenarioJson::readProject(Examples::exampleProjectJson(), m_catalog,
                                           QStringLiteral("example"), m_project));
    }

    void refreshReplacesAtTheEndOfLife()
    {
        Scenario s = example();
        s.cluster.phases.clear(); // everything bought in month 0
        s.finance.equipmentLifeYears = 5;
        s.finance.equipmentSalvageShare = 0.05;
        s.finance.capexGrantShare = 0.1;
        s.finance.grantTreatment = GrantTreatment::Taxable; // the assets keep their whole cost
        const Result none = evaluate(s, m_catalog);
        s.finance.refreshPolicy = RefreshPolicy::Replace;
        const Result replace = evaluate(s, m_catalog);
        QCOMPARE(replace.monthly.size(), none.monthly.size());

        const CapexBreakdown &cx = replace.finance.capex;
        const double equipment = (cx.servers + cx.network + cx.storage + cx.installation + cx.software).cnyValue();
        // The replacement is bought in month 60, when the first equipment's life ends…
        for (int t = 1; t < 60; ++t)
            QCOMPARE(replace.monthly[std::size_t(t)].capex.cnyValue(), 0.0);
        QVERIFY(std::abs(replace.monthly[60].capex.cnyValue() - equipment) < 1e-6 * equipment);
        // …without a grant, and the old is sold at its salvage value then.
        QCOMPARE(replace.monthly[60].grant.cnyValue(), 0.0);
        QVERIFY(std::abs(replace.monthly[60].residual.cnyValue() - 0.05 * equipment) < 1e-6 * equipment);
        // Depreciation: the old equipment's last month is 60, the new one's first is 61, at the
        // same monthly amount; the facility (20 years) goes on throughout.
        const double facilityPerMonth = cx.facility.cnyValue() / (20.0 * 12.0);
        const double equipmentPerMonth = equipment * 0.95 / 60.0;
        for (int t : {1, 60, 61, 120}) {
            const double d = replace.monthly[std::size_t(t)].depreciation.cnyValue();
            QVERIFY2(std::abs(d - equipmentPerMonth - facilityPerMonth) < 1e-6 * d,
                     qPrintable(QStringLiteral("month %1: %2").arg(t).arg(d)));
        }
        // Without refresh the equipment is written off by month 60 and earns on for free.
        QVERIFY(std::abs(none.monthly[61].depreciation.cnyValue() - facilityPerMonth) < 1e-6 * facilityPerMonth);
        // Everything invested is depreciated or received back at book value.
        double invested = 0, depreciated = 0, received = 0;
        for (const MonthRow &m : replace.monthly) {
            invested += m.capex.cnyValue();
            depreciated += m.depreciation.cnyValue();
            received += m.residual.cnyValue();
        }
        QVERIFY2(std::abs(invested - depreciated - received) < 1e-6 * invested,
                 qPrintable(QStringLiteral("%1 ≠ %2 + %3").arg(invested).arg(depreciated).arg(received)));
        // Revenue is the same; the refresh costs NPV.
        QCOMPARE(replace.monthly[90].revenue.cnyValue(), none.monthly[90].revenue.cnyValue());
        QVERIFY(replace.finance.npv.cnyValue() < none.finance.npv.cnyValue());
        // The key figures of the lean path agree.
        const KeyFigures k = evaluateKeyFigures(s, m_catalog);
        QCOMPARE(k.npv.cnyValue(), replace.finance.npv.cnyValue());

        // A dearer replacement costs more, in proportion.
        s.finance.refreshPriceFactor = 1.2;
        const Result dearer = evaluate(s, m_catalog);
        QVERIFY(std::abs(dearer.monthly[60].capex.cnyValue() - 1.2 * equipment) < 1e-6 * equipment);
    }

    void phasedEquipmentIsReplacedPhaseByPhase()
    {
        Scenario s = example();
        s.cluster.phases = {{0, 0.5}, {12, 0.5}};
        s.finance.equipmentLifeYears = 4;
        s.finance.refreshPolicy = RefreshPolicy::Replace;
        const Result r = evaluate(s, m_catalog);
        // Each phase again after 48 months; the month-0 phase a third time at 96.
        for (int t : {48, 60, 96, 108})
            QVERIFY2(r.monthly[std::size_t(t)].capex.cnyValue() > 0, qPrintable(QString::number(t)));
        QCOMPARE(r.monthly[49].capex.cnyValue(), 0.0);
    }

    void capCutsTheHorizonAtTheEndOfLife()
    {
        Scenario s = example();
        s.finance.equipmentLifeYears = 5;
        s.finance.refreshPolicy = RefreshPolicy::Cap;
        const Result capped = evaluate(s, m_catalog);
        QCOMPARE(int(capped.monthly.size()), 61);
        Scenario shorter = example();
        shorter.finance.equipmentLifeYears = 5;
        shorter.horizonMonths = 60;
        const Result oracle = evaluate(shorter, m_catalog);
        QCOMPARE(capped.finance.npv.cnyValue(), oracle.finance.npv.cnyValue());
        QCOMPARE(evaluateKeyFigures(s, m_catalog).npv.cnyValue(), oracle.finance.npv.cnyValue());
        // A life longer than the horizon cuts nothing.
        s.finance.equipmentLifeYears = 12;
        QCOMPARE(int(evaluate(s, m_catalog).monthly.size()), s.horizonMonths + 1);
    }

    void constructionPeriod()
    {
        Scenario s = example();
        s.cluster.phases.clear();
        s.finance.constructionMonths = 12;
        s.finance.debtShare = 0.5;
        s.finance.interestRate = 0.06;
        s.finance.capexGrantShare = 0;
        const Result r = evaluate(s, m_catalog);
        const CapexBreakdown &cx = r.finance.capex;
        const double facility = cx.facility.cnyValue();
        const double equipment = (cx.servers + cx.network + cx.storage + cx.installation + cx.software).cnyValue();
        // The facility in twelve equal parts, the equipment and software when it is complete.
        for (int t = 0; t < 12; ++t) {
            const MonthRow &m = r.monthly[std::size_t(t)];
            QVERIFY(std::abs(m.capex.cnyValue() - facility / 12.0) < 1e-6 * facility);
            QCOMPARE(m.revenue.cnyValue(), 0.0);
            QCOMPARE(m.opex.cnyValue(), 0.0);
            QCOMPARE(m.depreciation.cnyValue(), 0.0);
        }
        QVERIFY(std::abs(r.monthly[12].capex.cnyValue() - equipment) < 1e-6 * equipment);
        QCOMPARE(r.monthly[12].revenue.cnyValue(), 0.0);
        QVERIFY(r.monthly[13].revenue.cnyValue() > 0);
        // The ramp starts with operation: month 13 sells what month 1 sells without construction.
        Scenario noConstruction = s;
        noConstruction.finance.constructionMonths = 0;
        const Result direct = evaluate(noConstruction, m_catalog);
        QVERIFY(std::abs(r.monthly[13].utilization - direct.monthly[1].utilization) < 1e-12);
        QVERIFY(std::abs(r.monthly[13].depreciation.cnyValue()
                         - direct.monthly[1].depreciation.cnyValue()) < 1e-6 * direct.monthly[1].depreciation.cnyValue());
        // Construction interest: each month's draw (half the facility's twelfth) grows at 0.5% a
        // month until month 12, when repayment starts from the grown balance.
        const double i = 0.06 / 12.0;
        double expected = 0;
        for (int k = 0; k < 12; ++k)
            expected += 0.5 * facility / 12.0 * (std::pow(1.0 + i, 12 - k) - 1.0);
        QVERIFY2(std::abs(r.finance.constructionInterest.cnyValue() - expected) < 1e-6 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.finance.constructionInterest.cnyValue()).arg(expected)));
        // Equity flows during construction: the equity part of each capex, nothing repaid.
        for (int t = 0; t < 12; ++t)
            QVERIFY(std::abs(r.monthly[std::size_t(t)].equityCashFlow.cnyValue() + 0.5 * facility / 12.0) < 1e-6 * facility);
        // Later and slower money: the NPV falls.
        QVERIFY(r.finance.npv.cnyValue() < direct.finance.npv.cnyValue());
        QCOMPARE(direct.finance.constructionInterest.cnyValue(), 0.0);

        // Operation must start before the horizon ends.
        s.finance.constructionMonths = 48;
        s.cluster.phases = {{0, 0.5}, {100, 0.5}};
        const auto refused = validate(s, m_catalog);
        QVERIFY(refused);
        QCOMPARE(refused->key, std::string("finance.construction_months"));
    }

    // The feasibility study's indicators, recomputed from the monthly rows by their
    // definitions, and the breakeven capacity utilization checked by scaling the sales to it.
    void studyIndicators()
    {
        Scenario s = example();
        s.finance.debtShare = 0.4;
        s.finance.interestRate = 0.05;
        s.finance.debtTermYears = 5;
        const Result r = evaluate(s, m_catalog);
        const FinanceResult &f = r.finance;
        double ebitSum = 0, profitSum = 0;
        double coverage = 1e300, dscr = 1e300;
        int years = 0;
        for (int first = 1; first + 11 <= s.horizonMonths; first += 12, ++years) {
            double ebit = 0, dep = 0, interest = 0, service = 0, tax = 0;
            for (int t = first; t < first + 12; ++t) {
                const MonthRow &m = r.monthly[std::size_t(t)];
                ebit += m.revenue.cnyValue() + m.subsidy.cnyValue() - m.opex.cnyValue() - m.depreciation.cnyValue();
                dep += m.depreciation.cnyValue();
                interest += m.interest.cnyValue();
                service += m.debtService.cnyValue();
                tax += m.equityTax.cnyValue();
            }
            ebitSum += ebit;
            profitSum += ebit - interest - tax;
            if (interest > 0)
                coverage = std::min(coverage, ebit / interest);
            if (service > 0)
                dscr = std::min(dscr, (ebit + dep - tax) / service);
        }
        QCOMPARE(years, 10);
        const double capex = f.capex.total().cnyValue();
        QVERIFY(f.roi && std::abs(*f.roi - ebitSum / years / capex) < 1e-12);
        QVERIFY(f.roe && std::abs(*f.roe - profitSum / years / (0.6 * capex)) < 1e-12);
        QVERIFY(f.interestCoverageMin && std::abs(*f.interestCoverageMin - coverage) < 1e-9 * coverage);
        QVERIFY(f.dscrMin && std::abs(*f.dscrMin - dscr) < 1e-9 * dscr);
        // Leverage at 5% on a project earning more lifts the return on equity above the ROI.
        QVERIFY(*f.roe > *f.roi);
        // Five years of level payments: the first year pays the most interest, so it has the
        // least cover.
        QVERIFY(*f.interestCoverageMin > 1);

        // Sales scaled to the breakeven capacity utilization: the steady year's profit before
        // tax is zero (revenue and load energy scale, everything else stays).
        QVERIFY(f.breakevenCapacityUtilization);
        const double bep = *f.breakevenCapacityUtilization;
        QVERIFY(bep > 0 && bep < 1);
        Scenario atBep = s;
        for (Segment &seg : atBep.demand.segments)
            seg.utilization *= bep;
        const Result b = evaluate(atBep, m_catalog);
        double profit = 0, revenue = 0;
        const int m0 = 12 * (b.finance.steadyYear - 1) + 1;
        for (int t = m0; t < m0 + 12; ++t) {
            const MonthRow &m = b.monthly[std::size_t(t)];
            profit += (m.revenue + m.subsidy - m.opex - m.depreciation - m.interest).cnyValue();
            revenue += m.revenue.cnyValue();
        }
        QVERIFY2(std::abs(profit) < 1e-6 * revenue, qPrintable(QString::number(profit)));

        // Without debt there is no interest to cover: undefined, not 0 or infinite.
        Scenario noDebt = s;
        noDebt.finance.debtShare = 0;
        const Result n = evaluate(noDebt, m_catalog);
        QVERIFY(!n.finance.interestCoverageMin);
        QVERIFY(!n.finance.dscrMin);
        QVERIFY(n.finance.roi && n.finance.roe);
    }

    // Refresh with a newer card: the H800s are replaced by B200s in month 60. The replacement
    // costs the B200 servers plus the same network and storage (with installation), the
    // refreshed cluster sells a card-hour for B200/H800 useful compute, and draws the B200
    // servers' power.
    void refreshWithANewerCard()
    {
        Scenario s = example();
        s.cluster.phases.clear();
        s.finance.refreshPolicy = RefreshPolicy::Replace;
        const Result same = evaluate(s, m_catalog);
        s.finance.refreshCard = "nvidia-b200";
        QVERIFY(!validate(s, m_catalog));
        const Result next = evaluate(s, m_catalog);
        const Card &h800 = *m_catalog.card("nvidia-h800-sxm");
        const Card &b200 = *m_catalog.card("nvidia-b200");
        const Server &oldServer = *m_catalog.server(h800.standardServer);
        const Server &newServer = *m_catalog.server(b200.standardServer);
        const CapexBreakdown &cx = next.finance.capex;
        const double servers = std::ceil(s.cluster.cards / double(newServer.cardsPerServer));
        const double hardwareOld = (cx.servers + cx.network + cx.storage).cnyValue();
        const double hardwareNew = newServer.price.cnyValue() * servers + (cx.network + cx.storage).cnyValue();
        const double equipment = (cx.servers + cx.network + cx.storage + cx.installation).cnyValue();
        const double software = cx.software.cnyValue();
        // Month 60 buys the phase again at the new hardware's price, and the software as it was.
        const double expected = equipment * hardwareNew / hardwareOld + software;
        QVERIFY2(std::abs(next.monthly[60].capex.cnyValue() - expected) < 1e-6 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(next.monthly[60].capex.cnyValue()).arg(expected)));
        const double performance = b200.bf16Tflops * b200.softwareEfficiency
                                   / (h800.bf16Tflops * h800.softwareEfficiency);
        for (int t : {1, 30, 60}) // before the refresh: the same
            QCOMPARE(next.monthly[std::size_t(t)].revenue.cnyValue(), same.monthly[std::size_t(t)].revenue.cnyValue());
        for (int t : {61, 90, 120}) {
            const double ratio = next.monthly[std::size_t(t)].revenue.cnyValue() / same.monthly[std::size_t(t)].revenue.cnyValue();
            QVERIFY2(std::abs(ratio - performance) < 1e-9, qPrintable(QString::number(ratio)));
            QCOMPARE(next.monthly[std::size_t(t)].cardHoursSold, same.monthly[std::size_t(t)].cardHoursSold);
        }
        // Energy after the refresh: the B200 servers' idle and busy power.
        const double oldServers = std::ceil(s.cluster.cards / double(oldServer.cardsPerServer));
        const double oldLoad = oldServers * (oldServer.busyPowerKw - oldServer.idlePowerKw);
        const double newLoad = servers * (newServer.busyPowerKw - newServer.idlePowerKw);
        const double oldBase = oldServers * oldServer.idlePowerKw + next.sizing.network.powerKw + next.sizing.storageKw;
        const double newBase = servers * newServer.idlePowerKw + next.sizing.network.powerKw + next.sizing.storageKw;
        const double u = next.monthly[90].utilization * s.cluster.availability;
        const double expectedMwh = (newBase + newLoad * u) * s.site.pue * 730.0 / 1000.0;
        QVERIFY2(std::abs(next.monthly[90].energyMwh - expectedMwh) < 1e-6 * expectedMwh,
                 qPrintable(QStringLiteral("%1 vs %2").arg(next.monthly[90].energyMwh).arg(expectedMwh)));
        const double expectedOld = (oldBase + oldLoad * u) * s.site.pue * 730.0 / 1000.0;
        QVERIFY(std::abs(same.monthly[90].energyMwh - expectedOld) < 1e-6 * expectedOld);
    }

    // Each feasibility-study indicator on the hand-computed project of
    // tests/data/indicators_hand.csv (the expected values are worked out in its header).
    void indicatorsByHand()
    {
        QFile file(QStringLiteral(CCP_TEST_DATA_DIR "/indicators_hand.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::vector<MonthRow> monthly;
        std::vector<double> loadCost;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#') || line.startsWith("month"))
                continue;
            const QList<QByteArray> c = line.split(',');
            QCOMPARE(c.size(), 8);
            MonthRow m;
            m.month = c[0].toInt();
            m.revenue = Money::cny(c[1].toDouble());
            m.opex = Money::cny(c[2].toDouble());
            m.depreciation = Money::cny(c[4].toDouble());
            m.interest = Money::cny(c[5].toDouble());
            m.debtService = Money::cny(c[6].toDouble());
            m.equityTax = Money::cny(c[7].toDouble());
            loadCost.push_back(c[3].toDouble());
            monthly.push_back(m);
        }
        QCOMPARE(monthly.size(), std::size_t(25));
        Scenario s;
        s.horizonMonths = 24;
        s.finance.debtShare = 0.5;
        FinanceResult f;
        f.capex.servers = Money::cny(1200);
        f.steadyYear = 1;
        ccp::studyIndicators(s, monthly, loadCost, f);
        QVERIFY(f.roi && f.roe && f.interestCoverageMin && f.dscrMin && f.breakevenCapacityUtilization);
        QVERIFY(std::abs(*f.roi - 0.1) < 1e-12);
        QVERIFY(std::abs(*f.roe - 0.1275) < 1e-12);
        QVERIFY(std::abs(*f.interestCoverageMin - 5.0) < 1e-12);
        QVERIFY(std::abs(*f.dscrMin - 696.0 / 324.0) < 1e-12);
        QVERIFY(std::abs(*f.breakevenCapacityUtilization - 984.0 / 1080.0) < 1e-12);
    }

    // The VAT account by hand: ¥130 of input VAT carried forward, then ¥60 of output VAT a
    // month: nothing paid while the credit lasts, the rest paid once it is used up.
    void vatCreditCarriedForwardThenPaid()
    {
        VatAccount vat;
        QCOMPARE(vat(-130.0), 0.0);
        QCOMPARE(vat.credit(), 130.0);
        QCOMPARE(vat(60.0), 0.0);
        QCOMPARE(vat.credit(), 70.0);
        QCOMPARE(vat(60.0), 0.0);
        QCOMPARE(vat.credit(), 10.0);
        QCOMPARE(vat(60.0), 50.0);
        QCOMPARE(vat.credit(), 0.0);
        QCOMPARE(vat(60.0), 60.0);
    }

    // The engine's VAT on the earning example: the month-0 input VAT is 13% of the equipment
    // and 9% of the facility; it is carried forward until the output VAT has used it up, and
    // from then on VAT is paid; surtaxes are 12% of the VAT paid; over the horizon output −
    // input − paid = −(the credit left).
    void vatOnTheExample()
    {
        Scenario s = example();
        withGeneralTaxpayerVat(s);
        s.finance.surtaxRate = 0.12;
        const Result r = evaluate(s, m_catalog);
        const CapexBreakdown &cx = r.finance.capex;
        const double equipment = (cx.servers + cx.network + cx.storage + cx.installation
                                  + cx.software + cx.spares).cnyValue();
        const double month0 = 0.13 * equipment + 0.09 * cx.facility.cnyValue();
        QVERIFY(std::abs(r.monthly[0].inputVat.cnyValue() - month0) < 1e-6 * month0);
        QVERIFY(std::abs(r.monthly[0].vatCredit.cnyValue() - month0) < 1e-6 * month0);
        double net = 0;
        int firstPaid = -1;
        for (const MonthRow &m : r.monthly) {
            net += (m.outputVat - m.inputVat).cnyValue();
            if (m.vatPaid.cnyValue() > 0 && firstPaid < 0) {
                firstPaid = m.month;
                // The first VAT paid is what the output VAT has gained on the input since month 0.
                QVERIFY2(std::abs(m.vatPaid.cnyValue() - net) < 1e-6 * month0,
                         qPrintable(QString::number(m.vatPaid.cnyValue() - net)));
            }
            if (firstPaid < 0)
                QVERIFY(m.vatCredit.cnyValue() > 0 || m.month == r.monthly.back().month);
            QVERIFY(std::abs(m.surtax.cnyValue() - 0.12 * m.vatPaid.cnyValue()) < 1e-6);
        }
        QVERIFY(firstPaid > 1);
        double balance = 0;
        for (const MonthRow &m : r.monthly)
            balance += (m.outputVat - m.inputVat - m.vatPaid).cnyValue();
        QVERIFY(std::abs(balance + r.monthly.back().vatCredit.cnyValue()) < 1e-6 * month0);
        // The VAT paid and the surtax lower the NPV against the same project without VAT.
        QVERIFY(r.finance.npv < evaluate(example(), m_catalog).finance.npv);
        // Breakevens follow the VAT account: NPV at the breakeven price is zero.
        QVERIFY(r.finance.breakevenPriceCnyPerCardHour);
        Scenario atBreakeven = s;
        atBreakeven.demand.listPriceCnyPerCardHour = *r.finance.breakevenPriceCnyPerCardHour;
        QVERIFY(std::abs(evaluate(atBreakeven, m_catalog).finance.npv.cnyValue())
                < 1e-6 * r.finance.capex.total().cnyValue());
    }

    // 留抵退税: with the refund, no credit is carried, VAT nets to zero over the horizon apart
    // from the surtax, and the project is worth more than when the credit waits.
    void vatCreditRefund()
    {
        Scenario s = example();
        withGeneralTaxpayerVat(s);
        const Result carried = evaluate(s, m_catalog);
        s.finance.vatCreditRefund = true;
        const Result refunded = evaluate(s, m_catalog);
        double net = 0;
        for (const MonthRow &m : refunded.monthly) {
            QCOMPARE(m.vatCredit.cnyValue(), 0.0);
            QVERIFY(m.surtax.cnyValue() >= 0);
            net += (m.outputVat - m.inputVat - m.vatPaid).cnyValue();
        }
        QVERIFY(std::abs(net) < 1e-3);
        QVERIFY(refunded.monthly[0].vatPaid.cnyValue() < 0); // the build's input VAT comes back
        QVERIFY(refunded.finance.npv > carried.finance.npv);
        QVERIFY(refunded.finance.breakevenPriceCnyPerCardHour);
        Scenario atBreakeven = s;
        atBreakeven.demand.listPriceCnyPerCardHour = *refunded.finance.breakevenPriceCnyPerCardHour;
        QVERIFY(std::abs(evaluate(atBreakeven, m_catalog).finance.npv.cnyValue())
                < 1e-6 * refunded.finance.capex.total().cnyValue());
    }

    // Prices that include VAT are converted to net: the revenue is the gross ÷ 1.06 and the
    // servers cost the gross ÷ 1.13.
    void pricesIncludingVatAreNetted()
    {
        Scenario s = example();
        s.finance.vatRateRevenue = 0.06;
        s.finance.vatRateEquipment = 0.13;
        const Result net = evaluate(s, m_catalog);
        s.finance.pricesIncludeVat = true;
        const Result gross = evaluate(s, m_catalog);
        QVERIFY(std::abs(gross.monthly[13].revenue.cnyValue() * 1.06
                         - net.monthly[13].revenue.cnyValue())
                < 1e-6 * net.monthly[13].revenue.cnyValue());
        QVERIFY(std::abs(gross.finance.capex.servers.cnyValue() * 1.13
                         - net.finance.capex.servers.cnyValue())
                < 1e-6 * net.finance.capex.servers.cnyValue());
        // The breakeven price is in the terms of the input: including VAT.
        QVERIFY(gross.finance.breakevenPriceCnyPerCardHour && net.finance.breakevenPriceCnyPerCardHour);
    }

    // Take-or-pay billed at 0% use: 80% of the reserved capacity is billed at the fixed contract
    // price for the 36 months of the term, nothing after it when nobody renews.
    void takeOrPayBilledAtZeroUse()
    {
        Scenario s = example();
        s.cluster.phases.clear();
        s.demand.introMonths = 0;
        s.demand.segments.resize(1);
        Segment &anchor = s.demand.segments[0];
        anchor.share = 0.5;
        anchor.utilization = 0;
        anchor.priceFactor = 1.1;
        anchor.contractMonths = 36;
        anchor.takeOrPay = 0.8;
        anchor.renewalProbability = 0;
        anchor.afterTermUtilization = 0;
        QVERIFY(!validate(s, m_catalog));
        const Result r = evaluate(s, m_catalog);
        const double hours = s.cluster.cards * 730.0 * s.cluster.availability;
        const double billed = hours * 0.5 * 0.8 * 1.1 * 18.0; // the price of month 1, fixed
        for (int t = 1; t <= 36; ++t) {
            QVERIFY2(std::abs(r.monthly[std::size_t(t)].revenue.cnyValue() - billed) < 1e-6 * billed,
                     qPrintable(QString::number(t)));
            QCOMPARE(r.monthly[std::size_t(t)].utilization, 0.0); // nothing used: no load energy
        }
        for (int t = 37; t <= s.horizonMonths; ++t)
            QCOMPARE(r.monthly[std::size_t(t)].revenue.cnyValue(), 0.0);
        // Back on the market after the term: 40% used at the list price of the month.
        s.demand.segments[0].afterTermUtilization = 0.4;
        const Result market = evaluate(s, m_catalog);
        const double list37 = 18.0 * std::pow(1 - 0.04, 36.0 / 12.0);
        QVERIFY(std::abs(market.monthly[37].revenue.cnyValue() - hours * 0.5 * 0.4 * list37)
                < 1e-6 * billed);
    }

    // Working capital follows the annualized revenue, and all of it comes back at the horizon.
    void workingCapitalIsRecovered()
    {
        Scenario s = example();
        s.finance.workingCapitalShare = 0.1;
        const Result r = evaluate(s, m_catalog);
        double sum = 0;
        for (const MonthRow &m : r.monthly)
            sum += m.workingCapital.cnyValue();
        QVERIFY(std::abs(sum) < 1e-3);
        QVERIFY(std::abs(r.monthly[1].workingCapital.cnyValue() - 0.1 * 12 * r.monthly[1].revenue.cnyValue()) < 1e-3);
        QVERIFY(r.monthly.back().workingCapital.cnyValue() < 0);
        QVERIFY(r.finance.npv < evaluate(example(), m_catalog).finance.npv);
    }

    // The one-time deduction expenses the equipment in its first month of service for income
    // tax; book depreciation is unchanged, and the tax is paid later, so the NPV rises.
    void oneTimeDeduction()
    {
        Scenario s = example();
        s.cluster.phases.clear();
        const Result straight = evaluate(s, m_catalog);
        s.finance.oneTimeDeduction = true;
        const Result once = evaluate(s, m_catalog);
        for (std::size_t t = 0; t < once.monthly.size(); ++t)
            QCOMPARE(once.monthly[t].depreciation.cnyValue(), straight.monthly[t].depreciation.cnyValue());
        QCOMPARE(once.monthly[1].tax.cnyValue(), 0.0);
        QVERIFY(once.finance.npv > straight.finance.npv);
        // The income statement explains it: the taxable income is the tax ÷ its rate, and the
        // deduction shows as a tax adjustment in year 1.
        const Statement *income = nullptr;
        for (const Statement &st : once.statements.tables)
            if (std::string_view(st.key) == "income")
                income = &st;
        QVERIFY(income && income->line("taxable_income_cny") && income->line("tax_adjustments_cny"));
        for (std::size_t y = 0; y < once.statements.years.size(); ++y)
            QVERIFY(std::abs(income->line("taxable_income_cny")->values[y].cnyValue() * s.finance.taxRate
                             - income->line("income_tax_cny")->values[y].cnyValue())
                    < 1e-6 * once.finance.capex.total().cnyValue());
        QVERIFY(income->line("tax_adjustments_cny")->values[1].cnyValue() > 0);
        // The tax is deferred, not forgiven.
        QVERIFY(once.finance.totalTax.cnyValue() > 0);
    }

    // Two-part tariff and time-of-use prices.
    void electricityTariffs()
    {
        Scenario s = example();
        const Result flat = evaluate(s, m_catalog);
        s.site.demandChargeCnyPerKwMonth = 30;
        const Result twoPart = evaluate(s, m_catalog);
        const double charge = 30 * flat.sizing.facilityPowerKw;
        QVERIFY(std::abs((twoPart.monthly[20].energy - flat.monthly[20].energy).cnyValue() - charge)
                < 1e-6 * charge);
        SiteInputs site;
        site.touPeakHours = 8;
        site.touValleyHours = 8;
        site.touPeakFactor = 1.5;
        site.touValleyFactor = 0.5;
        QVERIFY(std::abs(touPriceFactor(site) - 1.0) < 1e-12);
        site.touLoadShift = 0.5; // half the peak energy moved to the valley
        QVERIFY(std::abs(touPriceFactor(site) - (8.0 / 24 * 0.5 * 1.5 + (8.0 / 24 + 4.0 / 24) * 0.5 + 8.0 / 24)) < 1e-12);
        s.site.demandChargeCnyPerKwMonth = 0;
        s.site.touPeakHours = 8;
        s.site.touValleyHours = 8;
        s.site.touLoadShift = 0.5;
        const Result tou = evaluate(s, m_catalog);
        const double ratio = tou.monthly[20].energy.cnyValue() / flat.monthly[20].energy.cnyValue();
        QVERIFY(std::abs(ratio - touPriceFactor(s.site)) < 1e-9);
    }

    // A grant that reduces the basis depreciates the cost less the grant; a taxable one is taxed.
    void grantTreatments()
    {
        Scenario s = example();
        s.cluster.phases.clear();
        s.finance.capexGrantShare = 0.5;
        const Result reduced = evaluate(s, m_catalog);
        s.finance.grantTreatment = GrantTreatment::Taxable;
        const Result taxable = evaluate(s, m_catalog);
        QVERIFY(std::abs(reduced.monthly[5].depreciation.cnyValue() * 2
                         - taxable.monthly[5].depreciation.cnyValue())
                < 1e-6 * taxable.monthly[5].depreciation.cnyValue());
        QVERIFY(taxable.monthly[0].tax.cnyValue() > 0); // the grant is income in month 0
        QCOMPARE(reduced.monthly[0].tax.cnyValue(), 0.0);
    }

    void noneIsTheOldBehaviour()
    {
        QCOMPARE(Scenario{}.finance.refreshPolicy, RefreshPolicy::None);
        const Scenario s = example();
        Scenario explicitNone = s;
        explicitNone.finance.refreshPolicy = RefreshPolicy::None;
        explicitNone.finance.refreshPriceFactor = 2.0; // ignored without "replace"
        QCOMPARE(evaluate(explicitNone, m_catalog).finance.npv.cnyValue(),
                 evaluate(s, m_catalog).finance.npv.cnyValue());
    }
};

QTEST_GUILESS_MAIN(TestEconomics)
#include "tst_economics.moc"
