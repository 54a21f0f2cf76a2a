// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the performance model (model/engine/performance.h): training compute and duration,
// goodput under interruptions, and the default MFU model against its calibration points.
//
// The MFU calibration points live in tests/data/mfu_calibration.csv (read at run time from
// CCP_TEST_DATA_DIR); their sources are in the file's `source` column and in
// /work/shared/data/reference-figures.md ("Large-model training").

#include "performance.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ccp;

class TestPerformance : public QObject
{
    Q_OBJECT

    struct CalibrationPoint
    {
        QByteArray card;
        qlonglong cards = 0;
        double peak = 0, memory = 0, scaleup = 0;
        int domain = 1;
        double scaleout = 0, oversubscription = 1, observed = 0;
    };
    QList<CalibrationPoint> m_calibration;

private Q_SLOTS:
    void initTestCase();
    void trainingFlops_data();
    void trainingFlops();
    void trainingDuration_data();
    void trainingDuration();
    void trainingDurationWithoutRate_data();
    void trainingDurationWithoutRate();
    void goodputValues_data();
    void goodputValues();
    void goodputFallsWithCards_data();
    void goodputFallsWithCards();
    void mfuCalibration_data();
    void mfuCalibration();
    void mfuFallsWithOversubscription_data();
    void mfuFallsWithOversubscription();
    void mfuSmallDomain_data();
    void mfuSmallDomain();
    void mfuFactorsMultiply_data();
    void mfuFactorsMultiply();
};

void TestPerformance::trainingFlops_data()
{
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("tokens");
    QTest::addColumn<double>("perParamToken");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("relTolerance");

    // Brown et al. 2020 (GPT-3), appendix D: 6 × 174.6e9 × 300e9 = 3.14e23 FLOPs.
    QTest::newRow("GPT-3 exact product") << 174.6e9 << 300e9 << 6.0 << 3.1428e23 << 1e-12;
    QTest::newRow("GPT-3 published 3.14e23") << 174.6e9 << 300e9 << 6.0 << 3.14e23 << 5e-3;
    // Llama 3 (arXiv:2407.21783, §3.2.1): 405B parameters on 15.6T tokens, 3.8e25 FLOPs.
    QTest::newRow("Llama 3 405B published 3.8e25") << 405e9 << 15.6e12 << 6.0 << 3.8e25 << 5e-3;
    // Narayanan et al. 2021 (arXiv:2104.04473) §5.1 use 8·N·D with activation recomputation.
    QTest::newRow("8 FLOP per param-token") << 1e12 << 450e9 << 8.0 << 3.6e24 << 1e-12;
    QTest::newRow("Kaplan 6ND toy") << 1e9 << 1e10 << 6.0 << 6e19 << 1e-12;
}

void TestPerformance::trainingFlops()
{
    QFETCH(double, params);
    QFETCH(double, tokens);
    QFETCH(double, perParamToken);
    QFETCH(double, expected);
    QFETCH(double, relTolerance);
    const double got = ccp::trainingFlops(params, tokens, perParamToken);
    QVERIFY2(std::abs(got - expected) <= relTolerance * expected,
             qPrintable(QString::number(got, 'g', 17)));
    if (perParamToken == 6.0)
        QCOMPARE(ccp::trainingFlops(params, tokens), got); // the default is 6 (Kaplan et al.)
}

