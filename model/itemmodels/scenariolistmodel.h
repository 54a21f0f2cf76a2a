// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project's scenarios as a list: the name (editable: renames through
// Project::renameScenario, one undo command), the description as tooltip. Follows the
// project's insert/remove/move/reset signals with the matching row signals. It keeps a copy
// of what it shows, because the project announces a change after making it.

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace ccp {

class Project;

class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ScenarioListModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    struct Row
    {
        QString name;
        QString description;
    };
    Row rowOf(int index) const;
    void reload();

    Project *m_project;
    std::vector<Row> m_rows;
};

} // namespace ccp
