// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakevenmapchart.h"

#include "fieldlabels.h"
#include "fields.h"
#include "format.h"

#include <QComboBox>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ccp {

namespace {

// A widget that paints whatever its function draws.
class Canvas : public QWidget
{
public:
    explicit Canvas(std::function<void(QPainter *, const QRectF &)> draw, QWidget *parent)
        : QWidget(parent), m_draw(std::move(draw))
    {
        setMinimumSize(320, 220);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), Qt::white);
        m_draw(&p, QRectF(rect()));
    }

private:
    std::function<void(QPainter *, const QRectF &)> m_draw;
};

// Payback in years → colour: green (fast) through yellow to red (slow); grey: never.
QColor paybackColor(const std::optional<double> &months, double horizonMonths)
{
    if (!months)
        return QColor(0xd1, 0xd5, 0xdb);
    const double f = std::clamp(*months / horizonMonths, 0.0, 1.0);
    const double hue = (1.0 - f) * 120.0 / 360.0; // 120° green … 0° red
    return QColor::fromHsvF(float(hue), 0.65f, 0.92f);
}

// The axis title of a lever: its label and unit.
QString axisTitle(decisions::LeverId id)
{
    const decisions::LeverInfo &l = decisions::leverInfo(id);
    const QString label = FieldLabels::label(l.key);
    if (FieldLabels::isPercent(l.key))
        return QStringLiteral("%1 (%)").arg(label);
    return l.unit.empty() ? label : QStringLiteral("%1 (%2)").arg(label, FieldLabels::unit(l.unit));
}

QString tickText(decisions::LeverId id, double v)
{
    return FieldLabels::formatValue(decisions::leverInfo(id).key, v);
}

// Marching squares: the segments where the field crosses `level`, in grid coordinates.
void contour(const std::vector<double> &field, int nx, int ny, double level,
             const std::function<void(QPointF, QPointF)> &segment)
{
    auto at = [&](int i, int j) { return field[std::size_t(j) * std::size_t(nx) + std::size_t(i)]; };
    auto cross = [&](double a, double b, QPointF pa, QPointF pb) {
        const double t = (level - a) / (b - a);
        return pa + (pb - pa) * t;
    };
    for (int j = 0; j + 1 < ny; ++j) {
        for (int i = 0; i + 1 < nx; ++i) {
            const double v[4] = {at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)};
            const QPointF p[4] = {{double(i), double(j)}, {double(i + 1), double(j)},
                                  {double(i + 1), double(j + 1)}, {double(i), double(j + 1)}};
            std::vector<QPointF> hits;
            for (int e = 0; e < 4; ++e) {
                const double a = v[e], b = v[(e + 1) % 4];
                if ((a < level) != (b < level))
                    hits.push_back(cross(a, b, p[e], p[(e + 1) % 4]));
            }
            if (hits.size() == 2)
                segment(hits[0], hits[1]);
            else if (hits.size() == 4) {
                segment(hits[0], hits[1]);
                segment(hits[2], hits[3]);
            }
        }
    }
}

} // namespace

BreakevenMapChart::BreakevenMapChart(QObject *parent)
    : Chart(parent)
{
}

BreakevenMapChart::~BreakevenMapChart()
{
    if (m_widget && !m_widget->parent()) // a parented widget belongs to its parent
        delete m_widget;
}

QString BreakevenMapChart::title() const
{
    return tr("Breakeven map");
}

void BreakevenMapChart::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
}

std::vector<int> BreakevenMapChart::paybackLineYears(int horizonMonths)
{
    std::vector<int> out;
    for (int years : {3, 5, 8})
        if (years * 12 < std::max(1, horizonMonths))
            out.push_back(years);
    return out;
}

void BreakevenMapChart::setAxes(decisions::MapAxes axes)
{
    m_axes = axes;
    if (m_choice && m_choice->currentIndex() != int(axes))
        m_choice->setCurrentIndex(int(axes));
    m_stale = true;
    if (m_canvas)
        m_canvas->update();
}

void BreakevenMapChart::setResult(const Scenario &scenario, const Result &result)
{
    remember(scenario, result);
    // Until the planner picks a pair, the price axis is the one the scenario earns by.
    if (!m_axesChosen && m_axes != decisions::MapAxes::PowerPriceByCardPrice)
        setAxes(decisions::defaultMapAxes(scenario));
    // Computed when drawn: 3,600 evaluations are not spent on every edit while hidden.
    m_stale = true;
    if (m_canvas)
        m_canvas->update();
    if (m_choice) {
        m_choice->setItemText(0, tr("Average utilization × list price"));
        m_choice->setItemText(1, tr("Power price × card price"));
        m_choice->setItemText(2, tr("Average utilization × token prices"));
    }
}

