// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributions.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>

namespace ccp::decisions {

Distribution Distribution::uniform(double min, double max)
{
    return {DistributionKind::Uniform, min, 0.5 * (min + max), max, 0};
}
Distribution Distribution::triangular(double min, double mode, double max)
{
    return {DistributionKind::Triangular, min, mode, max, 0};
}
Distribution Distribution::pert(double min, double mode, double max)
{
    return {DistributionKind::Pert, min, mode, max, 0};
}
Distribution Distribution::normal(double mean, double sd, double min, double max)
{
    return {DistributionKind::Normal, min, mean, max, sd};
}
Distribution Distribution::lognormal(double median, double sigma, double min, double max)
{
    return {DistributionKind::Lognormal, min, median, max, sigma};
}

std::optional<DistributionProblem> checkDistribution(const Distribution &d)
{
    using P = DistributionProblem;
    if (!(d.a <= d.c))
        return P::MinAboveMax;
    switch (d.kind) {
    case DistributionKind::Uniform:
        if (!std::isfinite(d.a) || !std::isfinite(d.c))
            return P::UniformUnbounded;
        break;
    case DistributionKind::Triangular:
    case DistributionKind::Pert:
        if (!std::isfinite(d.a) || !std::isfinite(d.c))
            return P::RangeUnbounded;
        if (!(d.b >= d.a && d.b <= d.c))
            return P::ModeOutside;
        break;
    case DistributionKind::Normal:
        if (!(d.spread >= 0) || !std::isfinite(d.b))
            return P::NormalParameters;
        break;
    case DistributionKind::Lognormal:
        if (!(d.b > 0) || !(d.spread >= 0))
            return P::LognormalParameters;
        break;
    }
    return std::nullopt;
}

const char *describe(DistributionProblem p)
{
    using P = DistributionProblem;
    switch (p) {
    case P::MinAboveMax: return "the minimum is above the maximum";
    case P::UniformUnbounded: return "a uniform distribution needs a finite minimum and maximum";
    case P::RangeUnbounded: return "a triangular or PERT distribution needs a finite minimum and maximum";
    case P::ModeOutside: return "the most likely value is outside the minimum and maximum";
    case P::NormalParameters: return "a normal distribution needs a finite mean and a standard deviation ≥ 0";
    case P::LognormalParameters: return "a lognormal distribution needs a median above 0 and a σ ≥ 0";
    }
    return "";
}

double standardNormalQuantile(double u)
{
    using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
    static const boost::math::normal_distribution<double, Policy> n;
    return boost::math::quantile(n, std::clamp(u, 1e-300, 1.0 - 1e-16));
}

double standardNormalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

namespace {

// u mapped into the part of the distribution inside [lo, hi] (truncation), via z-scores.
double truncatedNormalQuantile(double u, double zLo, double zHi)
{
    const double pLo = std::isfinite(zLo) ? standardNormalCdf(zLo) : 0.0;
    const double pHi = std::isfinite(zHi) ? standardNormalCdf(zHi) : 1.0;
    return standardNormalQuantile(pLo + u * (pHi - pLo));
}

} // namespace

double quantile(const Distribution &d, double u)
{
    u = std::clamp(u, 0.0, 1.0);
    switch (d.kind) {
    case DistributionKind::Uniform:
        return d.a + u * (d.c - d.a);
    case DistributionKind::Triangular: {
        const double w = d.c - d.a;
        if (w <= 0)
            return d.b;
        const double f = (d.b - d.a) / w;
        return u < f ? d.a + std::sqrt(u * w * (d.b - d.a))
                     : d.c - std::sqrt((1.0 - u) * w * (d.c - d.b));
    }
    case DistributionKind::Pert: {
        const double w = d.c - d.a;
        if (w <= 0)
            return d.b;
        const double alpha = 1.0 + 4.0 * (d.b - d.a) / w;
        const double beta = 1.0 + 4.0 * (d.c - d.b) / w;
        using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
        const boost::math::beta_distribution<double, Policy> b(alpha, beta);
        return d.a + w * boost::math::quantile(b, std::clamp(u, 1e-15, 1.0 - 1e-15));
    }
    case DistributionKind::Normal: {
        if (d.spread <= 0)
            return std::clamp(d.b, d.a, d.c);
        const double z = truncatedNormalQuantile(u, (d.a - d.b) / d.spread,
                                                 (d.c - d.b) / d.spread);
        return std::clamp(d.b + d.spread * z, d.a, d.c);
    }
    case DistributionKind::Lognormal: {
        const double mu = std::log(d.b);
        if (d.spread <= 0)
            return std::clamp(d.b, d.a, d.c);
        const double zLo = d.a > 0 ? (std::log(d.a) - mu) / d.spread : -Distribution::inf();
        const double zHi = std::isfinite(d.c) ? (std::log(d.c) - mu) / d.spread
                                              : Distribution::inf();
        const double z = truncatedNormalQuantile(u, zLo, zHi);
        return std::clamp(std::exp(mu + d.spread * z), d.a, d.c);
    }
    }
    return d.b;
}

double mean(const Distribution &d)
{
    switch (d.kind) {
    case DistributionKind::Uniform: return 0.5 * (d.a + d.c);
    case DistributionKind::Triangular: return (d.a + d.b + d.c) / 3.0;
    case DistributionKind::Pert: return (d.a + 4.0 * d.b + d.c) / 6.0;
    case DistributionKind::Normal: return d.b;
    case DistributionKind::Lognormal: return d.b * std::exp(0.5 * d.spread * d.spread);
    }
    return d.b;
}

namespace {
// The PERT table covers the middle of the distribution; the tails, where the inverse beta
// function is steep and linear interpolation would be poor, are computed directly (2% of the
// draws).
constexpr double kTableFrom = 0.01;
constexpr double kTableTo = 0.99;
constexpr int kTablePoints = 4097;
} // namespace

Sampler::Sampler(const Distribution &d) : m_d(d)
{
    if (d.kind != DistributionKind::Pert || !(d.c > d.a))
        return;
    m_table.resize(kTablePoints);
    for (int i = 0; i < kTablePoints; ++i)
        m_table[std::size_t(i)] = quantile(
            d, kTableFrom + (kTableTo - kTableFrom) * double(i) / double(kTablePoints - 1));
}

double Sampler::operator()(double u) const
{
    if (m_table.empty() || u < kTableFrom || u > kTableTo)
        return quantile(m_d, u);
    const double pos = (u - kTableFrom) / (kTableTo - kTableFrom) * double(m_table.size() - 1);
    const std::size_t i = std::min(std::size_t(pos), m_table.size() - 2);
    const double f = pos - double(i);
    return m_table[i] + f * (m_table[i + 1] - m_table[i]);
}

const char *distributionCode(DistributionKind k)
{
    switch (k) {
    case DistributionKind::Uniform: return "uniform";
    case DistributionKind::Triangular: return "triangular";
    case DistributionKind::Pert: return "pert";
    case DistributionKind::Normal: return "normal";
    case DistributionKind::Lognormal: return "lognormal";
    }
    return "triangular";
}

std::optional<DistributionKind> distributionFromCode(std::string_view code)
{
    for (DistributionKind k : {DistributionKind::Uniform, DistributionKind::Triangular,
                               DistributionKind::Pert, DistributionKind::Normal,
                               DistributionKind::Lognormal})
        if (code == distributionCode(k))
            return k;
    return std::nullopt;
}

} // namespace ccp::decisions
