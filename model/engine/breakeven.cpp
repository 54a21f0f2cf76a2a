// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakeven.h"

#include "tax.h"

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {

// The NPV at utilization scale k and price scale p, and its exact partial derivatives in k
// and in p. The derivatives are carried through the income tax with loss carry-forward
// (forward-mode differentiation of IncomeTax), so they are exact on each linear piece of the
// NPV.
struct NpvAndSlopes
{
    double npv;
    double dk;
    double dp;
};

NpvAndSlopes npvWithSlopes(const LinearCashFlow &cf, double k, double p, double v)
{
    const double rate = cf.taxRate;
    double losses = 0, lossesDk = 0, lossesDp = 0;
    double acc = 0, accDk = 0, accDp = 0, df = 1;
    for (const LinearMonth &m : cf.months) {
        const double variable = k * (p * m.revenue - m.loadCost);
        const double varDk = p * m.revenue - m.loadCost;
        const double varDp = k * m.revenue;
        const double taxable = m.ebitConst + variable;
        double tax = 0, taxDk = 0, taxDp = 0;
        if (taxable > 0 && losses < taxable) { // the losses are used up, the rest is taxed
            tax = rate * (taxable - losses);
            taxDk = rate * (varDk - lossesDk);
            taxDp = rate * (varDp - lossesDp);
            losses = lossesDk = lossesDp = 0;
        } else { // a loss carried forward, or a profit offset by the losses
            losses -= taxable;
            lossesDk -= varDk;
            lossesDp -= varDp;
        }
        acc += (m.cashConst + variable - tax) * df;
        accDk += (varDk - taxDk) * df;
        accDp += (varDp - taxDp) * df;
        df *= v;
    }
    return {acc, accDk, accDp};
}

// The NPV along one of the two lines through (k, p) = (1, 1), and its slope there: the
// variable part of month t is x·a[t] + b[t]. The same differentiation as above, in one
// direction only (the solvers' inner loop).
struct NpvAndSlope
{
    double npv;
    double slope;
};

enum class Line { Utilization, Price };

NpvAndSlope npvAlong(const LinearCashFlow &cf, Line line, double x, double v)
{
    const double rate = cf.taxRate;
    double losses = 0, lossesDx = 0;
    double acc = 0, accDx = 0, df = 1;
    for (const LinearMonth &m : cf.months) {
        const double a = line == Line::Utilization ? m.revenue - m.loadCost : m.revenue;
        const double b = line == Line::Utilization ? 0.0 : -m.loadCost;
        const double variable = x * a + b;
        const double taxable = m.ebitConst + variable;
        double tax = 0, taxDx = 0;
        if (taxable > 0 && losses < taxable) {
            tax = rate * (taxable - losses);
            taxDx = rate * (a - lossesDx);
            losses = lossesDx = 0;
        } else {
            losses -= taxable;
            lossesDx -= a;
        }
        acc += (m.cashConst + variable - tax) * df;
        accDx += (a - taxDx) * df;
        df *= v;
    }
    return {acc, accDx};
}

// Root of f on [lo, hi], where f changes sign, starting from x in [lo, hi]. The NPV is
// piecewise linear in the utilization and price scales (only income tax bends it), so
// Newton's method with the exact slope of the current piece lands on the root once it is in
// the root's piece; a step that would leave the bracket is replaced by bisection. Stops when
// f is zero to within 1e-12 of its range on the bracket.
template<typename F>
double solve(F f, double lo, double hi, double flo, double fhi, double x)
{
    const double tolerance = 1e-12 * (std::abs(flo) + std::abs(fhi));
    if (!(x > lo && x < hi))
        x = (lo * fhi - hi * flo) / (fhi - flo);
    for (int i = 0; i < 200; ++i) {
        const NpvAndSlope fx = f(x);
        if (std::abs(fx.npv) <= tolerance || hi - lo <= 1e-14 * std::abs(hi))
            return x;
        if ((fx.npv > 0) == (fhi > 0)) {
            hi = x;
            fhi = fx.npv;
        } else {
            lo = x;
            flo = fx.npv;
        }
        const double newton = fx.slope != 0 ? x - fx.npv / fx.slope : lo;
        x = newton > lo && newton < hi ? newton : 0.5 * (lo + hi);
    }
    return x;
}

// The Newton step from a point, or NaN where the slope is zero.
double newtonStep(double x, NpvAndSlope f)
{
    return f.slope != 0 ? x - f.npv / f.slope : std::nan("");
}

} // namespace

