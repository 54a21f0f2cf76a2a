// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskchart.h"

#include "format.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ccp {

RiskChart::RiskChart(QObject *parent)
    : QtChart(parent)
{
}

QString RiskChart::title() const
{
    return tr("Range of outcomes (Monte Carlo)");
}

void RiskChart::setRisk(std::optional<decisions::RiskResult> risk)
{
    m_risk = std::move(risk);
}

void RiskChart::populate(QChart *chart)
{
    auto *axisX = addValueAxis(chart, tr("NPV (million CNY)"), Qt::AlignBottom);
    auto *axisY = addValueAxis(chart, tr("Share of draws (%)"), Qt::AlignLeft);
    auto *axisCdf = addValueAxis(chart, tr("Draws at or below<br>(%)"), Qt::AlignRight);
    axisCdf->setRange(0, 100);
    axisCdf->setGridLineVisible(false);
    axisCdf->setLabelFormat(QStringLiteral("%.0f"));
    if (!m_risk || m_risk->npvDraws.empty()) {
        axisX->setRange(0, 1);
        axisY->setRange(0, 1);
        chart->setTitle(title() + QStringLiteral("<br><small>")
                        + tr("Run a Monte Carlo analysis (Tools › Run Monte Carlo…, Ctrl+M) to see the range of outcomes.")
                        + QStringLiteral("</small>"));
        return;
    }
    std::vector<double> v = m_risk->npvDraws;
    for (double &x : v)
        x /= 1e6;
    std::sort(v.begin(), v.end());
    const double lo = v.front(), hi = v.back();
    const int bins = 40;
    const double width = hi > lo ? (hi - lo) / bins : 1.0;
    std::vector<int> counts(bins, 0);
    for (double x : v)
        ++counts[std::size_t(std::clamp(int((x - lo) / width), 0, bins - 1))];
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    double top = 0;
    const double n = double(v.size());
    for (int b = 0; b < bins; ++b) {
        const double share = 100.0 * counts[std::size_t(b)] / n;
        upper->append(lo + b * width, share);
        upper->append(lo + (b + 1) * width, share);
        top = std::max(top, share);
    }
    lower->append(lo, 0);
    lower->append(lo + bins * width, 0);
    auto *histogram = new QAreaSeries(upper, lower);
    histogram->setName(tr("Share of draws"));
    QColor fill = ChartColors::cashFlow();
    fill.setAlpha(120);
    histogram->setBrush(fill);
    histogram->setPen(QPen(ChartColors::cashFlow().darker(130), 1));
    chart->addSeries(histogram);
    histogram->attachAxis(axisX);
    histogram->attachAxis(axisY);

    auto *cdf = new QLineSeries;
    cdf->setName(tr("Draws at or below"));
    const std::size_t step = std::max<std::size_t>(1, v.size() / 400);
    for (std::size_t i = 0; i < v.size(); i += step)
        cdf->append(v[i], 100.0 * double(i + 1) / n);
    cdf->append(v.back(), 100.0);
    cdf->setPen(QPen(ChartColors::utilization(), 2));
    chart->addSeries(cdf);
    cdf->attachAxis(axisX);
    cdf->attachAxis(axisCdf);

    axisX->setRange(lo - width, hi + width);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(0, top * 1.2);
    axisY->setLabelFormat(QStringLiteral("%.1f"));

    const decisions::Percentiles &p = m_risk->npvCny;
    // Labels at alternating heights, so that close percentiles do not overlap.
    const std::tuple<const char *, std::optional<double>, double> marks[] = {
        {"P10", p.p10, 1.07}, {"P50", p.p50, 0.93}, {"P90", p.p90, 1.07}};
    for (const auto &[label, value, height] : marks) {
        if (!value)
            continue;
        auto *line = new QLineSeries;
        line->append(*value / 1e6, 0);
        line->append(*value / 1e6, top * 1.2);
        line->setPen(QPen(ChartColors::zeroLine(), 1.2, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        hideFromLegend(chart, line);
        addPointLabel(chart, line, QPointF(*value / 1e6, top * height),
                      QStringLiteral("%1 %2").arg(QLatin1String(label), Format::money(*value)), 0);
    }
    chart->setTitle(title() + QStringLiteral("<br><small>")
                    + tr("%1 draws (seed %2); payback within the horizon in %3 of them")
                          .arg(Format::integer(double(m_risk->draws))).arg(m_risk->seed)
                          .arg(Format::probability(m_risk->pPaybackWithinHorizon))
                    + QStringLiteral("</small>"));
}

} // namespace ccp
