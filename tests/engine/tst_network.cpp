// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the scale-out fabric sizing (model/engine/network.h).
//
// Reference: M. Al-Fares, A. Loukissas, A. Vahdat, "A Scalable, Commodity Data Center Network
// Architecture", SIGCOMM 2008, §3 (fat-tree of k-port switches). At 1:1 a two-tier tree
// carries k²/2 hosts with ⌈2E/k⌉ leaves and ⌈E/k⌉ spines; a three-tier tree carries k³/4
// hosts with ⌈2E/k⌉ edge, ⌈2E/k⌉ aggregation and ⌈E/k⌉ core switches. Capacities per radix are
// also listed in /work/shared/data/reference-figures.md ("Network").

#include "network.h"
#include "sizing.h"

#include <QtTest>

#include <algorithm>
#include <climits>

using namespace ccp;

namespace {
long ceilDiv(long a, long b) { return (a + b - 1) / b; }
} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fatTreeLiteral_data();
    void fatTreeLiteral();
    void nonBlockingFormulas_data();
    void nonBlockingFormulas();
    void tierChoice_data();
    void tierChoice();
    void capacity_data();
    void capacity();
    void oversubscribedPorts_data();
    void oversubscribedPorts();
    void noEndpoints_data();
    void noEndpoints();
    void sizeNetwork_data();
    void sizeNetwork();
    void sizeNetworkWithoutRadix();
    void hostileRecordsSaturate();
};