double npvAt(const LinearCashFlow &cf, double k, double p, double v)
{
    IncomeTax tax(cf.taxRate);
    double acc = 0, df = 1;
    for (const LinearMonth &m : cf.months) {
        const double variable = k * (p * m.revenue - m.loadCost);
        acc += (m.cashConst + variable - tax(m.ebitConst + variable)) * df;
        df *= v;
    }
    return acc;
}

std::optional<double> breakevenUtilization(const LinearCashFlow &cf, double steadyUtilization,
                                           double v)
{
    return breakevens(cf, steadyUtilization, 1.0, v).utilization;
}

std::optional<double> breakevenPrice(const LinearCashFlow &cf, double listPrice, double v)
{
    return breakevens(cf, 1.0, listPrice, v).priceCnyPerCardHour;
}

Breakevens breakevens(const LinearCashFlow &cf, double steadyUtilization, double listPrice,
                      double v)
{
    Breakevens b;
    // Both lines pass through the scenario itself, (k, p) = (1, 1): one pass gives the NPV
    // there and the slope along each line.
    const NpvAndSlopes here = npvWithSlopes(cf, 1.0, 1.0, v);

    // Utilization: k from 0 to 1/U_ss (full utilization), the mix kept.
    if (steadyUtilization > 0) {
        const double kMax = 1.0 / steadyUtilization;
        auto g = [&](double k) { return npvAlong(cf, Line::Utilization, k, v); };
        const NpvAndSlope g1{here.npv, here.dk};
        // Where every month earns at least its load's energy, the NPV cannot fall as more is
        // sold (as for the price below), so below zero at k = 1 it is below zero at k = 0.
        bool rising = true;
        for (const LinearMonth &m : cf.months)
            rising = rising && m.revenue >= m.loadCost;
        const bool lossAtOne = g1.npv < 0;
        const NpvAndSlope g0 = rising && lossAtOne ? NpvAndSlope{g1.npv, 0.0} : g(0.0);
        if (g0.npv >= 0) {
            b.utilization = 0.0;
        } else if (!lossAtOne) {
            const double k = solve(g, 0.0, 1.0, g0.npv, g1.npv, newtonStep(1.0, g1));
            b.utilization = std::min(1.0, k * steadyUtilization);
        } else if (const NpvAndSlope gMax = g(kMax); gMax.npv >= 0) {
            const double k = solve(g, 1.0, kMax, g1.npv, gMax.npv, newtonStep(kMax, gMax));
            b.utilization = std::min(1.0, k * steadyUtilization);
        }
    }

    // Price: without revenue the price means nothing, undefined.
    double revenuePv = 0, df = 1;
    for (const LinearMonth &m : cf.months) {
        revenuePv += m.revenue * df;
        df *= v;
    }
    if (!(revenuePv > 0))
        return b;
    // The NPV rises with the price at least as fast as the revenue after tax: a unit more of
    // revenue adds at most the tax rate in tax, paid then or later. So it is increasing, and
    // below zero at p it reaches zero by p + (−NPV(p)) / ((1 − tax rate) · PV(revenue)).
    auto h = [&](double p) { return npvAlong(cf, Line::Price, p, v); };
    const NpvAndSlope h1{here.npv, here.dp};
    if (h1.npv < 0) {
        const double minSlope = (1.0 - std::min(cf.taxRate, 1.0 - 1e-9)) * revenuePv;
        double hi = 1.0 - h1.npv / minSlope;
        NpvAndSlope hHi = h(hi);
        while (hHi.npv < 0 && hi < 1e300) { // rounding only
            hi *= 2.0;
            hHi = h(hi);
        }
        if (hHi.npv >= 0)
            b.priceCnyPerCardHour = solve(h, 1.0, hi, h1.npv, hHi.npv, newtonStep(1.0, h1))
                                    * listPrice;
        return b;
    }
    const NpvAndSlope h0 = h(0.0);
    if (h0.npv >= 0)
        b.priceCnyPerCardHour = 0.0;
    else
        b.priceCnyPerCardHour = solve(h, 0.0, 1.0, h0.npv, h1.npv, newtonStep(1.0, h1))
                                * listPrice;
    return b;
}

} // namespace ccp
