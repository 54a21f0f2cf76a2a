// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The scalar input fields of one group of the current scenario ("cluster.", "site.", …; "" for
// the top-level name, description and horizon; the name and description in the interface's
// language), in the order of the field table (fields.h);
// array fields are shown by SegmentsModel and PhasesModel. Columns: quantity (label), value,
// unit. The value column is editable: setData() pushes one undo command through
// Project::setField(); consecutive edits of one field merge into one undo step.

#include "scenariotablemodel.h"

#include <QString>

#include <vector>

namespace ccp {

class InputModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Column { QuantityColumn, ValueColumn, UnitColumn, ColumnCount };

    // Answered on every column of a row (and by SegmentsModel and PhasesModel per cell).
    enum Roles {
        KeyRole = Qt::UserRole + 1, // QString: dotted key ("site.pue", "demand.segments.0.share")
        MinimumRole,                // double, raw (fractions as fractions)
        MaximumRole,                // double, raw; +inf when unbounded
        UnitRole,                   // QString: canonical unit symbol, untranslated ("kW")
        FieldTypeRole,              // int: FieldType
        RefKindRole,                // int: RecordKind, for catalog references only
        IsPercentRole,              // bool: display and edit as a percentage
        IsEstimateRole,             // bool: the value is an estimate (site preset, catalog)
        ChoicesRole,                // QVariantList of QVariantMap{id, name, confidence,
                                    // confidenceCode} for catalog references and ramp shapes
        NullableRole,               // bool: null (default, auto, none) is a valid value
        // QString: the value as an editor shows and takes it (FieldData::editText): "80" for
        // 80%. setData() with this role reads the text the same way (FieldData::parse).
        EditTextRole,
        DisplayUnitRole,            // QString: the unit as displayed, translated ("%", "cards")
    };
    Q_ENUM(Roles)

    InputModel(Project *project, QString groupPrefix, QObject *parent = nullptr);

    QString groupPrefix() const { return m_prefix; }
    QString groupTitle() const;
    // Row of a key of this group, -1 if it is not shown here.
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    const FieldSpec *fieldAt(const QModelIndex &index, std::string *key) const override;

private:
    // The field a row shows and edits: for the name and description, the variant of the
    // interface's language (name_zh in a Chinese interface when the scenario has one).
    const FieldSpec &shownField(const FieldSpec &f) const;

    QString m_prefix;
    std::vector<const FieldSpec *> m_fields;
};

} // namespace ccp
