// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a scenario by key: the arrays (segments, build phases), one field at a time with
// its checks (setField), and a site preset from the catalog.
#include "fields.h"

#include <algorithm>
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
        applySitePreset(edited, *site);
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

} // namespace ccp
