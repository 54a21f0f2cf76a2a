// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencostchart.h"

#include "format.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ccp {

TokenCostChart::TokenCostChart(QObject *parent)
    : QtChart(parent)
{
}

QString TokenCostChart::title() const
{
    return tr("Cost per million tokens against utilization");
}

void TokenCostChart::setSweep(decisions::TokenCostSweep sweep)
{
    m_sweep = std::move(sweep);
}

void TokenCostChart::populate(QChart *chart)
{
    auto *axisX = addValueAxis(chart, tr("Average sold utilization (%)"), Qt::AlignBottom);
    axisX->setRange(0, 100);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    auto *axisY = addValueAxis(chart, tr("Cost<br>(CNY per million tokens)"), Qt::AlignLeft);
    const decisions::TokenCostSweep &w = m_sweep;
    const bool any = std::any_of(w.points.begin(), w.points.end(),
                                 [](const decisions::TokenCostPoint &p) {
                                     return p.costCnyPerMillionTokens.has_value();
                                 });
    if (!any) {
        axisY->setRange(0, 1);
        chart->setTitle(title() + QStringLiteral("<br><small>")
                        + (scenario().inference.model.empty()
                               ? tr("Choose an inference model (Inference tab) to see what a "
                                    "million tokens costs.")
                               : tr("The inference model cannot be served as deployed, so no "
                                    "token has a cost."))
                        + QStringLiteral("</small>"));
        return;
    }
    // The cost grows without bound towards zero utilization: the axis shows up to three times
    // the larger of the planned cost and the realized price, so that both read clearly.
    const double reference = std::max(w.plannedCostCnyPerMillionTokens.value_or(0.0),
                                      w.realizedPriceCnyPerMillionTokens.value_or(0.0));
    double lowest = reference;
    for (const decisions::TokenCostPoint &p : w.points)
        if (p.costCnyPerMillionTokens)
            lowest = std::min(lowest, *p.costCnyPerMillionTokens);
    const double top = reference > 0 ? 3.0 * reference : 2.0 * lowest + 1.0;
    axisY->setRange(0, top);
    axisY->setTickCount(7);
    axisY->applyNiceNumbers();
    const double yMax = axisY->max();

    auto *cost = new QLineSeries;
    cost->setObjectName(QStringLiteral("cost"));
    cost->setName(tr("Cost per million tokens (levelized)"));
    cost->setPen(QPen(ChartColors::opex(), 2.5));
    for (const decisions::TokenCostPoint &p : w.points) {
        // Points far above the axis are left out; one beyond it keeps the curve reaching the top.
        if (p.costCnyPerMillionTokens && *p.costCnyPerMillionTokens <= 4.0 * yMax)
            cost->append(p.utilization * 100.0, *p.costCnyPerMillionTokens);
    }
    chart->addSeries(cost);
    cost->attachAxis(axisX);
    cost->attachAxis(axisY);

    if (w.realizedPriceCnyPerMillionTokens) {
        const double price = *w.realizedPriceCnyPerMillionTokens;
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("price"));
        line->setName(tr("Realized price (net of VAT)"));
        line->setPen(QPen(ChartColors::revenue(), 2, Qt::DashLine));
        line->append(0, price);
        line->append(100, price);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        addPointLabel(chart, line, QPointF(12, price),
                      tr("realized %1 per million tokens").arg(Format::price(price)), 4);
    }
    if (w.plannedCostCnyPerMillionTokens) {
        auto *plan = new QScatterSeries;
        plan->setObjectName(QStringLiteral("planned"));
        plan->setColor(ChartColors::opex());
        plan->setBorderColor(Qt::white);
        plan->setMarkerSize(11);
        plan->append(w.plannedUtilization * 100.0, *w.plannedCostCnyPerMillionTokens);
        chart->addSeries(plan);
        plan->attachAxis(axisX);
        plan->attachAxis(axisY);
        hideFromLegend(chart, plan);
        addPointLabel(chart, plan,
                      QPointF(w.plannedUtilization * 100.0, *w.plannedCostCnyPerMillionTokens),
                      tr("planned %1: %2").arg(Format::percent(w.plannedUtilization),
                                               Format::price(*w.plannedCostCnyPerMillionTokens)),
                      10);
    }
}

} // namespace ccp
