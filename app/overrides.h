// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Overrides of a scenario's inputs by dotted key, as `--set KEY=VALUE` and the lines of
// `eval --batch` give them (docs/scenario-json.md, "Overrides"). Field values are applied by
// ScenarioJson::applyOverrides, so that --set and --batch mean the same; on top of it an array
// can be replaced or emptied as a whole (`cluster.phases=[]`,
// `cluster.phases=[{"month": 0, "share": 1}]`) and one element removed (`demand.segments.1=null`).
//
// Order: removals refer to the elements the scenario had before the overrides and are applied
// first; then the field values, in the order given (an element index equal to the array's size
// appends an element). The result is validated as a whole; on error the scenario is unchanged.

#include "catalog.h"
#include "messages.h"
#include "scenario.h"

#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ccp {

class Overrides
{
public:
    // How a JSON value was written, for add().
    enum class Json { Number, String, Null, True, False, Array, Object };

    // One `KEY=VALUE` of --set: VALUE is text, parsed by the field's type; for an array or an
    // element, `[...]`, `{...}` or `null` in JSON.
    std::optional<LoadError> addAssignment(const QString &assignment);
    // One member of a batch line: `text` is the number as written, the unescaped string, or
    // the JSON text of an array or object.
    std::optional<LoadError> add(std::string_view key, Json kind, std::string_view text);

    // Catalog records the overrides refer to by id (cluster.card=…, site.region=…), so that a
    // caller can make sure they are loaded before apply().
    struct Reference
    {
        RecordKind kind;
        std::string id;
    };
    const std::vector<Reference> &references() const { return m_references; }

    std::optional<LoadError> apply(Scenario &s, const Catalog &catalog) const;

private:
    std::optional<LoadError> addArray(const std::string &key, std::string_view array, int index,
                                      const QByteArray &json);
    void addField(const std::string &key, const QString &text);

    struct Removal
    {
        std::string key;
        std::string array;
        int index; // -1: every element
    };
    std::vector<Removal> m_removals;
    QStringList m_assignments;
    std::vector<Reference> m_references;
};

} // namespace ccp
