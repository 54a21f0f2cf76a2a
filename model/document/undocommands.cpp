// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocommands.h"

#include "project.h"

namespace ccp {

ReplaceScenarioCommand::ReplaceScenarioCommand(Project *project, int index, Scenario before,
                                               Scenario after, const QString &text,
                                               std::string mergeKey)
    : QUndoCommand(text)
    , m_project(project)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{}

void ReplaceScenarioCommand::undo() { m_project->applyScenario(m_index, m_before); }
void ReplaceScenarioCommand::redo() { m_project->applyScenario(m_index, m_after); }

int ReplaceScenarioCommand::id() const
{
    return int(m_mergeKey.empty() ? MergeId::None : MergeId::FieldEdit);
}

bool ReplaceScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ReplaceScenarioCommand *>(other);
    if (o->m_index != m_index || o->m_mergeKey != m_mergeKey || m_mergeKey.empty())
        return false;
    m_after = o->m_after;
    return true;
}

InsertScenarioCommand::InsertScenarioCommand(Project *project, int index, Scenario scenario,
                                             const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_index(index)
    , m_scenario(std::move(scenario))
{}

void InsertScenarioCommand::undo() { m_project->applyRemove(m_index); }
void InsertScenarioCommand::redo() { m_project->applyInsert(m_index, m_scenario); }

RemoveScenarioCommand::RemoveScenarioCommand(Project *project, int index, Scenario scenario,
                                             const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_index(index)
    , m_scenario(std::move(scenario))
{}

void RemoveScenarioCommand::undo() { m_project->applyInsert(m_index, m_scenario); }
void RemoveScenarioCommand::redo() { m_project->applyRemove(m_index); }

MoveScenarioCommand::MoveScenarioCommand(Project *project, int from, int to, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_from(from)
    , m_to(to)
{}

void MoveScenarioCommand::undo() { m_project->applyMove(m_to, m_from); }
void MoveScenarioCommand::redo() { m_project->applyMove(m_from, m_to); }

} // namespace ccp
