// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "demand": what is installed and sold, month by month. The build schedule (which share
// of the cluster operates in month t), every customer segment's ramp, the list price path
// (annual decline compounded monthly, introductory discount), sold card-hours and revenue.
// Month 0 is the investment month: nothing operates, nothing is sold.

#include "money.h"
#include "scenario.h"
#include "units.h"

#include <vector>

namespace ccp {

// The scenario's build phases; one phase of share 1 at month 0 when it names none.
std::vector<BuildPhase> buildPhases(const Scenario &s);

// Share of a segment's target utilization reached in operating month t ≥ 1: linear t/ramp or
// the smoothstep x²(3−2x) of x = t/ramp, 1 from the end of the ramp on.
double rampFraction(const Segment &seg, int month);

// Σ share × utilization over the segments: the utilization once every ramp has ended.
double steadyUtilization(const DemandInputs &d);

struct DemandPath
{
    int horizon = 0;
    double steadyUtilization = 0;
    std::vector<double> installedShare;   // share of the cluster built before month t
    std::vector<double> utilization;      // sold share of the available card-hours
    std::vector<double> priceWeight;      // Σ share × utilization × ramp × price factor
    std::vector<double> listPriceCnyPerCardHour; // after decline and introductory discount
    std::vector<double> cardHoursSold;
    std::vector<Money> revenue;
    units::Duration availableCardTimeFull; // card-hours available in a month, full build
};

DemandPath demandPath(const Scenario &s, int cards, const std::vector<BuildPhase> &phases);

} // namespace ccp
