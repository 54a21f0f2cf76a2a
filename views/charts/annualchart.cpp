// SPDX-License-Identifier: GPL-3.0-or-later
#include "annualchart.h"

#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace ccp {

AnnualChart::AnnualChart(QObject *parent)
    : QtChart(parent)
{
}

QString AnnualChart::title() const
{
    return tr("Annual revenue, opex and capex");
}

void AnnualChart::populate(QChart *chart)
{
    const Result &r = result();

    QStringList years;
    auto *revenue = new QBarSet(tr("Revenue"));
    auto *opex = new QBarSet(tr("Opex"));
    auto *capex = new QBarSet(tr("Capex"));
    double hi = 0;
    for (const YearRow &y : r.yearly) {
        years << Format::integer(y.year);
        for (auto [set, money] : {std::pair{revenue, y.revenue}, std::pair{opex, y.opex},
                                  std::pair{capex, y.capex}}) {
            set->append(money.cnyValue() / 1e6);
            hi = std::max(hi, money.cnyValue() / 1e6);
        }
    }
    revenue->setColor(ChartColors::revenue());
    opex->setColor(ChartColors::opex());
    capex->setColor(ChartColors::capex());
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("annual"));
    for (QBarSet *set : {revenue, opex, capex}) {
        set->setBorderColor(set->color().darker(115));
        series->append(set);
        connect(set, &QBarSet::hovered, set, [set, years](bool state, int index) {
            if (!state || index < 0 || index >= years.size())
                return hideToolTip();
            showToolTip(tr("Year %1, %2: %3 million CNY")
                            .arg(years.at(index), set->label(),
                                 Format::number(set->at(index), 1)));
        });
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(years);
    axisX->setTitleText(tr("Year"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = addValueAxis(chart, tr("Amount (million CNY)"), Qt::AlignLeft);
    axisY->setRange(0, std::max(1.0, hi * 1.05));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    series->attachAxis(axisY);
    // Fonts of the category axis like the value axes.
    axisX->setTitleFont(axisY->titleFont());
    axisX->setLabelsFont(axisY->labelsFont());
}

} // namespace ccp
