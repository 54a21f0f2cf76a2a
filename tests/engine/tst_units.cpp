// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the unit helpers (model/engine/units.h) and the Money type (model/engine/money.h).
// Reference values are SI definitions: 1 W = 1 J/s, 1 kWh = 3.6e6 J, 1 MWh = 3.6e9 J,
// 1 h = 3600 s, 1 TFLOP/s = 1e12 /s, 1 Gb/s = 1e9 bit/s; a month is 8760/12 = 730 h.

#include "money.h"
#include "units.h"

#include <QtTest>

#include <cmath>
#include <type_traits>

using namespace ccp;
namespace u = ccp::units;

// Money is never a bare double (money.h): no implicit conversion either way, no public
// constructor from double.
static_assert(!std::is_convertible_v<double, Money>);
static_assert(!std::is_convertible_v<Money, double>);
static_assert(!std::is_constructible_v<Money, double>);
static_assert(std::is_trivially_copyable_v<Money>);
static_assert(Money::cny(2.5).cnyValue() == 2.5);
static_assert(Money() == Money::zero());
// Quantities of different dimensions do not add or convert (units.h).
static_assert(!std::is_convertible_v<u::Power, u::Energy>);
static_assert(!std::is_convertible_v<double, u::Power>);
static_assert(!std::is_convertible_v<u::Duration, u::FlopRate>);
static_assert(std::is_same_v<decltype(u::kilowatts(1) * u::hours(1)), u::Energy>);
static_assert(u::kHoursPerMonth == 730.0);
static_assert(u::kHoursPerYear == 8760.0);

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void power_data();
    void power();
    void energy_data();
    void energy();
    void duration_data();
    void duration();
    void flopRate_data();
    void flopRate();
    void dataRate_data();
    void dataRate();
    void dimensionalProducts();
    void moneyArithmetic_data();
    void moneyArithmetic();
    void moneyOrdering();
};

void TestUnits::power_data()
{
    QTest::addColumn<double>("kw");
    QTest::addColumn<double>("watts");
    QTest::newRow("1 kW") << 1.0 << 1000.0;
    QTest::newRow("DGX H100 10.2 kW") << 10.2 << 10200.0;
    QTest::newRow("zero") << 0.0 << 0.0;
    QTest::newRow("1.2 MW") << 1200.0 << 1.2e6;
}

void TestUnits::power()
{
    QFETCH(double, kw);
    QFETCH(double, watts);
    const u::Power p = u::kilowatts(kw);
    QVERIFY(qFuzzyCompare(1.0 + p.value(), 1.0 + watts));
    QVERIFY(qFuzzyCompare(1.0 + u::toKilowatts(p), 1.0 + kw));
    QVERIFY(qFuzzyCompare(1.0 + u::toKilowatts(u::watts(watts)), 1.0 + kw));
}

void TestUnits::energy_data()
{
    QTest::addColumn<double>("kwh");
    QTest::addColumn<double>("joules");
    QTest::addColumn<double>("mwh");
    QTest::newRow("1 kWh") << 1.0 << 3.6e6 << 1e-3;
    QTest::newRow("1 MWh") << 1000.0 << 3.6e9 << 1.0;
    QTest::newRow("1 GWh") << 1e6 << 3.6e12 << 1000.0;
    QTest::newRow("zero") << 0.0 << 0.0 << 0.0;
}

void TestUnits::energy()
{
    QFETCH(double, kwh);
    QFETCH(double, joules);
    QFETCH(double, mwh);
    const u::Energy e = u::kilowattHours(kwh);
    QVERIFY(qFuzzyCompare(1.0 + e.value(), 1.0 + joules));
    QVERIFY(qFuzzyCompare(1.0 + u::toKilowattHours(e), 1.0 + kwh));
    QVERIFY(qFuzzyCompare(1.0 + u::toMegawattHours(e), 1.0 + mwh));
    QVERIFY(qFuzzyCompare(1.0 + u::toMegawattHours(u::Energy::from_value(joules)), 1.0 + mwh));
}

void TestUnits::duration_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("days");
    QTest::newRow("1 h") << 1.0 << 3600.0 << 1.0 / 24.0;
    QTest::newRow("1 day") << 24.0 << 86400.0 << 1.0;
    QTest::newRow("1 minute") << 1.0 / 60.0 << 60.0 << 1.0 / 1440.0;
    QTest::newRow("1 month (730 h)") << u::kHoursPerMonth << 730.0 * 3600.0 << 730.0 / 24.0;
    QTest::newRow("1 year (8760 h)") << u::kHoursPerYear << 8760.0 * 3600.0 << 365.0;
}

