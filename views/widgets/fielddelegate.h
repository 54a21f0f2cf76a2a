// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Editors for scenario fields, driven by the roles of the input models (unit, range, type,
// choices). Numbers are typed as they are displayed (InputModel::EditTextRole: "80" for 80%,
// "70%" and "70 %" accepted), in a line edit with the translated unit beside it; searchable
// pickers for catalog records and choices.
//
// Nothing typed is altered: a value the model would refuse (ScenarioTableModel::refusal) is
// marked while it is typed, with a red frame and the reason in words under the editor, and
// stays in the editor when Return, Tab or a click elsewhere would commit it; the model's
// refusal (editRefused, the status bar) says it too. Escape cancels.

#include <QStyledItemDelegate>

namespace ccp {

class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FieldDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace ccp
