// SPDX-License-Identifier: GPL-3.0-or-later
#include "levers.h"

#include "demand.h"

#include "fields.h"
#include "performance.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ccp::decisions {

namespace {

constexpr double kInf = 1e300;
constexpr double kField = 0; // range and unit taken from the scenario field of that key

// Levers that are scenario fields take their range and unit from the field table (fields.cpp);
// the derived ones say theirs here.
const std::vector<LeverInfo> &table()
{
    static const std::vector<LeverInfo> all = [] {
        std::vector<LeverInfo> v = {
            {LeverId::AverageUtilization, "demand.average_utilization", 0, 1, ""},
            {LeverId::ListPrice, "demand.list_price_cny_per_card_hour", kField, kField, ""},
            {LeverId::PriceDecline, "demand.price_decline_per_year", kField, kField, ""},
            {LeverId::PowerPrice, "site.power_price_cny_per_kwh", kField, kField, ""},
            {LeverId::PowerPriceGrowth, "site.power_price_growth_per_year", kField, kField, ""},
            {LeverId::Pue, "site.pue", kField, kField, ""},
            {LeverId::CardPrice, "catalog.card.price_cny", 0, kInf, "CNY"},
            {LeverId::ServerPrice, "catalog.server.price_cny", 0, kInf, "CNY"},
            {LeverId::CapexOverrun, "finance.capex_overrun", kField, kField, ""},
            {LeverId::DiscountRate, "finance.discount_rate", kField, kField, ""},
            {LeverId::RampMonths, "demand.ramp_months", 0, 120, "month"},
            {LeverId::Mfu, "training.mfu", kField, kField, ""},
            {LeverId::Availability, "cluster.availability", kField, kField, ""},
            {LeverId::Maintenance, "finance.maintenance_per_year", kField, kField, ""},
            {LeverId::ConstructionMonths, "finance.construction_months", kField, kField, ""},
            {LeverId::TokenPrice, "demand.token_price_factor", 0, 10, ""},
        };
        for (LeverInfo &l : v) {
            int index = -1;
            if (const FieldSpec *f = findField(l.key, &index)) {
                l.min = f->min;
                l.max = f->max;
                l.unit = f->unit;
            }
        }
        return v;
    }();
    return all;
}

} // namespace

std::span<const LeverInfo> levers() { return table(); }

const LeverInfo *findLever(std::string_view key)
{
    for (const LeverInfo &l : table())
        if (l.key == key)
            return &l;
    return nullptr;
}

const LeverInfo &leverInfo(LeverId id)
{
    for (const LeverInfo &l : table())
        if (l.id == id)
            return l;
    return table().front();
}

// The engine's steady utilization: a MaaS segment counts its serving hours at its load and the
// rest of the day at its off-hours rental (model/engine/demand.h).
double averageUtilization(const Scenario &s)
{
    return steadyUtilization(s.demand);
}

Workbench::Workbench(const Scenario &scenario, const Catalog &catalog)
    : m_base(scenario), m_scenario(scenario), m_catalog(catalog)
{
    ResolvedRefs refs;
    if (resolve(scenario, catalog, refs)) {
        m_cardId = refs.card->id;
        m_serverId = refs.server->id;
        m_baseCardPrice = refs.card->price.cnyValue();
        m_baseServerPrice = refs.server->price.cnyValue();
        m_baseMfu = scenario.training.mfu ? *scenario.training.mfu
                                          : evaluate(scenario, catalog, {false}).performance.mfu;
    }
    m_baseAverage = averageUtilization(scenario);
}

Card *Workbench::card()
{
    for (Card &c : m_catalog.cards)
        if (c.id == m_cardId)
            return &c;
    return nullptr;
}

Server *Workbench::server()
{
    for (Server &s : m_catalog.servers)
        if (s.id == m_serverId)
            return &s;
    return nullptr;
}

bool sellsTokens(const Scenario &s)
{
    return std::any_of(s.demand.segments.begin(), s.demand.segments.end(),
                       [](const Segment &g) { return g.kind == SegmentKind::Maas; });
}

void Workbench::reset()
{
    m_scenario = m_base;
    m_tokenFactor = 1;
    if (Card *c = card())
        c->price = Money::cny(m_baseCardPrice);
    if (Server *s = server())
        s->price = Money::cny(m_baseServerPrice);
}

