// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Undo commands of the project document. One generic command replaces a scenario by an edited
// copy (every field edit; consecutive edits of one field of one scenario merge); structural
// edits of the scenario list have their own commands. Merge ids live in one enum.

#include "scenario.h"

#include <QUndoCommand>

#include <string>

namespace ccp {

class Project;

enum class MergeId { None = -1, FieldEdit = 1 };

class ReplaceScenarioCommand : public QUndoCommand
{
public:
    // `mergeKey` non-empty: merges with the directly preceding command of the same scenario
    // and key (typing in a spin box makes one undo step, not one per keystroke).
    ReplaceScenarioCommand(Project *project, int index, Scenario before, Scenario after,
                           const QString &text, std::string mergeKey = {});
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Project *m_project;
    int m_index;
    Scenario m_before;
    Scenario m_after;
    std::string m_mergeKey;
};

class InsertScenarioCommand : public QUndoCommand
{
public:
    InsertScenarioCommand(Project *project, int index, Scenario scenario, const QString &text);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    int m_index;
    Scenario m_scenario;
};

class RemoveScenarioCommand : public QUndoCommand
{
public:
    RemoveScenarioCommand(Project *project, int index, Scenario scenario, const QString &text);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    int m_index;
    Scenario m_scenario;
};

class MoveScenarioCommand : public QUndoCommand
{
public:
    MoveScenarioCommand(Project *project, int from, int to, const QString &text);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    int m_from;
    int m_to;
};

} // namespace ccp
