// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "costs": what the center costs, month by month, apart from energy (stage "power").
// The capex breakdown at full build; the capex schedule (each build phase's equipment in its
// month, software and facility in month 0) and the capex grant; operating costs by category
// (maintenance on the installed equipment, insurance on everything installed, staff, bandwidth,
// rent); the operating subsidy; straight-line depreciation of each asset and the book value
// left at the horizon (the residual value).

#include "catalog.h"
#include "money.h"
#include "result.h"
#include "scenario.h"
#include "sizing.h"

#include <vector>

namespace ccp {

struct CostPlan
{
    CapexBreakdown capex;                  // at full build
    std::vector<Money> investment;         // capex paid in month t
    std::vector<Money> grant;              // capex grant received in month t
    std::vector<Money> maintenance;
    std::vector<Money> insurance;
    std::vector<Money> staff;
    std::vector<Money> bandwidth;
    std::vector<Money> rent;
    std::vector<Money> operatingSubsidy;
    std::vector<Money> depreciation;
    Money residual;                        // book value at the horizon, received in month H

    Money fixedOpex(int t) const
    {
        return maintenance[t] + staff[t] + bandwidth[t] + rent[t] + insurance[t];
    }
};

CapexBreakdown capexBreakdown(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z);

CostPlan costPlan(const Scenario &s, const ResolvedRefs &refs, const SizingResult &z,
                  const std::vector<BuildPhase> &phases);

} // namespace ccp