double Workbench::value(LeverId id) const
{
    const Scenario &s = m_scenario;
    switch (id) {
    case LeverId::AverageUtilization: return averageUtilization(s);
    case LeverId::ListPrice: return s.demand.listPriceCnyPerCardHour;
    case LeverId::PriceDecline: return s.demand.priceDeclinePerYear;
    case LeverId::PowerPrice: return s.site.powerPriceCnyPerKwh;
    case LeverId::PowerPriceGrowth: return s.site.powerPriceGrowthPerYear;
    case LeverId::Pue: return s.site.pue;
    case LeverId::CardPrice: {
        const Card *c = m_catalog.card(m_cardId);
        return c ? c->price.cnyValue() : 0.0;
    }
    case LeverId::ServerPrice: {
        const Server *v = m_catalog.server(m_serverId);
        return v ? v->price.cnyValue() : 0.0;
    }
    case LeverId::CapexOverrun: return s.finance.capexOverrun;
    case LeverId::DiscountRate: return s.finance.discountRate;
    case LeverId::RampMonths: {
        int longest = 0;
        for (const Segment &seg : s.demand.segments)
            longest = std::max(longest, seg.rampMonths);
        return longest;
    }
    case LeverId::Mfu: return s.training.mfu ? *s.training.mfu : m_baseMfu;
    case LeverId::Availability: return s.cluster.availability;
    case LeverId::Maintenance: return s.finance.maintenancePerYear;
    case LeverId::ConstructionMonths: return s.finance.constructionMonths;
    case LeverId::TokenPrice: return m_tokenFactor;
    }
    return 0.0;
}

void Workbench::set(LeverId id, double value)
{
    const LeverInfo &info = leverInfo(id);
    const double v = std::clamp(value, info.min, info.max);
    Scenario &s = m_scenario;
    switch (id) {
    case LeverId::AverageUtilization: {
        const double k = m_baseAverage > 0 ? v / m_baseAverage : 0.0;
        // Every segment's utilization (and a MaaS segment's off-hours rental) scaled alike, as
        // the engine's breakeven utilization does.
        for (std::size_t i = 0; i < s.demand.segments.size(); ++i) {
            s.demand.segments[i].utilization = m_base.demand.segments[i].utilization * k;
            s.demand.segments[i].offhoursUtilization = m_base.demand.segments[i].offhoursUtilization * k;
        }
        break;
    }
    case LeverId::ListPrice: s.demand.listPriceCnyPerCardHour = v; break;
    case LeverId::PriceDecline: s.demand.priceDeclinePerYear = v; break;
    case LeverId::PowerPrice: s.site.powerPriceCnyPerKwh = v; break;
    case LeverId::PowerPriceGrowth: s.site.powerPriceGrowthPerYear = v; break;
    case LeverId::Pue: s.site.pue = v; break;
    case LeverId::CardPrice:
        // The server's price carries its cards: it moves by the change of each card's price.
        if (Card *c = card()) {
            c->price = Money::cny(v);
            if (Server *sv = server())
                sv->price = Money::cny(std::max(
                    0.0, m_baseServerPrice + (v - m_baseCardPrice) * sv->cardsPerServer));
        }
        break;
    case LeverId::ServerPrice:
        if (Server *sv = server())
            sv->price = Money::cny(v);
        break;
    case LeverId::CapexOverrun: s.finance.capexOverrun = v; break;
    case LeverId::DiscountRate: s.finance.discountRate = v; break;
    case LeverId::RampMonths: {
        // Every segment's ramp scaled so that the longest is v months.
        int longest = 0;
        for (const Segment &seg : m_base.demand.segments)
            longest = std::max(longest, seg.rampMonths);
        for (std::size_t i = 0; i < s.demand.segments.size(); ++i) {
            const int base = m_base.demand.segments[i].rampMonths;
            s.demand.segments[i].rampMonths
                = longest > 0 ? int(std::lround(base * v / longest)) : int(std::lround(v));
        }
        break;
    }
    case LeverId::Mfu: s.training.mfu = v; break;
    case LeverId::Availability: s.cluster.availability = v; break;
    case LeverId::Maintenance: s.finance.maintenancePerYear = v; break;
    case LeverId::ConstructionMonths: s.finance.constructionMonths = int(std::lround(v)); break;
    case LeverId::TokenPrice:
        // Input, cached-input and output prices of every MaaS segment scaled alike.
        m_tokenFactor = v;
        for (std::size_t i = 0; i < s.demand.segments.size(); ++i) {
            const Segment &base = m_base.demand.segments[i];
            Segment &g = s.demand.segments[i];
            g.priceInputCnyPerMtok = base.priceInputCnyPerMtok * v;
            g.priceCachedInputCnyPerMtok = base.priceCachedInputCnyPerMtok * v;
            g.priceOutputCnyPerMtok = base.priceOutputCnyPerMtok * v;
        }
        break;
    }
}

} // namespace ccp::decisions
