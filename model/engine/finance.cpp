// SPDX-License-Identifier: GPL-3.0-or-later
#include "finance.h"

#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace ccp {

double monthlyRate(double annual) { return std::pow(1.0 + annual, 1.0 / 12.0) - 1.0; }
double annualRate(double monthly) { return std::pow(1.0 + monthly, 12.0) - 1.0; }

double npv(std::span<const double> flows, double rate)
{
    // Horner in the discount factor v = 1/(1+r).
    const double v = 1.0 / (1.0 + rate);
    double acc = 0.0;
    for (auto it = flows.rbegin(); it != flows.rend(); ++it)
        acc = acc * v + *it;
    return acc;
}

namespace {

// Sign-preserving value of p(x) = Σ c_t x^t for x > 0. For x > 1 it evaluates p(x)/x^T in
// y = 1/x instead, which has the same sign and cannot overflow.
double signedPoly(std::span<const double> c, double x)
{
    double acc = 0.0;
    if (x <= 1.0) {
        for (auto it = c.rbegin(); it != c.rend(); ++it)
            acc = acc * x + *it;
    } else {
        const double y = 1.0 / x;
        for (double v : c)
            acc = acc * y + v;
    }
    return acc;
}

double refine(std::span<const double> c, double lo, double hi)
{
    auto f = [&](double x) { return signedPoly(c, x); };
    std::uintmax_t iterations = 200;
    const auto tol = boost::math::tools::eps_tolerance<double>(44);
    const auto [a, b] = boost::math::tools::toms748_solve(f, lo, hi, f(lo), f(hi), tol, iterations);
    return 0.5 * (a + b);
}

int signOf(double v) { return v > 0 ? 1 : (v < 0 ? -1 : 0); }

// The single root in (0, 1) of p(x) = Σ c_t x^t (or, when `reversed`, of Σ c_t x^(T−t)),
// known to change sign there. Newton's method on Horner's value and derivative, kept inside
// the bracket by bisection (Boost.Math's newton_raphson_iterate).
double rootInUnitInterval(std::span<const double> c, bool reversed)
{
    auto f = [&](double x) {
        double p = 0, dp = 0;
        if (reversed) {
            for (double v : c) {
                dp = dp * x + p;
                p = p * x + v;
            }
        } else {
            for (auto it = c.rbegin(); it != c.rend(); ++it) {
                dp = dp * x + p;
                p = p * x + *it;
            }
        }
        return std::make_pair(p, dp);
    };
    std::uintmax_t iterations = 100;
    return boost::math::tools::newton_raphson_iterate(f, 0.99, 0.0, 1.0, 40, iterations);
}

} // namespace

std::vector<double> irrRoots(std::span<const double> flows)
{
    std::vector<double> roots;
    // Trim zero flows at both ends: leading zeros shift the polynomial, trailing ones are inert.
    std::size_t first = 0, last = flows.size();
    while (first < last && flows[first] == 0.0)
        ++first;
    while (last > first && flows[last - 1] == 0.0)
        --last;
    if (last - first < 2)
        return roots;
    const std::span<const double> c = flows.subspan(first, last - first);

    int changes = 0, prev = 0;
    for (double v : c) {
        const int s = signOf(v);
        if (s != 0 && prev != 0 && s != prev)
            ++changes;
        if (s != 0)
            prev = s;
    }
    if (changes == 0)
        return roots;

    std::vector<double> xs; // roots in the discount factor x = 1/(1+i), x > 0
    if (changes == 1) {
        // Exactly one positive root (Descartes). p(0) = c0 and p(∞) has the sign of the last
        // coefficient, which differ. If p(1) differs from p(0) the root lies in (0, 1);
        // otherwise it lies in (1, ∞), where it is the reciprocal of the root in (0, 1) of the
        // reversed polynomial. Either way a safeguarded Newton iteration on (0, 1) finds it.
        const bool below = signOf(signedPoly(c, 1.0)) != signOf(c.front());
        xs.push_back(below ? rootInUnitInterval(c, false) : 1.0 / rootInUnitInterval(c, true));
    } else {
        // Scan x from 1e-4 (i ≈ 10,000 per period) to 1e3 (i ≈ −99.9%) on a log grid.
        constexpr int steps = 400;
        const double lx0 = std::log(1e-4), lx1 = std::log(1e3);
        double xPrev = 1e-4;
        double fPrev = signedPoly(c, xPrev);
        for (int k = 1; k <= steps; ++k) {
            const double x = std::exp(lx0 + (lx1 - lx0) * k / steps);
            const double fx = signedPoly(c, x);
            if (fPrev == 0.0)
                xs.push_back(xPrev);
            else if (signOf(fx) != 0 && signOf(fx) != signOf(fPrev))
                xs.push_back(refine(c, xPrev, x));
            xPrev = x;
            fPrev = fx;
        }
    }
    roots.reserve(xs.size());
    for (double x : xs)
        roots.push_back(1.0 / x - 1.0);
    std::sort(roots.begin(), roots.end());
    return roots;
}

std::optional<double> irr(std::span<const double> flows)
{
    return chooseIrr(irrRoots(flows));
}

std::optional<double> chooseIrr(std::span<const double> roots)
{
    if (roots.empty())
        return std::nullopt;
    return *std::min_element(roots.begin(), roots.end(),
                             [](double a, double b) { return std::abs(a) < std::abs(b); });
}

namespace {
// v is the per-period discount factor (1 for simple payback).
std::optional<double> paybackImpl(std::span<const double> flows, double v)
{
    if (flows.empty())
        return std::nullopt;
    double cum = flows[0];
    if (cum >= 0.0)
        return 0.0;
    double df = 1.0;
    for (std::size_t t = 1; t < flows.size(); ++t) {
        df *= v;
        const double f = flows[t] * df;
        const double next = cum + f;
        if (next >= 0.0) // f > 0 here, since cum < 0
            return double(t - 1) + (-cum) / f;
        cum = next;
    }
    return std::nullopt;
}
} // namespace

std::optional<double> payback(std::span<const double> flows)
{
    return paybackImpl(flows, 1.0);
}

std::optional<double> discountedPayback(std::span<const double> flows, double rate)
{
    return paybackImpl(flows, 1.0 / (1.0 + rate));
}

} // namespace ccp
