// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one table of scenario fields. It drives JSON reading and writing, `--set KEY=VALUE`,
// range validation and the editors' units and ranges, so that a field's key, type, unit and
// valid range are written down exactly once. Array fields are described once with `[]` in
// their key ("demand.segments[].share") and addressed with an index.

#include "catalog.h"
#include "scenario.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ccp {

enum class FieldType {
    Number,     // double
    Integer,    // int, read from a JSON number without fraction
    Text,       // free text
    CatalogRef, // id of a catalog record of `refKind`; empty string means null where nullable
    Choice,     // one of the field's `choices` codes ("linear" | "s-curve", "none" | "replace" | "cap")
    MfuOrAuto,  // a fraction or the string "auto"
    Flag,       // a JSON boolean, held as the choice "false" or "true"
};

// null (std::monostate) stands for JSON null / "auto" / "default".
using FieldValue = std::variant<std::monostate, double, std::string>;

struct FieldSpec
{
    std::string_view key;   // dotted path; arrays as "name[]"
    FieldType type;
    double min;             // inclusive range for Number, Integer and MfuOrAuto
    double max;
    std::string_view unit;  // canonical unit symbol, untranslated ("kW", "CNY/kWh"); "" if none
    bool nullable;          // null accepted (default / auto)
    bool required;          // must be present in a scenario JSON
    RecordKind refKind;     // for CatalogRef
    std::span<const std::string_view> choices; // for Choice: the codes a value may take
    FieldValue (*get)(const Scenario &, int index);
    void (*set)(Scenario &, int index, const FieldValue &);

    bool isArrayField() const { return key.find("[]") != std::string_view::npos; }
    std::string_view arrayName() const;   // "demand.segments" for an array field
    std::string_view memberName() const;  // "share" for an array field
};

std::span<const FieldSpec> scenarioFields();

// Splits "demand.segments.2.share" into the spec of "demand.segments[].share" and index 2.
// Returns nullptr for an unknown key; *index is -1 for a scalar field.
const FieldSpec *findField(std::string_view key, int *index);

// Number of elements of an array ("demand.segments", "cluster.phases"); -1 if not an array.
int arraySize(const Scenario &s, std::string_view arrayName);
bool resizeArray(Scenario &s, std::string_view arrayName, int size);

// An array named as a whole ("cluster.phases": *index = -1) or one of its elements
// ("cluster.phases.1": *index = 1), as `--set` addresses them for removal. Returns the array's
// name, or an empty view when `key` names no array or element.
std::string_view findArray(std::string_view key, int *index);

// Removes element `index` of an array (the elements after it move down by one), or every
// element when `index` is -1. Returns false, leaving `s` unchanged, for an unknown array or an
// index out of range. The scenario may be invalid afterwards (no segment): validate() says so.
bool removeArrayElements(Scenario &s, std::string_view arrayName, int index);

enum class InputErrorCode {
    UnknownKey,
    WrongType,
    Missing,
    OutOfRange,
    NotInteger,
    Empty,
    UnknownId,       // no catalog record with that id
    ServerCardMismatch,
    SharesAboveOne,
    PhaseSharesNotOne,
    IndexOutOfRange,
    MaasNeedsModel,  // a MaaS segment, but no inference model
    MaasNoContract,  // contracts are for card-hour segments
};

struct InputError
{
    std::string key;
    InputErrorCode code;
    double min = 0;
    double max = 0;
    std::string detail = {}; // offending value or id, verbatim
};

// Range and cross-field checks of a complete scenario against the catalog it refers to.
// Returns the first error found, in the order of scenarioFields(); nullopt when valid.
std::optional<InputError> validate(const Scenario &s, const Catalog &catalog);

// Type and range check of one value for field `f` (named `key` in messages).
std::optional<InputError> checkValue(const FieldSpec &f, const std::string &key,
                                     const FieldValue &value);

// Sets one field by its dotted key (array elements by index; index == size appends), with
// the side effects of a catalog selection: choosing site.region fills the site's presets,
// choosing cluster.card resets cluster.server to the card's standard server. The whole
// scenario is validated afterwards; on error `s` is left unchanged.
std::optional<InputError> setField(Scenario &s, const std::string &key, const FieldValue &value,
                                   const Catalog &catalog);

// Fills the fields a catalog entry presets (site: power price, PUE, limits…; finance.tax_rate).
void applySitePreset(Scenario &s, const Site &site);

// The scenario keys a site preset fills, in the order of the field table.
std::span<const std::string_view> sitePresetKeys();
// The value `site` presets for one of sitePresetKeys(); nullopt for another key.
std::optional<double> sitePresetValue(const Site &site, std::string_view key);

// What choosing another site did to the preset fields.
struct SitePresetChange
{
    std::vector<std::string> changed; // filled from the new site's preset
    std::vector<std::string> kept;    // set by hand, left as they were
};

// Chooses `next` as the scenario's site the way the planner expects: a preset field is filled
// from `next` only when it still holds the preset of `previous` (the site chosen before; null
// when it is unknown, then every preset field counts as not set by hand); a value that differs
// from the previous preset was set by hand and is kept, as `--set` keeps explicit values.
SitePresetChange changeSite(Scenario &s, const Site *previous, const Site &next);

} // namespace ccp
