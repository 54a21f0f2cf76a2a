// SPDX-License-Identifier: GPL-3.0-or-later
#include "performance.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ccp {

namespace {
// Calibration constants (docs/methodology.md, "MFU model"). Fitted by hand to the published
// runs in tests/data/mfu_calibration.csv: Megatron-LM on A100 (arXiv:2104.04473) and Llama 3
// on H100 (arXiv:2407.21783, table 4); every point is reproduced within ±0.055 (docs/methodology.md lists the residuals).
constexpr double kReferenceMfu = 0.465;     // 8-card NVLink domain, ≥ 0.4 Gb/s per TFLOP/s
constexpr double kScaleupReference = 0.9;   // GB/s of scale-up per TFLOP/s (H100: 900/989)
constexpr double kScaleupExponent = 0.10;
constexpr double kScaleupCap = 1.05;
constexpr int kFullDomain = 8;              // tensor parallelism of 8 stays inside the domain
constexpr double kSmallDomainFactor = 0.85; // TP across PCIe/scale-out instead
constexpr double kScaleoutReference = 0.4;  // Gb/s of scale-out per TFLOP/s (H100: 400/989)
constexpr double kScaleoutExponent = 0.15;
constexpr double kScaleoutFloor = 0.2;
constexpr double kOversubscriptionSlope = 0.05;
constexpr double kClusterReference = 1024;  // cards before data-parallel scaling loss shows
constexpr double kClusterSlope = 0.025;     // loss per doubling beyond the reference
constexpr double kClusterFloor = 0.5;
constexpr double kMemoryReference = 80;     // GB
constexpr double kMemoryExponent = 0.1;
} // namespace

MfuFactors mfuModel(const MfuInputs &in)
{
    MfuFactors f;
    f.reference = kReferenceMfu;
    f.software = std::clamp(in.softwareEfficiency, 0.0, 1.0);
    f.memory = std::min(1.0, std::pow(std::max(in.memoryGb, 1.0) / kMemoryReference,
                                      kMemoryExponent));
    const double peak = std::max(in.bf16Tflops, 1e-9);
    const double su = std::pow(std::max(in.scaleupGbyteS, 1e-9) / peak / kScaleupReference,
                               kScaleupExponent);
    f.scaleup = std::min(kScaleupCap, su) * (in.scaleupDomain >= kFullDomain ? 1.0
                                                                            : kSmallDomainFactor);
    if (in.clusterCards <= std::max(1, in.scaleupDomain)) {
        f.scaleout = 1.0; // the job never leaves the scale-up domain
    } else {
        const double so = std::pow(std::max(in.scaleoutGbpsPerCard, 0.0) / peak
                                       / kScaleoutReference,
                                   kScaleoutExponent);
        f.scaleout = std::clamp(so, kScaleoutFloor, 1.0);
    }
    f.oversubscription = 1.0
                         / (1.0 + kOversubscriptionSlope * (std::max(in.oversubscription, 1.0) - 1.0));
    const double doublings = std::log2(std::max(1.0, double(in.clusterCards) / kClusterReference));
    f.clusterSize = std::max(kClusterFloor, 1.0 - kClusterSlope * doublings);
    f.mfu = f.reference * f.software * f.memory * f.scaleup * f.scaleout * f.oversubscription
            * f.clusterSize;
    return f;
}

double goodput(const GoodputInputs &in)
{
    const double interval = units::toHours(in.checkpointInterval);
    const double write = units::toHours(in.checkpointWrite);
    const double restart = units::toHours(in.restart);
    const double lambda = in.interruptionsPerGpuDay * double(in.cards) / 24.0; // per hour
    if (!(interval > 0))
        return 0.0;
    if (!(lambda > 0))
        return interval / (interval + write);
    // Expected wall-clock time to complete one segment of `interval` hours of work plus a
    // checkpoint write, with exponential failures at rate λ and a restart after each:
    // (1/λ + R)(e^{λ(τ+W)} − 1) (Daly 2006, eq. 7 without the rework approximation).
    const double wall = (1.0 / lambda + restart) * std::expm1(lambda * (interval + write));
    const double g = interval / wall;
    return std::isfinite(g) ? std::clamp(g, 0.0, 1.0) : 0.0;
}

