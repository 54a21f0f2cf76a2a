// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the IRR (irr.cpp): the NPV polynomial of one half of the positive axis, read in
// place, its value and derivatives by Horner's scheme, bounds from the absolute polynomial,
// and a bracketed Halley refinement of one root.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace ccp::irrpoly {

inline constexpr double kEps = std::numeric_limits<double>::epsilon();

inline int signOf(double v) { return v > 0 ? 1 : (v < 0 ? -1 : 0); }

// A polynomial of one half, read from its highest-degree coefficient down with a stride:
// p is c_T, c_{T−1}, …, c_0 (stride −1) and q is c_0, …, c_T (stride +1). No copy is made.
struct Poly
{
    const double *high;
    std::ptrdiff_t stride;
    std::size_t count; // degree + 1 ≥ 2
    bool reversed;     // q (x ≥ 1) rather than p (x ≤ 1)

    double operator[](std::size_t k) const { return high[std::ptrdiff_t(k) * stride]; }
};

// p(x), p'(x) and p''(x)/2 by Horner's scheme.
struct Local
{
    double value, slope, halfCurvature;
};

Local local(const Poly &p, double x);

// p(b) and p'(b), and P(b), P'(b), P''(b)/2 of the absolute polynomial, in one Horner pass.
struct Bounds
{
    double value = 0, slope = 0, absValue = 0, absSlope = 0, absHalfCurvature = 0;
};

Bounds bounds(const Poly &p, double b);

// The root of p in [lo, hi], where p has the sign sLo at lo and the opposite sign at hi (or is
// zero there), starting from x. Halley's method (cubic convergence, so few Horner passes) kept
// inside the bracket, which every evaluation shrinks; a bisection step instead whenever the
// step would leave the bracket or the last one did not halve |p|. Never leaves [lo, hi]; stops
// at a double-precision sign change of p or when the step is at rounding level.
double bracketedRoot(const Poly &p, double lo, double hi, int sLo, double x);

} // namespace ccp::irrpoly
