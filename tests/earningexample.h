// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The first example at its 2023 prices, for the tests of rules that need a project that earns
// (a payback, a breakeven, an IRR to check). The example itself carries 2024-25 rents over the
// servers' five-year life and loses money (docs/examples.md): list ¥18 falling 4% a year, the
// anchor at list, ten years with no refresh is the same center as the 2023 contracts saw it.
// Without VAT and without the anchor's contract, so that the rules of docs/contract.md §5
// alone give its figures (VAT and contracts have tests of their own in tst_economics).

#include "scenario.h"

namespace ccp::test {

// The scenario with every VAT rate 0 and no contract: the §5 rules alone.
inline Scenario withoutVatAndContracts(Scenario s)
{
    s.finance.vatRateRevenue = s.finance.vatRateEquipment = 0;
    s.finance.vatRateConstruction = s.finance.vatRateOpex = 0;
    s.finance.pricesIncludeVat = false;
    for (Segment &seg : s.demand.segments)
        seg.contractMonths = 0;
    return s;
}

inline Scenario earningExample(Scenario s)
{
    s = withoutVatAndContracts(std::move(s));
    s.horizonMonths = 120;
    s.demand.listPriceCnyPerCardHour = 18;
    s.demand.priceDeclinePerYear = 0.04;
    for (Segment &seg : s.demand.segments)
        seg.priceFactor = 1;
    s.finance.refreshPolicy = RefreshPolicy::None;
    return s;
}

} // namespace ccp::test
