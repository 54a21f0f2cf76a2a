// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonchart.h"

#include "fieldlabels.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace ccp {

ComparisonChart::ComparisonChart(QObject *parent)
    : QtChart(parent)
{
}

QString ComparisonChart::title() const
{
    return tr("Cumulative cash flow and utilization of every scenario");
}

void ComparisonChart::setScenarios(std::vector<Scenario> scenarios, std::vector<Result> results)
{
    m_scenarios = std::move(scenarios);
    m_results = std::move(results);
}

void ComparisonChart::populate(QChart *chart)
{
    auto *axisX = addValueAxis(chart, tr("Month"), Qt::AlignBottom);
    auto *axisY = addValueAxis(chart, tr("Cumulative cash flow<br>(million CNY)"), Qt::AlignLeft);
    auto *axisU = addValueAxis(chart, tr("Sold utilization<br>(%, dashed)"), Qt::AlignRight);
    double lo = 0, hi = 0;
    int horizon = 1;
    for (std::size_t k = 0; k < m_results.size() && k < m_scenarios.size(); ++k) {
        const QColor color = k == 0 ? ChartColors::payback() : ChartColors::category(int(k) + 2);
        auto *cash = new QLineSeries;
        cash->setName(FieldLabels::scenarioName(m_scenarios[k]));
        auto *utilization = new QLineSeries;
        for (const MonthRow &m : m_results[k].monthly) {
            const double v = m.cumulative.cnyValue() / 1e6;
            cash->append(m.month, v);
            utilization->append(m.month, m.utilization * 100.0);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            horizon = std::max(horizon, m.month);
        }
        cash->setPen(QPen(color, 2));
        QPen dashed(color, 1.5);
        dashed.setStyle(Qt::DashLine);
        utilization->setPen(dashed);
        chart->addSeries(cash);
        chart->addSeries(utilization);
        hideFromLegend(chart, utilization);
        cash->attachAxis(axisX);
        cash->attachAxis(axisY);
        utilization->attachAxis(axisX);
        utilization->attachAxis(axisU);
    }
    axisX->setRange(0, horizon);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(lo, hi > lo ? hi : lo + 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisU->setRange(0, 100);
    axisU->setLabelFormat(QStringLiteral("%.0f"));
    // Under the chart a row of more than three scenario names is cut short ("宁夏 1024×H8…");
    // beside it each name gets a line of its own.
    chart->legend()->setAlignment(m_scenarios.size() > 3 ? Qt::AlignRight : Qt::AlignBottom);
}

} // namespace ccp
