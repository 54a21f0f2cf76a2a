// SPDX-License-Identifier: GPL-3.0-or-later
#include "deratingchart.h"

#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace ccp {

DeratingChart::DeratingChart(QObject *parent)
    : QtChart(parent)
{
}

QString DeratingChart::title() const
{
    return tr("Derating: from nameplate to useful compute");
}

void DeratingChart::populate(QChart *chart)
{
    const PerformanceResult &p = result().performance;
    const std::array<double, 4> values = {p.nameplatePflopsBf16, p.availablePflops, p.soldPflops,
                                          p.effectivePflops};
    const double availability = scenario().cluster.availability;
    const QStringList categories = {
        tr("Nameplate"),
        tr("Available<br>× %1<br>availability").arg(Format::percent(availability)),
        tr("Sold<br>× %1<br>utilization").arg(Format::percent(p.steadyUtilization)),
        tr("Useful (estimate)<br>× MFU %1<br>× goodput %2").arg(Format::percent(p.mfu), Format::percent(p.goodput))};

    auto *capacity = new QBarSet(tr("Capacity"));
    capacity->setObjectName(QStringLiteral("capacity"));
    auto *useful = new QBarSet(tr("Useful (estimate: MFU × goodput)"));
    useful->setObjectName(QStringLiteral("useful"));
    auto *derated = new QBarSet(tr("Derated"));
    derated->setObjectName(QStringLiteral("derated"));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const bool last = i + 1 == values.size();
        capacity->append(last ? 0.0 : values[i]);
        useful->append(last ? values[i] : 0.0);
        derated->append(i == 0 ? 0.0 : std::max(0.0, values[i - 1] - values[i]));
    }
    capacity->setColor(ChartColors::revenue());
    useful->setColor(ChartColors::useful());
    derated->setColor(ChartColors::loss());
    derated->setBorderColor(ChartColors::payback());

    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("derating"));
    series->setBarWidth(0.6);
    for (QBarSet *set : {capacity, useful, derated}) {
        if (set != derated)
            set->setBorderColor(set->color().darker(115));
        series->append(set);
        connect(set, &QBarSet::hovered, set, [set, derated, values, categories](bool state, int index) {
            if (!state || index < 0 || index >= int(values.size()))
                return hideToolTip();
            const QString name = categories.at(index).section(QStringLiteral("<br>"), 0, 0);
            if (set == derated)
                showToolTip(tr("%1: %2 PFLOPS lost in this step").arg(name, Format::number(set->at(index), 1)));
            else
                showToolTip(tr("%1: %2 PFLOPS").arg(name, Format::number(values[std::size_t(index)], 1)));
        });
    }
    chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(tr("Derating step"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = addValueAxis(chart, tr("PFLOPS<br>(BF16, dense)"), Qt::AlignLeft);
    axisY->setRange(0, std::max(1.0, values[0] * 1.12));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    series->attachAxis(axisY);
    axisX->setLabelsFont(axisY->labelsFont());
    axisX->setTitleFont(axisY->titleFont());

    for (std::size_t i = 0; i < values.size(); ++i)
        addPointLabel(chart, series, QPointF(double(i), values[i]), Format::number(values[i], 1), 4);
}

} // namespace ccp
