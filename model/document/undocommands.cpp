// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocommands.h"

#include "project.h"

namespace ccp {

ReplaceScenarioCommand::ReplaceScenarioCommand(Project *project, int index, Scenario before,
                                               Scenario after, Text text, std::string mergeKey)
    : m_project(project)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_text(std::move(text))
    , m_mergeKey(std::move(mergeKey))
{
    retranslate();
}

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
    retranslate();
    return true;
}

void ReplaceScenarioCommand::retranslate()
{
    setText(m_text(m_before, m_after));
}

InsertScenarioCommand::InsertScenarioCommand(Project *project, int index, Scenario scenario,
                                             std::function<QString()> text)
    : m_project(project)
    , m_index(index)
    , m_scenario(std::move(scenario))
    , m_text(std::move(text))
{
    setText(m_text());
}

void InsertScenarioCommand::undo() { m_project->applyRemove(m_index); }
void InsertScenarioCommand::redo() { m_project->applyInsert(m_index, m_scenario); }

RemoveScenarioCommand::RemoveScenarioCommand(Project *project, int index, Scenario scenario,
                                             std::function<QString()> text)
    : m_project(project)
    , m_index(index)
    , m_scenario(std::move(scenario))
    , m_text(std::move(text))
{
    setText(m_text());
}

void RemoveScenarioCommand::undo() { m_project->applyInsert(m_index, m_scenario); }
void RemoveScenarioCommand::redo() { m_project->applyRemove(m_index); }

MoveScenarioCommand::MoveScenarioCommand(Project *project, int from, int to,
                                         std::function<QString()> text)
    : m_project(project)
    , m_from(from)
    , m_to(to)
    , m_text(std::move(text))
{
    setText(m_text());
}

void MoveScenarioCommand::undo() { m_project->applyMove(m_to, m_from); }
void MoveScenarioCommand::redo() { m_project->applyMove(m_from, m_to); }

} // namespace ccp
