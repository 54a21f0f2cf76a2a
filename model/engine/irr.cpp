// SPDX-License-Identifier: GPL-3.0-or-later
// Every internal rate of return of a monthly cash flow: the roots of the NPV polynomial in the
// discount factor, isolated by Descartes' rule of signs and refined by bracketed Halley steps
// (docs/methodology.md, "IRR").
#include "finance.h"
#include "irrpolynomial.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ccp {

namespace {

using namespace irrpoly;

// IRR roots (docs/methodology.md, "Metrics"). With x = 1/(1+i) the NPV is the polynomial
// p(x) = Σ c_t x^t; every rate i > −1 is one x > 0. The positive axis is covered in two halves,
// each the unit interval of one polynomial: x ∈ (0, 1] (i ≥ 0) with p itself, and x ∈ [1, ∞)
// (−1 < i ≤ 0) with its reversal q(y) = y^T p(1/y) = Σ c_t y^(T−t) at y = 1/x = 1 + i ∈ (0, 1],
// which has the sign of p and cannot overflow. On [0, 1] every power is at most 1, so the
// absolute polynomial P(x) = Σ |c_t| x^t and its derivatives bound p and its derivatives and
// every rounding error (Horner: |fl(p(x)) − p(x)| ≤ γ_2n P(x)).

// The rate of a root at coordinate u of a half: x = u on p's half, y = u on q's.
double rateAt(bool reversed, double u) { return reversed ? u - 1.0 : 1.0 / u - 1.0; }

void pushRate(std::vector<double> &roots, double rate)
{
    if (std::isfinite(rate) && rate > -1.0) // 1+i below 2^−53 or above 1.8e308: not a double
        roots.push_back(rate);
}

// A bound on the relative rounding error of Horner's scheme on a half with `count`
// coefficients, with a margin: |fl(p(z)) − p(z)| ≤ kappa·P(z), and likewise for p' and P'.
double kappaFor(std::size_t count) { return 4.0 * double(count + 2) * kEps; }

// Walks the positive axis in ascending x through points of known NPV sign, and turns every
// sign change between consecutive such points into one root, refined in their bracket. A
// point whose value is within its rounding bound has no known sign and is skipped: where
// the NPV only touches zero, or two roots lie closer than rounding can separate, nothing is
// reported.
class SignWalk
{
public:
    SignWalk(const Poly &p, const Poly &q, double atOne, std::vector<double> &roots)
        : m_p(p), m_q(q), m_atOne(atOne), m_roots(roots)
    {
    }

    // The NPV at coordinate u of a half is v (times a positive factor), ±bound.
    void point(const Poly &half, double u, double v, double bound)
    {
        const int s = std::abs(v) > bound ? signOf(v) : 0;
        if (s == 0)
            return;
        if (m_sign != 0 && s != m_sign)
            crossing(half, u, s);
        m_sign = s;
        m_reversed = half.reversed;
        m_u = u;
    }

private:
    void crossing(const Poly &half, double u, int s)
    {
        if (m_reversed == half.reversed) {
            const double lo = std::min(m_u, u), hi = std::max(m_u, u);
            const int sLo = m_u <= u ? m_sign : s;
            const double u0 = bracketedRoot(half, lo, hi, sLo, hi - 0.01 * (hi - lo));
            pushRate(m_roots, rateAt(half.reversed, u0));
        } else if (m_atOne == 0.0) { // from p's half to q's across x = 1
            pushRate(m_roots, 0.0);
        } else if (signOf(m_atOne) != m_sign) { // in p's half, between m_u and x = 1
            const double x = bracketedRoot(m_p, m_u, 1.0, m_sign, 1.0 - 0.01 * (1.0 - m_u));
            pushRate(m_roots, rateAt(false, x));
        } else { // in q's half, between y = u and 1
            const double y = bracketedRoot(m_q, u, 1.0, s, 1.0 - 0.01 * (1.0 - u));
            pushRate(m_roots, rateAt(true, y));
        }
    }

