// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputmodel.h"

#include "fielddata.h"
#include "fieldlabels.h"
#include "project.h"

#include <algorithm>

namespace ccp {

InputModel::InputModel(Project *project, QString groupPrefix, QObject *parent)
    : ScenarioTableModel(project, parent), m_prefix(std::move(groupPrefix))
{
    const std::string prefix = m_prefix.toStdString();
    for (const FieldSpec &f : scenarioFields()) {
        if (f.isArrayField())
            continue;
        const bool topLevel = f.key.find('.') == std::string_view::npos;
        // The Chinese name and description are not rows of their own: the name and
        // description rows show and edit the variant of the interface's language.
        if (f.key == "name_zh" || f.key == "description_zh")
            continue;
        if (prefix.empty() ? topLevel : f.key.substr(0, prefix.size()) == prefix)
            m_fields.push_back(&f);
    }
    // The description, long, last: the horizon stays in sight above it.
    std::stable_partition(m_fields.begin(), m_fields.end(),
                          [](const FieldSpec *f) { return f->key != "description"; });
}

QString InputModel::groupTitle() const
{
    return FieldLabels::group(m_prefix.toStdString());
}

int InputModel::rowOfKey(const QString &key) const
{
    const std::string k = key.toStdString();
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i]->key == k)
            return int(i);
    }
    return -1;
}

int InputModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !hasScenario() ? 0 : int(m_fields.size());
}

int InputModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InputModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !hasScenario())
        return {};
    const FieldSpec &f = *m_fields[std::size_t(index.row())];
    const FieldData::Context c{project()->scenario(scenario()), project()->catalog(),
                               &project()->result(scenario())};
    switch (index.column()) {
    case QuantityColumn:
        if (role == Qt::DisplayRole)
            return FieldLabels::label(f.key);
        if (role == Qt::ToolTipRole)
            return FieldLabels::description(f.key);
        if (role == Qt::EditRole || role == Qt::FontRole)
            return {};
        break;
    case UnitColumn:
        if (role == Qt::DisplayRole)
            return FieldLabels::displayUnit(f.key);
        if (role == Qt::EditRole || role == Qt::ToolTipRole || role == Qt::FontRole)
            return {};
        break;
    default:
        break;
    }
    return FieldData::data(shownField(f), -1, c, role);
}

const FieldSpec &InputModel::shownField(const FieldSpec &f) const
{
    const std::string key = FieldLabels::shownNameKey(f.key, project()->scenario(scenario()));
    if (key == f.key)
        return f;
    int index = -1;
    const FieldSpec *shown = findField(key, &index);
    return shown ? *shown : f;
}

QVariant InputModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuantityColumn:
        return tr("Quantity");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    default:
        return {};
    }
}

Qt::ItemFlags InputModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

const FieldSpec *InputModel::fieldAt(const QModelIndex &index, std::string *key) const
{
    if (index.column() != ValueColumn || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const FieldSpec &f = shownField(*m_fields[std::size_t(index.row())]);
    *key = std::string(f.key);
    return &f;
}

bool InputModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != EditTextRole) || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid) || !hasScenario())
        return false;
    if (role == EditTextRole)
        return pushText(index, value.toString());
    const FieldSpec &f = shownField(*m_fields[std::size_t(index.row())]);
    return pushField(std::string(f.key), FieldData::fromVariant(f, value));
}

QHash<int, QByteArray> InputModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(MinimumRole, "minimum");
    names.insert(MaximumRole, "maximum");
    names.insert(UnitRole, "unit");
    names.insert(FieldTypeRole, "fieldType");
    names.insert(RefKindRole, "refKind");
    names.insert(IsPercentRole, "isPercent");
    names.insert(IsEstimateRole, "isEstimate");
    names.insert(ChoicesRole, "choices");
    names.insert(NullableRole, "nullable");
    names.insert(EditTextRole, "editText");
    names.insert(DisplayUnitRole, "displayUnit");
    return names;
}

} // namespace ccp
