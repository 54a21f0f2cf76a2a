// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a scenario's inputs: one field's value against its range and type (checkValue),
// and the whole scenario against the rules that join fields and the catalog (validate).
#include "fields.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace ccp {

std::optional<InputError> checkValue(const FieldSpec &f, const std::string &key,
                                     const FieldValue &v)
{
    const bool isNull = std::holds_alternative<std::monostate>(v);
    if (isNull) {
        if (f.nullable)
            return std::nullopt;
        return InputError{key, f.required ? InputErrorCode::Missing : InputErrorCode::WrongType};
    }
    switch (f.type) {
    case FieldType::Number:
    case FieldType::Integer:
    case FieldType::MfuOrAuto: {
        if (f.type == FieldType::MfuOrAuto && std::holds_alternative<std::string>(v)
            && std::get<std::string>(v) == "auto")
            return std::nullopt;
        if (!std::holds_alternative<double>(v))
            return InputError{key, InputErrorCode::WrongType};
        const double x = std::get<double>(v);
        if (!std::isfinite(x))
            return InputError{key, InputErrorCode::WrongType};
        if (f.type == FieldType::Integer && x != std::floor(x))
            return InputError{key, InputErrorCode::NotInteger, f.min, f.max};
        if (x < f.min || x > f.max)
            return InputError{key, InputErrorCode::OutOfRange, f.min, f.max};
        return std::nullopt;
    }
    case FieldType::Text:
    case FieldType::CatalogRef:
        if (!std::holds_alternative<std::string>(v))
            return InputError{key, InputErrorCode::WrongType};
        if (f.required && std::get<std::string>(v).empty())
            return InputError{key, InputErrorCode::Empty};
        return std::nullopt;
    case FieldType::Choice:
    case FieldType::Flag: {
        if (!std::holds_alternative<std::string>(v))
            return InputError{key, InputErrorCode::WrongType};
        const std::string &r = std::get<std::string>(v);
        if (std::find(f.choices.begin(), f.choices.end(), r) == f.choices.end())
            return InputError{key, InputErrorCode::WrongType, 0, 0, r};
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<InputError> validate(const Scenario &s, const Catalog &catalog)
{
    std::string key;
    for (const FieldSpec &f : scenarioFields()) {
        const int n = f.isArrayField() ? arraySize(s, f.arrayName()) : 1;
        for (int i = 0; i < n; ++i) {
            key = f.isArrayField() ? std::string(f.arrayName()) + '.' + std::to_string(i) + '.'
                                         + std::string(f.memberName())
                                   : std::string(f.key);
            FieldValue v = f.get(s, i);
            // Integers stored as 0 mean "null" for nullable integer fields (training.cards).
            if (f.nullable && f.type == FieldType::Integer && std::get<double>(v) == 0.0)
                continue;
            if (f.nullable && f.type == FieldType::CatalogRef
                && std::get<std::string>(v).empty())
                continue;
            if (auto e = checkValue(f, key, v))
                return e;
            if (f.type == FieldType::CatalogRef) {
                const std::string &id = std::get<std::string>(v);
                const bool found = catalog.record(f.refKind, id) != nullptr;
                if (!found)
                    return InputError{key, InputErrorCode::UnknownId, 0, 0, id};
            }
        }
    }
    // Cross-field rules.
    const Card *card = catalog.card(s.cluster.card);
    const std::string serverId = s.cluster.server.empty() && card ? card->standardServer
                                                                  : s.cluster.server;
    const Server *server = catalog.server(serverId);
    if (!server)
        return InputError{"cluster.server", InputErrorCode::UnknownId, 0, 0, serverId};
    if (server->card != s.cluster.card)
        return InputError{"cluster.server", InputErrorCode::ServerCardMismatch, 0, 0, serverId};
    if (s.demand.segments.empty())
        return InputError{"demand.segments", InputErrorCode::Missing};
    double shares = 0;
    for (const Segment &seg : s.demand.segments)
        shares += seg.share;
    if (shares > 1.0 + 1e-9)
        return InputError{"demand.segments", InputErrorCode::SharesAboveOne, 0, 1,
                          std::to_string(shares)};
    for (std::size_t i = 0; i < s.demand.segments.size(); ++i) {
        const Segment &seg = s.demand.segments[i];
        if (seg.kind != SegmentKind::Maas)
            continue;
        const std::string at = "demand.segments." + std::to_string(i);
        if (s.inference.model.empty())
            return InputError{at + ".kind", InputErrorCode::MaasNeedsModel};
        if (seg.contractMonths > 0)
            return InputError{at + ".contract_months", InputErrorCode::MaasNoContract};
    }
    if (!s.cluster.phases.empty()) {
        double sum = 0;
        for (std::size_t i = 0; i < s.cluster.phases.size(); ++i) {
            sum += s.cluster.phases[i].share;
            if (s.cluster.phases[i].month >= s.horizonMonths)
                return InputError{"cluster.phases." + std::to_string(i) + ".month",
                                  InputErrorCode::OutOfRange, 0, double(s.horizonMonths - 1)};
        }
        if (std::abs(sum - 1.0) > 1e-6)
            return InputError{"cluster.phases", InputErrorCode::PhaseSharesNotOne, 1, 1,
                              std::to_string(sum)};
    }
    // Operation must start (and every phase arrive) before the horizon ends.
    int lastPhase = 0;
    for (const BuildPhase &ph : s.cluster.phases)
        lastPhase = std::max(lastPhase, ph.month);
    if (s.finance.constructionMonths + lastPhase >= s.horizonMonths)
        return InputError{"finance.construction_months", InputErrorCode::OutOfRange, 0,
                          double(std::max(0, s.horizonMonths - 1 - lastPhase))};
    if (s.demand.introMonths > s.horizonMonths)
        return InputError{"demand.intro_months", InputErrorCode::OutOfRange, 0,
                          double(s.horizonMonths)};
    // Peak and valley hours share one day.
    if (s.site.touPeakHours + s.site.touValleyHours > 24.0)
        return InputError{"site.tou_valley_hours", InputErrorCode::OutOfRange, 0,
                          24.0 - s.site.touPeakHours};
    if (s.training.cards > s.cluster.cards)
        return InputError{"training.cards", InputErrorCode::OutOfRange, 1,
                          double(s.cluster.cards)};
    return std::nullopt;
}

} // namespace ccp
