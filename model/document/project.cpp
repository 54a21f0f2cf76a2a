// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"
#include "fieldlabels.h"

#include "evaluate.h"
#include "messages.h"
#include "scenariojson.h"
#include "undocommands.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <stdexcept>

namespace ccp {

Project::Project(Catalog catalog, QObject *parent)
    : QObject(parent)
    , m_base(std::move(catalog))
    , m_catalog(m_base)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    // Item models and undo commands get no LanguageChange of their own; the application
    // object receives one whenever a translator is installed or removed.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool Project::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        retranslateUndoTexts();
        Q_EMIT languageChanged();
    }
    return QObject::eventFilter(watched, event);
}

void Project::retranslateUndoTexts()
{
    for (int i = 0; i < m_undo.count(); ++i) {
        // The stack hands out const commands; their text is ours to rephrase.
        auto *command = const_cast<QUndoCommand *>(m_undo.command(i));
        if (auto *phrased = dynamic_cast<PhrasedCommand *>(command))
            phrased->retranslate();
    }
    Q_EMIT undoTextsChanged();
}

Project::~Project()
{
    // The stack announces a clean-state change while it is destroyed; by then whoever listens
    // to modifiedChanged (the main window) may be half gone.
    disconnect(&m_undo, nullptr, this, nullptr);
}

void Project::reset(ProjectData data)
{
    m_undo.clear();
    m_data = std::move(data);
    m_catalog = m_base;
    m_catalog.overlay(m_data.embedded);
    m_results.clear();
    for (const Scenario &s : m_data.scenarios)
        m_results.push_back(evaluateOne(s));
    m_undo.setClean();
    Q_EMIT projectReset();
}

void Project::setCatalog(Catalog base)
{
    // Records the scenarios use stay with the project even if the user deletes or edits them
    // in the user catalog: the project keeps its own copies, as a saved file would.
    m_data.embedded.overlay(ScenarioJson::usedRecords(m_data.scenarios, m_catalog));
    m_base = std::move(base);
    m_catalog = m_base;
    m_catalog.overlay(m_data.embedded);
    for (std::size_t i = 0; i < m_data.scenarios.size(); ++i) {
        m_results[i] = evaluateOne(m_data.scenarios[i]);
        Q_EMIT scenarioChanged(int(i));
    }
}

const Scenario &Project::scenario(int index) const
{
    return m_data.scenarios.at(std::size_t(index));
}

const Result &Project::result(int index) const
{
    return m_results.at(std::size_t(index));
}

void Project::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

Result Project::evaluateOne(const Scenario &s) const
{
    // Scenarios in a project are validated on every edit and on load; an invalid one (a
    // catalog entry removed since) evaluates to an empty result rather than bringing the
    // document down.
    try {
        return evaluate(s, m_catalog);
    } catch (const std::invalid_argument &) {
        return Result{};
    }
}

void Project::pushReplace(int index, const Scenario &after, std::function<QString()> text)
{
    m_undo.push(new ReplaceScenarioCommand(
        this, index, scenario(index), after,
        [text = std::move(text)](const Scenario &, const Scenario &) { return text(); }));
}

std::optional<QString> Project::checkField(int index, const std::string &key,
                                           const FieldValue &value) const
{
    Scenario edited;
    return edit(index, key, value, edited, nullptr);
}

std::optional<QString> Project::edit(int index, const std::string &key, const FieldValue &value,
                                     Scenario &edited, SitePresetChange *change) const
{
    if (index < 0 || index >= scenarioCount())
        return tr("No such scenario.");
    edited = scenario(index);
    // Build-phase shares must add up to 1: a changed share is balanced by another phase (the
    // last one, or the first when the last is edited), so that it can be edited at all.
    int element = -1;
    const FieldSpec *spec = findField(key, &element);
    auto &phases = edited.cluster.phases;
    if (spec && spec->key == "cluster.phases[].share" && element >= 0
        && std::size_t(element) < phases.size() && phases.size() > 1
        && std::holds_alternative<double>(value)) {
        const std::size_t other = std::size_t(element) + 1 == phases.size() ? 0 : phases.size() - 1;
        phases[other].share -= std::get<double>(value) - phases[std::size_t(element)].share;
    }
    if (auto e = ccp::setField(edited, key, value, m_catalog))
        return Messages::inputProblem(*e, &scenario(index), &value);
    if (change && spec && spec->key == "site.region") {
        const Site *previous = m_catalog.site(scenario(index).site.region);
        if (const Site *next = m_catalog.site(edited.site.region)) {
            // What setField did: the same rule, replayed on the unedited scenario.
            Scenario replay = scenario(index);
            *change = changeSite(replay, previous, *next);
        }
    }
    return std::nullopt;
}