void TestUnits::duration()
{
    QFETCH(double, hours);
    QFETCH(double, seconds);
    QFETCH(double, days);
    const u::Duration t = u::hours(hours);
    QVERIFY(qFuzzyCompare(t.value(), seconds));
    QVERIFY(qFuzzyCompare(u::toHours(t), hours));
    QVERIFY(qFuzzyCompare(u::toDays(t), days));
    QVERIFY(qFuzzyCompare(u::days(days).value(), seconds));
    QVERIFY(qFuzzyCompare(u::toHours(u::days(days)), hours));
}

void TestUnits::flopRate_data()
{
    QTest::addColumn<double>("tflops");
    QTest::addColumn<double>("pflops");
    QTest::newRow("A100 312 TF") << 312.0 << 0.312;
    QTest::newRow("H100 989.4 TF") << 989.4 << 0.9894;
    QTest::newRow("1 PF") << 1000.0 << 1.0;
}

void TestUnits::flopRate()
{
    QFETCH(double, tflops);
    QFETCH(double, pflops);
    QVERIFY(qFuzzyCompare(u::teraflops(tflops).value(), tflops * 1e12));
    QVERIFY(qFuzzyCompare(u::toPetaflops(u::teraflops(tflops)), pflops));
    QVERIFY(qFuzzyCompare(u::toTeraflops(u::petaflops(pflops)), tflops));
    QVERIFY(qFuzzyCompare(u::petaflops(pflops).value(), pflops * 1e15));
}

void TestUnits::dataRate_data()
{
    QTest::addColumn<double>("gbps");
    QTest::newRow("HDR 200") << 200.0;
    QTest::newRow("NDR 400") << 400.0;
    QTest::newRow("XDR 800") << 800.0;
}

void TestUnits::dataRate()
{
    QFETCH(double, gbps);
    const u::DataRate r = u::gigabitsPerSecond(gbps);
    QVERIFY(qFuzzyCompare(r.value(), gbps * 1e9)); // bits per second
    QVERIFY(qFuzzyCompare(u::toGigabitsPerSecond(r), gbps));
}

// Power × time is energy; energy / time is power (Boost.Units dimensional analysis).
void TestUnits::dimensionalProducts()
{
    const u::Energy e = u::kilowatts(10) * u::hours(730);
    QVERIFY(qFuzzyCompare(u::toMegawattHours(e), 7.3));
    const u::Power p = u::kilowattHours(24) / u::days(1);
    QVERIFY(qFuzzyCompare(u::toKilowatts(p), 1.0));
    // 1 PF/s for one day = 8.64e19 FLOP (a "PF-day").
    const double flops = (u::petaflops(1) * u::days(1)).value();
    QVERIFY(qFuzzyCompare(flops, 8.64e19));
    QCOMPARE(u::kHoursPerMonth, 730.0);
    QCOMPARE(u::kHoursPerMonth * 12.0, u::kHoursPerYear);
}

void TestUnits::moneyArithmetic_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("factor");
    QTest::newRow("integers") << 1500.0 << 250.0 << 4.0;
    QTest::newRow("server and card") << 2.8e6 << 1.2e5 << 0.5;
    QTest::newRow("negative") << -100.0 << 40.0 << 1.1;
}

void TestUnits::moneyArithmetic()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, factor);
    const Money ma = Money::cny(a), mb = Money::cny(b);
    QCOMPARE((ma + mb).cnyValue(), a + b);
    QCOMPARE((ma - mb).cnyValue(), a - b);
    QCOMPARE((-ma).cnyValue(), -a);
    QCOMPARE((ma * factor).cnyValue(), a * factor);
    QCOMPARE((factor * ma).cnyValue(), a * factor);
    QCOMPARE((ma / factor).cnyValue(), a / factor);
    const double ratio = ma / mb; // the ratio of two amounts is a plain number
    QCOMPARE(ratio, a / b);
    Money acc = ma;
    acc += mb;
    QCOMPARE(acc.cnyValue(), a + b);
    acc -= mb;
    QCOMPARE(acc.cnyValue(), a);
    acc *= factor;
    QCOMPARE(acc.cnyValue(), a * factor);
    QCOMPARE((ma - ma).cnyValue(), Money::zero().cnyValue());
}

void TestUnits::moneyOrdering()
{
    QVERIFY(Money::cny(1) < Money::cny(2));
    QVERIFY(Money::cny(-1) < Money::zero());
    QVERIFY(Money::cny(3) == Money::cny(1) + Money::cny(2));
    QVERIFY(Money::cny(3) != Money::cny(3.0001));
    QVERIFY(Money::cny(5) >= Money::cny(5));
    QCOMPARE(Money().cnyValue(), 0.0);
}

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
