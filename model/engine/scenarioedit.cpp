// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a scenario by key: the arrays (segments, build phases), one field at a time with
// its checks (setField), and a site preset from the catalog.
#include "fields.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace ccp {

int arraySize(const Scenario &s, std::string_view arrayName)
{
    if (arrayName == "demand.segments")
        return int(s.demand.segments.size());
    if (arrayName == "cluster.phases")
        return int(s.cluster.phases.size());
    return -1;
}

bool resizeArray(Scenario &s, std::string_view arrayName, int size)
{
    if (size < 0)
        return false;
    if (arrayName == "demand.segments")
        s.demand.segments.resize(std::size_t(size));
    else if (arrayName == "cluster.phases")
        s.cluster.phases.resize(std::size_t(size));
    else
        return false;
    return true;
}

bool removeArrayElements(Scenario &s, std::string_view arrayName, int index)
{
    const int size = arraySize(s, arrayName);
    if (size < 0 || index < -1 || index >= size)
        return false;
    const auto erase = [index](auto &v) {
        if (index < 0)
            v.clear();
        else
            v.erase(v.begin() + index);
    };
    if (arrayName == "demand.segments")
        erase(s.demand.segments);
    else if (arrayName == "cluster.phases")
        erase(s.cluster.phases);
    else
        return false;
    return true;
}

std::optional<InputError> setField(Scenario &s, const std::string &key, const FieldValue &value,
                                   const Catalog &catalog)
{
    int index = -1;
    const FieldSpec *f = findField(key, &index);
    if (!f)
        return InputError{key, InputErrorCode::UnknownKey};
    if (auto e = checkValue(*f, key, value))
        return e;
    Scenario edited = s;
    if (f->isArrayField()) {
        const int size = arraySize(edited, f->arrayName());
        if (index > size)
            return InputError{key, InputErrorCode::IndexOutOfRange};
        if (index == size) {
            resizeArray(edited, f->arrayName(), size + 1);
            if (f->arrayName() == "demand.segments")
                edited.demand.segments.back().name = "segment " + std::to_string(size + 1);
        }
    }
    if (f->key == "site.region") {
        const std::string id = std::holds_alternative<std::string>(value)
                                   ? std::get<std::string>(value)
                                   : std::string();
        const Site *site = catalog.site(id);
        if (!site)
            return InputError{key, InputErrorCode::UnknownId, 0, 0, id};
        changeSite(edited, catalog.site(s.site.region), *site);
    } else if (f->key == "cluster.card") {
        edited.cluster.server.clear();
    }
    f->set(edited, index, value);
    if (auto e = validate(edited, catalog))
        return e;
    s = std::move(edited);
    return std::nullopt;
}

void applySitePreset(Scenario &s, const Site &site)
{
    s.site.region = site.id;
    s.site.powerPriceCnyPerKwh = site.powerPriceCnyPerKwh;
    s.site.pue = site.typicalPue;
    s.site.pueLimit = site.pueLimit;
    s.site.gridCapacityKw = site.gridCapacityKw;
    s.site.energyQuotaMwhPerYear = site.energyQuotaMwhPerYear;
    s.site.carbonKgPerKwh = site.carbonKgPerKwh;
    s.site.greenPowerShare = site.greenPowerShare;
    s.site.facilityCapexCnyPerKw = site.facilityCapexCnyPerKw;
    s.finance.taxRate = site.taxRate;
}

namespace {

struct PresetMember
{
    std::string_view key;
    double Site::*member;
};

constexpr PresetMember kPresetMembers[] = {
    {"site.power_price_cny_per_kwh", &Site::powerPriceCnyPerKwh},
    {"site.pue", &Site::typicalPue},
    {"site.pue_limit", &Site::pueLimit},
    {"site.grid_capacity_kw", &Site::gridCapacityKw},
    {"site.energy_quota_mwh_per_year", &Site::energyQuotaMwhPerYear},
    {"site.carbon_kg_per_kwh", &Site::carbonKgPerKwh},
    {"site.green_power_share", &Site::greenPowerShare},
    {"site.facility_capex_cny_per_kw", &Site::facilityCapexCnyPerKw},
    {"finance.tax_rate", &Site::taxRate},
};

constexpr std::string_view kPresetKeys[] = {
    kPresetMembers[0].key, kPresetMembers[1].key, kPresetMembers[2].key,
    kPresetMembers[3].key, kPresetMembers[4].key, kPresetMembers[5].key,
    kPresetMembers[6].key, kPresetMembers[7].key, kPresetMembers[8].key,
};
static_assert(std::size(kPresetKeys) == std::size(kPresetMembers));

} // namespace

std::span<const std::string_view> sitePresetKeys()
{
    return kPresetKeys;
}

std::optional<double> sitePresetValue(const Site &site, std::string_view key)
{
    for (const PresetMember &p : kPresetMembers) {
        if (p.key == key)
            return site.*(p.member);
    }
    return std::nullopt;
}

SitePresetChange changeSite(Scenario &s, const Site *previous, const Site &next)
{
    SitePresetChange change;
    Scenario preset = s;
    applySitePreset(preset, next);
    s.site.region = next.id;
    for (const PresetMember &p : kPresetMembers) {
        int index = -1;
        const FieldSpec *f = findField(p.key, &index);
        const FieldValue current = f->get(s, -1);
        const bool handSet = previous && current != FieldValue(previous->*(p.member));
        if (handSet) {
            if (current != f->get(preset, -1))
                change.kept.emplace_back(p.key);
            continue;
        }
        if (current != f->get(preset, -1))
            change.changed.emplace_back(p.key);
        f->set(s, -1, f->get(preset, -1));
    }
    return change;
}

} // namespace ccp
