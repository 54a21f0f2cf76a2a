// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference.h"

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {

// The prefill chunk the serving engine reserves activations for (vLLM's and SGLang's default
// chunked-prefill budget is of this order), and the bytes of activations per token and hidden
// unit: hidden states, Q/K/V, attention output and the MLP's gate and up projections in 16 bits
// (≈ 18 values of hidden size per token). An estimate, documented in methodology §9.
constexpr double kWorkspaceTokens = 8192;
constexpr double kWorkspaceBytesPerTokenHidden = 36;

// Cards without a scale-up link talk over PCIe 4.0 ×16 inside a server (≈ 32 GB/s a direction).
constexpr double kPcieGbyteS = 32;

// The card's peak FLOP/s for arithmetic at `precision`: FP8 (and INT8) on cards that have it,
// else 16-bit (weight-only quantization dequantizes to BF16).
double peakTflops(const Card &card, const std::string &precision)
{
    if ((precision == "fp8" || precision == "int8") && card.fp8Tflops > 0)
        return card.fp8Tflops;
    return card.bf16Tflops;
}

// The KV cache's bytes per value: FP8 with FP8 weights, else 16 bits.
double kvBytesPerValue(const std::string &precision) { return precision == "fp8" ? 1.0 : 2.0; }

} // namespace

double bytesPerWeight(const std::string &precision)
{
    if (precision == "bf16")
        return 2.0;
    if (precision == "fp8" || precision == "int8")
        return 1.0;
    if (precision == "int4")
        return 0.5;
    return 0.0;
}

InferenceFit planInference(const InferenceInputs &in, const LlmModel &m, const Card &card,
                           InferencePlan &p, const InferenceLinks &links)
{
    if (in.expertParallel > 1 && !m.isMoe())
        return InferenceFit::NeedsMoe;
    if (m.contextTokens > 0 && in.inputTokens + in.outputTokens > m.contextTokens)
        return InferenceFit::ContextTooLong;

    p.tensorParallel = std::max(1, in.tensorParallel);
    p.expertParallel = std::max(1, in.expertParallel);
    p.cards = p.tensorParallel * p.expertParallel;
    p.flopsPerS = peakTflops(card, in.precision) * 1e12 * in.computeEfficiency;
    p.attentionFlopsPerS = card.bf16Tflops * 1e12 * in.computeEfficiency;
    p.bytesPerS = card.memoryTbps * 1e12 * in.bandwidthEfficiency;

    // Routed experts hold (total − active) / (1 − k/E) parameters: the active count is the dense
    // part plus k/E of them. The dense part is copied in every tensor-parallel group and split
    // across its cards; the experts are spread over every card of the deployment.
    const double bw = bytesPerWeight(in.precision);
    const double total = m.paramsTotalB * 1e9;
    const double active = std::min(m.paramsActiveB, m.paramsTotalB) * 1e9;
    double expert = 0;
    if (m.isMoe() && m.expertsPerToken < m.experts) {
        p.expertHitProbability = double(m.expertsPerToken) / double(m.experts);
        expert = (total - active) / (1.0 - p.expertHitProbability);
    }
    const double dense = total - expert;
    p.denseBytesPerCard = dense * bw / p.tensorParallel;
    p.expertBytesPerCard = expert * bw / p.cards;
    p.activeFlopsPerToken = 2.0 * active;

    // Expert parallelism sends each token's hidden state to its k experts and the results back,
    // in every layer: dispatch at the weights' precision (at least 8 bits), combine in 16 bits;
    // the share held by other cards crosses a link: the scale-up inside one server, else the
    // scale-out fabric. Tensor parallelism's all-reduce is not modelled.
    if (m.isMoe() && p.expertParallel > 1) {
        const double remote = 1.0 - 1.0 / p.expertParallel;
        p.commBytesPerToken = m.layers * double(m.expertsPerToken) * m.hiddenSize
                              * (std::max(1.0, bw) + 2.0) * remote;
        const bool oneServer = p.cards <= std::max(1, links.cardsPerServer);
        p.linkBytesPerS = (oneServer ? std::max(card.scaleupGbyteS, kPcieGbyteS)
                                     : links.scaleOutGbyteSPerCard) * 1e9;
        if (!(p.linkBytesPerS > 0))
            return InferenceFit::NeedsFabric;
    }

    // Attention: per layer, a token's query meets each position of context in QKᵀ and in the
    // weighted sum of values, 2 FLOPs a multiply-add: 2·heads·(d_qk + d_v). With multi-head
    // latent attention the keys and values stay compressed (weights absorbed): d_qk = rank +
    // rope, d_v = rank.
    const bool mla = m.kvLoraRank > 0;
    const double dqk = mla ? double(m.kvLoraRank + m.qkRopeHeadDim) : double(m.headDim);
    const double dv = mla ? double(m.kvLoraRank) : double(m.headDim);
    p.attentionFlopsPerTokenPosition = 2.0 * m.layers * m.attentionHeads * (dqk + dv);

    // KV cache of one token, all layers; tensor parallelism splits it by KV head, and copies it
    // on every card beyond the number of KV heads (MLA's single latent: on every card). Requests
    // are spread over the expert-parallel groups.
    const double kvb = kvBytesPerValue(in.precision);
    const double kvPerToken = mla ? m.layers * (m.kvLoraRank + m.qkRopeHeadDim) * kvb
                                  : m.layers * 2.0 * m.kvHeads * m.headDim * kvb;
    const double copies = mla ? double(p.tensorParallel)
                              : std::max(1.0, double(p.tensorParallel) / std::max(1, m.kvHeads));
    p.kvBytesPerTokenPerCard = kvPerToken * copies / p.cards;

    p.workspaceBytesPerCard = kWorkspaceTokens * m.hiddenSize * kWorkspaceBytesPerTokenHidden
                              / p.tensorParallel;
    p.usableBytesPerCard = card.memoryGb * 1e9 * in.memoryUtilization;
    p.inputTokens = in.inputTokens;
    p.newInputTokens = in.inputTokens * (1.0 - in.cacheHitShare);
    p.outputTokens = std::max(1, in.outputTokens);

    if (p.denseBytesPerCard + p.expertBytesPerCard + p.workspaceBytesPerCard
        > p.usableBytesPerCard)
        return InferenceFit::WeightsTooLarge;
    return InferenceFit::Fits;
}

