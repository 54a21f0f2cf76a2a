// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "costs": what the center costs, month by month, apart from energy (stage "power").
// The capex breakdown at full build; the capex schedule (each build phase's equipment in its
// month, software and facility in month 0) and the capex grant; operating costs by category
// (maintenance on the installed equipment, insurance on everything installed, staff, bandwidth,
// rent); the operating subsidy; straight-line depreciation of each asset and the book value
// left at the horizon (the residual value); with the refresh policy "replace", the
// replacements of equipment whose life ends before the horizon and the sale of the old.

#include "catalog.h"
#include "money.h"
#include "result.h"
#include "scenario.h"
#include "sizing.h"

#include <vector>

namespace ccp {

// The costs of one month. Month 0 holds the first capex and no operating costs.
struct CostMonth
{
    Money investment;       // capex paid in the month
    Money grant;            // capex grant received in the month
    Money maintenance;
    Money insurance;
    Money staff;
    Money bandwidth;
    Money rent;
    Money operatingSubsidy;
    Money depreciation;
    Money disposal;         // book value of equipment sold when it is replaced (refresh)
    Money land;             // land use right bought (part of investment; no VAT, no grant)
    // Income tax: the deduction for the assets (depreciation, or the whole cost at once under
    // the one-time deduction), the taxable part of the grant, and the taxable gain on a sale
    // (proceeds at book value less the remaining tax basis).
    Money taxDepreciation;
    Money taxableGrant;
    Money taxableGain;
    Money inputVat;         // on the month's capex and fixed opex (energy: stage "power")
    Money capexInputVat;    // its part on the capex

    Money fixedOpex() const { return maintenance + staff + bandwidth + rent + insurance; }
};

struct CostPlan
{
    CapexBreakdown capex;         // at full build
    std::vector<CostMonth> months; // 0..horizon
    Money residual;               // book value at the horizon, received in month H
    Money residualTaxGain;        // its taxable gain: book value less the tax basis left

    const CostMonth &operator[](int t) const { return months[std::size_t(t)]; }
};

// What a price input is worth net of VAT: 1 / (1 + rate) when the prices include VAT, else 1.
// The bills of materials show catalog prices this way, as the capex counts them.
double netFactor(const FinanceInputs &fin, double rate);

CapexBreakdown capexBreakdown(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z);

CostPlan costPlan(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z,
                  const std::vector<BuildPhase> &phases);

} // namespace ccp
