// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivityview.h"

#include "fieldlabels.h"
#include "format.h"
#include "leverdisplay.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ccp {

namespace {

enum Column { InputColumn, LowColumn, HighColumn, NpvLowColumn, NpvHighColumn, SwingColumn,
              PaybackLowColumn, PaybackHighColumn, RankColumn, ColumnCount };

constexpr double kUnbounded = 1e12;

} // namespace

SensitivityView::SensitivityView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    top->addWidget(m_note, 1);
    auto *reset = new QPushButton(this);
    reset->setObjectName(QStringLiteral("defaultRanges"));
    connect(reset, &QPushButton::clicked, this, &SensitivityView::defaultsRequested);
    top->addWidget(reset);
    layout->addLayout(top);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    rebuild();
}

void SensitivityView::setSensitivity(const std::vector<decisions::SensitivityRange> &ranges,
                                     const decisions::Sensitivity &sensitivity)
{
    m_ranges = ranges;
    m_sensitivity = sensitivity;
    rebuild();
}

void SensitivityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void SensitivityView::rebuild()
{
    m_filling = true;
    m_note->setText(tr("Each input moved alone to its low and its high value, the others at the "
                       "scenario's own; edit a low or high value to recompute. Base: NPV %1, "
                       "payback %2.")
                        .arg(Format::money(m_sensitivity.base.npv.cnyValue()),
                             Format::months(m_sensitivity.base.paybackMonths)));
    findChild<QPushButton *>(QStringLiteral("defaultRanges"))->setText(tr("Default Ranges (±20%)"));
    m_table->setHorizontalHeaderLabels({tr("Input"), tr("Low"), tr("High"), tr("NPV at low"),
                                        tr("NPV at high"), tr("Swing of NPV"), tr("Payback at low"),
                                        tr("Payback at high"), tr("Rank")});
    m_table->setRowCount(int(m_ranges.size()));
    for (int row = 0; row < int(m_ranges.size()); ++row) {
        const decisions::SensitivityRange &range = m_ranges[std::size_t(row)];
        const decisions::LeverInfo &info = decisions::leverInfo(range.lever);
        auto *name = new QTableWidgetItem(FieldLabels::label(info.key));
        m_table->setItem(row, InputColumn, name);
        const double scale = LeverDisplay::scale(range.lever);
        const QString unit = LeverDisplay::unit(range.lever);
        for (int c : {LowColumn, HighColumn}) {
            auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, c));
            if (!spin) {
                spin = new QDoubleSpinBox;
                spin->setGroupSeparatorShown(true);
                spin->setKeyboardTracking(false);
                m_table->setCellWidget(row, c, spin);
                connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
                    if (!m_filling)
                        emitRanges();
                });
            }
            spin->setRange(std::isfinite(info.min) ? info.min * scale : -kUnbounded,
                           std::isfinite(info.max) ? info.max * scale : kUnbounded);
            spin->setDecimals(LeverDisplay::decimals(range.lever));
            spin->setSuffix(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
            spin->setValue((c == LowColumn ? range.low : range.high) * scale);
        }
        // The figures of this input, wherever the sorting put it.
        const decisions::SensitivityInput *in = nullptr;
        int rank = 0;
        for (std::size_t k = 0; k < m_sensitivity.inputs.size(); ++k)
            if (m_sensitivity.inputs[k].lever == range.lever) {
                in = &m_sensitivity.inputs[k];
                rank = int(k) + 1;
            }
        const auto number = [this, row](int col, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        };
        if (!in) {
            for (int c = NpvLowColumn; c < ColumnCount; ++c)
                number(c, Format::undefined());
            continue;
        }
        number(NpvLowColumn, Format::money(in->atLow.npv.cnyValue()));
        number(NpvHighColumn, Format::money(in->atHigh.npv.cnyValue()));
        number(SwingColumn, Format::money(in->npvSwing()));
        number(PaybackLowColumn, Format::months(in->atLow.paybackMonths));
        number(PaybackHighColumn, Format::months(in->atHigh.paybackMonths));
        number(RankColumn, Format::integer(rank));
    }
    m_filling = false;
}

void SensitivityView::emitRanges()
{
    std::vector<decisions::SensitivityRange> ranges = m_ranges;
    for (int row = 0; row < int(ranges.size()); ++row) {
        decisions::SensitivityRange &r = ranges[std::size_t(row)];
        const double scale = LeverDisplay::scale(r.lever);
        r.low = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, LowColumn))->value() / scale;
        r.high = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, HighColumn))->value() / scale;
    }
    Q_EMIT rangesChanged(ranges);
}

void SensitivityView::editRange(int row, double low, double high)
{
    const double scale = LeverDisplay::scale(m_ranges.at(std::size_t(row)).lever);
    m_filling = true;
    qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, LowColumn))->setValue(low * scale);
    qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, HighColumn))->setValue(high * scale);
    m_filling = false;
    emitRanges();
}

} // namespace ccp