// Hand-computed counts. Columns: leaves = leaf/edge switches, spines = spine/aggregation,
// cores = core switches, links = NIC–leaf + leaf–spine + spine–core links.
void TestNetwork::fatTreeLiteral_data()
{
    QTest::addColumn<qlonglong>("endpoints");
    QTest::addColumn<int>("radix");
    QTest::addColumn<double>("oversubscription");
    QTest::addColumn<int>("tiers");
    QTest::addColumn<qlonglong>("leaves");
    QTest::addColumn<qlonglong>("spines");
    QTest::addColumn<qlonglong>("cores");
    QTest::addColumn<qlonglong>("links");
    QTest::addColumn<qlonglong>("maxEndpoints");

    // Al-Fares 2008: one switch when E ≤ k.
    QTest::newRow("k64 E64 one switch") << 64LL << 64 << 1.0 << 1 << 1LL << 0LL << 0LL << 64LL << 64LL;
    // Al-Fares 2008, 2 tiers: ⌈2·65/64⌉ = 3 leaves, ⌈65/64⌉ = 2 spines; links 65 + 3·32.
    QTest::newRow("k64 E65 two tiers") << 65LL << 64 << 1.0 << 2 << 3LL << 2LL << 0LL << 161LL << 2048LL;
    // Al-Fares 2008, full 2-tier k=64: 64 leaves, 32 spines, 2E links, capacity k²/2 = 2048.
    QTest::newRow("k64 E2048 full 2-tier") << 2048LL << 64 << 1.0 << 2 << 64LL << 32LL << 0LL << 4096LL << 2048LL;
    // Al-Fares 2008, 3 tiers: ⌈4098/64⌉ = 65 edge, 65 aggregation, ⌈2049/64⌉ = 33 core;
    // links 2049 + 65·32 + 65·32 = 6209; capacity k³/4 = 65536.
    QTest::newRow("k64 E2049 three tiers") << 2049LL << 64 << 1.0 << 3 << 65LL << 65LL << 33LL << 6209LL << 65536LL;
    // Al-Fares 2008, full 3-tier k=64: k²/2 = 2048 edge and aggregation, k²/4 = 1024 core, 3E links.
    QTest::newRow("k64 E65536 full 3-tier") << 65536LL << 64 << 1.0 << 3 << 2048LL << 2048LL << 1024LL << 196608LL << 65536LL;
    // k=40 (HDR QM8700): 2-tier capacity 800 → 40 leaves, 20 spines.
    QTest::newRow("k40 E800 full 2-tier") << 800LL << 40 << 1.0 << 2 << 40LL << 20LL << 0LL << 1600LL << 800LL;
    // k=40: ⌈2000/40⌉ = 50 edge, 50 aggregation, ⌈1000/40⌉ = 25 core, 3E links.
    QTest::newRow("k40 E1000 three tiers") << 1000LL << 40 << 1.0 << 3 << 50LL << 50LL << 25LL << 3000LL << 16000LL;
    // k=40 full 3-tier: k³/4 = 16000 hosts, 800 edge, 800 aggregation, 400 core.
    QTest::newRow("k40 E16000 full 3-tier") << 16000LL << 40 << 1.0 << 3 << 800LL << 800LL << 400LL << 48000LL << 16000LL;
    // k=128: k²/2 = 8192 → 128 leaves, 64 spines.
    QTest::newRow("k128 E8192 full 2-tier") << 8192LL << 128 << 1.0 << 2 << 128LL << 64LL << 0LL << 16384LL << 8192LL;
    // k=128: k³/4 = 524288 → 8192 edge, 8192 aggregation, 4096 core.
    QTest::newRow("k128 E524288 full 3-tier") << 524288LL << 128 << 1.0 << 3 << 8192LL << 8192LL << 4096LL << 1572864LL << 524288LL;
    // k=144 (XDR Q3400): k²/2 = 10368 → 144 leaves, 72 spines.
    QTest::newRow("k144 E10368 full 2-tier") << 10368LL << 144 << 1.0 << 2 << 144LL << 72LL << 0LL << 20736LL << 10368LL;
    // k=144: ⌈20738/144⌉ = 145 edge and aggregation, ⌈10369/144⌉ = 73 core; links 10369 + 2·145·72.
    QTest::newRow("k144 E10369 three tiers") << 10369LL << 144 << 1.0 << 3 << 145LL << 145LL << 73LL << 31249LL << 746496LL;
    // k=144: k³/4 = 746496 → 10368 edge, 10368 aggregation, 5184 core.
    QTest::newRow("k144 E746496 full 3-tier") << 746496LL << 144 << 1.0 << 3 << 10368LL << 10368LL << 5184LL << 2239488LL << 746496LL;
    // Oversubscription r:1 (network.h): down = ⌊k·r/(r+1)⌋, up = k − down.
    // k=64, r=3: down 48, up 16; 2-tier capacity 64·48 = 3072; 64 leaves, ⌈64·16/64⌉ = 16 spines.
    QTest::newRow("k64 r3 E3072 full 2-tier") << 3072LL << 64 << 3.0 << 2 << 64LL << 16LL << 0LL << 4096LL << 3072LL;
    // k=64, r=3: ⌈1000/48⌉ = 21 leaves, ⌈21·16/64⌉ = 6 spines; links 1000 + 21·16.
    QTest::newRow("k64 r3 E1000") << 1000LL << 64 << 3.0 << 2 << 21LL << 6LL << 0LL << 1336LL << 3072LL;
    // k=64, r=3, 3 tiers: 65 edge (⌈3073/48⌉), 1040 uplinks → ⌈1040/32⌉ = 33 aggregation,
    // 33·32 = 1056 → ⌈1056/64⌉ = 17 core; capacity k³/4 · 48/16 = 196608.
    QTest::newRow("k64 r3 E3073 three tiers") << 3073LL << 64 << 3.0 << 3 << 65LL << 33LL << 17LL << 5169LL << 196608LL;
    // k=64, r=2: down ⌊42.67⌋ = 42, up 22; ⌈2000/42⌉ = 48 leaves, ⌈48·22/64⌉ = 17 spines.
    QTest::newRow("k64 r2 E2000") << 2000LL << 64 << 2.0 << 2 << 48LL << 17LL << 0LL << 3056LL << 2688LL;
    // k=40, r=4: down 32, up 8; capacity 1280 → 40 leaves, ⌈40·8/40⌉ = 8 spines.
    QTest::newRow("k40 r4 E1280 full 2-tier") << 1280LL << 40 << 4.0 << 2 << 40LL << 8LL << 0LL << 1600LL << 1280LL;
    // Oversubscription below 1 is treated as 1:1 (network.h: oversubscription ≥ 1).
    QTest::newRow("k64 r0.5 clamps to 1:1") << 2048LL << 64 << 0.5 << 2 << 64LL << 32LL << 0LL << 4096LL << 2048LL;
}

