// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Base of the models that show one array of the current scenario (demand.segments,
// cluster.phases) as a table: one row per element, one column per member, in the order of the
// field table, except the optional Chinese variants of names ("name_zh"): a name column shows
// and edits the name in the interface's language (FieldLabels::segmentName). Cells answer the
// same roles as InputModel's value column. Edits push one undo
// command each (Project::setField with "array.<row>.<member>"); rows are added and removed
// through the project's structural edits. The model keeps a copy of the scenario it shows, so
// that when the array changes it can announce a row insertion or removal (found by comparing
// the old and new elements) instead of a reset, which keeps the views' selection.

#include "scenario.h"
#include "scenariotablemodel.h"

#include <string_view>
#include <vector>

namespace ccp {

class ArrayTableModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    std::string_view arrayName() const { return m_array; }
    // The member shown in a column ("share"), empty for an invalid column.
    std::string_view member(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Section label with its unit: "Share (%)", "Ramp (months)".
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Appends `count` elements: `row` must be rowCount(). Several rows make one undo step.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    // Removes elements; false if the project refuses (the last segment stays). Several rows
    // make one undo step. The project may remove more than asked (a single build phase left
    // is dropped too); the row signals say what was removed.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

protected:
    ArrayTableModel(Project *project, std::string_view arrayName, QObject *parent);
    const Scenario &shown() const { return m_shown; }
    virtual void appendElement() = 0;
    virtual void removeElement(int row) = 0;
    virtual QString appendText() const = 0;
    virtual QString removeText() const = 0;

    void refresh() override;
    void rebuild() override;
    // The column's field; a name column edits the name shown (name_zh in a Chinese interface
    // when the element has one).
    const FieldSpec *fieldAt(const QModelIndex &index, std::string *key) const override;

private:
    bool sameElement(const Scenario &a, int i, const Scenario &b, int j) const;
    int size(const Scenario &s) const;

    std::string_view m_array;
    std::vector<const FieldSpec *> m_columns;
    Scenario m_shown;
};

} // namespace ccp
