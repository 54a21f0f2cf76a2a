// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project document: the scenarios, the catalog they are evaluated against, one
// QUndoStack, and the results, recomputed from the engine whenever a scenario changes.
// Every edit goes through an undo command (undocommands.h); a command changes the data
// through the apply… functions below, which emit one change signal. Loading (reset) is not
// undoable and leaves the stack clean; "modified" is the stack's clean state.

#include "catalog.h"
#include "fields.h"
#include "levers.h"
#include "projectdata.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ccp {

class Project : public QObject
{
    Q_OBJECT
public:
    // `catalog`: the built-in catalog with the user's entries; each project's embedded
    // records are added on top of it.
    explicit Project(Catalog catalog, QObject *parent = nullptr);
    ~Project() override;

    // Replaces the whole content (open, new, revert). Clears the undo stack.
    void reset(ProjectData data);
    const ProjectData &data() const { return m_data; }
    // The catalog scenarios are evaluated against: base overlaid with the embedded records.
    const Catalog &catalog() const { return m_catalog; }
    // A changed base catalog (user entries edited) re-evaluates every scenario.
    void setCatalog(Catalog base);

    int scenarioCount() const { return int(m_data.scenarios.size()); }
    const Scenario &scenario(int index) const;
    const Result &result(int index) const;
    QUndoStack *undoStack() { return &m_undo; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const { return !m_undo.isClean(); }

    // Edits: each pushes one undo command, whose text says what changed, from what to what,
    // in which scenario (Messages::fieldChange). A refused edit changes nothing and returns
    // the translated reason, naming the field by its label (Messages::inputProblem).
    // Choosing another site (site.region) fills only the preset fields not set by hand
    // (changeSite) and announces what it filled and kept with notice().
    std::optional<QString> setField(int scenario, const std::string &key, const FieldValue &value);
    // Why setField() would refuse this value (the same message), without changing anything;
    // nullopt when it would be accepted. For editors that check while the planner types.
    std::optional<QString> checkField(int scenario, const std::string &key,
                                      const FieldValue &value) const;
    // Sets a decision lever of the scenario (a goal seek's answer) as one undo step; the
    // derived ones change every segment (average utilization, ramps). A catalog price is not a
    // scenario input and is refused.
    std::optional<QString> setLever(int scenario, decisions::LeverId lever, double value);
    // Stores the scenario's Monte Carlo settings (distributions, draws, seed…) as one undo
    // step; refused with the reason when one is not usable. No change, no step.
    std::optional<QString> setRiskInputs(int scenario, const RiskInputs &risk);
    void addScenario();
    // Inserts a whole scenario (the optimizer's configuration) at `index` as one undo step,
    // named `undoText` in the history. Refused with the reason when it is not valid.
    std::optional<QString> insertScenario(int index, const Scenario &s, const QString &undoText);
    void duplicateScenario(int index);
    void removeScenario(int index);
    std::optional<QString> renameScenario(int index, const QString &name);
    void moveScenario(int from, int to);
    void addSegment(int scenario);
    void removeSegment(int scenario, int segment);
    void addPhase(int scenario);
    void removePhase(int scenario, int phase);

    // Phrases every undo text again in the current language (done on the application's
    // LanguageChange) and announces undoTextsChanged().
    void retranslateUndoTexts();

    // Used by the undo commands only: change the data and announce it.
    void applyScenario(int index, const Scenario &s);
    void applyInsert(int index, const Scenario &s);
    void applyRemove(int index);
    void applyMove(int from, int to);

Q_SIGNALS:
    void scenarioChanged(int index);      // inputs and result of one scenario
    void scenarioInserted(int index);
    void scenarioRemoved(int index);
    void scenarioMoved(int from, int to);
    void projectReset();
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);
    // A message for the status bar about an edit that did more than its field (a site's
    // presets filled and hand-set values kept).
    void notice(const QString &message);
    // The undo commands' texts were phrased again (language switch): an undo action's text
    // must be read again.
    void undoTextsChanged();
    // The interface's language changed: names shown in it (name_zh) must be read again.
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pushReplace(int index, const Scenario &after, std::function<QString()> text);
    std::optional<QString> edit(int index, const std::string &key, const FieldValue &value,
                                Scenario &edited, SitePresetChange *change) const;
    Result evaluateOne(const Scenario &s) const;

    ProjectData m_data;
    Catalog m_base;
    Catalog m_catalog;
    std::vector<Result> m_results;
    QUndoStack m_undo;
    QString m_fileName;
};

} // namespace ccp
