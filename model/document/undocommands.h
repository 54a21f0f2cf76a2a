// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Undo commands of the project document. One generic command replaces a scenario by an edited
// copy (every field edit; consecutive edits of one field of one scenario merge); structural
// edits of the scenario list have their own commands. Merge ids live in one enum.
//
// A command's text is not a fixed string: each keeps a function that phrases it from the data
// the command holds (a field edit from its scenario before and after), so that the undo
// history says what changed in the interface's current language and retranslate() rephrases
// it after a language switch.

#include "scenario.h"

#include <QUndoCommand>

#include <functional>
#include <string>

namespace ccp {

class Project;

enum class MergeId { None = -1, FieldEdit = 1 };

// A command whose text can be phrased again (Project::retranslateUndoTexts).
class PhrasedCommand : public QUndoCommand
{
public:
    virtual void retranslate() = 0;
};

class ReplaceScenarioCommand : public PhrasedCommand
{
public:
    // Phrases the edit from the scenario before and after it.
    using Text = std::function<QString(const Scenario &before, const Scenario &after)>;

    // `mergeKey` non-empty: merges with the directly preceding command of the same scenario
    // and key (typing in a spin box makes one undo step, not one per keystroke); the merged
    // text says the change from the first value to the last.
    ReplaceScenarioCommand(Project *project, int index, Scenario before, Scenario after,
                           Text text, std::string mergeKey = {});
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void retranslate() override;

private:
    Project *m_project;
    int m_index;
    Scenario m_before;
    Scenario m_after;
    Text m_text;
    std::string m_mergeKey;
};

class InsertScenarioCommand : public PhrasedCommand
{
public:
    InsertScenarioCommand(Project *project, int index, Scenario scenario,
                          std::function<QString()> text);
    void undo() override;
    void redo() override;
    void retranslate() override { setText(m_text()); }

private:
    Project *m_project;
    int m_index;
    Scenario m_scenario;
    std::function<QString()> m_text;
};

class RemoveScenarioCommand : public PhrasedCommand
{
public:
    RemoveScenarioCommand(Project *project, int index, Scenario scenario,
                          std::function<QString()> text);
    void undo() override;
    void redo() override;
    void retranslate() override { setText(m_text()); }

private:
    Project *m_project;
    int m_index;
    Scenario m_scenario;
    std::function<QString()> m_text;
};

class MoveScenarioCommand : public PhrasedCommand
{
public:
    MoveScenarioCommand(Project *project, int from, int to, std::function<QString()> text);
    void undo() override;
    void redo() override;
    void retranslate() override { setText(m_text()); }

private:
    Project *m_project;
    int m_from;
    int m_to;
    std::function<QString()> m_text;
};

} // namespace ccp