void TestNetwork::fatTreeLiteral()
{
    QFETCH(qlonglong, endpoints);
    QFETCH(int, radix);
    QFETCH(double, oversubscription);
    QFETCH(int, tiers);
    QFETCH(qlonglong, leaves);
    QFETCH(qlonglong, spines);
    QFETCH(qlonglong, cores);
    QFETCH(qlonglong, links);
    QFETCH(qlonglong, maxEndpoints);

    const NetworkResult n = fatTreeCounts(long(endpoints), radix, oversubscription);
    QCOMPARE(n.tiers, tiers);
    QCOMPARE(qlonglong(n.endpoints), endpoints);
    QCOMPARE(qlonglong(n.leafSwitches), leaves);
    QCOMPARE(qlonglong(n.spineSwitches), spines);
    QCOMPARE(qlonglong(n.coreSwitches), cores);
    QCOMPARE(qlonglong(n.links), links);
    QCOMPARE(qlonglong(n.cables), links);
    QCOMPARE(qlonglong(n.nodeLinks), endpoints);
    QCOMPARE(qlonglong(n.maxEndpoints), maxEndpoints);
    QCOMPARE(qlonglong(n.nodeLinks + n.leafSpineLinks + n.spineCoreLinks), links);
    QVERIFY(n.maxEndpoints >= n.endpoints);
}

// Sweep of sizes and radices at 1:1 against the Al-Fares formulas written out independently.
void TestNetwork::nonBlockingFormulas_data()
{
    QTest::addColumn<qlonglong>("endpoints");
    QTest::addColumn<int>("radix");

    const int radices[] = {8, 16, 40, 48, 64, 128, 144};
    for (int k : radices) {
        const long k2 = long(k) * k / 2, k3 = long(k) * k * k / 4;
        const long sizes[] = {long(k) + 1, long(k) + k / 2, 3L * k, k2 / 2 + 1, k2 - 1, k2,
                              k2 + 1, k2 + k / 2, 2 * k2 + 7, k3 / 3, k3 - 1, k3};
        for (long e : sizes) {
            const QByteArray name = "k" + QByteArray::number(k) + " E" + QByteArray::number(qlonglong(e));
            QTest::newRow(name.constData()) << qlonglong(e) << k;
        }
    }
}

void TestNetwork::nonBlockingFormulas()
{
    QFETCH(qlonglong, endpoints);
    QFETCH(int, radix);
    const long e = long(endpoints), k = radix;

    const NetworkResult n = fatTreeCounts(e, radix, 1.0);
    QCOMPARE(n.leafDownPorts, radix / 2);
    QCOMPARE(n.leafUpPorts, radix / 2);
    // Al-Fares 2008: ⌈2E/k⌉ leaves (edge) in both 2 and 3 tiers.
    QCOMPARE(n.leafSwitches, ceilDiv(2 * e, k));
    if (e <= k * k / 2) {
        QCOMPARE(n.tiers, 2);
        QCOMPARE(n.maxEndpoints, k * k / 2);
        QCOMPARE(n.spineSwitches, ceilDiv(e, k)); // ⌈E/k⌉ spines
        QCOMPARE(n.coreSwitches, 0L);
        if (e % (k / 2) == 0)
            QCOMPARE(n.links, 2 * e); // full leaves: E host links + E uplinks
    } else {
        QCOMPARE(n.tiers, 3);
        QCOMPARE(n.maxEndpoints, k * k * k / 4);
        QCOMPARE(n.spineSwitches, ceilDiv(2 * e, k)); // ⌈2E/k⌉ aggregation
        QCOMPARE(n.coreSwitches, ceilDiv(e, k));      // ⌈E/k⌉ core
        if (e % (k / 2) == 0)
            QCOMPARE(n.links, 3 * e);
    }
    // Every switch has enough ports for the links it terminates.
    QVERIFY(n.leafSwitches * k >= n.nodeLinks + n.leafSpineLinks);
    QVERIFY(n.spineSwitches * k >= n.leafSpineLinks + n.spineCoreLinks);
    QVERIFY(n.coreSwitches * k >= n.spineCoreLinks);
}

