// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Base of the table models that show one scenario of a Project (its inputs, its result). It
// follows the project's change signals: the current scenario keeps its identity when others
// are inserted, removed or moved; when it is removed itself the model resets to no scenario
// (rowCount() 0) until setScenario() is called again; a project reset keeps the index when it
// is still valid. Edits go through the project (one undo command each) and a refused edit is
// announced by editRefused() with the translated reason.

#include "fields.h"

#include <QAbstractTableModel>

#include <string>

namespace ccp {

class Project;

class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    Project *project() const { return m_project; }
    int scenario() const { return m_scenario; }
    // -1 (or an index out of range) shows no scenario. Resets the model.
    void setScenario(int index);
    bool hasScenario() const { return m_scenario >= 0; }

    // Why the text typed into the editor of `index` (read as FieldData::parse reads it) would
    // be refused, in words naming the field by its label; empty when it would be accepted or
    // `index` edits no field. Changes nothing: editors call it while the planner types.
    QString refusal(const QModelIndex &index, const QString &text) const;

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    ScenarioTableModel(Project *project, QObject *parent);

    // The current scenario's inputs or result changed (not a reset). Default: dataChanged()
    // over the whole table.
    virtual void refresh();
    // Rebuilds cached content from the current scenario; called between beginResetModel()
    // and endResetModel().
    virtual void rebuild() {}
    // Pushes one field edit; on refusal emits editRefused() and returns false. An edit that
    // does not change the value succeeds without an undo command.
    bool pushField(const std::string &key, const FieldValue &value);
    // The field edited at `index` and the key an edit goes to ("demand.segments.1.name_zh");
    // nullptr where no field is edited. Default: none.
    virtual const FieldSpec *fieldAt(const QModelIndex &index, std::string *key) const;
    // setData() with InputModel::EditTextRole: parses the text (FieldData::parse) and pushes
    // it; a text that is no value is refused with editRefused() like any refused edit.
    bool pushText(const QModelIndex &index, const QString &text);
    void emitAllChanged();

private:
    void resetTo(int index);

    Project *m_project;
    int m_scenario = -1;
};

} // namespace ccp
