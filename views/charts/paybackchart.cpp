// SPDX-License-Identifier: GPL-3.0-or-later
#include "paybackchart.h"

#include "format.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ccp {

namespace {

// A tick interval of whole years that gives at most about ten ticks.
int monthTickInterval(int horizon)
{
    for (int years : {1, 2, 5, 10})
        if (horizon / (12 * years) <= 10)
            return 12 * years;
    return 240;
}

// A round tick step (1, 2, 2.5 or 5 × 10^k) that divides `span` into at most about `count`.
double niceStep(double span, int count)
{
    const double raw = std::max(span, 1e-9) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10.0 * magnitude;
}

} // namespace

PaybackChart::PaybackChart(QObject *parent)
    : QtChart(parent)
{
}

QString PaybackChart::title() const
{
    return tr("Utilization and cash flow by month");
}

void PaybackChart::populate(QChart *chart)
{
    const Result &r = result();
    const int horizon = r.monthly.empty() ? 0 : r.monthly.back().month;

    auto *axisX = addValueAxis(chart, tr("Month"), Qt::AlignBottom);
    axisX->setRange(0, std::max(1, horizon));
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(monthTickInterval(horizon));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    auto *axisUtil = addValueAxis(chart, tr("Utilization (%)"), Qt::AlignLeft);
    axisUtil->setRange(0, 100);
    axisUtil->setTickCount(6);
    axisUtil->setLabelFormat(QStringLiteral("%.0f"));
    auto *axisCash = addValueAxis(chart, tr("Cumulative cash flow<br>(million CNY)"), Qt::AlignRight);
    axisCash->setGridLineVisible(false);
    axisUtil->setTitleBrush(ChartColors::utilization());
    axisCash->setTitleBrush(ChartColors::cashFlow().darker(130));

    // Cumulative cash flow: a line, filled green above zero and red below (under water).
    auto *cumulative = new QLineSeries;
    cumulative->setObjectName(QStringLiteral("cumulative"));
    cumulative->setName(tr("Cumulative cash flow"));
    auto *above = new QLineSeries;
    auto *below = new QLineSeries;
    auto *zeroBound = new QLineSeries;
    double lo = 0, hi = 0;
    for (const MonthRow &m : r.monthly) {
        const double v = m.cumulative.cnyValue() / 1e6;
        cumulative->append(m.month, v);
        above->append(m.month, std::max(v, 0.0));
        below->append(m.month, std::min(v, 0.0));
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    zeroBound->append(0, 0);
    zeroBound->append(horizon, 0);
    // Round ticks anchored at zero, so that 0 is always labelled, whatever the font's size.
    const double pad = std::max(1.0, (hi - lo) * 0.08);
    const double step = niceStep(hi - lo + 2 * pad, 6);
    axisCash->setRange(std::floor((lo - pad) / step) * step, std::ceil((hi + pad) / step) * step);
    axisCash->setTickType(QValueAxis::TicksDynamic);
    axisCash->setTickAnchor(0);
    axisCash->setTickInterval(step);
    axisCash->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    const auto addArea = [&](QLineSeries *upper, QLineSeries *lower, QColor color, const QString &name) {
        auto *area = new QAreaSeries(upper, lower);
        area->setObjectName(name);
        color.setAlpha(55);
        area->setBrush(color);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisCash);
        hideFromLegend(chart, area);
    };
    addArea(above, zeroBound, ChartColors::cashFlow(), QStringLiteral("cumulativeAbove"));
    auto *zeroBound2 = new QLineSeries;
    zeroBound2->append(0, 0);
    zeroBound2->append(horizon, 0);
    addArea(zeroBound2, below, ChartColors::payback(), QStringLiteral("cumulativeBelow"));
    cumulative->setPen(QPen(ChartColors::cashFlow().darker(120), 2.5));
    chart->addSeries(cumulative);
    cumulative->attachAxis(axisX);
    cumulative->attachAxis(axisCash);
    connect(cumulative, &QLineSeries::hovered, cumulative, [this](const QPointF &p, bool state) {
        if (!state)
            return hideToolTip();
        const int month = int(std::lround(p.x()));
        const auto &rows = result().monthly;
        if (month < 0 || std::size_t(month) >= rows.size())
            return;
        showToolTip(tr("Month %1: cumulative cash flow %2 million CNY")
                        .arg(Format::integer(month), Format::millions(rows[std::size_t(month)].cumulative.cnyValue())));
    });

    auto *zero = new QLineSeries;
    zero->setObjectName(QStringLiteral("zero"));
    zero->append(0, 0);
    zero->append(horizon, 0);
    // The cash axis's zero, in the cash color and named in the legend, so that it does not
    // read as a utilization threshold where it meets a utilization gridline.
    zero->setName(tr("Cash = 0"));
    zero->setPen(QPen(ChartColors::cashFlow().darker(150), 1.2, Qt::DashLine));
    chart->addSeries(zero);
    zero->attachAxis(axisX);
    zero->attachAxis(axisCash);

    // Utilization, drawn over the area.
    auto *util = new QLineSeries;
    util->setObjectName(QStringLiteral("utilization"));
    util->setName(tr("Sold utilization"));
    for (const MonthRow &m : r.monthly)
        util->append(m.month, m.utilization * 100);
    util->setPen(QPen(ChartColors::utilization(), 2.5));
    chart->addSeries(util);
    util->attachAxis(axisX);
    util->attachAxis(axisUtil);
    connect(util, &QLineSeries::hovered, util, [](const QPointF &p, bool state) {
        if (!state)
            return hideToolTip();
        showToolTip(tr("Month %1: utilization %2").arg(Format::integer(std::lround(p.x())), Format::percent(p.y() / 100.0)));
    });

    // The last month receives the residual (book) value of everything left: the jump of the
    // cumulative cash flow at the end is that, and says so in the legend.
    if (!r.monthly.empty() && r.monthly.back().residual > Money::zero()) {
        const MonthRow &last = r.monthly.back();
        auto *residual = new QScatterSeries;
        residual->setObjectName(QStringLiteral("residual"));
        residual->setName(tr("Residual value %1").arg(Format::millions(last.residual.cnyValue())));
        residual->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        residual->setMarkerSize(10);
        residual->setColor(ChartColors::cashFlow().darker(150));
        residual->setBorderColor(Qt::white);
        residual->append(last.month, last.cumulative.cnyValue() / 1e6);
        chart->addSeries(residual);
        residual->attachAxis(axisX);
        residual->attachAxis(axisCash);
        const QString tip = tr("Month %1: the residual (book) value of what is left, %2 million CNY, "
                               "counts as received")
                                .arg(Format::integer(last.month), Format::millions(last.residual.cnyValue()));
        connect(residual, &QScatterSeries::hovered, residual, [tip](const QPointF &, bool state) {
            if (!state)
                return hideToolTip();
            showToolTip(tip);
        });
    }

    if (r.finance.paybackMonths) {
        const double pb = *r.finance.paybackMonths;
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("paybackLine"));
        line->append(pb, axisCash->min());
        line->append(pb, axisCash->max());
        line->setPen(QPen(ChartColors::payback(), 1.2, Qt::DotLine));
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisCash);
        hideFromLegend(chart, line);

        auto *marker = new QScatterSeries;
        marker->setObjectName(QStringLiteral("payback"));
        marker->setName(tr("Payback"));
        marker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        marker->setMarkerSize(13);
        marker->setColor(ChartColors::payback());
        marker->setBorderColor(Qt::white);
        marker->append(pb, 0);
        chart->addSeries(marker);
        marker->attachAxis(axisX);
        marker->attachAxis(axisCash);
        const QString label = tr("Payback: %1").arg(Format::years(pb));
        addPointLabel(chart, marker, QPointF(pb, 0), label, 9); // clear of the marker
        connect(marker, &QScatterSeries::hovered, marker, [pb](const QPointF &, bool state) {
            if (!state)
                return hideToolTip();
            showToolTip(tr("Payback after %1 (%2)").arg(Format::months(pb), Format::years(pb)));
        });
    } else {
        // Below the zero line, in the area under water, clear of the utilization line above.
        addPointLabel(chart, zero, QPointF(horizon / 2.0, 0), tr("No payback within the horizon"), -22);
    }
}

} // namespace ccp