void BreakevenMapChart::ensureMap()
{
    if (!m_stale || !hasResult())
        return;
    m_stale = false;
    m_map.reset();
    if (!validate(scenario(), m_catalog)) {
        const decisions::Workbench bench(scenario(), m_catalog);
        const auto [x, y] = decisions::defaultAxes(bench, m_axes, 60);
        m_map = decisions::breakevenMap(scenario(), m_catalog, x, y);
    }
}

QWidget *BreakevenMapChart::widget()
{
    if (!m_widget) {
        m_widget = new QWidget;
        auto *layout = new QVBoxLayout(m_widget);
        layout->setContentsMargins(4, 4, 4, 4);
        m_choice = new QComboBox(m_widget);
        // In the order of decisions::MapAxes.
        m_choice->addItem(tr("Average utilization × list price"));
        m_choice->addItem(tr("Power price × card price"));
        m_choice->addItem(tr("Average utilization × token prices"));
        m_choice->setCurrentIndex(int(m_axes));
        connect(m_choice, &QComboBox::activated, this, [this](int index) {
            m_axesChosen = true; // the planner's choice stays from scenario to scenario
            setAxes(decisions::MapAxes(index));
        });
        layout->addWidget(m_choice, 0, Qt::AlignLeft);
        m_canvas = new Canvas(
            [this](QPainter *p, const QRectF &r) {
                ensureMap();
                draw(p, r);
            },
            m_widget);
        layout->addWidget(m_canvas, 1);
    }
    return m_widget;
}

void BreakevenMapChart::render(QPainter *painter, const QRectF &target)
{
    ensureMap();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Laid out at a fixed logical size and scaled, like the other charts, so fonts keep their
    // proportion in a PDF.
    const QSizeF logical(760, 760 * target.height() / std::max(1.0, target.width()));
    painter->translate(target.topLeft());
    painter->scale(target.width() / logical.width(), target.height() / logical.height());
    draw(painter, QRectF(QPointF(0, 0), logical));
    painter->restore();
}

