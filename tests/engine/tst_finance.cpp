// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the discounted-cash-flow primitives (model/engine/finance.h).
//
// IRR reference values are numpy-financial's published cases (numpy_financial/_financial.py,
// irr() docstring, and numpy_financial/tests/test_financial.py, class TestIrr); all are
// per-period rates. The rounded ones are checked to their published 4 decimals. Every root
// was also re-derived independently by bisection of Σ c_t/(1+i)^t (Python, 200 halvings).

#include "finance.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace ccp;

namespace {

std::vector<double> toVector(const QList<double> &l) { return {l.begin(), l.end()}; }

// Σ |c_t|/(1+i)^t: the scale against which an NPV of "zero" is judged.
double npvScale(const std::vector<double> &flows, double rate)
{
    double s = 0, df = 1;
    for (double c : flows) {
        s += std::abs(c) * df;
        df /= 1.0 + rate;
    }
    return s;
}

const double kNoValue = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestFinance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void npvValues_data();
    void npvValues();
    void irrPublished_data();
    void irrPublished();
    void irrRootsAll_data();
    void irrRootsAll();
    void npvAtEveryRootIsZero_data();
    void npvAtEveryRootIsZero();
    void payback_data();
    void payback();
    void discountedPayback_data();
    void discountedPayback();
    void rates_data();
    void rates();
};

void TestFinance::npvValues_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expected");

    // −100 + 39/1.1 + 59/1.1² + 55/1.1³ + 20/1.1⁴, evaluated in exact rational arithmetic
    // (Python fractions) = 39.197459189946045…
    QTest::newRow("numpy-financial flows at 10%")
        << QList<double>{-100, 39, 59, 55, 20} << 0.1 << 39.197459189946045;
    // Rate 0: the plain sum.
    QTest::newRow("rate zero is the sum") << QList<double>{-100, 39, 59, 55, 20} << 0.0 << 73.0;
    // Flow t is discounted by (1+r)^t (finance.h); flow 0 is not discounted.
    QTest::newRow("single flow at t0") << QList<double>{-250} << 0.5 << -250.0;
    QTest::newRow("single flow at t2") << QList<double>{0, 0, 121} << 0.1 << 100.0;
    // −100 + 50/1.1 + 60/1.21 = (−12100 + 5500 + 6000)/121 = −600/121.
    QTest::newRow("just below break-even") << QList<double>{-100, 50, 60} << 0.1 << -600.0 / 121.0;
    QTest::newRow("empty") << QList<double>{} << 0.1 << 0.0;
    // Monthly: 12 months of 1 at i: annuity factor (1 − (1+i)^−12)/i summed from t=1.
    QTest::newRow("annuity 12 months at 1%")
        << QList<double>{0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1} << 0.01
        << (1.0 - std::pow(1.01, -12.0)) / 0.01;
}

void TestFinance::npvValues()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, rate);
    QFETCH(double, expected);
    const std::vector<double> v = toVector(flows);
    const double got = npv(v, rate);
    QVERIFY2(std::abs(got - expected) <= 1e-12 * std::max(1.0, std::abs(expected)),
             qPrintable(QString::number(got, 'g', 17)));
}

