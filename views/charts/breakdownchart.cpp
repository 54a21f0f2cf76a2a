// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakdownchart.h"

#include "format.h"

#include <QChart>
#include <QFont>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>
#include <QLegend>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>

#include <algorithm>
#include <utility>
#include <vector>

namespace ccp {

namespace {

struct Item
{
    QString name;
    Money value;
    int color = 0;
};

// Big and small slices alternate, so the labels of neighbouring small slices do not collide.
std::vector<Item> interleaved(std::vector<Item> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.value > b.value; });
    std::vector<Item> out;
    std::size_t i = 0, j = items.size();
    while (i < j) {
        out.push_back(items[i++]);
        if (i < j)
            out.push_back(items[--j]);
    }
    return out;
}

} // namespace

BreakdownChart::BreakdownChart(QObject *parent)
    : QtChart(parent)
{
}

QString BreakdownChart::title() const
{
    return tr("Capex and opex breakdown");
}

void BreakdownChart::populate(QChart *chart)
{
    const FinanceResult &f = result().finance;
    const CapexBreakdown &c = f.capex;
    const OpexBreakdown &o = f.opexSteadyYear;
    const std::vector<Item> capexItems = {
        {tr("Servers"), c.servers, 0},         {tr("Network"), c.network, 1},
        {tr("Storage"), c.storage, 2},         {tr("Facility"), c.facility, 3},
        {tr("Installation"), c.installation, 4}, {tr("Software"), c.software, 5},
        {tr("Spares"), c.spares, 6},           {tr("Land"), c.land, 7}};
    const std::vector<Item> opexItems = {
        {tr("Energy"), o.energy, 0},       {tr("Maintenance"), o.maintenance, 1},
        {tr("Staff"), o.staff, 2},         {tr("Bandwidth"), o.bandwidth, 3},
        {tr("Rent"), o.rent, 4},           {tr("Insurance"), o.insurance, 5}};

    const auto addDonut = [&](const QString &objectName, const QString &centerText,
                              const QString &compactCenterText, const std::vector<Item> &items,
                              Money total, double x) {
        auto *series = new QPieSeries;
        series->setObjectName(objectName);
        series->setHorizontalPosition(x);
        series->setVerticalPosition(0.5);
        series->setPieSize(0.48);
        series->setHoleSize(0.26);
        struct Label
        {
            QPieSlice *slice;
            QString full, compact;
            double share;
        };
        std::vector<Label> labels;
        for (const Item &item : interleaved(items)) {
            if (item.value <= Money::zero())
                continue;
            const double share = total > Money::zero() ? item.value / total : 0.0;
            auto *slice = new QPieSlice(
                tr("%1<br>%2 (%3)")
                    .arg(item.name, Format::millions(item.value.cnyValue()), Format::percent(share)),
                item.value.cnyValue() / 1e6);
            slice->setColor(ChartColors::category(item.color));
            slice->setBorderColor(Qt::white);
            slice->setBorderWidth(1);
            slice->setLabelArmLengthFactor(0.12);
            series->append(slice);
            labels.push_back({slice, slice->label(),
                              tr("%1<br>%2").arg(item.name, Format::percent(share, 0)), share});
            const QString tip = tr("%1: %2 million CNY (%3)")
                                    .arg(item.name, Format::millions(item.value.cnyValue()),
                                         Format::percent(share));
            connect(slice, &QPieSlice::hovered, slice, [tip](bool state) {
                if (!state)
                    return hideToolTip();
                showToolTip(tip);
            });
        }
        chart->addSeries(series);
        // The donut's name and total in its hole; follows the plot area on resize.
        auto *label = new QGraphicsTextItem(chart);
        QFont bold;
        bold.setBold(true);
        label->setFont(bold);
        label->setDefaultTextColor(Qt::black);
        label->setPlainText(centerText);
        label->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
        // Small charts (thumbnails, narrow windows) have no room for every label: they draw
        // smaller donuts, label only slices of 8% or more with name and share in a smaller
        // font, and put a shorter text in the hole.
        const auto place = [chart, series, label, x, labels, bold, centerText, compactCenterText] {
            const bool compact = chart->size().width() < 700;
            series->setPieSize(compact ? 0.36 : 0.48);
            series->setHorizontalPosition(0.5 + (x - 0.5) * (compact ? 0.8 : 0.9));
            series->setHoleSize(compact ? 0.19 : 0.26);
            QFont small;
            small.setPointSizeF(small.pointSizeF() * (compact ? 0.85 : 1.0));
            for (const Label &s : labels) {
                s.slice->setLabel(compact ? s.compact : s.full);
                s.slice->setLabelVisible(!compact || s.share >= 0.08);
                s.slice->setLabelPosition(QPieSlice::LabelOutside);
                s.slice->setLabelFont(small);
            }
            QFont f = bold;
            if (compact)
                f.setPointSizeF(f.pointSizeF() * 0.8);
            label->setFont(f);
            label->setPlainText(compact ? compactCenterText : centerText);
            label->setTextWidth(-1);
            label->setTextWidth(label->document()->idealWidth());
            const QRectF plot = chart->plotArea();
            const QRectF b = label->boundingRect();
            label->setPos(plot.left() + plot.width() * series->horizontalPosition() - b.width() / 2,
                          plot.center().y() - b.height() / 2);
        };
        connect(chart, &QChart::plotAreaChanged, chart, place);
        place();
    };
    const QString capexTotal = Format::millions(c.total().cnyValue(), 0);
    const QString opexTotal = Format::millions(o.total().cnyValue(), 0);
    addDonut(QStringLiteral("capex"), tr("Capex\n%1\nmillion CNY").arg(capexTotal),
             tr("Capex\n%1").arg(capexTotal), capexItems, c.total(), 0.25);
    addDonut(QStringLiteral("opex"),
             tr("Opex, year %1\n%2\nmillion CNY").arg(Format::integer(f.steadyYear), opexTotal),
             tr("Opex\n%1").arg(opexTotal), opexItems, o.total(), 0.75);
    chart->legend()->setVisible(false);
}

} // namespace ccp