IterationTime iterationTime(const InferencePlan &p, double batch, double prefillTokens)
{
    IterationTime it;
    // The experts a step touches: each of the step's tokens picks k of E, so an expert is read
    // unless every token misses it.
    const double tokens = batch + prefillTokens;
    const double hit = p.expertHitProbability > 0
                           ? 1.0 - std::pow(1.0 - p.expertHitProbability, tokens)
                           : 1.0;
    const double context = p.inputTokens + 0.5 * (p.outputTokens + 1.0); // mean while decoding
    it.bytesPerCard = p.denseBytesPerCard + p.expertBytesPerCard * hit
                      + batch * context * p.kvBytesPerTokenPerCard;
    // Prompt tokens attend causally to the cached prefix and to each other: a new token at
    // position x meets x positions, from the cached prefix on to the prompt's end.
    const double cached = p.inputTokens - p.newInputTokens;
    const double meanPrefillPosition = 0.5 * (cached + p.inputTokens);
    const double linear = p.activeFlopsPerToken * tokens / p.cards;
    const double attention = p.attentionFlopsPerTokenPosition
                             * (batch * context + prefillTokens * meanPrefillPosition) / p.cards;
    it.flopsPerCard = linear + attention;
    const double memoryTime = p.bytesPerS > 0 ? it.bytesPerCard / p.bytesPerS : HUGE_VAL;
    const double computeTime = p.flopsPerS > 0 && p.attentionFlopsPerS > 0
                                   ? linear / p.flopsPerS + attention / p.attentionFlopsPerS
                                   : HUGE_VAL;
    if (p.commBytesPerToken > 0)
        it.commSeconds = p.linkBytesPerS > 0 ? tokens / p.cards * p.commBytesPerToken / p.linkBytesPerS
                                             : HUGE_VAL;
    it.memoryBound = memoryTime >= computeTime;
    it.seconds = std::max(memoryTime, computeTime) + it.commSeconds;
    return it;
}

double tpotSeconds(const InferencePlan &p, double batch)
{
    return iterationTime(p, batch, batch * p.newInputTokens / p.outputTokens).seconds;
}

double ttftSeconds(const InferencePlan &p, double batch)
{
    return iterationTime(p, batch, p.newInputTokens).seconds;
}

