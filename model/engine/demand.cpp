// SPDX-License-Identifier: GPL-3.0-or-later
#include "demand.h"

#include <algorithm>
#include <cmath>

namespace ccp {

std::vector<BuildPhase> buildPhases(const Scenario &s)
{
    std::vector<BuildPhase> phases = s.cluster.phases;
    if (phases.empty())
        phases.push_back({0, 1.0});
    // Months count from the start of construction: the equipment of a phase planned for
    // operating month p arrives in month construction + p.
    for (BuildPhase &ph : phases)
        ph.month += s.finance.constructionMonths;
    return phases;
}

double rampFraction(const Segment &seg, int month)
{
    if (seg.rampMonths <= 0)
        return 1.0;
    const double x = std::min(1.0, double(month) / double(seg.rampMonths));
    return seg.rampShape == RampShape::SCurve ? x * x * (3.0 - 2.0 * x) : x;
}

double steadyUtilization(const DemandInputs &d)
{
    double u = 0;
    for (const Segment &seg : d.segments)
        u += seg.share * seg.utilization;
    return u;
}

DemandPath demandPath(const Scenario &s, int cards, const std::vector<BuildPhase> &phases)
{
    const int H = s.horizonMonths;
    const std::size_t n = std::size_t(H) + 1;
    DemandPath d;
    d.horizon = H;
    d.steadyUtilization = steadyUtilization(s.demand);
    d.months.resize(n);
    d.availableCardTimeFull = units::hours(double(cards) * units::kHoursPerMonth
                                           * s.cluster.availability);
    const double hoursFull = units::toHours(d.availableCardTimeFull);

    // Per segment: its weight in the sold utilization, its price factor and its ramp.
    struct SegmentWeights
    {
        const Segment *segment;
        double sold;   // share × utilization
        double priceFactor;
    };
    std::vector<SegmentWeights> segments;
    segments.reserve(s.demand.segments.size());
    for (const Segment &seg : s.demand.segments)
        segments.push_back({&seg, seg.share * seg.utilization, seg.priceFactor});

    // The month-t price factor is the (t−1)-th power of (1 − decline)^(1/12), kept as a
    // running product.
    const double declinePerMonth = std::pow(1.0 - s.demand.priceDeclinePerYear, 1.0 / 12.0);
    double declineFactor = 1.0;
    int rampEnd = 0;
    for (const Segment &seg : s.demand.segments)
        rampEnd = std::max(rampEnd, seg.rampMonths);
    // Ramps and the introductory discount count from the start of operation.
    const int C = s.finance.constructionMonths;
    double util = 0, weight = 0;
    for (int t = 1; t <= H; ++t) {
        double installed = 0;
        for (const BuildPhase &ph : phases)
            if (ph.month < t)
                installed += ph.share;
        if (t <= C + rampEnd + 1) { // after every ramp the sums stay as they are
            util = 0;
            weight = 0;
            for (const SegmentWeights &w : segments) {
                const double soldNow = t > C ? w.sold * rampFraction(*w.segment, t - C) : 0.0;
                util += soldNow;
                weight += soldNow * w.priceFactor;
            }
        }
        if (t > 1)
            declineFactor *= declinePerMonth;
        double price = s.demand.listPriceCnyPerCardHour * declineFactor;
        if (t > C && t - C <= s.demand.introMonths)
            price *= 1.0 - s.demand.introDiscount;
        const double hours = hoursFull * installed;
        DemandMonth &m = d.months[std::size_t(t)];
        m.installedShare = installed;
        m.utilization = util;
        m.priceWeight = weight;
        m.listPriceCnyPerCardHour = price;
        m.revenue = Money::cny(hours * weight * price);
        m.cardHoursSold = hours * util;
    }
    return d;
}

} // namespace ccp
