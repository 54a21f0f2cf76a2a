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

// The month a build phase's equipment is replaced under the refresh policy "replace" (its life
// ends then, rounded up), or −1 when it is not replaced before the horizon.
int refreshMonth(const Scenario &s, const BuildPhase &phase);

// The share of the cluster running the refresh card in month t (replaced before month t).
double refreshedShare(const Scenario &s, const std::vector<BuildPhase> &phases, int t);

// Σ share × utilization over the segments: the utilization once every ramp has ended.
double steadyUtilization(const DemandInputs &d);

// One month of demand. Month 0 (construction) sells nothing.
struct DemandMonth
{
    double installedShare = 0;  // share of the cluster built before month t
    double utilization = 0;     // sold share of the available card-hours
    double listPriceCnyPerCardHour = 0; // after decline and introductory discount
    double cardHoursSold = 0;
    Money revenue;              // card-hours and tokens
    // MaaS segments: the tokens they sell, what those earn, the card-hours that serve them and
    // what those card-hours would have earned rented at the month's price × price factor.
    double inputTokens = 0;
    double outputTokens = 0;
    Money maasRevenue;
    double maasCardHours = 0;
    Money maasRentalValue;
};

struct DemandPath
{
    int horizon = 0;
    double steadyUtilization = 0;
    std::vector<DemandMonth> months; // 0..horizon
    units::Duration availableCardTimeFull; // card-hours available in a month, full build

    const DemandMonth &operator[](int t) const { return months[std::size_t(t)]; }
};

// What a card-hour of the inference deployment serves (InferenceResult), for MaaS segments.
struct TokenRates
{
    double inputPerCardHour = 0;
    double outputPerCardHour = 0;
    double cacheHitShare = 0;  // of the input tokens, billed at the cached price
    double refreshRatio = 1.0; // a card-hour of the refresh card against the original's
};

// `refreshPerformance`: the useful compute of a card-hour of the refresh card against the
// original's (1 without a refresh card); the refreshed share of the cluster sells for that
// much more per card-hour, the price per useful PFLOP-hour kept.
DemandPath demandPath(const Scenario &s, int cards, const std::vector<BuildPhase> &phases,
                      double refreshPerformance = 1.0, const TokenRates &tokens = {});

} // namespace ccp
