// SPDX-License-Identifier: GPL-3.0-or-later
#include "irrpolynomial.h"

namespace ccp::irrpoly {

Local local(const Poly &p, double x)
{
    const double *c = p.high;
    double v = *c, d = 0.0, h = 0.0;
    for (std::size_t k = 1; k < p.count; ++k) {
        c += p.stride;
        h = h * x + d;
        d = d * x + v;
        v = v * x + *c;
    }
    return {v, d, h};
}

Bounds bounds(const Poly &p, double b)
{
    Bounds r;
    r.value = p[0];
    r.absValue = std::abs(p[0]);
    for (std::size_t k = 1; k < p.count; ++k) {
        const double c = p[k];
        r.slope = r.slope * b + r.value;
        r.value = r.value * b + c;
        r.absHalfCurvature = r.absHalfCurvature * b + r.absSlope;
        r.absSlope = r.absSlope * b + r.absValue;
        r.absValue = r.absValue * b + std::abs(c);
    }
    return r;
}

double bracketedRoot(const Poly &p, double lo, double hi, int sLo, double x)
{
    double lastAbs = std::numeric_limits<double>::infinity();
    for (int it = 0; it < 200; ++it) {
        const auto [f, d, h] = local(p, x);
        if (f == 0.0)
            return x;
        if (signOf(f) == sLo)
            lo = x;
        else
            hi = x;
        // Halley: f·f'/(f'² − f·f''/2); Newton's f/f' if that denominator is not positive.
        const double den = d * d - f * h;
        const double step = den > 0 ? f * d / den : f / d; // ±inf or NaN: rejected below
        if (std::abs(step) <= 2.0 * kEps * x) // converged to rounding level
            return std::clamp(x - step, lo, hi);
        const double next = x - step;
        if (next > lo && next < hi && std::abs(f) <= 0.5 * lastAbs) {
            lastAbs = std::abs(f);
            x = next;
        } else {
            lastAbs = std::numeric_limits<double>::infinity();
            x = lo + 0.5 * (hi - lo);
            if (x <= lo || x >= hi) // the bracket is two adjacent doubles
                return x;
        }
    }
    return x;
}

} // namespace ccp::irrpoly
