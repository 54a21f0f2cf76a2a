// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Breakevens: the steady-state utilization and the list price at which the project NPV is
// zero. Both scale the variable part of the monthly cash flows (LinearCashFlow): every
// segment's utilization by k (the mix kept), or the price by p; income tax with loss
// carry-forward is recomputed for each trial.

#include "cashflow.h"

#include <optional>

namespace ccp {

// NPV of the linear cash flow at utilization scale k and price scale p; v = 1/(1+r_monthly).
double npvAt(const LinearCashFlow &cf, double k, double p, double v);

// Steady-state utilization k·U_ss with NPV = 0, in [0, 1]; 0 when the NPV is not negative
// even with nothing sold; empty when even full utilization does not reach NPV = 0.
std::optional<double> breakevenUtilization(const LinearCashFlow &cf, double steadyUtilization,
                                           double v);

// List price (CNY per card-hour) with NPV = 0 at the scenario's own utilization.
std::optional<double> breakevenPrice(const LinearCashFlow &cf, double listPrice, double v);

// Both at once (they share the evaluation at the scenario's own point).
struct Breakevens
{
    std::optional<double> utilization;
    std::optional<double> priceCnyPerCardHour;
};
Breakevens breakevens(const LinearCashFlow &cf, double steadyUtilization, double listPrice,
                      double v);

} // namespace ccp