// "The" IRR: the root closest to zero (numpy-financial's convention).
void TestFinance::irrPublished_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("expected"); // NaN: no root
    QTest::addColumn<double>("tolerance");

    // numpy-financial irr docstring (full precision).
    QTest::newRow("np-fin [-100,39,59,55,20]")
        << QList<double>{-100, 39, 59, 55, 20} << 0.28094842115996066 << 1e-12;
    // numpy-financial TestIrr, published to 4 decimals (bisection: 0.0524328888594).
    QTest::newRow("np-fin [-150000,...,60000]")
        << QList<double>{-150000, 15000, 25000, 35000, 45000, 60000} << 0.0524 << 5e-5;
    // numpy-financial TestIrr: a negative IRR (bisection: −0.0954958303490).
    QTest::newRow("np-fin [-100,0,0,74]") << QList<double>{-100, 0, 0, 74} << -0.0955 << 5e-5;
    // numpy-financial TestIrr: two roots, −0.6789 and −0.0833; the one closest to zero.
    QTest::newRow("np-fin [-100,100,0,-7]") << QList<double>{-100, 100, 0, -7} << -0.0833 << 5e-5;
    // numpy-financial TestIrr (bisection: 0.0620584856299).
    QTest::newRow("np-fin [-100,100,0,7]") << QList<double>{-100, 100, 0, 7} << 0.0621 << 5e-5;
    // numpy-financial TestIrr: three roots (−0.8702, 0.0886, 0.7096); closest to zero.
    QTest::newRow("np-fin [-5,10.5,1,-8,1]") << QList<double>{-5, 10.5, 1, -8, 1} << 0.0886 << 5e-5;
    // (1 − 5v + 6v²) = (1−2v)(1−3v) in v = 1/(1+i): roots i = 1 and i = 2; closest to zero: 1.
    QTest::newRow("two roots 100% and 200%") << QList<double>{-1, 5, -6} << 1.0 << 1e-12;
    // −100 + 300/(1+i) = 0 → i = 2: an IRR above 100% per period.
    QTest::newRow("IRR 200%") << QList<double>{-100, 300} << 2.0 << 1e-12;
    // −100 + 101/(1+i) → i = 0.01 (NPFinancial.jl irr docstring).
    QTest::newRow("IRR 1%") << QList<double>{-100, 101} << 0.01 << 1e-12;
    // Leading zeros shift the polynomial only: same root as [-100, 300].
    QTest::newRow("leading and trailing zeros") << QList<double>{0, 0, -100, 300, 0} << 2.0 << 1e-12;
    // Total loss: −100 + 1/(1+i) → i = −0.99.
    QTest::newRow("IRR -99%") << QList<double>{-100, 1} << -0.99 << 1e-12;
    // No sign change → no root.
    QTest::newRow("all positive") << QList<double>{1, 2, 3} << kNoValue << 0.0;
    QTest::newRow("all negative") << QList<double>{-1, -2, -3} << kNoValue << 0.0;
    QTest::newRow("single flow") << QList<double>{-100} << kNoValue << 0.0;
    QTest::newRow("empty") << QList<double>{} << kNoValue << 0.0;
    QTest::newRow("all zero") << QList<double>{0, 0, 0} << kNoValue << 0.0;
    // (1 − v)²: a double root at i = 0 touches zero without crossing: not reported (finance.h).
    QTest::newRow("double root not reported") << QList<double>{1, -2, 1} << kNoValue << 0.0;
    // Two sign changes but no real root: 1 − v + v² > 0 for every v.
    QTest::newRow("two changes, no root") << QList<double>{1, -1, 1} << kNoValue << 0.0;
}

void TestFinance::irrPublished()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const std::vector<double> v = toVector(flows);
    const std::optional<double> got = irr(v);
    if (std::isnan(expected)) {
        QVERIFY2(!got.has_value(), qPrintable(QString::number(got.value_or(0), 'g', 17)));
        QVERIFY(irrRoots(v).empty());
        return;
    }
    QVERIFY(got.has_value());
    QVERIFY2(std::abs(*got - expected) <= tolerance, qPrintable(QString::number(*got, 'g', 17)));
    // irr() is one of irrRoots() and the one with the smallest magnitude.
    const std::vector<double> roots = irrRoots(v);
    QVERIFY(std::find(roots.begin(), roots.end(), *got) != roots.end());
    for (double r : roots)
        QVERIFY(std::abs(*got) <= std::abs(r));
}

// Every root, ascending (finance.h). Expected roots from independent bisection.
void TestFinance::irrRootsAll_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<double>("tolerance");

    QTest::newRow("[-1,5,-6] → 1, 2") << QList<double>{-1, 5, -6} << QList<double>{1.0, 2.0} << 1e-10;
    QTest::newRow("[-100,100,0,-7]") << QList<double>{-100, 100, 0, -7}
                                     << QList<double>{-0.6788943736323865, -0.08329966618493279}
                                     << 1e-9;
    QTest::newRow("[-5,10.5,1,-8,1]") << QList<double>{-5, 10.5, 1, -8, 1}
                                      << QList<double>{-0.8702012474847411, 0.08859833852775556,
                                                       0.7095595276861837}
                                      << 1e-9;
    // One sign change: exactly one root (Descartes).
    QTest::newRow("[-100,39,59,55,20]") << QList<double>{-100, 39, 59, 55, 20}
                                        << QList<double>{0.28094842115996066} << 1e-12;
    // (1−2v)(1−4v)(1−10v) = 1 − 16v + 68v² − 80v³: roots i = 1, 3, 9.
    QTest::newRow("three roots 1, 3, 9") << QList<double>{1, -16, 68, -80}
                                         << QList<double>{1.0, 3.0, 9.0} << 1e-9;
    QTest::newRow("no root") << QList<double>{1, 2, 3} << QList<double>{} << 0.0;
}

