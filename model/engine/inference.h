// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "inference": how many tokens a deployment of the scenario's model serves per second on
// the scenario's cards, at which latency, and whether it fits in memory (docs/methodology.md,
// "Inference"). A roofline model of continuous batching: each iteration decodes one token of
// every request in the batch and prefills the prompts of the requests that replace the finished
// ones; its time is the larger of the bytes it reads from memory (weights of the experts it
// touches, KV cache) over the effective bandwidth and the FLOPs it computes over the effective
// FLOP/s, plus the time expert parallelism spends sending tokens to their experts and back.
// Its constants live here and nowhere else.

#include "catalog.h"
#include "result.h"
#include "scenario.h"

namespace ccp {

// Bytes per weight at a precision ("bf16" 2, "fp8" and "int8" 1, "int4" 0.5); 0 if unknown.
double bytesPerWeight(const std::string &precision);

// Everything the iteration times need, resolved once from the inputs, the model and the card.
struct InferencePlan
{
    int tensorParallel = 1;
    int expertParallel = 1;
    int cards = 1;                  // of one deployment: tensor parallel × expert parallel
    double flopsPerS = 0;           // per card, effective, at the weights' precision
    double attentionFlopsPerS = 0;  // per card, effective, in 16 bits (attention is not quantized)
    double bytesPerS = 0;           // per card, effective
    double linkBytesPerS = 0;       // per card: expert-parallel traffic, scale-up or scale-out
    double commBytesPerToken = 0;   // per card-token: dispatch to the experts and combine back
    double denseBytesPerCard = 0;   // attention, dense layers, shared experts, embeddings
    double expertBytesPerCard = 0;  // routed experts, all of them
    double expertHitProbability = 0; // a token's chance to route to a given expert: k / E; 0 dense
    double activeFlopsPerToken = 0; // 2 × active parameters
    double attentionFlopsPerTokenPosition = 0; // per token, per position of context, all layers
    double kvBytesPerTokenPerCard = 0; // KV cache of one token of one request, on each card
    double workspaceBytesPerCard = 0;
    double usableBytesPerCard = 0;
    double inputTokens = 0;
    double newInputTokens = 0;      // input tokens not found in the prefix cache
    double outputTokens = 0;
};

// Fills `plan`, or returns why the deployment cannot be served (Fits when it can).
// How the cards of a deployment talk: the scale-up bandwidth inside a server, the scale-out
// fabric's between servers (GB/s per card).
struct InferenceLinks
{
    int cardsPerServer = 8;
    double scaleOutGbyteSPerCard = 50; // a 400 Gb/s NIC per card
};

InferenceFit planInference(const InferenceInputs &in, const LlmModel &model, const Card &card,
                           InferencePlan &plan, const InferenceLinks &links = {});

struct IterationTime
{
    double seconds = 0;
    double bytesPerCard = 0;
    double flopsPerCard = 0;
    double commSeconds = 0;   // expert-parallel dispatch and combine, not overlapped
    bool memoryBound = false;
};

// One iteration at `batch` requests: a token of each decoded at the mean context, plus the
// prompt tokens that `prefillTokens` new requests bring (batch ÷ output tokens of them in the
// steady state).
IterationTime iterationTime(const InferencePlan &p, double batch, double prefillTokens);

// Time per output token (the steady iteration) and time to first token (an iteration that
// carries one whole prompt besides the decodes), seconds.
double tpotSeconds(const InferencePlan &p, double batch);
double ttftSeconds(const InferencePlan &p, double batch);

// The largest batch whose KV cache fits beside the weights and the workspace; 0 when none does.
int maxBatch(const InferencePlan &p);

// The whole stage for a cluster of `clusterCards` cards, drawing `facilityPowerKw` when
// provisioned. NoModel when the inputs name no model (model is null).
InferenceResult inferencePerformance(const InferenceInputs &in, const LlmModel *model,
                                     const Card &card, const InferenceLinks &links,
                                     long clusterCards, double facilityPowerKw);

} // namespace ccp