    const Poly &m_p, &m_q;
    double m_atOne;
    std::vector<double> &m_roots;
    int m_sign = 0;
    bool m_reversed = false;
    double m_u = 0;
};

// Isolates the sign changes of one half on [0, 1] by bisection, each piece [a, b] judged from
// p, p', P, P', P''/2 at b. For x ∈ [a, b], w = b − a, Taylor at b with Lagrange remainder and
// |p''| ≤ P'' ≤ P''(b) on [0, b]:  |p(x) − p(b)| ≤ |p'(b)| w + (P''(b)/2) w²  and
// |p'(x) − p'(b)| ≤ P''(b) w. A piece is
//   - root-free when |p(b)| exceeds that variation plus the rounding bound: its sign is p(b)'s;
//   - monotone when |p'(b)| exceeds P''(b) w plus rounding: at most one root, which exists
//     exactly when the signs at its ends differ;
//   - unresolvable when both |p| and |p'| stay within rounding error over it (roots closer
//     together than double precision can separate), or after 50 halvings (w = 2^−50): judged
//     by the signs at its ends like a monotone piece;
// and is otherwise halved. The pieces are visited in ascending x (descending y on q's half) so
// that SignWalk sees every end point in order; the end points are dyadic, hence exact.
void isolate(const Poly &p, double valueAtOne, SignWalk &walk)
{
    const double kappa = kappaFor(p.count);
    struct Piece
    {
        double a, b;
        int depth;
        Bounds atB;
    };
    std::vector<Piece> stack;
    stack.reserve(64);
    stack.push_back({0.0, 1.0, 0, bounds(p, 1.0)});
    stack.back().atB.value = valueAtOne; // the one value both halves share
    while (!stack.empty()) {
        const Piece piece = stack.back();
        stack.pop_back();
        const Bounds &e = piece.atB;
        const double w = piece.b - piece.a;
        const double variation = std::abs(e.slope) * w + e.absHalfCurvature * w * w;
        const double valueSlack =
            kappa * (e.absValue + e.absSlope * w + e.absHalfCurvature * w * w);
        const double slopeSlack = kappa * (e.absSlope + 2.0 * e.absHalfCurvature * w);
        const double slopeMargin = std::abs(e.slope) - 2.0 * e.absHalfCurvature * w;
        if (std::abs(e.value) - variation > valueSlack) { // no root: one sign throughout
            if (p.reversed) {
                walk.point(p, piece.b, e.value, 0.0);
                walk.point(p, piece.a, e.value, 0.0);
            } else {
                walk.point(p, piece.a, e.value, 0.0);
                walk.point(p, piece.b, e.value, 0.0);
            }
            continue;
        }
        const bool leaf = slopeMargin > slopeSlack || piece.depth >= 50
                          || (std::abs(e.value) + variation <= 4.0 * valueSlack
                              && std::abs(e.slope) + 2.0 * e.absHalfCurvature * w
                                     <= 4.0 * slopeSlack);
        if (leaf) {
            // The end not evaluated here (a) is the evaluated end of the next piece on q's
            // half and of the previous one on p's (or x = 0, fed by the caller).
            walk.point(p, piece.b, e.value, kappa * e.absValue);
            continue;
        }
        const double m = 0.5 * (piece.a + piece.b);
        const Piece lower{piece.a, m, piece.depth + 1, bounds(p, m)};
        const Piece upper{m, piece.b, piece.depth + 1, e};
        if (p.reversed) { // visit descending y: the upper piece first
            stack.push_back(lower);
            stack.push_back(upper);
        } else {
            stack.push_back(upper);
            stack.push_back(lower);
        }
    }
}

// An upper bound on the number of roots of a half in (0, 1), or 2 when rounding leaves it
// unproven. For |x| < 1, p(x)/(1 − x) is the power series Σ A_min(t,T) x^t whose coefficients
// are the cumulative sums A_t = c_0 + … + c_t (taken from the other end on q's half), and
// Descartes' rule of signs holds for power series on their interval of convergence: no more
// roots in (0, 1) than sign changes of A_0, …, A_T. Rounding of a sum near zero would make
// its sign uncertain; then the bound is not claimed.
int cumulativeBound(const Poly &p)
{
    const double slack = kappaFor(p.count);
    double sum = 0, absSum = 0;
    int changes = 0, prev = 0;
    for (std::size_t k = p.count; k-- > 0;) { // lowest degree first
        const double c = p[k];
        sum += c;
        absSum += std::abs(c);
        if (std::abs(sum) <= slack * absSum)
            return 2;
        const int s = signOf(sum);
        if (prev != 0 && s != prev && ++changes > 1)
            return 2;
        prev = s;
    }
    return changes;
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
    std::span<const double> c = flows.subspan(first, last - first);

    int changes = 0, prev = 0;
    double largest = 0, atOne = 0; // atOne: p(1) = q(1) = Σ c_t
    for (double v : c) {
        if (!std::isfinite(v))
            return roots;
        largest = std::max(largest, std::abs(v));
        atOne += v;
        const int s = signOf(v);
        if (s != 0 && prev != 0 && s != prev)
            ++changes;
        if (s != 0)
            prev = s;
    }
    if (changes == 0)
        return roots;
    // Σ|c_t| on [0, 1] must not overflow, nor the flows be subnormal: rescale absurd
    // magnitudes by a power of two (the roots do not change).
    std::vector<double> scaled;
    if (largest > 1e300 || largest < 1e-250) {
        const int shift = -std::ilogb(largest);
        scaled.reserve(c.size());
        for (double v : c)
            scaled.push_back(std::ldexp(v, shift));
        c = scaled;
        atOne = 0;
        for (double v : c)
            atOne += v;
    }

    const std::size_t n = c.size();
    const Poly p{c.data() + (n - 1), -1, n, false};
    const Poly q{c.data(), 1, n, true};

    if (changes == 1) {
        // Descartes: exactly one positive root, and it is simple. p(0) = c_0 and q(0) = c_T have
        // opposite signs; p(1) = q(1) has one of them, so the root is in (0, 1) of the half
        // whose end at 0 differs from it.
        if (atOne == 0.0) {
            roots.push_back(0.0);
            return roots;
        }
        const Poly &h = signOf(atOne) != signOf(p[n - 1]) ? p : q; // p[n−1] = c_0
        pushRate(roots, rateAt(h.reversed, bracketedRoot(h, 0.0, 1.0, signOf(h[n - 1]), 0.99)));
        return roots;
    }

    // Several sign changes. A half needs no search when its cumulative sums prove it holds at
    // most one root (cumulativeBound); otherwise its roots are isolated. Either way the walk
    // goes from x = 0 up to ∞ and turns each sign change into one root.
    double absSum = 0;
    for (double v : c)
        absSum += std::abs(v);
    const double atOneBound = kappaFor(n) * absSum;
    SignWalk walk(p, q, atOne, roots);
    walk.point(p, 0.0, p[n - 1], 0.0); // c_0, exact
    if (cumulativeBound(p) <= 1)
        walk.point(p, 1.0, atOne, atOneBound);
    else
        isolate(p, atOne, walk);
    walk.point(q, 1.0, atOne, atOneBound); // x = 1 again, now as an end of q's half
    if (cumulativeBound(q) > 1)
        isolate(q, atOne, walk);
    walk.point(q, 0.0, q[n - 1], 0.0); // c_T, exact
    std::sort(roots.begin(), roots.end());
    return roots;
}

std::optional<double> irr(std::span<const double> flows)
{
    return chooseIrr(irrRoots(flows));
}

} // namespace ccp
