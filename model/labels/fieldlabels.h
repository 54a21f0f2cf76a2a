// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translated names of the scenario fields (fields.h) for editors, tables and reports: a short
// label, one sentence of description (docs/scenario-json.md), the unit and the group title.
// Keys are accepted in every spelling the field table uses: "cluster.cards",
// "demand.segments[].share" and "demand.segments.2.share". Unknown keys give an empty string.
//
// Also the display conventions every view shares: fractions that are shares, rates,
// utilizations or availabilities are shown as percentages (isPercent); numbers are formatted
// with the user's locale; catalog records show their Chinese name in a Chinese locale.

#include "catalog.h"
#include "fields.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

namespace ccp {

class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(ccp::FieldLabels)
public:
    static QString label(std::string_view key);
    static QString description(std::string_view key);
    // Translated unit label of a canonical unit symbol ("CNY/kWh", "month", "kW"…); the symbol
    // itself when it has no translation; empty for "".
    static QString unit(std::string_view unitSymbol);
    // The unit as displayed for a field: "%" or "%/year" for percent fields, else unit().
    static QString displayUnit(std::string_view key);
    // Group title of a key or of a group prefix ("cluster." / "cluster"); "" → "Scenario".
    static QString group(std::string_view key);
    // True for fraction fields displayed as percentages (value × 100, "%").
    static bool isPercent(std::string_view key);

    // A field's number as displayed: Format::trimmedPercent for percent fields, else
    // Format::significant.
    static QString formatValue(std::string_view key, double value);

    // name_zh in a Chinese locale (when the record has one), else name.
    static QString recordName(const RecordBase &record);
    // The scenario's name, description and a segment's name in the interface's language: the
    // Chinese variant (name_zh, description_zh) in a Chinese locale when the scenario has one,
    // else the name as written.
    static QString scenarioName(const Scenario &s);
    static QString scenarioDescription(const Scenario &s);
    static QString segmentName(const Segment &segment);
    // The key an edit of a shown name goes to: "name_zh" instead of "name" (description,
    // "demand.segments.N.name" alike) when the Chinese variant is the one shown.
    static std::string shownNameKey(std::string_view key, const Scenario &s);
    static QString confidence(Confidence c); // "high", "medium", "low", "unverified"
    // A card vendor's or a model developer's name in the interface's language ("Huawei" →
    // "华为"); a name the table does not know is shown as written.
    static QString vendor(const QString &name);
    // A catalog record's notes in the interface's language: notes_zh in a Chinese locale when
    // the record has them, else the notes as written.
    static QString notes(const Provenance &p);
    // A catalog record's source in the interface's language (source_zh in a Chinese locale
    // when the record has it).
    static QString source(const Provenance &p);
    // "Source: <source> (<date>, confidence <c>)"
    static QString provenance(const Provenance &p);
    // The label of a choice field's code: "linear" → "Linear", "replace" → "Replace at the end
    // of its life".
    static QString choice(std::string_view code);

    // What a 0 of a number field stands for when it is no quantity ("unlimited" for the grid
    // capacity, "not binding" for the energy quota); empty for the other fields.
    static QString zeroMeaning(std::string_view key);
    // Whether `v` is the null of field `f`: no value, or the 0 of a nullable integer ("all"),
    // or the empty id of a nullable reference.
    static bool isNull(const FieldSpec &f, const FieldValue &v);
    // A reference field's value as a planner reads it: the record's name, or what a null
    // reference stands for in scenario `s` ("default (<standard server>)", "the same card
    // again", "none"); the id itself when the catalog has no such record.
    static QString reference(const FieldSpec &f, const FieldValue &v, const Scenario &s,
                             const Catalog &catalog);
    static QString nullReference(const FieldSpec &f, const Scenario &s, const Catalog &catalog);
    // The server a null cluster.server stands for: the card's standard server (or null).
    static const Server *defaultServer(const Scenario &s, const Catalog &catalog);
};

} // namespace ccp