// duration = flops / (cards × peak × mfu × goodput) (performance.h).
void TestPerformance::trainingDuration_data()
{
    QTest::addColumn<double>("flops");
    QTest::addColumn<qlonglong>("cards");
    QTest::addColumn<double>("peakTflops");
    QTest::addColumn<double>("mfu");
    QTest::addColumn<double>("goodput");
    QTest::addColumn<double>("expectedDays");
    QTest::addColumn<double>("relTolerance");

    // 1e21 / (1000 × 1e15 × 0.5 × 1) = 2000 s.
    QTest::newRow("1e21 on 1000 x 1 PF at 50%")
        << 1e21 << 1000LL << 1000.0 << 0.5 << 1.0 << 2000.0 / 86400.0 << 1e-12;
    // Half the goodput doubles the time: 4000 s.
    QTest::newRow("goodput 0.5 doubles")
        << 1e21 << 1000LL << 1000.0 << 0.5 << 0.5 << 4000.0 / 86400.0 << 1e-12;
    // Narayanan et al. 2021 §5.1: GPT-3 175B on 300B tokens, 1024 A100 at 140 TFLOP/s
    // achieved, 8·N·D → "about 34 days" (8·175e9·300e9 / (1024·140e12) = 33.9 days).
    QTest::newRow("Megatron GPT-3 34 days")
        << 8.0 * 175e9 * 300e9 << 1024LL << 312.0 << 140.0 / 312.0 << 1.0 << 34.0 << 0.01;
    // Narayanan et al. 2021 §5.1: 1T parameters on 450B tokens, 3072 A100 at 163 TFLOP/s
    // → "about 84 days" (formula: 83.2 days).
    QTest::newRow("Megatron 1T 84 days")
        << 8.0 * 1e12 * 450e9 << 3072LL << 312.0 << 163.0 / 312.0 << 1.0 << 84.0 << 0.015;
}

void TestPerformance::trainingDuration()
{
    QFETCH(double, flops);
    QFETCH(qlonglong, cards);
    QFETCH(double, peakTflops);
    QFETCH(double, mfu);
    QFETCH(double, goodput);
    QFETCH(double, expectedDays);
    QFETCH(double, relTolerance);
    const units::Duration d = ccp::trainingDuration(flops, long(cards), units::teraflops(peakTflops),
                                                    mfu, goodput);
    const double days = units::toDays(d);
    QVERIFY2(std::abs(days - expectedDays) <= relTolerance * expectedDays,
             qPrintable(QString::number(days, 'g', 17)));
    // Twice the cards, half the time.
    const units::Duration d2 = ccp::trainingDuration(flops, 2 * long(cards),
                                                     units::teraflops(peakTflops), mfu, goodput);
    QVERIFY(std::abs(d2.value() * 2.0 - d.value()) <= 1e-12 * d.value());
}

void TestPerformance::trainingDurationWithoutRate_data()
{
    QTest::addColumn<qlonglong>("cards");
    QTest::addColumn<double>("mfu");
    QTest::addColumn<double>("goodput");
    QTest::newRow("no cards") << 0LL << 0.5 << 1.0;
    QTest::newRow("mfu zero") << 100LL << 0.0 << 1.0;
    QTest::newRow("goodput zero") << 100LL << 0.5 << 0.0;
}

void TestPerformance::trainingDurationWithoutRate()
{
    QFETCH(qlonglong, cards);
    QFETCH(double, mfu);
    QFETCH(double, goodput);
    const units::Duration d = ccp::trainingDuration(1e21, long(cards), units::teraflops(312), mfu,
                                                    goodput);
    QVERIFY(std::isinf(d.value()));
    QVERIFY(d.value() > 0);
}

