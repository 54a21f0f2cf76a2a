// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "fields.h"
#include "inputmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace ccp {

namespace {

constexpr int kNoType = -1;

int fieldType(const QModelIndex &index)
{
    const QVariant v = index.data(InputModel::FieldTypeRole);
    return v.isValid() ? v.toInt() : kNoType;
}

double boundOr(const QVariant &v, double fallback)
{
    if (!v.isValid())
        return fallback;
    const double d = v.toDouble();
    return std::isfinite(d) ? d : fallback;
}

int decimalsFor(double max)
{
    if (max <= 10)
        return 3;
    if (max <= 1000)
        return 2;
    return 0;
}

} // namespace

FieldDelegate::FieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int type = fieldType(index);
    const QString unit = index.data(InputModel::UnitRole).toString();
    const bool percent = index.data(InputModel::IsPercentRole).toBool();
    const double min = boundOr(index.data(InputModel::MinimumRole), -1e15);
    const double max = boundOr(index.data(InputModel::MaximumRole), 1e15);
    switch (type) {
    case int(FieldType::Number): {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setLocale(QLocale());
        const double scale = percent ? 100.0 : 1.0;
        spin->setRange(min * scale, max * scale);
        spin->setDecimals(percent ? 2 : decimalsFor(max));
        spin->setSuffix(percent ? QStringLiteral(" %")
                                : (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit));
        spin->setAccelerated(true);
        spin->setKeyboardTracking(false);
        spin->setToolTip(index.data(Qt::ToolTipRole).toString());
        return spin;
    }
    case int(FieldType::Integer): {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(std::max(min, -2e9)), int(std::min(max, 2e9)));
        spin->setSuffix(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
        spin->setAccelerated(true);
        spin->setKeyboardTracking(false);
        spin->setToolTip(index.data(Qt::ToolTipRole).toString());
        return spin;
    }
    case int(FieldType::CatalogRef):
    case int(FieldType::RampShape): {
        auto *combo = new QComboBox(parent);
        const QVariantList choices = index.data(InputModel::ChoicesRole).toList();
        for (const QVariant &c : choices) {
            const QVariantMap m = c.toMap();
            QString text = m.value(QStringLiteral("name")).toString();
            const QString conf = m.value(QStringLiteral("confidence")).toString();
            if (!conf.isEmpty())
                text += QStringLiteral("  [%1]").arg(conf);
            combo->addItem(text, m.value(QStringLiteral("id")));
        }
        if (type == int(FieldType::CatalogRef)) {
            // Search by any part of the name.
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        }
        return combo;
    }
    case int(FieldType::MfuOrAuto):
    case int(FieldType::Text):
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        const bool percent = index.data(InputModel::IsPercentRole).toBool();
        spin->setValue(value.toDouble() * (percent ? 100.0 : 1.0));
    } else if (auto *ispin = qobject_cast<QSpinBox *>(editor)) {
        ispin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(value.toString());
        combo->setCurrentIndex(i);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        const bool percent = index.data(InputModel::IsPercentRole).toBool();
        model->setData(index, spin->value() / (percent ? 100.0 : 1.0), Qt::EditRole);
    } else if (auto *ispin = qobject_cast<QSpinBox *>(editor)) {
        ispin->interpretText();
        model->setData(index, double(ispin->value()), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // An edited combo text that matches no entry keeps the current choice.
        int i = combo->findText(combo->currentText(), Qt::MatchStartsWith);
        if (i < 0)
            i = combo->currentIndex();
        if (i >= 0)
            model->setData(index, combo->itemData(i), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace ccp
