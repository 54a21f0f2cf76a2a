// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Effective performance: the default model FLOPs utilization (MFU) model, goodput under
// interruptions, and a training job's duration, GPU-hours and energy. The MFU model and its
// calibration are written up in docs/methodology.md; its constants live here and nowhere else.

#include "catalog.h"
#include "result.h"
#include "scenario.h"
#include "sizing.h"
#include "units.h"

namespace ccp {

struct MfuInputs
{
    double softwareEfficiency = 1.0; // card: stack maturity relative to CUDA/Megatron
    double memoryGb = 80;            // card memory
    double bf16Tflops = 0;           // card peak, dense
    double scaleupGbyteS = 0;        // card scale-up bandwidth
    int scaleupDomain = 1;           // cards per scale-up domain
    double scaleoutGbpsPerCard = 0;  // NIC bandwidth per card
    double oversubscription = 1;
    long clusterCards = 1;           // cards in the training job
};

struct MfuFactors
{
    double reference = 0;
    double software = 0;
    double memory = 0;
    double scaleup = 0;
    double scaleout = 0;
    double oversubscription = 0;
    double clusterSize = 0;
    double mfu = 0;
};

// The default MFU model: reference × software × memory × scale-up × scale-out ×
// oversubscription × cluster size, each factor in (0, ~1].
MfuFactors mfuModel(const MfuInputs &in);

struct GoodputInputs
{
    double interruptionsPerGpuDay = 4.7e-4;
    long cards = 1;
    units::Duration restart = units::hours(0.25);
    units::Duration checkpointInterval = units::hours(1);
    units::Duration checkpointWrite = units::hours(1.0 / 60.0);
};

// Share of wall-clock time that advances training, under exponential interruptions at rate
// λ = interruptions per GPU-day × cards / 24 per hour, checkpoints every τ hours that take W,
// and a restart of R hours after each interruption: τ / ((1/λ + R)(e^{λ(τ+W)} − 1)) (Daly,
// "A higher order estimate of the optimum checkpoint interval", FGCS 2006). To first order
// τ/(τ+W)·(1 − λ(R + τ/2)); it stays positive however large the cluster, falling towards 0.
double goodput(const GoodputInputs &in);

// Training compute: flopsPerParamToken · N · D (6 by Kaplan et al. 2020, §2.1).
double trainingFlops(double params, double tokens, double flopsPerParamToken = 6.0);

// Wall-clock duration of `flops` at `cards` × peak × mfu × goodput.
units::Duration trainingDuration(double flops, long cards, units::FlopRate peakPerCard, double mfu,
                                 double goodput);

// Stage "performance": nameplate, available, sold and effective PFLOPS of the cluster at the
// steady-state utilization, the MFU (model or input), goodput, and the training job.
PerformanceResult performanceOf(const Scenario &s, const ResolvedRefs &refs,
                                const SizingResult &z, double steadyUtilization);

} // namespace ccp
