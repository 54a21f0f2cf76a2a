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

// Enough decimals that opening and closing an editor never rounds a stored value (an
// interruption rate of 0.00047 per GPU-day, fractional petabytes).
int decimalsFor(double max)
{
    if (max <= 1)
        return 6;
    if (max <= 10)
        return 4;
    if (max <= 1000)
        return 3;
    return 2;
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
        // A nullable count (training.cards: null = all cards) gets one step below its minimum
        // that stands for the default.
        const bool nullable = index.data(InputModel::NullableRole).toBool();
        spin->setRange(int(std::max(min, -2e9)) - (nullable ? 1 : 0), int(std::min(max, 2e9)));
        if (nullable)
            spin->setSpecialValueText(tr("default"));
        spin->setSuffix(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
        spin->setAccelerated(true);
        spin->setKeyboardTracking(false);
        spin->setToolTip(index.data(Qt::ToolTipRole).toString());
        return spin;
    }
    case int(FieldType::CatalogRef):
    case int(FieldType::Choice):
    case int(FieldType::Flag): {
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
    case int(FieldType::MfuOrAuto): {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("auto, or a fraction such as 0.4"));
        edit->setToolTip(index.data(Qt::ToolTipRole).toString());
        return edit;
    }
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
        const bool isNull = !value.isValid() || value.isNull() || value.toInt() == 0;
        ispin->setValue(isNull && !ispin->specialValueText().isEmpty() ? ispin->minimum()
                                                                        : value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(value.toString());
        combo->setCurrentIndex(i);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor);
               edit && fieldType(index) == int(FieldType::MfuOrAuto)) {
        edit->setText(value.isValid() && !value.isNull() && value.canConvert<double>()
                              && value.typeId() != QMetaType::QString
                          ? QLocale().toString(value.toDouble(), 'g', 6)
                          : QStringLiteral("auto"));
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
        if (!ispin->specialValueText().isEmpty() && ispin->value() == ispin->minimum())
            model->setData(index, QVariant(), Qt::EditRole); // the default
        else
            model->setData(index, double(ispin->value()), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Only a text that names an entry exactly changes the choice; an emptied or
        // half-typed text keeps the current one, and no choice at all changes nothing.
        const QString text = combo->currentText().trimmed();
        int i = text.isEmpty() ? -1 : combo->findText(text, Qt::MatchFixedString);
        if (i < 0)
            i = combo->currentIndex();
        if (i >= 0 && combo->itemText(i) == combo->currentText())
            model->setData(index, combo->itemData(i), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor);
               edit && fieldType(index) == int(FieldType::MfuOrAuto)) {
        const QString text = edit->text().trimmed();
        bool ok = false;
        const double v = QLocale().toDouble(text, &ok);
        if (text.isEmpty() || text.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
            model->setData(index, QStringLiteral("auto"), Qt::EditRole);
        else if (ok)
            model->setData(index, v, Qt::EditRole);
        else
            model->setData(index, text, Qt::EditRole); // refused by the model, with the reason
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace ccp