void TestFinance::irrRootsAll()
{
    QFETCH(QList<double>, flows);
    QFETCH(QList<double>, expected);
    QFETCH(double, tolerance);
    const std::vector<double> roots = irrRoots(toVector(flows));
    QCOMPARE(qsizetype(roots.size()), expected.size());
    QVERIFY(std::is_sorted(roots.begin(), roots.end()));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(roots[std::size_t(i)] - expected[i])
                     <= tolerance * std::max(1.0, std::abs(expected[i])),
                 qPrintable(QString::number(roots[std::size_t(i)], 'g', 17)));
}

// NPV(root) ≈ 0 relative to Σ|c_t|/(1+i)^t, for every root found.
void TestFinance::npvAtEveryRootIsZero_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::newRow("[-100,39,59,55,20]") << QList<double>{-100, 39, 59, 55, 20};
    QTest::newRow("[-150000,...]") << QList<double>{-150000, 15000, 25000, 35000, 45000, 60000};
    QTest::newRow("[-100,0,0,74]") << QList<double>{-100, 0, 0, 74};
    QTest::newRow("[-100,100,0,-7]") << QList<double>{-100, 100, 0, -7};
    QTest::newRow("[-100,100,0,7]") << QList<double>{-100, 100, 0, 7};
    QTest::newRow("[-5,10.5,1,-8,1]") << QList<double>{-5, 10.5, 1, -8, 1};
    QTest::newRow("[-1,5,-6]") << QList<double>{-1, 5, -6};
    QTest::newRow("[-100,300]") << QList<double>{-100, 300};
    // A 10-year monthly project: capex, 120 months of net inflow, salvage.
    QList<double> monthly{-1.0e9};
    for (int m = 1; m <= 120; ++m)
        monthly << 1.6e7;
    monthly.last() += 5.0e7;
    QTest::newRow("monthly project 120 months") << monthly;
}

void TestFinance::npvAtEveryRootIsZero()
{
    QFETCH(QList<double>, flows);
    const std::vector<double> v = toVector(flows);
    const std::vector<double> roots = irrRoots(v);
    QVERIFY(!roots.empty());
    for (double r : roots) {
        QVERIFY(r > -1.0);
        const double residual = npv(v, r);
        QVERIFY2(std::abs(residual) <= 1e-9 * npvScale(v, r),
                 qPrintable(QStringLiteral("root %1 npv %2").arg(r, 0, 'g', 17).arg(residual)));
    }
}

// Payback: interpolated within the month whose flow first brings the cumulative sum to ≥ 0:
// (t−1) + (−C_{t−1})/cf_t (finance.h; docs/architecture.md conventions).
void TestFinance::payback_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("expected"); // NaN: never

    QTest::newRow("never") << QList<double>{-100, 10, 10, 10} << kNoValue;
    QTest::newRow("never, all negative") << QList<double>{-100, -10} << kNoValue;
    QTest::newRow("empty") << QList<double>{} << kNoValue;
    QTest::newRow("inflow in month 0") << QList<double>{50, -10, 20} << 0.0;
    QTest::newRow("zero in month 0") << QList<double>{0, -10, 20} << 0.0;
    // Cumulative −40 after month 2; 40/50 of month 3: 2 + 0.8.
    QTest::newRow("interpolated 2.8") << QList<double>{-100, 30, 30, 50} << 2.8;
    // Reaches exactly zero at the end of month 2: 1 + 50/50.
    QTest::newRow("exactly zero at 2") << QList<double>{-100, 50, 50} << 2.0;
    QTest::newRow("one period") << QList<double>{-100, 100} << 1.0;
    // The first crossing counts even though the cumulative sum dips below zero afterwards:
    // cumulative −40 after month 1, so 1 + 40/60.
    QTest::newRow("dip after crossing") << QList<double>{-100, 60, 60, -50, 10} << 1.0 + 40.0 / 60.0;
    // Staged capex: −100, −50 then 40 a month: cumulative −100, −150, −110, −70, −30, +10
    // → crosses in month 5: 4 + 30/40.
    QTest::newRow("staged capex") << QList<double>{-100, -50, 40, 40, 40, 40} << 4.75;
}

