// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariotablemodel.h"

#include "fielddata.h"
#include "project.h"

namespace ccp {

ScenarioTableModel::ScenarioTableModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
    connect(project, &Project::scenarioChanged, this, [this](int index) {
        if (index == m_scenario)
            refresh();
    });
    connect(project, &Project::scenarioInserted, this, [this](int index) {
        if (m_scenario >= 0 && index <= m_scenario)
            ++m_scenario;
    });
    connect(project, &Project::scenarioRemoved, this, [this](int index) {
        if (index == m_scenario)
            resetTo(-1);
        else if (m_scenario >= 0 && index < m_scenario)
            --m_scenario;
    });
    connect(project, &Project::scenarioMoved, this, [this](int from, int to) {
        if (m_scenario < 0)
            return;
        if (m_scenario == from) {
            m_scenario = to;
            return;
        }
        // The move is a removal at `from` followed by an insertion at `to`.
        int i = m_scenario > from ? m_scenario - 1 : m_scenario;
        if (i >= to)
            ++i;
        m_scenario = i;
    });
    connect(project, &Project::projectReset, this,
            [this] { resetTo(m_scenario < m_project->scenarioCount() ? m_scenario : -1); });
}

void ScenarioTableModel::setScenario(int index)
{
    resetTo(index >= 0 && index < m_project->scenarioCount() ? index : -1);
}

void ScenarioTableModel::resetTo(int index)
{
    beginResetModel();
    m_scenario = index;
    rebuild();
    endResetModel();
}

void ScenarioTableModel::refresh()
{
    emitAllChanged();
}

void ScenarioTableModel::emitAllChanged()
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows > 0 && columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
}

bool ScenarioTableModel::pushField(const std::string &key, const FieldValue &value)
{
    if (!hasScenario())
        return false;
    int element = -1;
    if (const FieldSpec *f = findField(key, &element)) {
        const Scenario &current = m_project->scenario(m_scenario);
        const bool exists = !f->isArrayField() || element < arraySize(current, f->arrayName());
        if (exists && FieldData::sameValue(*f, f->get(current, element), value))
            return true;
    }
    if (auto refusal = m_project->setField(m_scenario, key, value)) {
        Q_EMIT editRefused(*refusal);
        return false;
    }
    return true;
}

const FieldSpec *ScenarioTableModel::fieldAt(const QModelIndex &, std::string *) const
{
    return nullptr;
}

QString ScenarioTableModel::refusal(const QModelIndex &index, const QString &text) const
{
    std::string key;
    const FieldSpec *f = hasScenario() ? fieldAt(index, &key) : nullptr;
    if (!f)
        return {};
    const FieldData::Parsed parsed = FieldData::parse(*f, text);
    if (!parsed.error.isEmpty())
        return parsed.error;
    int element = -1;
    findField(key, &element);
    const Scenario &current = m_project->scenario(m_scenario);
    const bool exists = !f->isArrayField() || element < arraySize(current, f->arrayName());
    if (exists && FieldData::sameValue(*f, f->get(current, element), parsed.value))
        return {};
    return m_project->checkField(m_scenario, key, parsed.value).value_or(QString());
}

bool ScenarioTableModel::pushText(const QModelIndex &index, const QString &text)
{
    std::string key;
    const FieldSpec *f = hasScenario() ? fieldAt(index, &key) : nullptr;
    if (!f)
        return false;
    const FieldData::Parsed parsed = FieldData::parse(*f, text);
    if (!parsed.error.isEmpty()) {
        Q_EMIT editRefused(parsed.error);
        return false;
    }
    return pushField(key, parsed.value);
}

} // namespace ccp
