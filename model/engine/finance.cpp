// SPDX-License-Identifier: GPL-3.0-or-later
#include "finance.h"

#include <algorithm>
#include <cmath>
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