void TestFinance::payback()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, expected);
    const std::optional<double> got = ccp::payback(toVector(flows));
    if (std::isnan(expected)) {
        QVERIFY(!got.has_value());
        return;
    }
    QVERIFY(got.has_value());
    QVERIFY2(std::abs(*got - expected) < 1e-12, qPrintable(QString::number(*got, 'g', 17)));
}

void TestFinance::discountedPayback_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expected"); // NaN: never

    // Discounted flows 60/1.1, 60/1.1²: cumulative −100 + 54.545… = −45.454…, then
    // 1 + (100 − 60/1.1)/(60/1.21) = 1.91666…; simple payback is 1.666…
    QTest::newRow("10% later than simple")
        << QList<double>{-100, 60, 60} << 0.1 << 1.0 + (100.0 - 60.0 / 1.1) / (60.0 / 1.21);
    // Pays back undiscounted at exactly 2, never at 10%.
    QTest::newRow("never when discounted") << QList<double>{-100, 50, 50} << 0.1 << kNoValue;
    // At rate 0 it equals the simple payback.
    QTest::newRow("rate zero equals simple") << QList<double>{-100, 30, 30, 50} << 0.0 << 2.8;
    QTest::newRow("inflow in month 0") << QList<double>{10, -100} << 0.5 << 0.0;
    // −100 + 150/1.1² > 0 at t = 2 → 1 + 100/(150/1.21) = 1 + 121/150.
    QTest::newRow("crossing at 2 after a zero month")
        << QList<double>{-100, 0, 150} << 0.1 << 1.0 + 121.0 / 150.0;
}

void TestFinance::discountedPayback()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, rate);
    QFETCH(double, expected);
    const std::vector<double> v = toVector(flows);
    const std::optional<double> got = ccp::discountedPayback(v, rate);
    if (std::isnan(expected)) {
        QVERIFY(!got.has_value());
        QVERIFY(ccp::payback(v).has_value()); // the simple payback exists in these rows
        return;
    }
    QVERIFY(got.has_value());
    QVERIFY2(std::abs(*got - expected) < 1e-9, qPrintable(QString::number(*got, 'g', 17)));
    const std::optional<double> simple = ccp::payback(v);
    QVERIFY(simple.has_value());
    QVERIFY(*got >= *simple - 1e-12); // discounting never shortens the payback
    if (rate > 0 && *simple > 0)
        QVERIFY(*got > *simple);
}

// monthlyRate(r) = (1+r)^(1/12) − 1; annualRate is its inverse (finance.h).
void TestFinance::rates_data()
{
    QTest::addColumn<double>("annual");
    QTest::addColumn<double>("monthly");

    // 1.08^(1/12) − 1 = 0.00643403011000343 (Python float).
    QTest::newRow("8%") << 0.08 << 0.00643403011000343;
    QTest::newRow("0%") << 0.0 << 0.0;
    // 1.1^(1/12) − 1 = 0.007974140428903764 (Python float).
    QTest::newRow("10%") << 0.10 << 0.007974140428903764;
    // 4^(1/12) − 1 = 2^(1/6) − 1 = 0.12246204830937302.
    QTest::newRow("300%") << 3.0 << 0.12246204830937302;
    // 0.5^(1/12) − 1 = −0.05612568731830647.
    QTest::newRow("-50%") << -0.5 << -0.05612568731830647;
}

void TestFinance::rates()
{
    QFETCH(double, annual);
    QFETCH(double, monthly);
    const double m = monthlyRate(annual);
    QVERIFY2(std::abs(m - monthly) <= 1e-15 + 1e-13 * std::abs(monthly),
             qPrintable(QString::number(m, 'g', 17)));
    QVERIFY(std::abs(annualRate(m) - annual) <= 1e-14 * std::max(1.0, std::abs(annual)));
    QVERIFY(std::abs(annualRate(monthly) - annual) <= 1e-13 * std::max(1.0, std::abs(annual)));
    // Twelve months at the monthly rate compound to the annual rate.
    QVERIFY(std::abs(std::pow(1.0 + m, 12) - (1.0 + annual)) <= 1e-14 * (1.0 + std::abs(annual)));
    // Compounding: the monthly rate is below annual/12 for positive rates.
    if (annual > 0)
        QVERIFY(m < annual / 12.0);
}

QTEST_APPLESS_MAIN(TestFinance)
#include "tst_finance.moc"
