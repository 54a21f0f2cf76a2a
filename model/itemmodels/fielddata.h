// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the item models show of one scenario field, role by role (Qt roles and
// InputModel::Roles), and how a value edited in a view becomes a FieldValue. Shared by
// InputModel (scalar fields) and the array models (segments, build phases), so that a field
// looks and edits the same wherever it appears.

#include "catalog.h"
#include "fields.h"
#include "result.h"

#include <QCoreApplication>
#include <QVariant>

#include <string>

namespace ccp {

class FieldData
{
    Q_DECLARE_TR_FUNCTIONS(ccp::FieldData)
public:
    struct Context
    {
        const Scenario &scenario;
        const Catalog &catalog;
        const Result *result; // for "auto (model: …)"; may be null
    };

    // The dotted key of field `f`, element `index` for an array field ("demand.segments.2.share").
    static std::string key(const FieldSpec &f, int index);

    // The value of field `f` (element `index`) for `role`: DisplayRole formatted, EditRole raw
    // (a double for numbers, fractions as fractions; a QString for text, ids and ramp codes; an
    // invalid QVariant for null), ToolTipRole description, range and source, FontRole italic
    // for estimates, and every InputModel::Roles value. Invalid QVariant for other roles.
    static QVariant data(const FieldSpec &f, int index, const Context &c, int role);

    // An edited value as the field's FieldValue: numbers (or numeric text in the user's locale
    // or the C locale; a text ending in "%" is a percentage, "70%" → 0.7) become doubles; an
    // invalid QVariant, or "" for a nullable field, null; "auto" stays a string for
    // training.mfu; anything else a string, which the field's checks may refuse.
    static FieldValue fromVariant(const FieldSpec &f, const QVariant &value);

    // The text an editor opens with: the value as displayed, without grouping and unit, so
    // that it can be typed back: "80" for a percent field holding 0.8, "0.36", "1024", the
    // translated "auto" for an automatic MFU, "" for null. Non-numeric fields: their text.
    static QString editText(const FieldSpec &f, int index, const Context &c);

    // What the planner typed, read the way the field is displayed (EditTextRole): a percent
    // field takes "70", "70%", "70 %" or "70％" as 0.7; other fields take plain numbers (0.7
    // for a fraction or factor) in the user's locale or the C locale, group separators and a
    // trailing unit allowed; "auto" (or its translation) for MFU; "" is null where null is
    // allowed. Nothing is rounded, clamped or dropped: a minus sign stays, a value out of
    // range is returned as typed for the field's checks to refuse. Returns the refusal, in
    // words naming the field's label, when the text is no number at all.
    struct Parsed
    {
        FieldValue value;
        QString error; // empty when parsed
    };
    static Parsed parse(const FieldSpec &f, const QString &text);

    // Equal, or both null in any of its spellings (FieldLabels::isNull).
    static bool sameValue(const FieldSpec &f, const FieldValue &a, const FieldValue &b);

    // True when the displayed value is an estimate: a site preset marked as estimate in the
    // site record, or a catalog reference to an unverified record.
    static bool isEstimate(const FieldSpec &f, int index, const Context &c);
};

} // namespace ccp
