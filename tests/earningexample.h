// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The first example at its 2023 prices, for the tests of rules that need a project that earns
// (a payback, a breakeven, an IRR to check). The example itself carries 2024-25 rents over the
// servers' five-year life and loses money (docs/examples.md): list ¥18 falling 4% a year, the
// anchor at list, ten years with no refresh is the same center as the 2023 contracts saw it.

#include "scenario.h"

namespace ccp::test {

inline Scenario earningExample(Scenario s)
{
    s.horizonMonths = 120;
    s.demand.listPriceCnyPerCardHour = 18;
    s.demand.priceDeclinePerYear = 0.04;
    for (Segment &seg : s.demand.segments)
        seg.priceFactor = 1;
    s.finance.refreshPolicy = RefreshPolicy::None;
    return s;
}

} // namespace ccp::test