// Fewest tiers that fit (network.h; Al-Fares 2008): 1 when E ≤ k, 2 up to k²/2, 3 up to k³/4.
void TestNetwork::tierChoice_data()
{
    QTest::addColumn<qlonglong>("endpoints");
    QTest::addColumn<int>("radix");
    QTest::addColumn<int>("tiers");

    const int radices[] = {8, 40, 64, 128, 144};
    for (int k : radices) {
        const long k2 = long(k) * k / 2, k3 = long(k) * k * k / 4;
        const QByteArray p = "k" + QByteArray::number(k) + " ";
        QTest::newRow((p + "E1").constData()) << 1LL << k << 1;
        QTest::newRow((p + "E=k").constData()) << qlonglong(k) << k << 1;
        QTest::newRow((p + "E=k+1").constData()) << qlonglong(k + 1) << k << 2;
        QTest::newRow((p + "E=k^2/2").constData()) << qlonglong(k2) << k << 2;
        QTest::newRow((p + "E=k^2/2+1").constData()) << qlonglong(k2 + 1) << k << 3;
        QTest::newRow((p + "E=k^3/4").constData()) << qlonglong(k3) << k << 3;
    }
}

void TestNetwork::tierChoice()
{
    QFETCH(qlonglong, endpoints);
    QFETCH(int, radix);
    QFETCH(int, tiers);
    QCOMPARE(fatTreeCounts(long(endpoints), radix, 1.0).tiers, tiers);
}

// reference-figures.md, "Network": k=40 → 800/16,000; 64 → 2,048/65,536; 128 → 8,192/524,288;
// 144 → 10,368/746,496 (2-tier / 3-tier capacity at 1:1).
void TestNetwork::capacity_data()
{
    QTest::addColumn<int>("radix");
    QTest::addColumn<qlonglong>("twoTier");
    QTest::addColumn<qlonglong>("threeTier");
    QTest::newRow("k40 HDR QM8700") << 40 << 800LL << 16000LL;
    QTest::newRow("k64 NDR QM9700") << 64 << 2048LL << 65536LL;
    QTest::newRow("k128") << 128 << 8192LL << 524288LL;
    QTest::newRow("k144 XDR Q3400") << 144 << 10368LL << 746496LL;
}

void TestNetwork::capacity()
{
    QFETCH(int, radix);
    QFETCH(qlonglong, twoTier);
    QFETCH(qlonglong, threeTier);
    const NetworkResult two = fatTreeCounts(long(twoTier), radix, 1.0);
    QCOMPARE(two.tiers, 2);
    QCOMPARE(qlonglong(two.maxEndpoints), twoTier);
    const NetworkResult three = fatTreeCounts(long(twoTier) + 1, radix, 1.0);
    QCOMPARE(three.tiers, 3);
    QCOMPARE(qlonglong(three.maxEndpoints), threeTier);
    const NetworkResult full = fatTreeCounts(long(threeTier), radix, 1.0);
    QCOMPARE(full.tiers, 3);
    QCOMPARE(qlonglong(full.maxEndpoints), threeTier);
}

// Leaf port split r:1 (network.h): down = ⌊k·r/(r+1)⌋, up = k − down; leaves ⌈E/down⌉,
// spines ⌈leaves·up/k⌉ in two tiers.
void TestNetwork::oversubscribedPorts_data()
{
    QTest::addColumn<int>("radix");
    QTest::addColumn<double>("oversubscription");
    QTest::addColumn<int>("down");
    QTest::addColumn<int>("up");

    QTest::newRow("k64 r1") << 64 << 1.0 << 32 << 32;
    QTest::newRow("k64 r3") << 64 << 3.0 << 48 << 16;      // 64·3/4 = 48
    QTest::newRow("k64 r2") << 64 << 2.0 << 42 << 22;      // ⌊42.67⌋
    QTest::newRow("k64 r1.5") << 64 << 1.5 << 38 << 26;    // ⌊38.4⌋
    QTest::newRow("k40 r4") << 40 << 4.0 << 32 << 8;       // 40·4/5 = 32
    QTest::newRow("k40 r3") << 40 << 3.0 << 30 << 10;      // 40·3/4 = 30
    QTest::newRow("k128 r7") << 128 << 7.0 << 112 << 16;   // 128·7/8 = 112
    QTest::newRow("k144 r2") << 144 << 2.0 << 96 << 48;    // 144·2/3 = 96 exactly
    QTest::newRow("k4 r1000 keeps one uplink") << 4 << 1000.0 << 3 << 1;
}

