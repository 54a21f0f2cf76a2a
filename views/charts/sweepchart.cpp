// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepchart.h"

#include "format.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ccp {

SweepChart::SweepChart(QObject *parent)
    : QtChart(parent)
{
}

QString SweepChart::title() const
{
    return tr("Payback against utilization");
}

void SweepChart::setCurves(std::vector<Curve> curves)
{
    m_curves = std::move(curves);
}

void SweepChart::populate(QChart *chart)
{
    int horizon = 12;
    for (const Curve &c : m_curves)
        horizon = std::max(horizon, c.sweep.horizonMonths);
    const double maxYears = horizon / 12.0;

    auto *axisX = addValueAxis(chart, tr("Average sold utilization (%)"), Qt::AlignBottom);
    axisX->setRange(0, 100);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    auto *axisY = addValueAxis(chart, tr("Payback (years)"), Qt::AlignLeft);
    axisY->setRange(0, maxYears);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.0f"));

    // The utilizations centers reach (docs/methodology.md, after Fan Congming in the seed
    // article): research institutes and universities 30–40%, market-built centers about half
    // (45–55%), leading firms training their own models about 80% (75–85%).
    struct Band
    {
        double from, to;
        QString name;
    };
    const Band bands[] = {{30, 40, tr("Universities 30–40%")},
                          {45, 55, tr("Market-built ~50%")},
                          {75, 85, tr("Leading firms ~80%")}};
    QAbstractSeries *anchor = nullptr; // any series on both axes, for the labels below
    for (const Band &b : bands) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(b.from, maxYears);
        upper->append(b.to, maxYears);
        lower->append(b.from, 0);
        lower->append(b.to, 0);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(b.name);
        QColor color = ChartColors::zeroLine();
        color.setAlpha(40);
        area->setBrush(color);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisY);
        hideFromLegend(chart, area);
        addPointLabel(chart, area, QPointF(0.5 * (b.from + b.to), maxYears * 0.93), b.name, 0);
        anchor = area;
    }

    // An empty plot says why: the main scenario pays back at no utilization within its horizon.
    if (!m_curves.empty() && anchor) {
        const auto &points = m_curves.front().sweep.points;
        const bool none = std::none_of(points.begin(), points.end(),
                                       [](const decisions::SweepPoint &p) { return p.paybackMonths.has_value(); });
        if (none)
            addPointLabel(chart, anchor, QPointF(50, maxYears * 0.5),
                          tr("No payback within the %1-month horizon at any utilization")
                              .arg(m_curves.front().sweep.horizonMonths), 0);
    }

    for (std::size_t k = 0; k < m_curves.size(); ++k) {
        const Curve &c = m_curves[k];
        const QColor color = k == 0 ? ChartColors::payback() : ChartColors::category(int(k) + 2);
        // Payback where there is one; the curve breaks where the project does not pay back.
        QLineSeries *line = nullptr;
        for (const decisions::SweepPoint &p : c.sweep.points) {
            if (!p.paybackMonths) {
                line = nullptr;
                continue;
            }
            if (!line) {
                line = new QLineSeries;
                line->setName(c.name);
                line->setPen(QPen(color, k == 0 ? 2.5 : 1.8));
                chart->addSeries(line);
                line->attachAxis(axisX);
                line->attachAxis(axisY);
            }
            line->append(p.utilization * 100.0, *p.paybackMonths / 12.0);
        }
        // Hide the legend entries of every piece but the first.
        bool first = true;
        for (QAbstractSeries *s : chart->series()) {
            if (s->name() != c.name)
                continue;
            if (!first)
                hideFromLegend(chart, s);
            first = false;
        }

        // The planned utilization: a dot on the curve; the breakeven: a dashed vertical line.
        const double planned = c.sweep.plannedUtilization * 100.0;
        auto *plan = new QScatterSeries;
        plan->setName(tr("%1: planned %2").arg(c.name, Format::percent(c.sweep.plannedUtilization)));
        plan->setColor(color);
        plan->setBorderColor(Qt::white);
        plan->setMarkerSize(11);
        double plannedPayback = -1;
        for (const decisions::SweepPoint &p : c.sweep.points)
            if (std::abs(p.utilization * 100.0 - planned) <= 0.5 && p.paybackMonths)
                plannedPayback = *p.paybackMonths / 12.0;
        if (plannedPayback >= 0) {
            plan->append(planned, plannedPayback);
            chart->addSeries(plan);
            plan->attachAxis(axisX);
            plan->attachAxis(axisY);
            hideFromLegend(chart, plan);
            if (k == 0)
                addPointLabel(chart, plan, QPointF(planned, plannedPayback),
                              tr("planned %1").arg(Format::percent(c.sweep.plannedUtilization)), 10);
        } else {
            delete plan;
        }
        if (c.sweep.breakevenUtilization && *c.sweep.breakevenUtilization > 0) {
            const double b = *c.sweep.breakevenUtilization * 100.0;
            auto *mark = new QLineSeries;
            mark->append(b, 0);
            mark->append(b, maxYears);
            QPen pen(color, 1.5, Qt::DashLine);
            mark->setPen(pen);
            chart->addSeries(mark);
            mark->attachAxis(axisX);
            mark->attachAxis(axisY);
            hideFromLegend(chart, mark);
            if (k == 0)
                addPointLabel(chart, mark, QPointF(b, maxYears * 0.68),
                              tr("breakeven (NPV = 0) %1").arg(Format::percent(*c.sweep.breakevenUtilization)), 0);
        }
    }
}

} // namespace ccp
