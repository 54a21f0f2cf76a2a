// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "fields.h"
#include "inputmodel.h"
#include "scenariotablemodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QResizeEvent>

#include <algorithm>


namespace ccp {

namespace {

constexpr int kNoType = -1;

int fieldType(const QModelIndex &index)
{
    const QVariant v = index.data(InputModel::FieldTypeRole);
    return v.isValid() ? v.toInt() : kNoType;
}

// The table model behind `index`, through any proxies; null for another model.
const ScenarioTableModel *scenarioModel(QModelIndex *index)
{
    const QAbstractItemModel *m = index->model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m)) {
        *index = proxy->mapToSource(*index);
        m = proxy->sourceModel();
    }
    return qobject_cast<const ScenarioTableModel *>(m);
}

} // namespace

// A number editor: the value as displayed, the translated unit at its right end, and while the
// text would be refused a red frame and the reason under it.
class FieldLineEdit : public QLineEdit
{
public:
    FieldLineEdit(QWidget *parent, const QModelIndex &index)
        : QLineEdit(parent), m_index(index)
    {
        setObjectName(QStringLiteral("fieldEditor"));
        const QString unit = index.data(InputModel::DisplayUnitRole).toString();
        if (!unit.isEmpty()) {
            m_unit = new QLabel(unit, this);
            m_unit->setObjectName(QStringLiteral("fieldEditorUnit"));
            m_unit->setForegroundRole(QPalette::PlaceholderText);
            m_unit->setAttribute(Qt::WA_TransparentForMouseEvents);
        }
        m_reason = new QLabel(parent);
        m_reason->setObjectName(QStringLiteral("fieldEditorReason"));
        m_reason->setWordWrap(true);
        m_reason->setAutoFillBackground(true);
        m_reason->setBackgroundRole(QPalette::ToolTipBase);
        m_reason->setMargin(3);
        m_reason->setStyleSheet(QStringLiteral("QLabel { color: #b00000; border: 1px solid #b00000; }"));
        m_reason->hide();
        connect(this, &QLineEdit::textEdited, this, [this] { check(); });
    }
    ~FieldLineEdit() override { delete m_reason; }

    // Checks the text against the model; returns the reason it would be refused ("" if not).
    QString check()
    {
        QModelIndex source = m_index;
        const ScenarioTableModel *model = source.isValid() ? scenarioModel(&source) : nullptr;
        const QString reason = model ? model->refusal(source, text()) : QString();
        if (reason != m_reasonText) {
            m_reasonText = reason;
            setStyleSheet(reason.isEmpty()
                              ? QString()
                              : QStringLiteral("QLineEdit#fieldEditor { border: 2px solid #d00000; }"));
            setToolTip(reason.isEmpty() ? m_index.data(Qt::ToolTipRole).toString() : reason);
            m_reason->setText(reason);
            m_reason->setVisible(!reason.isEmpty());
            placeReason();
        }
        return reason;
    }
    QString reason() const { return m_reasonText; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLineEdit::resizeEvent(event);
        placeUnit();
        placeReason();
    }
    void moveEvent(QMoveEvent *event) override
    {
        QLineEdit::moveEvent(event);
        placeReason();
    }

private:
    void placeUnit()
    {
        if (!m_unit)
            return;
        const int w = m_unit->sizeHint().width() + 6;
        m_unit->setGeometry(width() - w, 0, w - 4, height());
        setTextMargins(0, 0, w, 0);
    }
    void placeReason()
    {
        if (!m_reason || m_reason->isHidden())
            return;
        QWidget *host = parentWidget();
        const int width = std::max(this->width(), 280);
        m_reason->setFixedWidth(width);
        const int h = m_reason->heightForWidth(width);
        QPoint at = geometry().bottomLeft() + QPoint(0, 1);
        if (host && at.y() + h > host->height())
            at.setY(geometry().top() - h - 1); // no room below: above the editor
        if (host && at.x() + width > host->width())
            at.setX(std::max(0, host->width() - width));
        m_reason->setGeometry(QRect(at, QSize(width, h)));
        m_reason->raise();
    }

    QPersistentModelIndex m_index;
    QPointer<QLabel> m_reason;
    QLabel *m_unit = nullptr;
    QString m_reasonText;
};

FieldDelegate::FieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int type = fieldType(index);
    switch (type) {
    case int(FieldType::Number):
    case int(FieldType::Integer):
    case int(FieldType::MfuOrAuto): {
        auto *edit = new FieldLineEdit(parent, index);
        if (type == int(FieldType::MfuOrAuto))
            edit->setPlaceholderText(tr("auto, or a percentage such as 40%"));
        else if (index.data(InputModel::NullableRole).toBool())
            edit->setPlaceholderText(tr("empty: all"));
        edit->setToolTip(index.data(Qt::ToolTipRole).toString());
        return edit;
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
    case int(FieldType::Text):
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *edit = dynamic_cast<FieldLineEdit *>(editor)) {
        // The model announces changes while an editor is open; what the planner typed stays.
        if (!edit->isModified())
            edit->setText(index.data(InputModel::EditTextRole).toString());
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
    if (auto *edit = dynamic_cast<FieldLineEdit *>(editor)) {
        // Read as displayed; a refused text changes nothing and the model says why.
        if (edit->isModified())
            model->setData(index, edit->text(), InputModel::EditTextRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Only a text that names an entry exactly changes the choice; an emptied or
        // half-typed text keeps the current one, and no choice at all changes nothing.
        const QString text = combo->currentText().trimmed();
        int i = text.isEmpty() ? -1 : combo->findText(text, Qt::MatchFixedString);
        if (i < 0)
            i = combo->currentIndex();
        if (i >= 0 && combo->itemText(i) == combo->currentText())
            model->setData(index, combo->itemData(i), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

bool FieldDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = dynamic_cast<FieldLineEdit *>(object);
    if (!edit)
        return QStyledItemDelegate::eventFilter(object, event);
    bool commits = event->type() == QEvent::FocusOut;
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
                  || key == Qt::Key_Backtab;
    }
    if (commits && edit->isModified() && !edit->check().isEmpty()) {
        // Refused: the text stays, marked, with its reason; Escape cancels. The model is asked
        // once on Return so that its refusal reaches the status bar as well.
        if (event->type() == QEvent::KeyPress)
            Q_EMIT commitData(edit);
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace ccp
