// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Discounted-cash-flow primitives on plain per-period flows. Conventions (docs/contract.md):
// flow t is discounted by (1+r)^t; payback is interpolated within the month that first brings
// the cumulative sum to zero or above; IRR is every rate that zeroes the NPV.

#include <optional>
#include <span>
#include <vector>

namespace ccp {

// Monthly rate equivalent to an annual one: (1+r)^(1/12) − 1.
double monthlyRate(double annualRate);
// Annual rate equivalent to a monthly one: (1+i)^12 − 1.
double annualRate(double monthlyRate);

double npv(std::span<const double> flows, double ratePerPeriod);

// Every per-period rate i > −1 at which the NPV of `flows` changes sign, ascending, over the
// whole range (every discount factor x = 1/(1+i) > 0). Descartes' rule of signs: no sign change
// in the flows → no root; one → exactly one, bracketed in (0, 1) of x or of 1/x. Several → each
// half is bounded by Descartes' rule on its cumulative sums, and where that allows more than one
// root, isolated by bisection with a proven bound on the polynomial over every piece (Taylor
// with the absolute polynomial, rounding included). Each root is refined by Halley's method
// kept inside its bracket. Not reported: a root of even multiplicity (the NPV touches zero
// without crossing), two roots closer together than double rounding can separate, and a
// rate that is not a double above −1 (1+i below 2^−53); flows that are not all finite have
// no root. Never NaN or infinite.
// docs/methodology.md ("Metrics") has the details.
std::vector<double> irrRoots(std::span<const double> flows);

// The root chosen as "the" IRR when several exist: the one closest to zero (numpy-financial's
// convention). Empty when there is no root.
std::optional<double> irr(std::span<const double> flows);
// The same choice among roots already found.
std::optional<double> chooseIrr(std::span<const double> roots);

// Simple payback in periods, interpolated; 0 when the first cumulative sum is already ≥ 0;
// empty when the cumulative sum never reaches 0.
std::optional<double> payback(std::span<const double> flows);
std::optional<double> discountedPayback(std::span<const double> flows, double ratePerPeriod);

} // namespace ccp