std::optional<QString> Project::setField(int index, const std::string &key,
                                         const FieldValue &value)
{
    Scenario edited;
    SitePresetChange change;
    if (auto refused = edit(index, key, value, edited, &change))
        return refused;
    const Catalog *catalog = &m_catalog;
    ReplaceScenarioCommand::Text text = [key, catalog](const Scenario &before,
                                                      const Scenario &after) {
        return Messages::fieldChange(key, before, after, *catalog);
    };
    if (!change.changed.empty() || !change.kept.empty()) {
        const std::string site = edited.site.region;
        text = [key, catalog, change, site](const Scenario &before, const Scenario &after) {
            const Site *s = catalog->site(site);
            const QString notice = s ? Messages::sitePresetNotice(change, *s) : QString();
            const QString what = Messages::fieldChange(key, before, after, *catalog);
            return notice.isEmpty() ? what : tr("%1. %2").arg(what, notice);
        };
    }
    m_undo.push(new ReplaceScenarioCommand(this, index, scenario(index), edited, text, key));
    if (const Site *site = m_catalog.site(edited.site.region);
        site && (!change.changed.empty() || !change.kept.empty()))
        Q_EMIT notice(Messages::sitePresetNotice(change, *site));
    return std::nullopt;
}

std::optional<QString> Project::setLever(int index, decisions::LeverId lever, double value)
{
    if (index < 0 || index >= scenarioCount())
        return tr("No such scenario.");
    const std::string_view key = decisions::leverInfo(lever).key;
    if (lever == decisions::LeverId::CardPrice || lever == decisions::LeverId::ServerPrice)
        return tr("%1 is a catalog price, not an input of the scenario: change it in the catalog.")
            .arg(FieldLabels::label(key));
    decisions::Workbench bench(scenario(index), m_catalog);
    bench.set(lever, value);
    Scenario edited = bench.scenario();
    if (auto e = validate(edited, m_catalog))
        return Messages::inputProblem(*e, &edited);
    const std::string leverKey(key);
    pushReplace(index, edited, [leverKey, value, edited] {
        return tr("Set %1 to %2 in “%3”")
            .arg(FieldLabels::label(leverKey), FieldLabels::formatValue(leverKey, value),
                 FieldLabels::scenarioName(edited));
    });
    return std::nullopt;
}

std::optional<QString> Project::setRiskInputs(int index, const RiskInputs &risk)
{
    if (index < 0 || index >= scenarioCount())
        return tr("No such scenario.");
    if (auto e = decisions::checkRiskInputs(risk))
        return Messages::riskInputError(*e);
    if (scenario(index).risk == risk)
        return std::nullopt;
    Scenario edited = scenario(index);
    edited.risk = risk;
    pushReplace(index, edited, [edited] {
        return tr("Change the Monte Carlo settings of “%1”").arg(FieldLabels::scenarioName(edited));
    });
    return std::nullopt;
}

void Project::addScenario()
{
    Scenario s = m_data.scenarios.empty() ? Scenario{} : m_data.scenarios.back();
    s.name = tr("New scenario").toStdString();
    s.description.clear();
    s.nameZh.clear();
    s.descriptionZh.clear();
    m_undo.push(new InsertScenarioCommand(this, scenarioCount(), s, [] { return tr("Add scenario"); }));
}

std::optional<QString> Project::insertScenario(int index, const Scenario &s,
                                              const QString &undoText)
{
    if (auto e = validate(s, m_catalog))
        return Messages::inputProblem(*e, &s);
    m_undo.push(new InsertScenarioCommand(this, std::clamp(index, 0, scenarioCount()), s,
                                          [undoText] { return undoText; }));
    return std::nullopt;
}

void Project::duplicateScenario(int index)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario s = scenario(index);
    s.name = tr("%1 (copy)").arg(QString::fromStdString(s.name)).toStdString();
    if (!s.nameZh.empty())
        s.nameZh = tr("%1 (copy)").arg(QString::fromStdString(s.nameZh)).toStdString();
    m_undo.push(new InsertScenarioCommand(this, index + 1, s, [s] {
        return tr("Duplicate scenario “%1”").arg(FieldLabels::scenarioName(s));
    }));
}

