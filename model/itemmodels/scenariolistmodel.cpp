// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariolistmodel.h"

#include "fieldlabels.h"

#include "project.h"

namespace ccp {

ScenarioListModel::ScenarioListModel(Project *project, QObject *parent)
    : QAbstractListModel(parent), m_project(project)
{
    reload();
    connect(project, &Project::scenarioChanged, this, [this](int index) {
        m_rows[std::size_t(index)] = rowOf(index);
        const QModelIndex i = this->index(index);
        Q_EMIT dataChanged(i, i);
    });
    connect(project, &Project::scenarioInserted, this, [this](int index) {
        beginInsertRows({}, index, index);
        m_rows.insert(m_rows.begin() + index, rowOf(index));
        endInsertRows();
    });
    connect(project, &Project::scenarioRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
        m_rows.erase(m_rows.begin() + index);
        endRemoveRows();
    });
    connect(project, &Project::scenarioMoved, this, [this](int from, int to) {
        // Project semantics: take `from` out, insert it at `to`; Qt's destination is the row
        // before which it lands in the list as it was before the move.
        if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
            return;
        Row r = std::move(m_rows[std::size_t(from)]);
        m_rows.erase(m_rows.begin() + from);
        m_rows.insert(m_rows.begin() + to, std::move(r));
        endMoveRows();
    });
    // Names in the interface's language (name_zh in Chinese).
    connect(project, &Project::languageChanged, this, [this] {
        reload();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
    connect(project, &Project::projectReset, this, [this] {
        beginResetModel();
        reload();
        endResetModel();
    });
}

ScenarioListModel::Row ScenarioListModel::rowOf(int index) const
{
    const Scenario &s = m_project->scenario(index);
    return {FieldLabels::scenarioName(s), FieldLabels::scenarioDescription(s)};
}

void ScenarioListModel::reload()
{
    m_rows.clear();
    for (int i = 0; i < m_project->scenarioCount(); ++i)
        m_rows.push_back(rowOf(i));
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return r.name;
    case Qt::ToolTipRole:
        return r.description;
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString();
    if (name.trimmed() == m_rows[std::size_t(index.row())].name)
        return true;
    if (auto refusal = m_project->renameScenario(index.row(), name)) {
        Q_EMIT editRefused(*refusal);
        return false;
    }
    return true;
}

} // namespace ccp
