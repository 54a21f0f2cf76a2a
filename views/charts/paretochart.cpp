// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretochart.h"

#include "format.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace ccp {

namespace {

// The cloud is thinned to at most this many points: a scatter of 20,000 markers draws slowly
// and shows nothing more. Every Pareto point is drawn whatever the thinning.
constexpr std::size_t kMaxCloudPoints = 3000;

} // namespace

ParetoChart::ParetoChart(QObject *parent)
    : QtChart(parent)
{
}

QString ParetoChart::title() const
{
    return tr("Capex against NPV of the configurations");
}

void ParetoChart::setOptimization(const decisions::OptimizerResult &result, double baseCapexCny,
                                  double baseNpvCny)
{
    m_result = result;
    m_baseCapex = baseCapexCny;
    m_baseNpv = baseNpvCny;
}

void ParetoChart::setChosen(std::optional<decisions::Configuration> chosen)
{
    m_chosen = std::move(chosen);
}

void ParetoChart::populate(QChart *chart)
{
    double xMin = m_baseCapex / 1e6, xMax = xMin, yMin = m_baseNpv / 1e6, yMax = yMin;
    const auto extend = [&](double x, double y) {
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };
    auto *cloud = new QScatterSeries;
    cloud->setName(tr("Feasible configurations"));
    cloud->setMarkerSize(5);
    cloud->setColor(ChartColors::category(7));
    cloud->setBorderColor(Qt::transparent);
    const std::size_t step = std::max<std::size_t>(1, (m_result.cloud.size() + kMaxCloudPoints - 1)
                                                          / kMaxCloudPoints);
    for (std::size_t i = 0; i < m_result.cloud.size(); i += step) {
        const auto [capex, npv] = m_result.cloud[i];
        cloud->append(capex / 1e6, npv / 1e6);
        extend(capex / 1e6, npv / 1e6);
    }
    chart->addSeries(cloud);

    auto *front = new QLineSeries;
    front->setName(tr("Pareto front (no cheaper configuration earns more)"));
    front->setColor(ChartColors::cashFlow());
    front->setPointsVisible(true);
    for (const decisions::Configuration &c : m_result.pareto) {
        front->append(c.capexCny / 1e6, c.npvCny / 1e6);
        extend(c.capexCny / 1e6, c.npvCny / 1e6);
    }
    chart->addSeries(front);

    auto *own = new QScatterSeries;
    own->setName(tr("The scenario as planned"));
    own->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    own->setMarkerSize(11);
    own->setColor(ChartColors::payback());
    own->append(m_baseCapex / 1e6, m_baseNpv / 1e6);
    chart->addSeries(own);

    QScatterSeries *chosen = nullptr;
    if (m_chosen && m_chosen->invalidKey.empty()) {
        chosen = new QScatterSeries;
        chosen->setName(tr("Chosen configuration"));
        chosen->setMarkerSize(16);
        chosen->setColor(Qt::transparent);
        chosen->setBorderColor(ChartColors::loss());
        QPen pen(ChartColors::loss());
        pen.setWidthF(2.5);
        chosen->setPen(pen);
        chosen->append(m_chosen->capexCny / 1e6, m_chosen->npvCny / 1e6);
        extend(m_chosen->capexCny / 1e6, m_chosen->npvCny / 1e6);
        chart->addSeries(chosen);
    }

    QValueAxis *x = addValueAxis(chart, tr("Capex (million CNY)"), Qt::AlignBottom);
    QValueAxis *y = addValueAxis(chart, tr("NPV (million CNY)"), Qt::AlignLeft);
    const double padX = std::max(1.0, (xMax - xMin) * 0.05);
    const double padY = std::max(1.0, (yMax - yMin) * 0.05);
    x->setRange(std::max(0.0, xMin - padX), xMax + padX);
    y->setRange(yMin - padY, yMax + padY);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(cloud),
                               static_cast<QAbstractSeries *>(front),
                               static_cast<QAbstractSeries *>(own),
                               static_cast<QAbstractSeries *>(chosen)}) {
        if (!s)
            continue;
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connect(front, &QLineSeries::hovered, front, [](const QPointF &p, bool state) {
        if (!state)
            return hideToolTip();
        showToolTip(tr("Capex %1, NPV %2").arg(Format::money(p.x() * 1e6), Format::money(p.y() * 1e6)));
    });
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace ccp
