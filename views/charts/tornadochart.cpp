// SPDX-License-Identifier: GPL-3.0-or-later
#include "tornadochart.h"

#include "fieldlabels.h"
#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ccp {

TornadoChart::TornadoChart(QObject *parent)
    : QtChart(parent)
{
}

QString TornadoChart::title() const
{
    return tr("Sensitivity of NPV");
}

void TornadoChart::setSensitivity(const decisions::Sensitivity &sensitivity)
{
    m_sensitivity = sensitivity;
}

void TornadoChart::populate(QChart *chart)
{
    const double base = m_sensitivity.base.npv.cnyValue() / 1e6;
    // Bars relative to the base NPV, stacked from the base line: the low input's change and
    // the high input's change. Largest swing at the top: categories are drawn bottom-up.
    auto *low = new QBarSet(tr("Input at its low value"));
    auto *high = new QBarSet(tr("Input at its high value"));
    low->setColor(ChartColors::loss());
    high->setColor(ChartColors::cashFlow());
    QStringList categories;
    double extent = 1;
    const auto &inputs = m_sensitivity.inputs;
    for (auto it = inputs.rbegin(); it != inputs.rend(); ++it) {
        const double dl = it->atLow.npv.cnyValue() / 1e6 - base;
        const double dh = it->atHigh.npv.cnyValue() / 1e6 - base;
        low->append(dl);
        high->append(dh);
        extent = std::max({extent, std::abs(dl), std::abs(dh)});
        categories << tr("%1 (%2 → %3)")
                          .arg(FieldLabels::label(decisions::leverInfo(it->lever).key),
                               FieldLabels::formatValue(decisions::leverInfo(it->lever).key, it->low), FieldLabels::formatValue(decisions::leverInfo(it->lever).key, it->high));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = addValueAxis(chart, tr("Change of NPV from %1 (million CNY)")
                                          .arg(Format::money(m_sensitivity.base.npv.cnyValue())),
                               Qt::AlignBottom);
    axisX->setRange(-extent * 1.1, extent * 1.1);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    series->attachAxis(axisX);
    connect(series, &QHorizontalStackedBarSeries::hovered, series,
            [this](bool state, int index, QBarSet *set) {
                if (!state)
                    return hideToolTip();
                const auto &in = m_sensitivity.inputs;
                const std::size_t i = in.size() - 1 - std::size_t(index);
                if (i >= in.size())
                    return;
                const bool isLow = set->label() == tr("Input at its low value");
                const decisions::SensitivityInput &s = in[i];
                const KeyFigures &k = isLow ? s.atLow : s.atHigh;
                showToolTip(tr("%1 = %2: NPV %3, payback %4")
                                .arg(FieldLabels::label(decisions::leverInfo(s.lever).key),
                                     FieldLabels::formatValue(decisions::leverInfo(s.lever).key, isLow ? s.low : s.high),
                                     Format::money(k.npv.cnyValue()), Format::months(k.paybackMonths)));
            });
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace ccp