void TestNetwork::oversubscribedPorts()
{
    QFETCH(int, radix);
    QFETCH(double, oversubscription);
    QFETCH(int, down);
    QFETCH(int, up);

    const long k = radix;
    const long e = k * down; // largest 2-tier size
    const NetworkResult n = fatTreeCounts(e, radix, oversubscription);
    QCOMPARE(n.leafDownPorts, down);
    QCOMPARE(n.leafUpPorts, up);
    QCOMPARE(n.tiers, 2);
    QCOMPARE(n.maxEndpoints, k * down);
    QCOMPARE(n.leafSwitches, ceilDiv(e, down));
    QCOMPARE(n.spineSwitches, ceilDiv(n.leafSwitches * up, k));

    // One more endpoint needs a third tier.
    const NetworkResult n3 = fatTreeCounts(e + 1, radix, oversubscription);
    QCOMPARE(n3.tiers, 3);
    QCOMPARE(n3.leafSwitches, ceilDiv(e + 1, down));

    // Oversubscription never needs more switches than 1:1 for the same 2-tier size.
    if (oversubscription > 1.0 && e > k) {
        const long e2 = std::min(e, k * k / 2);
        if (e2 > k) {
            const NetworkResult over = fatTreeCounts(e2, radix, oversubscription);
            const NetworkResult flat = fatTreeCounts(e2, radix, 1.0);
            QVERIFY(over.leafSwitches + over.spineSwitches <= flat.leafSwitches + flat.spineSwitches);
        }
    }
}

void TestNetwork::noEndpoints_data()
{
    QTest::addColumn<qlonglong>("endpoints");
    QTest::addColumn<int>("radix");
    QTest::newRow("E0") << 0LL << 64;
    QTest::newRow("E negative") << -5LL << 64;
    QTest::newRow("radix 1") << 100LL << 1; // network.h: radix ≥ 2
    QTest::newRow("radix 0") << 100LL << 0;
}

void TestNetwork::noEndpoints()
{
    QFETCH(qlonglong, endpoints);
    QFETCH(int, radix);
    const NetworkResult n = fatTreeCounts(long(endpoints), radix, 1.0);
    QCOMPARE(n.tiers, 0);
    QCOMPARE(n.leafSwitches, 0L);
    QCOMPARE(n.spineSwitches, 0L);
    QCOMPARE(n.coreSwitches, 0L);
    QCOMPARE(n.links, 0L);
}

// sizeNetwork() with a hand-made fabric: switch 1500 W / ¥250,000 / 1 U, NIC 25 W / ¥8,000,
// transceiver 15 W / ¥5,000, cable ¥500. Expected values computed by hand from network.h:
// transceivers = NICs + ⌈(host links + 2·(leaf–spine + spine–core links)) / ports per module⌉;
// power = (switches·W + NICs·W + transceivers·W)/1000; capex = switches·price + NICs·price +
// transceivers·price + cables·price.
void TestNetwork::sizeNetwork_data()
{
    QTest::addColumn<qlonglong>("endpoints");
    QTest::addColumn<int>("portsPerTransceiver");
    QTest::addColumn<qlonglong>("switches");
    QTest::addColumn<qlonglong>("transceivers");
    QTest::addColumn<double>("powerKw");
    QTest::addColumn<double>("switchCapex");
    QTest::addColumn<double>("nicCapex");
    QTest::addColumn<double>("opticsCapex");

    // 2 tiers: 32 leaves + 16 spines; port ends 1000 + 2·1024 = 3048 → 1524 twin-port modules;
    // 1000 + 1524 = 2524; (48·1500 + 1000·25 + 2524·15)/1000 = 134.86 kW;
    // optics 2524·5000 + 2024 cables·500.
    QTest::newRow("E1000 twin-port") << 1000LL << 2 << 48LL << 2524LL << 134.86 << 12.0e6 << 8.0e6 << 13.632e6;
    // Same with one port per module: 1000 + 3048 = 4048; 72 + 25 + 60.72 = 157.72 kW.
    QTest::newRow("E1000 single-port") << 1000LL << 1 << 48LL << 4048LL << 157.72 << 12.0e6 << 8.0e6 << 21.252e6;
    // A value below 1 counts as 1 module per port.
    QTest::newRow("E1000 zero ports per module") << 1000LL << 0 << 48LL << 4048LL << 157.72 << 12.0e6 << 8.0e6 << 21.252e6;
    // 1 tier: one switch; 48 port ends → 24 modules; 48 + 24 = 72; 1.5 + 1.2 + 1.08 = 3.78 kW.
    QTest::newRow("E48 one switch") << 48LL << 2 << 1LL << 72LL << 3.78 << 0.25e6 << 0.384e6 << 0.384e6;
    // 3 tiers: 128 edge + 128 aggregation + 64 core = 320; port ends 4096 + 2·(4096 + 4096) =
    // 20480 → 10240; 4096 + 10240 = 14336; (480000 + 102400 + 215040)/1000 = 797.44 kW;
    // optics 14336·5000 + 12288 cables·500 = 77.824e6.
    QTest::newRow("E4096 three tiers") << 4096LL << 2 << 320LL << 14336LL << 797.44 << 80.0e6 << 32.768e6 << 77.824e6;
}