void Project::removeScenario(int index)
{
    // A project keeps at least one scenario.
    if (index < 0 || index >= scenarioCount() || scenarioCount() <= 1)
        return;
    const Scenario removed = scenario(index);
    m_undo.push(new RemoveScenarioCommand(this, index, removed, [removed] {
        return tr("Delete scenario “%1”").arg(FieldLabels::scenarioName(removed));
    }));
}

std::optional<QString> Project::renameScenario(int index, const QString &name)
{
    if (index < 0 || index >= scenarioCount())
        return tr("No such scenario.");
    // In a Chinese interface showing the Chinese name, that is the name edited.
    return setField(index, FieldLabels::shownNameKey("name", scenario(index)),
                    FieldValue(name.trimmed().toStdString()));
}

void Project::moveScenario(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= scenarioCount() || to >= scenarioCount())
        return;
    const Scenario moved = scenario(from);
    m_undo.push(new MoveScenarioCommand(this, from, to, [moved] {
        return tr("Move scenario “%1”").arg(FieldLabels::scenarioName(moved));
    }));
}

void Project::addSegment(int index)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario s = scenario(index);
    Segment seg;
    seg.name = tr("Segment %1").arg(s.demand.segments.size() + 1).toStdString();
    s.demand.segments.push_back(seg); // share 0: valid until the planner gives it one
    pushReplace(index, s, [s] {
        return tr("Add segment (%1)").arg(FieldLabels::scenarioName(s));
    });
}

void Project::removeSegment(int index, int segment)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario s = scenario(index);
    if (segment < 0 || std::size_t(segment) >= s.demand.segments.size()
        || s.demand.segments.size() <= 1)
        return;
    const Segment removed = s.demand.segments[std::size_t(segment)];
    s.demand.segments.erase(s.demand.segments.begin() + segment);
    pushReplace(index, s, [s, removed] {
        return tr("Delete segment “%1” (%2)")
            .arg(FieldLabels::segmentName(removed), FieldLabels::scenarioName(s));
    });
}

void Project::addPhase(int index)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario s = scenario(index);
    if (s.cluster.phases.empty()) {
        s.cluster.phases = {{0, 0.5}, {12, 0.5}};
    } else {
        // Split the last phase in two, a year apart, so the shares still add up to 1.
        BuildPhase &last = s.cluster.phases.back();
        last.share /= 2;
        s.cluster.phases.push_back({std::min(last.month + 12, s.horizonMonths - 1), last.share});
    }
    pushReplace(index, s, [s] {
        return tr("Add build phase (%1)").arg(FieldLabels::scenarioName(s));
    });
}

void Project::removePhase(int index, int phase)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario s = scenario(index);
    auto &phases = s.cluster.phases;
    if (phase < 0 || std::size_t(phase) >= phases.size())
        return;
    const double share = phases[std::size_t(phase)].share;
    phases.erase(phases.begin() + phase);
    if (phases.size() == 1)
        phases.clear(); // a single phase is the same as building everything at once
    else if (!phases.empty())
        phases.front().share += share;
    pushReplace(index, s, [s, phase] {
        return tr("Delete build phase %1 (%2)").arg(phase + 1).arg(FieldLabels::scenarioName(s));
    });
}

void Project::applyScenario(int index, const Scenario &s)
{
    m_data.scenarios.at(std::size_t(index)) = s;
    m_results.at(std::size_t(index)) = evaluateOne(s);
    Q_EMIT scenarioChanged(index);
}

void Project::applyInsert(int index, const Scenario &s)
{
    m_data.scenarios.insert(m_data.scenarios.begin() + index, s);
    m_results.insert(m_results.begin() + index, evaluateOne(s));
    Q_EMIT scenarioInserted(index);
}

void Project::applyRemove(int index)
{
    m_data.scenarios.erase(m_data.scenarios.begin() + index);
    m_results.erase(m_results.begin() + index);
    Q_EMIT scenarioRemoved(index);
}

void Project::applyMove(int from, int to)
{
    Scenario s = std::move(m_data.scenarios[std::size_t(from)]);
    Result r = std::move(m_results[std::size_t(from)]);
    m_data.scenarios.erase(m_data.scenarios.begin() + from);
    m_results.erase(m_results.begin() + from);
    m_data.scenarios.insert(m_data.scenarios.begin() + to, std::move(s));
    m_results.insert(m_results.begin() + to, std::move(r));
    Q_EMIT scenarioMoved(from, to);
}

} // namespace ccp