int maxBatch(const InferencePlan &p)
{
    const double free = p.usableBytesPerCard - p.denseBytesPerCard - p.expertBytesPerCard
                        - p.workspaceBytesPerCard;
    const double perRequest = (p.inputTokens + p.outputTokens) * p.kvBytesPerTokenPerCard;
    if (!(free > 0))
        return 0;
    if (!(perRequest > 0))
        return 1 << 20;
    return int(std::min(double(1 << 20), std::floor(free / perRequest)));
}

InferenceResult inferencePerformance(const InferenceInputs &in, const LlmModel *model,
                                     const Card &card, const InferenceLinks &links,
                                     long clusterCards, double facilityPowerKw)
{
    InferenceResult r;
    if (!model)
        return r;
    InferencePlan p;
    r.fit = planInference(in, *model, card, p, links);
    const int cardsPerServer = links.cardsPerServer;
    r.precisionPublished = model->offers(in.precision);
    r.deploymentCards = std::max(1, in.tensorParallel) * std::max(1, in.expertParallel);
    const int perServer = std::max(1, cardsPerServer);
    r.deploymentServers = (r.deploymentCards + perServer - 1) / perServer;
    r.deployments = clusterCards / r.deploymentCards;
    r.usableGbPerCard = card.memoryGb * in.memoryUtilization;
    if (r.fit != InferenceFit::Fits && r.fit != InferenceFit::WeightsTooLarge)
        return r;
    r.weightsGbPerCard = (p.denseBytesPerCard + p.expertBytesPerCard) / 1e9;
    r.workspaceGbPerCard = p.workspaceBytesPerCard / 1e9;
    r.kvGbPerRequestPerCard = (p.inputTokens + p.outputTokens) * p.kvBytesPerTokenPerCard / 1e9;
    if (r.fit != InferenceFit::Fits)
        return r;
    if (r.deploymentCards > clusterCards) {
        r.fit = InferenceFit::LargerThanCluster;
        return r;
    }
    r.maxBatch = maxBatch(p);
    if (r.maxBatch < 1) {
        r.fit = InferenceFit::WeightsTooLarge;
        return r;
    }
    const double ttftTarget = in.ttftTargetS;
    const double tpotTarget = in.tpotTargetMs / 1000.0;
    const auto meets = [&](int b) {
        return ttftSeconds(p, b) <= ttftTarget && tpotSeconds(p, b) <= tpotTarget;
    };
    r.batchIsAuto = in.batch <= 0;
    if (!r.batchIsAuto) {
        if (in.batch > r.maxBatch) {
            r.fit = InferenceFit::BatchTooLarge;
            return r;
        }
        r.batch = in.batch;
    } else if (!meets(1)) {
        r.batch = 1; // even one request misses a target: served, marked as too slow
    } else {
        // Both latencies grow with the batch: bisection for the largest batch that meets both.
        int lo = 1, hi = r.maxBatch;
        while (lo < hi) {
            const int mid = lo + (hi - lo + 1) / 2;
            if (meets(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        r.batch = lo;
    }
    r.meetsLatency = meets(r.batch);
    const IterationTime step = iterationTime(p, r.batch, r.batch * p.newInputTokens / p.outputTokens);
    r.ttftS = ttftSeconds(p, r.batch);
    r.tpotMs = step.seconds * 1000.0;
    r.decodeMemoryBound = step.memoryBound;
    // Each iteration emits one token of every request; the prompts come in at input ÷ output
    // tokens per output token.
    const double outPerDeployment = r.batch / step.seconds;
    r.outputTokensPerSPerCard = outPerDeployment / p.cards;
    r.inputTokensPerSPerCard = r.outputTokensPerSPerCard * p.inputTokens / p.outputTokens;
    r.outputTokensPerSPerServer = r.outputTokensPerSPerCard * perServer;
    r.inputTokensPerSPerServer = r.inputTokensPerSPerCard * perServer;
    const double perCard = r.inputTokensPerSPerCard + r.outputTokensPerSPerCard;
    r.tokensPerCardHour = perCard * 3600.0;
    r.tokensPerSPerMw = facilityPowerKw > 0 ? perCard * double(clusterCards) / (facilityPowerKw / 1000.0)
                                            : 0.0;
    return r;
}

} // namespace ccp