// goodput = interval/(interval + write) × (1 − λ·(restart + interval/2)), λ = rate·cards/24 per
// hour, clamped to [0, 1] (performance.cpp, first-order Young/Daly).
void TestPerformance::goodputValues_data()
{
    QTest::addColumn<double>("ratePerGpuDay");
    QTest::addColumn<qlonglong>("cards");
    QTest::addColumn<double>("restartH");
    QTest::addColumn<double>("intervalH");
    QTest::addColumn<double>("writeH");
    QTest::addColumn<double>("expected");

    // No interruptions: only the checkpoint pauses cost time: 60/(60+1).
    QTest::newRow("no interruptions, 1 h / 1 min") << 0.0 << 16384LL << 0.25 << 1.0 << 1.0 / 60.0 << 60.0 / 61.0;
    QTest::newRow("no interruptions, 2 h / 6 min") << 0.0 << 1000LL << 0.25 << 2.0 << 0.1 << 2.0 / 2.1;
    QTest::newRow("no interruptions, no write") << 0.0 << 1000LL << 0.25 << 1.0 << 0.0 << 1.0;
    // Daly's renewal model: goodput = τ / ((1/λ + R)(e^{λ(τ+W)} − 1)), λ per hour.
    // Llama 3 (arXiv:2407.21783 §3.3.4): 419 interruptions in 54 days on 16,384 GPUs ≈ 4.7e-4
    // per GPU-day. λ = 4.7e-4·16384/24 = 0.320853/h; 1/((1/λ + 0.25)(e^{λ·61/60} − 1)) =
    // 0.7701130167241885 (the first-order form (60/61)(1 − λ·0.75) gives 0.7469).
    QTest::newRow("Llama 3 like") << 4.7e-4 << 16384LL << 0.25 << 1.0 << 1.0 / 60.0 << 0.7701130167241885;
    // One card: λ = 4.7e-4/24, close to the first order (60/61)(1 − λ·0.75) = 0.98359...
    QTest::newRow("one card") << 4.7e-4 << 1LL << 0.25 << 1.0 << 1.0 / 60.0 << 0.9835919502406177;
    // So many interruptions (λ = 19,583/h) that almost no work survives, but never below 0.
    QTest::newRow("a million cards") << 4.7e-4 << 1000000LL << 0.25 << 1.0 << 1.0 / 60.0 << 7.49305502293986e-09;
}

void TestPerformance::goodputValues()
{
    QFETCH(double, ratePerGpuDay);
    QFETCH(qlonglong, cards);
    QFETCH(double, restartH);
    QFETCH(double, intervalH);
    QFETCH(double, writeH);
    QFETCH(double, expected);

    GoodputInputs in;
    in.interruptionsPerGpuDay = ratePerGpuDay;
    in.cards = long(cards);
    in.restart = units::hours(restartH);
    in.checkpointInterval = units::hours(intervalH);
    in.checkpointWrite = units::hours(writeH);
    const double g = ccp::goodput(in);
    QVERIFY2(std::abs(g - expected) <= 1e-12, qPrintable(QString::number(g, 'g', 17)));
    QVERIFY(g >= 0.0 && g <= 1.0);
    if (ratePerGpuDay > 0)
        QVERIFY(g > 0.0); // positive however large the cluster
    if (QByteArray(QTest::currentDataTag()) == "Llama 3 like")
        QVERIFY(g > 0.6 && g < 0.9); // plausible band for a 16K-GPU job with hourly checkpoints
}

void TestPerformance::goodputFallsWithCards_data()
{
    QTest::addColumn<double>("ratePerGpuDay");
    QTest::newRow("Llama 3 rate") << 4.7e-4;
    QTest::newRow("ten times worse") << 4.7e-3;
}

void TestPerformance::goodputFallsWithCards()
{
    QFETCH(double, ratePerGpuDay);
    GoodputInputs in;
    in.interruptionsPerGpuDay = ratePerGpuDay;
    double previous = 2.0;
    for (long cards : {1L, 8L, 64L, 512L, 1024L, 4096L, 16384L}) {
        in.cards = cards;
        const double g = ccp::goodput(in);
        QVERIFY2(g < previous, qPrintable(QStringLiteral("%1 cards: %2").arg(cards).arg(g)));
        previous = g;
    }
    // Defaults of GoodputInputs are the Llama 3 figures; the default job is a single card.
    QCOMPARE(GoodputInputs().interruptionsPerGpuDay, 4.7e-4);
}

namespace {
MfuInputs inputs(double peak, double memory, double scaleup, int domain, double scaleout,
                 double oversubscription, long cards)
{
    MfuInputs in;
    in.softwareEfficiency = 1.0;
    in.bf16Tflops = peak;
    in.memoryGb = memory;
    in.scaleupGbyteS = scaleup;
    in.scaleupDomain = domain;
    in.scaleoutGbpsPerCard = scaleout;
    in.oversubscription = oversubscription;
    in.clusterCards = cards;
    return in;
}
} // namespace

