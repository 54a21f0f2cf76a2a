// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "cash flow": the monthly rows of the project (unlevered) view — revenue less energy
// and fixed opex, plus subsidies and grants, less capex and income tax, plus the residual value
// at the horizon — and the equity view with debt drawn with each capex and repaid as an
// annuity. Also the project cash flow split into parts that are constant, proportional to the
// utilization scale k, and proportional to k times the price scale p, so that the breakevens
// solve NPV(k, p) = 0 in a tight loop instead of re-running every stage.

#include "costs.h"
#include "demand.h"
#include "power.h"
#include "result.h"

#include <vector>

namespace ccp {

struct LinearMonth
{
    double revenue = 0;   // CNY at k = 1, p = 1
    double loadCost = 0;  // net energy cost of the load, per unit k
    double cashConst = 0; // −capex + grant − base energy − fixed opex + subsidy + residual
    double ebitConst = 0; // taxable: subsidy − base energy − fixed opex − tax depreciation + gains
    // VAT: output VAT per unit k·p, input VAT of the load's energy per unit k, the rest of the
    // input VAT; and the working capital invested (its level follows revenue, so it scales by k·p).
    double vatOut = 0;
    double vatInLoad = 0;
    double vatInConst = 0;
    double workingCapital = 0; // CNY at k = 1, p = 1
    double surtax = 0;    // 附加税 at k = 1, p = 1 (deducted from the taxable profit)

    double ebit(double k = 1.0, double p = 1.0) const
    {
        return ebitConst + k * (p * revenue - loadCost);
    }
    // The taxable profit at k = 1, p = 1: EBIT less the surtax.
    double taxable() const { return ebit() - surtax; }
};

struct LinearCashFlow
{
    int horizon = 0;
    double taxRate = 0;
    double surtaxRate = 0;
    bool vat = false; // any VAT rate is non-zero
    bool vatRefund = false; // input VAT in excess refunded (a negative payment), not carried
    std::vector<LinearMonth> months; // 0..horizon
};

struct CashFlow
{
    std::vector<MonthRow> monthly; // months 0..horizon, project and equity cash flows
    std::vector<double> flows;     // the project cash flow of each month, CNY (as in monthly)
    LinearCashFlow linear;
};

// FlowsOnly: only `flows`, no monthly rows and no linear split (the lean evaluation).
enum class CashFlowDetail { Full, FlowsOnly };
CashFlow projectCashFlow(const Scenario &s, int cards, const DemandPath &demand,
                         const EnergyPath &energy, const CostPlan &costs,
                         CashFlowDetail detail = CashFlowDetail::Full);

// Fills MonthRow::equityCashFlow: debt drawn as a share of each month's capex, repaid as a
// monthly annuity from the next month on (rate interest_rate/12, term round(12·years) months),
// the outstanding balance repaid at the horizon; income tax with the interest deducted.
// Returns the equity cash flow of each month, CNY (as in monthly).
// `constructionInterest` (optional) receives the interest capitalized during construction.
std::vector<double> addEquityView(const FinanceInputs &fin, const LinearCashFlow &linear,
                                  std::vector<MonthRow> &monthly,
                                  double *constructionInterest = nullptr);

} // namespace ccp
