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
#include <cmath>
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

// Largest first, clockwise from 12 o'clock: the small slices end up side by side, where one
// label names them all instead of several labels colliding.
std::vector<Item> largestFirst(std::vector<Item> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.value > b.value; });
    return items;
}

// Slices below this share are named together in one label (a slice of 12% spans 43°: enough
// for its own label not to meet its neighbours').
constexpr double kOwnLabelShare = 0.12;

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
        // Each slice's label parts; which slices are named together depends on the size the
        // chart is laid out at, so place() decides.
        struct Part
        {
            QPieSlice *slice;
            QString name, amount, share, compactShare;
            double fraction;
        };
        std::vector<Part> parts;
        for (const Item &item : largestFirst(items)) {
            if (item.value <= Money::zero())
                continue;
            const double share = total > Money::zero() ? item.value / total : 0.0;
            auto *slice = new QPieSlice(item.name, item.value.cnyValue() / 1e6);
            slice->setColor(ChartColors::category(item.color));
            slice->setBorderColor(Qt::white);
            slice->setBorderWidth(1);
            slice->setLabelArmLengthFactor(0.12);
            series->append(slice);
            parts.push_back({slice, item.name, Format::millions(item.value.cnyValue()),
                             Format::percent(share), Format::percent(share, 0), share});
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
        // smaller donuts, label the slices with name and share only, in a smaller font. The
        // text in the hole takes the largest font (down to 60%) at which it fits inside the
        // hole, the shorter text when the full one does not fit at all.
        const auto place = [chart, series, label, x, parts, bold, centerText, compactCenterText] {
            const bool compact = chart->size().width() < 700;
            series->setPieSize(compact ? 0.36 : 0.48);
            series->setHorizontalPosition(0.5 + (x - 0.5) * (compact ? 0.8 : 0.9));
            series->setHoleSize(compact ? 0.19 : 0.26);
            QFont small;
            small.setPointSizeF(small.pointSizeF() * (compact ? 0.85 : 1.0));
            QStringList grouped;
            double groupedShare = 0;
            std::vector<QPieSlice *> groupedSlices;
            for (const Part &p : parts) {
                p.slice->setLabelPosition(QPieSlice::LabelOutside);
                p.slice->setLabelFont(small);
                if (p.fraction >= kOwnLabelShare) {
                    p.slice->setLabel(compact ? tr("%1<br>%2").arg(p.name, p.compactShare)
                                              : tr("%1<br>%2 (%3)").arg(p.name, p.amount, p.share));
                    p.slice->setLabelVisible(true);
                } else {
                    grouped << tr("%1 %2 (%3)").arg(p.name, p.amount, p.share);
                    groupedShare += p.fraction;
                    groupedSlices.push_back(p.slice);
                    p.slice->setLabelVisible(false);
                }
            }
            // The small slices come last, just before 12 o'clock. On a wide and low chart the
            // donut turns so that they and their label (several lines) face the side away from
            // the other donut, where there is room, instead of the top, where there is none.
            const QRectF area = chart->plotArea();
            const bool sideways = area.height() < 320 && area.width() > 3.2 * area.height();
            double start = 0;
            if (!groupedSlices.empty()) { // the middle one of the small slices names them all
                QPieSlice *middle = groupedSlices[groupedSlices.size() / 2];
                middle->setLabel(compact ? tr("Others %1").arg(Format::percent(groupedShare, 0))
                                         : grouped.join(QStringLiteral("<br>")));
                middle->setLabelVisible(true);
                if (sideways)
                    start = (x < 0.5 ? 270.0 : 90.0) - 360.0 + groupedShare * 180.0;
            }
            series->setPieStartAngle(start);
            series->setPieEndAngle(start + 360.0);
            const QRectF plot = chart->plotArea();
            const double hole = series->holeSize() * std::min(plot.width(), plot.height());
            const auto fits = [&](const QString &text, double factor) {
                QFont f = bold;
                f.setPointSizeF(f.pointSizeF() * factor);
                label->setFont(f);
                label->setPlainText(text);
                label->setTextWidth(-1);
                label->setTextWidth(label->document()->idealWidth());
                // The text's box, less the item's document margins, inside the hole's circle.
                const double margin = 2 * label->document()->documentMargin();
                const QSizeF b = label->boundingRect().size() - QSizeF(margin, margin);
                return std::hypot(b.width(), b.height()) <= hole;
            };
            bool done = false;
            for (const QString &text : {compact ? compactCenterText : centerText, compactCenterText}) {
                for (double factor = compact ? 0.8 : 1.0; factor >= 0.6 && !done; factor -= 0.05)
                    done = fits(text, factor);
                if (done)
                    break;
            }
            if (!done)
                fits(compactCenterText, 0.6);
            const QRectF b = label->boundingRect();
            label->setPos(plot.left() + plot.width() * series->horizontalPosition() - b.width() / 2,
                          plot.top() + plot.height() * series->verticalPosition() - b.height() / 2);
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
