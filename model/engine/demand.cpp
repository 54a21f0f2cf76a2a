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

int refreshMonth(const Scenario &s, const BuildPhase &phase)
{
    if (s.finance.refreshPolicy != RefreshPolicy::Replace)
        return -1;
    const int r = int(std::ceil(double(phase.month) + s.finance.equipmentLifeYears * 12.0 - 1e-9));
    return r < s.horizonMonths ? r : -1;
}

double refreshedShare(const Scenario &s, const std::vector<BuildPhase> &phases, int t)
{
    double share = 0;
    for (const BuildPhase &ph : phases) {
        const int r = refreshMonth(s, ph);
        if (r >= 0 && r < t)
            share += ph.share;
    }
    return share;
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
    for (const Segment &seg : d.segments) {
        if (seg.kind == SegmentKind::Maas) {
            const double day = seg.servingHours / 24.0;
            u += seg.share * (day * seg.utilization + (1.0 - day) * seg.offhoursUtilization);
        } else {
            u += seg.share * seg.utilization;
        }
    }
    return u;
}

DemandPath demandPath(const Scenario &s, int cards, const std::vector<BuildPhase> &phases,
                      double refreshPerformance, const TokenRates &tokens)
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

    // The month-t price factor is the (t−1)-th power of (1 − decline)^(1/12), kept as a
    // running product.
    const double declinePerMonth = std::pow(1.0 - s.demand.priceDeclinePerYear, 1.0 / 12.0);
    double declineFactor = 1.0;
    // Ramps, contracts and the introductory discount count from the start of operation.
    const int C = s.finance.constructionMonths;
    const double contractList = s.demand.listPriceCnyPerCardHour
                                * std::pow(declinePerMonth, double(C)); // month C + 1's list
    for (int t = 1; t <= H; ++t) {
        double installed = 0;
        for (const BuildPhase &ph : phases)
            if (ph.month < t)
                installed += ph.share;
        if (t > 1)
            declineFactor *= declinePerMonth;
        const double list = s.demand.listPriceCnyPerCardHour * declineFactor;
        double price = list;
        if (t > C && t - C <= s.demand.introMonths)
            price *= 1.0 - s.demand.introDiscount;
        // Per segment: the share of the available card-hours used, and billed at its price.
        double used = 0, billed = 0;
        double serving = 0;   // share of the available card-hours serving MaaS tokens
        double maasCny = 0;   // per serving share: CNY a card-hour of tokens earns, × share
        double rentalCny = 0; // the same card-hours rented at the month's price × price factor
        if (t > C) {
            const int o = t - C; // operating month
            for (const Segment &seg : s.demand.segments) {
                const double wanted = seg.utilization * rampFraction(seg, o);
                if (seg.kind == SegmentKind::Maas) {
                    // Tokens for serving_hours a day at `wanted` of the throughput; card-hours
                    // rented for the rest of the day.
                    const double day = seg.servingHours / 24.0;
                    const double night = (1.0 - day) * seg.offhoursUtilization * rampFraction(seg, o);
                    const double busy = seg.share * day * wanted;
                    used += busy + seg.share * night;
                    billed += seg.share * night * seg.priceFactor * price;
                    serving += busy;
                    const double decline = std::pow(1.0 - seg.tokenPriceDeclinePerYear,
                                                    double(o - 1) / 12.0);
                    const double h = tokens.cacheHitShare;
                    const double perCardHour =
                        (tokens.inputPerCardHour
                             * ((1.0 - h) * seg.priceInputCnyPerMtok
                                + h * seg.priceCachedInputCnyPerMtok)
                         + tokens.outputPerCardHour * seg.priceOutputCnyPerMtok)
                        * 1e-6 * decline;
                    maasCny += busy * perCardHour;
                    rentalCny += busy * seg.priceFactor * price;
                } else if (seg.contractMonths <= 0) { // the market throughout
                    used += seg.share * wanted;
                    billed += seg.share * wanted * seg.priceFactor * price;
                } else if (o <= seg.contractMonths) { // in the term: fixed price, take-or-pay
                    used += seg.share * wanted;
                    billed += seg.share * std::max(wanted, seg.takeOrPay) * seg.priceFactor
                              * contractList;
                } else { // renewed, or back to the market
                    const double q = seg.renewalProbability;
                    used += seg.share * (q * wanted + (1.0 - q) * seg.afterTermUtilization);
                    billed += seg.share
                              * (q * wanted * seg.priceFactor * seg.renewalPriceFactor
                                 + (1.0 - q) * seg.afterTermUtilization)
                              * price;
                }
            }
        }
        const double hours = hoursFull * installed;
        // A card-hour of the refresh card sells for its useful compute against the original's.
        const double sellingHours =
            refreshPerformance == 1.0
                ? hours
                : hours + hoursFull * refreshedShare(s, phases, t) * (refreshPerformance - 1.0);
        DemandMonth &m = d.months[std::size_t(t)];
        m.installedShare = installed;
        m.utilization = used;
        m.listPriceCnyPerCardHour = price;
        // MaaS card-hours serve tokens at the deployment's rate, the refresh card's on the
        // replaced share.
        const double tokenHours =
            tokens.refreshRatio == 1.0
                ? hours
                : hours + hoursFull * refreshedShare(s, phases, t) * (tokens.refreshRatio - 1.0);
        m.inputTokens = tokenHours * serving * tokens.inputPerCardHour;
        m.outputTokens = tokenHours * serving * tokens.outputPerCardHour;
        m.maasRevenue = Money::cny(tokenHours * maasCny);
        m.maasCardHours = hours * serving;
        m.maasRentalValue = Money::cny(sellingHours * rentalCny);
        m.revenue = Money::cny(sellingHours * billed) + m.maasRevenue;
        m.cardHoursSold = hours * used;
    }
    return d;
}

} // namespace ccp
