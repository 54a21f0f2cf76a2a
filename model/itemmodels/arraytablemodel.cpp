// SPDX-License-Identifier: GPL-3.0-or-later
#include "arraytablemodel.h"

#include "fielddata.h"
#include "fieldlabels.h"
#include "inputmodel.h"
#include "project.h"

#include <QUndoStack>

#include <algorithm>

namespace ccp {

ArrayTableModel::ArrayTableModel(Project *project, std::string_view arrayName, QObject *parent)
    : ScenarioTableModel(project, parent), m_array(arrayName)
{
    for (const FieldSpec &f : scenarioFields()) {
        if (f.isArrayField() && f.arrayName() == arrayName && !f.memberName().ends_with("_zh"))
            m_columns.push_back(&f);
    }
}

std::string_view ArrayTableModel::member(int column) const
{
    if (column < 0 || column >= int(m_columns.size()))
        return {};
    return m_columns[std::size_t(column)]->memberName();
}

int ArrayTableModel::size(const Scenario &s) const
{
    return std::max(0, arraySize(s, m_array));
}

int ArrayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !hasScenario() ? 0 : size(m_shown);
}

int ArrayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ArrayTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FieldData::Context c{m_shown, project()->catalog(), nullptr};
    const FieldSpec &f = *m_columns[std::size_t(index.column())];
    if (f.key == "demand.segments[].name"
        && (role == Qt::DisplayRole || role == Qt::EditRole || role == InputModel::EditTextRole)
        && std::size_t(index.row()) < m_shown.demand.segments.size())
        return FieldLabels::segmentName(m_shown.demand.segments[std::size_t(index.row())]);
    return FieldData::data(f, index.row(), c, role);
}

const FieldSpec *ArrayTableModel::fieldAt(const QModelIndex &index, std::string *key) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const FieldSpec *f = m_columns[std::size_t(index.column())];
    *key = FieldLabels::shownNameKey(FieldData::key(*f, index.row()), m_shown);
    int element = -1;
    return findField(*key, &element);
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const std::string_view key = m_columns[std::size_t(section)]->key;
    switch (role) {
    case Qt::DisplayRole: {
        const QString unit = FieldLabels::displayUnit(key);
        return unit.isEmpty() ? FieldLabels::label(key)
                              : tr("%1 (%2)").arg(FieldLabels::label(key), unit);
    }
    case Qt::ToolTipRole:
        return FieldLabels::description(key);
    default:
        return {};
    }
}

Qt::ItemFlags ArrayTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ArrayTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != InputModel::EditTextRole)
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (role == InputModel::EditTextRole)
        return pushText(index, value.toString());
    std::string key;
    const FieldSpec *f = fieldAt(index, &key);
    return f && pushField(key, FieldData::fromVariant(*f, value));
}

bool ArrayTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !hasScenario() || count < 1 || row != rowCount())
        return false;
    const int before = rowCount();
    QUndoStack *undo = project()->undoStack();
    if (count > 1)
        undo->beginMacro(appendText());
    for (int i = 0; i < count; ++i)
        appendElement();
    if (count > 1)
        undo->endMacro();
    return rowCount() > before;
}

bool ArrayTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !hasScenario() || count < 1 || row < 0 || row + count > rowCount())
        return false;
    const int before = rowCount();
    QUndoStack *undo = project()->undoStack();
    if (count > 1)
        undo->beginMacro(removeText());
    for (int i = 0; i < count; ++i)
        removeElement(row);
    if (count > 1)
        undo->endMacro();
    return rowCount() < before;
}

bool ArrayTableModel::sameElement(const Scenario &a, int i, const Scenario &b, int j) const
{
    return std::all_of(m_columns.begin(), m_columns.end(),
                       [&](const FieldSpec *f) { return f->get(a, i) == f->get(b, j); });
}

void ArrayTableModel::rebuild()
{
    m_shown = hasScenario() ? project()->scenario(scenario()) : Scenario{};
}

void ArrayTableModel::refresh()
{
    const Scenario &next = project()->scenario(scenario());
    const int oldSize = size(m_shown);
    const int newSize = size(next);
    if (oldSize == newSize) {
        m_shown = next;
        emitAllChanged();
        return;
    }
    // A pure insertion or removal keeps a common prefix and suffix covering the shorter array.
    const int shorter = std::min(oldSize, newSize);
    int prefix = 0;
    while (prefix < shorter && sameElement(m_shown, prefix, next, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix
           && sameElement(m_shown, oldSize - 1 - suffix, next, newSize - 1 - suffix))
        ++suffix;
    if (prefix + suffix == shorter && newSize > oldSize) {
        beginInsertRows({}, prefix, prefix + newSize - oldSize - 1);
        m_shown = next;
        endInsertRows();
    } else if (prefix + suffix == shorter) {
        beginRemoveRows({}, prefix, prefix + oldSize - newSize - 1);
        m_shown = next;
        endRemoveRows();
    } else {
        beginResetModel();
        m_shown = next;
        endResetModel();
    }
}

} // namespace ccp