void BreakevenMapChart::draw(QPainter *painter, const QRectF &area) const
{
    QFont font = painter->font();
    if (!m_family.isEmpty())
        font.setFamily(m_family);
    font.setPixelSize(12); // pixels of the logical layout: scaled with it into a PDF
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height();
    QFont titleFont = font;
    titleFont.setPixelSize(15);
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->drawText(QRectF(area.left(), area.top(), area.width(), line * 1.6), Qt::AlignCenter, title());
    painter->setFont(font);
    if (!m_map) {
        painter->drawText(area, Qt::AlignCenter, tr("No map: the scenario cannot be evaluated."));
        return;
    }
    const decisions::BreakevenMap &m = *m_map;
    const double horizon = std::max(1, m.horizonMonths);
    const QRectF plot(area.left() + line * 5.5, area.top() + line * 2.2,
                      area.width() - line * 5.5 - line * 6.5, area.height() - line * 2.2 - line * 4.2);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const int nx = m.x.steps, ny = m.y.steps;
    const double cw = plot.width() / nx, ch = plot.height() / ny;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i)
            painter->fillRect(QRectF(plot.left() + i * cw, plot.bottom() - (j + 1) * ch, cw + 0.6, ch + 0.6),
                              paybackColor(m.paybackMonths[std::size_t(j * nx + i)], horizon));
    // Grid coordinates (cell centres) to the plot.
    const auto toPlot = [&](QPointF g) {
        return QPointF(plot.left() + (g.x() + 0.5) * cw, plot.bottom() - (g.y() + 0.5) * ch);
    };
    // Contours: payback 3, 5, 8 years (dark thin), NPV = 0 (black, thick).
    std::vector<double> payback(m.paybackMonths.size());
    for (std::size_t k = 0; k < payback.size(); ++k)
        payback[k] = m.paybackMonths[k] ? *m.paybackMonths[k] : 4.0 * horizon;
    for (const int years : paybackLineYears(m.horizonMonths)) {
        painter->setPen(QPen(QColor(0x37, 0x41, 0x51), 1.2, Qt::DashLine));
        QPointF labelAt(-1, -1);
        contour(payback, nx, ny, years * 12, [&](QPointF a, QPointF b) {
            painter->drawLine(toPlot(a), toPlot(b));
            if (labelAt.x() < 0 || toPlot(a).y() < labelAt.y())
                labelAt = toPlot(a);
        });
        if (labelAt.x() >= 0)
            painter->drawText(labelAt + QPointF(3, -3), tr("%1 years").arg(Format::number(years, 0)));
    }
    painter->setPen(QPen(Qt::black, 2.4));
    QPointF npvLabel(-1, -1);
    contour(m.npvCny, nx, ny, 0.0, [&](QPointF a, QPointF b) {
        painter->drawLine(toPlot(a), toPlot(b));
        if (npvLabel.x() < 0 || toPlot(a).x() > npvLabel.x())
            npvLabel = toPlot(a);
    });
    if (npvLabel.x() >= 0)
        painter->drawText(npvLabel + QPointF(-fm.horizontalAdvance(tr("NPV = 0")) - 4, -4), tr("NPV = 0"));
    // The scenario's own point.
    const auto valueToPlot = [&](double x, double y) {
        return QPointF(plot.left() + (x - m.x.from) / (m.x.to - m.x.from) * plot.width(),
                       plot.bottom() - (y - m.y.from) / (m.y.to - m.y.from) * plot.height());
    };
    const QPointF own = valueToPlot(m.baseX, m.baseY);
    if (plot.adjusted(-1, -1, 1, 1).contains(own)) {
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(Qt::black);
        painter->drawEllipse(own, 5, 5);
        painter->setPen(Qt::black);
        painter->drawText(own + QPointF(8, -6), tr("this scenario"));
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0x6b, 0x72, 0x80), 1));
    painter->drawRect(plot);
    // Ticks: five per axis, in the lever's own unit.
    painter->setPen(Qt::black);
    for (int t = 0; t <= 4; ++t) {
        const double fx = t / 4.0;
        const double vx = m.x.from + fx * (m.x.to - m.x.from);
        const double px = plot.left() + fx * plot.width();
        painter->drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 4));
        const QString tx = FieldLabels::isPercent(decisions::leverInfo(m.x.lever).key)
                               ? Format::number(vx * 100.0, 0) : tickText(m.x.lever, vx);
        painter->drawText(QRectF(px - 60, plot.bottom() + 5, 120, line), Qt::AlignHCenter | Qt::AlignTop, tx);
        const double vy = m.y.from + fx * (m.y.to - m.y.from);
        const double py = plot.bottom() - fx * plot.height();
        painter->drawLine(QPointF(plot.left() - 4, py), QPointF(plot.left(), py));
        const QString ty = FieldLabels::isPercent(decisions::leverInfo(m.y.lever).key)
                               ? Format::number(vy * 100.0, 0) : tickText(m.y.lever, vy);
        painter->drawText(QRectF(area.left(), py - line / 2, plot.left() - area.left() - 6, line),
                          Qt::AlignRight | Qt::AlignVCenter, ty);
    }
    painter->drawText(QRectF(plot.left(), plot.bottom() + line * 1.4, plot.width(), line * 1.4),
                      Qt::AlignCenter, axisTitle(m.x.lever));
    painter->save();
    painter->translate(area.left() + line * 0.9, plot.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-plot.height() / 2, -line, plot.height(), line * 1.6), Qt::AlignCenter,
                      axisTitle(m.y.lever));
    painter->restore();
    // Colour key: payback in years, and grey for no payback within the horizon.
    const QRectF key(plot.right() + line * 1.2, plot.top(), line * 1.2, plot.height() * 0.75);
    for (int k = 0; k < 50; ++k) {
        const double months = horizon * (k + 0.5) / 50.0;
        painter->fillRect(QRectF(key.left(), key.top() + key.height() * k / 50.0, key.width(), key.height() / 50.0 + 0.6),
                          paybackColor(months, horizon));
    }
    painter->setPen(Qt::black);
    for (double years : {0.0, horizon / 24.0, horizon / 12.0}) {
        const double y = key.top() + key.height() * (years * 12.0 / horizon);
        painter->drawText(QPointF(key.right() + 3, y + line / 3), Format::number(years, 0));
    }
    // Right-aligned to the chart's edge, so a long title runs left over the plot's top margin
    // rather than out of the picture.
    const double titleWidth = std::min(area.right() - plot.left(), line * 14);
    painter->drawText(QRectF(area.right() - titleWidth, key.top() - line * 1.3, titleWidth, line),
                      Qt::AlignRight, tr("Payback (years)"));
    const QRectF none(key.left(), key.bottom() + line, key.width(), line);
    painter->fillRect(none, paybackColor(std::nullopt, horizon));
    painter->drawText(QRectF(none.left() - line * 0.5, none.bottom() + 2, line * 6.5, line * 2.4),
                      Qt::AlignLeft | Qt::TextWordWrap, tr("no payback"));
}

} // namespace ccp