// Reads tests/data/mfu_calibration.csv once; a missing or malformed file fails the whole test.
void TestPerformance::initTestCase()
{
    QFile file(QStringLiteral(CCP_TEST_DATA_DIR "/mfu_calibration.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("cannot open ") + file.fileName()));
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    const QList<QByteArray> expected{"card", "cards", "peak_tflops", "memory_gb",
                                     "scaleup_gbyte_s", "scaleup_domain",
                                     "scaleout_gbps_per_card", "oversubscription",
                                     "observed_mfu", "source"};
    QCOMPARE(header, expected);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        // The source is the last column and may contain commas: split off the first nine only.
        QList<QByteArray> c;
        qsizetype from = 0;
        for (int i = 0; i < 9; ++i) {
            const qsizetype comma = line.indexOf(',', from);
            QVERIFY2(comma > 0, line.constData());
            c << line.mid(from, comma - from);
            from = comma + 1;
        }
        c << line.mid(from);
        QVERIFY2(!c[9].isEmpty(), "every calibration point names its source");
        CalibrationPoint p;
        p.card = c[0];
        bool ok[8];
        p.cards = c[1].toLongLong(&ok[0]);
        p.peak = c[2].toDouble(&ok[1]);
        p.memory = c[3].toDouble(&ok[2]);
        p.scaleup = c[4].toDouble(&ok[3]);
        p.domain = c[5].toInt(&ok[4]);
        p.scaleout = c[6].toDouble(&ok[5]);
        p.oversubscription = c[7].toDouble(&ok[6]);
        p.observed = c[8].toDouble(&ok[7]);
        for (bool b : ok)
            QVERIFY2(b, line.constData());
        m_calibration.append(p);
    }
    // Megatron-LM A100: 32, 128, 512, 1536, 2520, 3072 GPUs; Llama 3 H100: 8192, 16384.
    QCOMPARE(m_calibration.size(), 8);
}

void TestPerformance::mfuCalibration_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("memory");
    QTest::addColumn<double>("scaleup");
    QTest::addColumn<int>("domain");
    QTest::addColumn<double>("scaleout");
    QTest::addColumn<double>("oversubscription");
    QTest::addColumn<qlonglong>("cards");
    QTest::addColumn<double>("observed");
    QTest::addColumn<double>("tolerance");

    for (const CalibrationPoint &p : std::as_const(m_calibration)) {
        // Tolerances of the calibration: ±0.06 for the Megatron-LM A100 runs, ±0.05 for the
        // Llama 3 H100 runs.
        const double tolerance = p.card == "A100" ? 0.06 : 0.05;
        const QByteArray tag = p.card + ' ' + QByteArray::number(p.cards) + " cards";
        QTest::newRow(tag.constData()) << p.peak << p.memory << p.scaleup << p.domain
                                       << p.scaleout << p.oversubscription << p.cards
                                       << p.observed << tolerance;
    }
}

void TestPerformance::mfuCalibration()
{
    QFETCH(double, peak);
    QFETCH(double, memory);
    QFETCH(double, scaleup);
    QFETCH(int, domain);
    QFETCH(double, scaleout);
    QFETCH(double, oversubscription);
    QFETCH(qlonglong, cards);
    QFETCH(double, observed);
    QFETCH(double, tolerance);

    const MfuFactors f = mfuModel(inputs(peak, memory, scaleup, domain, scaleout,
                                         oversubscription, long(cards)));
    QVERIFY2(std::abs(f.mfu - observed) <= tolerance,
             qPrintable(QStringLiteral("model %1, observed %2").arg(f.mfu).arg(observed)));
    QVERIFY(f.mfu > 0.0 && f.mfu < 1.0);
}

// Factor 1/(1 + slope·(r − 1)) (performance.cpp): strictly falls with r above 1.
void TestPerformance::mfuFallsWithOversubscription_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("scaleup");
    QTest::addColumn<double>("scaleout");
    QTest::addColumn<qlonglong>("cards");
    QTest::newRow("A100 1536") << 312.0 << 600.0 << 200.0 << 1536LL;
    QTest::newRow("H100 8192") << 989.0 << 900.0 << 400.0 << 8192LL;
    QTest::newRow("H100 64") << 989.0 << 900.0 << 400.0 << 64LL;
}

