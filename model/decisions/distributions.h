// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Probability distributions of uncertain inputs, sampled by their quantile function (inverse
// CDF) from a uniform number, so that a Gaussian copula can correlate two inputs and a draw
// depends only on its own random numbers. Bounds truncate the normal and lognormal.

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace ccp::decisions {

enum class DistributionKind { Uniform, Triangular, Pert, Normal, Lognormal };

struct Distribution
{
    DistributionKind kind = DistributionKind::Triangular;
    // Uniform: a = min, c = max. Triangular and PERT: a = min, b = mode, c = max.
    // Normal: b = mean, spread = standard deviation. Lognormal: b = median, spread = σ of the
    // logarithm. a and c bound the normal and lognormal (truncation); ±infinity for none.
    double a = -std::numeric_limits<double>::infinity();
    double b = 0;
    double c = std::numeric_limits<double>::infinity();
    double spread = 0;

    static Distribution uniform(double min, double max);
    static Distribution triangular(double min, double mode, double max);
    static Distribution pert(double min, double mode, double max);
    static Distribution normal(double mean, double sd, double min = -inf(), double max = inf());
    static Distribution lognormal(double median, double sigma, double min = 0, double max = inf());
    static constexpr double inf() { return std::numeric_limits<double>::infinity(); }
};

// Why parameters do not make a distribution.
enum class DistributionProblem {
    MinAboveMax,
    UniformUnbounded,     // a uniform needs a finite minimum and maximum
    RangeUnbounded,       // so do a triangular and a PERT
    ModeOutside,          // the most likely value is outside the minimum and maximum
    NormalParameters,     // a normal needs a finite mean and a standard deviation ≥ 0
    LognormalParameters,  // a lognormal needs a median above 0 and a σ ≥ 0
};

// The problem of the parameters; empty when they make a distribution.
std::optional<DistributionProblem> checkDistribution(const Distribution &d);
// The problem in words, untranslated (exceptions, logs); Messages translates it for people.
const char *describe(DistributionProblem p);

// The value below which a share u ∈ (0, 1) of the distribution lies.
double quantile(const Distribution &d, double u);
double mean(const Distribution &d); // of the untruncated distribution

// quantile() made fast for many draws: the PERT's inverse beta function, costly to compute,
// is tabulated once at 4,097 points between the 1% and 99% quantiles and interpolated (within
// 1e-5 of the width, far below the sampling error of any Monte Carlo run); the tails and the
// other kinds are computed directly.
class Sampler
{
public:
    explicit Sampler(const Distribution &d);
    double operator()(double u) const;

private:
    Distribution m_d;
    std::vector<double> m_table; // quantiles at u = i / (size − 1), PERT only
};
double standardNormalQuantile(double u);
double standardNormalCdf(double z);

const char *distributionCode(DistributionKind k); // "uniform", "triangular", "pert", "normal", "lognormal"
std::optional<DistributionKind> distributionFromCode(std::string_view code);

} // namespace ccp::decisions