void TestNetwork::sizeNetwork()
{
    QFETCH(qlonglong, endpoints);
    QFETCH(int, portsPerTransceiver);
    QFETCH(qlonglong, switches);
    QFETCH(qlonglong, transceivers);
    QFETCH(double, powerKw);
    QFETCH(double, switchCapex);
    QFETCH(double, nicCapex);
    QFETCH(double, opticsCapex);

    Fabric f;
    f.id = "test-fabric";
    f.switchRadix = 64;
    f.switchPowerW = 1500;
    f.switchPrice = Money::cny(250000);
    f.switchRackUnits = 1;
    f.nicPrice = Money::cny(8000);
    f.nicPowerW = 25;
    f.transceiverPrice = Money::cny(5000);
    f.transceiverPowerW = 15;
    f.switchPortsPerTransceiver = portsPerTransceiver;
    f.cablePrice = Money::cny(500);

    const NetworkResult n = ccp::sizeNetwork(long(endpoints), f, 1.0);
    QCOMPARE(qlonglong(n.leafSwitches + n.spineSwitches + n.coreSwitches), switches);
    QCOMPARE(qlonglong(n.nics), endpoints);
    QCOMPARE(qlonglong(n.transceivers), transceivers);
    QVERIFY2(qAbs(n.powerKw - powerKw) < 1e-9 * powerKw, qPrintable(QString::number(n.powerKw)));
    QCOMPARE(n.switchCapex.cnyValue(), switchCapex);
    QCOMPARE(n.nicCapex.cnyValue(), nicCapex);
    QVERIFY(qFuzzyCompare(n.opticsCapex.cnyValue(), opticsCapex));
    QVERIFY(qFuzzyCompare(n.capex().cnyValue(), switchCapex + nicCapex + opticsCapex));
    QCOMPARE(qlonglong(n.rackUnits), switches); // 1 U per switch
}

void TestNetwork::sizeNetworkWithoutRadix()
{
    Fabric f;
    f.switchRadix = 0;
    f.switchPrice = Money::cny(1000);
    f.nicPrice = Money::cny(1000);
    const NetworkResult n = ccp::sizeNetwork(100, f, 1.0);
    QCOMPARE(n.tiers, 0);
    QCOMPARE(n.transceivers, 0L);
    QCOMPARE(n.powerKw, 0.0);
    QCOMPARE(n.capex().cnyValue(), 0.0);
}

// Records beyond the catalog's ranges (issue 15: switch_rack_units 2e9, cards_per_server
// INT_MAX, max_power_kw 1e-300, pb_per_rack 0) reach the engine only through code that skips
// CatalogStore; the counts saturate instead of overflowing (run under UBSan in the asan preset).
void TestNetwork::hostileRecordsSaturate()
{
    Fabric f;
    f.switchRadix = 64;
    f.switchRackUnits = INT_MAX;
    const NetworkResult n = ccp::sizeNetwork(10000, f, 1.0);
    QCOMPARE(n.rackUnits, INT_MAX);

    Server server;
    server.cardsPerServer = INT_MAX;
    server.maxPowerKw = 1e-300;
    server.rackUnits = 1;
    Site site;
    StorageClass storage;
    storage.pbPerRack = 0;
    Scenario s;
    s.cluster.cards = 1000000;
    s.cluster.storagePb = 10000;
    s.network.nicsPerCard = 1;
    ResolvedRefs refs;
    refs.server = &server;
    refs.fabric = &f;
    refs.site = &site;
    refs.storage = &storage;
    const SizingResult z = sizeCluster(s, refs);
    QCOMPARE(z.servers, 1);
    QVERIFY(z.serversPerRack >= 1);
    QVERIFY(z.storageRacks >= 0);
    QVERIFY(z.racks >= 0);
    QVERIFY(z.networkRacks >= 0);
}

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