void TestPerformance::mfuFallsWithOversubscription()
{
    QFETCH(double, peak);
    QFETCH(double, scaleup);
    QFETCH(double, scaleout);
    QFETCH(qlonglong, cards);
    double previous = 1.0;
    for (double r : {1.0, 1.5, 2.0, 3.0, 4.0, 8.0}) {
        const MfuFactors f = mfuModel(inputs(peak, 80, scaleup, 8, scaleout, r, long(cards)));
        QVERIFY2(f.mfu < previous, qPrintable(QStringLiteral("r=%1 mfu=%2").arg(r).arg(f.mfu)));
        previous = f.mfu;
    }
    // Below 1:1 counts as 1:1.
    QCOMPARE(mfuModel(inputs(peak, 80, scaleup, 8, scaleout, 0.5, long(cards))).mfu,
             mfuModel(inputs(peak, 80, scaleup, 8, scaleout, 1.0, long(cards))).mfu);
}

// Without an 8-card scale-up domain (PCIe only), tensor parallelism leaves the domain: lower MFU.
void TestPerformance::mfuSmallDomain_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("scaleup");
    QTest::addColumn<double>("scaleout");
    QTest::addColumn<qlonglong>("cards");
    QTest::newRow("A100 64") << 312.0 << 600.0 << 200.0 << 64LL;
    QTest::newRow("H100 1024") << 989.0 << 900.0 << 400.0 << 1024LL;
    // L40S-like: 362 TF, PCIe4 ≈ 64 GB/s, 400 Gb/s per card (reference-figures.md).
    QTest::newRow("L40S-like 256") << 362.0 << 64.0 << 400.0 << 256LL;
}

void TestPerformance::mfuSmallDomain()
{
    QFETCH(double, peak);
    QFETCH(double, scaleup);
    QFETCH(double, scaleout);
    QFETCH(qlonglong, cards);
    const MfuFactors full = mfuModel(inputs(peak, 80, scaleup, 8, scaleout, 1, long(cards)));
    const MfuFactors pcie = mfuModel(inputs(peak, 80, scaleup, 1, scaleout, 1, long(cards)));
    QVERIFY2(pcie.mfu < full.mfu, qPrintable(QStringLiteral("%1 vs %2").arg(pcie.mfu).arg(full.mfu)));
    QVERIFY(pcie.scaleup < full.scaleup);
    // More cards never raise the MFU (data-parallel scaling loss).
    const MfuFactors big = mfuModel(inputs(peak, 80, scaleup, 8, scaleout, 1, 16 * long(cards)));
    QVERIFY(big.mfu <= full.mfu);
    // Less scale-out bandwidth never raises it.
    const MfuFactors thin = mfuModel(inputs(peak, 80, scaleup, 8, scaleout / 8, 1, long(cards)));
    QVERIFY(thin.mfu <= full.mfu);
}

// The MFU is the product of its factors; software efficiency scales it linearly (performance.h).
void TestPerformance::mfuFactorsMultiply_data()
{
    QTest::addColumn<double>("software");
    QTest::newRow("CUDA 1.0") << 1.0;
    QTest::newRow("domestic 0.7") << 0.7;
    QTest::newRow("immature 0.4") << 0.4;
}

void TestPerformance::mfuFactorsMultiply()
{
    QFETCH(double, software);
    MfuInputs in = inputs(989, 80, 900, 8, 400, 2, 4096);
    const MfuFactors base = mfuModel(in);
    in.softwareEfficiency = software;
    const MfuFactors f = mfuModel(in);
    QCOMPARE(f.software, software);
    const double product = f.reference * f.software * f.memory * f.scaleup * f.scaleout
                           * f.oversubscription * f.clusterSize;
    QVERIFY(std::abs(f.mfu - product) <= 1e-15);
    QVERIFY(std::abs(f.mfu - base.mfu * software) <= 1e-15);
}

QTEST_APPLESS_MAIN(TestPerformance)
#include "tst_performance.moc"
