// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Discounted-cash-flow primitives on plain per-period flows. Conventions (docs/architecture.md):
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

// Every per-period rate i > −1 at which the NPV of `flows` is zero, ascending. Uses Descartes'
// rule of signs: no sign change → no root; one → exactly one root, bracketed and refined with
// TOMS 748; several → a log-spaced scan of the discount factor for sign changes, each refined.
// A root of even multiplicity (the NPV touches zero without crossing) is not reported.
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
