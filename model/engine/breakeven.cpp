// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakeven.h"

#include "tax.h"

#include <algorithm>
#include <array>
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

// The VAT paid and the surtax of a month whose output less input VAT is x (with its
// derivatives), from the credit carried forward (with its derivatives), which it updates.
// The same differentiation as for the income tax: VAT is paid once the credit is used up.
template<int N>
struct VatStep
{
    double paid = 0;
    std::array<double, N> paidD{};
};

template<int N>
VatStep<N> vatStep(double x, const std::array<double, N> &xD, double &credit,
                   std::array<double, N> &creditD, bool refund)
{
    VatStep<N> r;
    if (refund) { // an excess refunded: a negative payment, nothing carried
        r.paid = x;
        r.paidD = xD;
        return r;
    }
    if (x > credit) {
        r.paid = x - credit;
        for (int j = 0; j < N; ++j)
            r.paidD[j] = xD[j] - creditD[j];
        credit = 0;
        creditD.fill(0.0);
    } else {
        credit -= x;
        for (int j = 0; j < N; ++j)
            creditD[j] -= xD[j];
    }
    return r;
}

NpvAndSlopes npvWithSlopes(const LinearCashFlow &cf, double k, double p, double v)
{
    const double rate = cf.taxRate;
    double losses = 0, lossesDk = 0, lossesDp = 0;
    double credit = 0;
    std::array<double, 2> creditD{};
    double acc = 0, accDk = 0, accDp = 0, df = 1;
    for (const LinearMonth &m : cf.months) {
        // Revenue less the load's energy, and the working capital invested, which follows the
        // revenue.
        double variable = k * (p * m.revenue - m.loadCost);
        double varDk = p * m.revenue - m.loadCost;
        double varDp = k * m.revenue;
        double cash = variable - k * p * m.workingCapital;
        double cashDk = varDk - p * m.workingCapital;
        double cashDp = varDp - k * m.workingCapital;
        if (cf.vat) {
            const double x = k * p * m.vatOut - k * m.vatInLoad - m.vatInConst;
            const std::array<double, 2> xD{p * m.vatOut - m.vatInLoad, k * m.vatOut};
            const VatStep<2> paid = vatStep<2>(x, xD, credit, creditD, cf.vatRefund);
            const double st = paid.paid > 0 ? cf.surtaxRate : 0.0; // none on a refund
            // Cash: output − input − paid − surtax; the surtax is also deducted from profit.
            cash += x - paid.paid * (1.0 + st);
            cashDk += xD[0] - paid.paidD[0] * (1.0 + st);
            cashDp += xD[1] - paid.paidD[1] * (1.0 + st);
            variable -= st * paid.paid;
            varDk -= st * paid.paidD[0];
            varDp -= st * paid.paidD[1];
        }
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
        acc += (m.cashConst + cash - tax) * df;
        accDk += (cashDk - taxDk) * df;
        accDp += (cashDp - taxDp) * df;
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
    double credit = 0;
    std::array<double, 1> creditD{};
    double acc = 0, accDx = 0, df = 1;
    for (const LinearMonth &m : cf.months) {
        const double a = line == Line::Utilization ? m.revenue - m.loadCost : m.revenue;
        const double b = line == Line::Utilization ? 0.0 : -m.loadCost;
        double variable = x * a + b;
        double varDx = a;
        double cash = variable - x * m.workingCapital;
        double cashDx = a - m.workingCapital;
        if (cf.vat) {
            const double va = line == Line::Utilization ? m.vatOut - m.vatInLoad : m.vatOut;
            const double vb = (line == Line::Utilization ? 0.0 : -m.vatInLoad) - m.vatInConst;
            const double vx = x * va + vb;
            const VatStep<1> paid = vatStep<1>(vx, {va}, credit, creditD, cf.vatRefund);
            const double st = paid.paid > 0 ? cf.surtaxRate : 0.0; // none on a refund
            cash += vx - paid.paid * (1.0 + st);
            cashDx += va - paid.paidD[0] * (1.0 + st);
            variable -= st * paid.paid;
            varDx -= st * paid.paidD[0];
        }
        const double taxable = m.ebitConst + variable;
        double tax = 0, taxDx = 0;
        if (taxable > 0 && losses < taxable) {
            tax = rate * (taxable - losses);
            taxDx = rate * (varDx - lossesDx);
            losses = lossesDx = 0;
        } else {
            losses -= taxable;
            lossesDx -= varDx;
        }
        acc += (m.cashConst + cash - tax) * df;
        accDx += (cashDx - taxDx) * df;
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
    return npvWithSlopes(cf, k, p, v).npv;
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
