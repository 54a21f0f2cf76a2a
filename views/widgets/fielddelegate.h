// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Editors for scenario fields, driven by the roles of the input models (unit, range, type,
// choices): spin boxes with the field's unit and valid range, percentages for fractions,
// searchable catalog pickers. What the model refuses is reported by the model, not here.

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
};

} // namespace ccp
