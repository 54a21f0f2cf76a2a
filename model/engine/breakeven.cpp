// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakeven.h"

#include "tax.h"

#include <algorithm>
#include <cmath>

namespace ccp {

double npvAt(const LinearCashFlow &cf, double k, double p, double v)
{
    IncomeTax tax(cf.taxRate);
    double acc = 0, df = 1;
    for (int t = 0; t <= cf.horizon; ++t) {
        const double variable = k * (p * cf.revenue[t] - cf.loadCost[t]);
        const double flow = cf.cashConst[t] + variable - tax(cf.ebitConst[t] + variable);
        acc += flow * df;
        df *= v;
    }
    return acc;
}

namespace {

// Root of f on [lo, hi], where f changes sign. The NPV is piecewise linear in the utilization
// and price scales (only income tax bends it), so the Illinois variant of regula falsi lands in
// the final linear piece after a few steps and then hits the root almost exactly. Stops when
// f is zero to within 1e-12 of its range on the bracket.
template<typename F>
double solve(F f, double lo, double hi, double flo, double fhi)
{
    const double tolerance = 1e-12 * (std::abs(flo) + std::abs(fhi));
    int side = 0;
    double x = lo;
    for (int i = 0; i < 200; ++i) {
        x = (lo * fhi - hi * flo) / (fhi - flo);
        const double fx = f(x);
        if (std::abs(fx) <= tolerance || hi - lo <= 1e-14 * std::abs(hi))
            return x;
        if ((fx > 0) == (fhi > 0)) {
            hi = x;
            fhi = fx;
            if (side == 1)
                flo /= 2;
            side = 1;
        } else {
            lo = x;
            flo = fx;
            if (side == -1)
                fhi /= 2;
            side = -1;
        }
    }
    return x;
}

} // namespace

std::optional<double> breakevenUtilization(const LinearCashFlow &cf, double steadyUtilization,
                                           double v)
{
    if (steadyUtilization <= 0)
        return std::nullopt;
    const double kMax = 1.0 / steadyUtilization;
    auto g = [&](double k) { return npvAt(cf, k, 1.0, v); };
    const double g0 = g(0.0), g1 = g(kMax);
    if (g0 >= 0)
        return 0.0;
    if (g1 >= 0)
        return std::min(1.0, solve(g, 0.0, kMax, g0, g1) * steadyUtilization);
    return std::nullopt;
}

std::optional<double> breakevenPrice(const LinearCashFlow &cf, double listPrice, double v)
{
    // Without revenue the price means nothing: undefined. With revenue, revenue after tax
    // grows without bound with the price, so the doubling below ends.
    bool sells = false;
    for (double r : cf.revenue)
        sells = sells || r > 0;
    if (!sells)
        return std::nullopt;
    auto h = [&](double p) { return npvAt(cf, 1.0, p, v); };
    const double h0 = h(0.0);
    if (h0 >= 0)
        return 0.0;
    double hi = 1.0, hHi = h(hi);
    while (hHi < 0 && hi < 1e300) {
        hi *= 2.0;
        hHi = h(hi);
    }
    if (hHi >= 0)
        return solve(h, 0.0, hi, h0, hHi) * listPrice;
    return std::nullopt;
}

} // namespace ccp