double trainingFlops(double params, double tokens, double flopsPerParamToken)
{
    return flopsPerParamToken * params * tokens;
}

units::Duration trainingDuration(double flops, long cards, units::FlopRate peakPerCard, double mfu,
                                 double goodputShare)
{
    const double rate = double(cards) * peakPerCard.value() * mfu * goodputShare;
    if (rate <= 0)
        return units::Duration::from_value(std::numeric_limits<double>::infinity());
    return units::Duration::from_value(flops / rate);
}

PerformanceResult performanceOf(const Scenario &s, const ResolvedRefs &refs,
                                const SizingResult &z, double steadyUtilization)
{
    const Card &card = *refs.card;
    const Server &server = *refs.server;
    PerformanceResult perf;
    perf.steadyUtilization = steadyUtilization;
    perf.nameplatePflopsBf16 = z.cards * card.bf16Tflops / 1000.0;
    if (card.fp8Tflops > 0)
        perf.nameplatePflopsFp8 = z.cards * card.fp8Tflops / 1000.0;
    perf.availablePflops = perf.nameplatePflopsBf16 * s.cluster.availability;
    perf.soldPflops = perf.availablePflops * steadyUtilization;

    TrainingResult &tr = perf.training;
    tr.cards = s.training.cards > 0 ? std::min(s.training.cards, z.cards) : z.cards;
    MfuInputs mi;
    mi.softwareEfficiency = card.softwareEfficiency;
    mi.memoryGb = card.memoryGb;
    mi.bf16Tflops = card.bf16Tflops;
    mi.scaleupGbyteS = card.scaleupGbyteS;
    mi.scaleupDomain = card.scaleupDomain;
    mi.scaleoutGbpsPerCard = refs.fabric->portGbps * s.network.nicsPerCard;
    mi.oversubscription = s.network.oversubscription;
    mi.clusterCards = tr.cards;
    perf.mfuIsModel = !s.training.mfu.has_value();
    perf.mfu = s.training.mfu ? *s.training.mfu : mfuModel(mi).mfu;
    GoodputInputs gi;
    gi.interruptionsPerGpuDay = s.training.interruptionsPerGpuDay;
    gi.cards = tr.cards;
    gi.restart = units::hours(s.training.restartHours);
    gi.checkpointInterval = units::hours(s.training.checkpointIntervalHours);
    gi.checkpointWrite = units::hours(s.training.checkpointWriteMinutes / 60.0);
    perf.goodput = goodput(gi);
    perf.effectivePflops = perf.soldPflops * perf.mfu * perf.goodput;

    tr.flops = trainingFlops(s.training.params, s.training.tokens, s.training.flopsPerParamToken);
    const units::Duration d = trainingDuration(tr.flops, tr.cards, units::teraflops(card.bf16Tflops),
                                               perf.mfu, perf.goodput);
    if (std::isfinite(d.value())) {
        tr.days = units::toDays(d);
        tr.gpuHours = tr.cards * units::toHours(d);
    }
    // The job's share of the cluster runs busy: its servers at busy power, its share of the
    // network and storage.
    const double share = z.cards > 0 ? double(tr.cards) / z.cards : 0.0;
    const units::Power busyIt = units::kilowatts(
        share * (z.servers * server.busyPowerKw + z.network.powerKw + z.storageKw));
    if (tr.days) {
        tr.energyMwh = units::toMegawattHours(busyIt * s.site.pue * d);
        tr.cost = Money::cny(*tr.gpuHours * s.demand.listPriceCnyPerCardHour);
    }
    tr.meetsTarget = tr.days && *tr.days <= s.training.targetDays;
    tr.memoryNeededGb = s.training.params * 16.0 / 1e9;
    tr.memoryAvailableGb = tr.cards * card.memoryGb;
    return perf;
}

} // namespace ccp
