// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtchart.h"

#include "chartwidget.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCursor>
#include <QFont>
#include <QGraphicsLayout>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace ccp {

namespace ChartColors {
QColor utilization() { return QColor(0x1f, 0x77, 0xb4); }
QColor cashFlow() { return QColor(0x2c, 0xa0, 0x2c); }
QColor revenue() { return QColor(0x1f, 0x77, 0xb4); }
QColor opex() { return QColor(0xff, 0x7f, 0x0e); }
QColor capex() { return QColor(0x7f, 0x7f, 0x7f); }
QColor payback() { return QColor(0xd6, 0x27, 0x28); }
QColor useful() { return QColor(0x2c, 0xa0, 0x2c); }
QColor loss() { return QColor(0xd6, 0x27, 0x28, 0x50); }
QColor zeroLine() { return QColor(0x40, 0x40, 0x40); }
QColor category(int index)
{
    // Tableau 10, which stays distinguishable for common color-vision deficiencies.
    static const QRgb colors[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2,
                                  0x59a14f, 0xedc948, 0xb07aa1, 0x9c755f};
    const int n = int(std::size(colors));
    return QColor::fromRgb(colors[((index % n) + n) % n]);
}
} // namespace ChartColors

namespace {

constexpr double kMinWidth = 400, kMaxWidth = 1200, kMinHeight = 300, kMaxHeight = 800;

QFont scaledFont(double factor, bool bold = false)
{
    QFont f;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, int(f.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

} // namespace

QtChart::QtChart(QObject *parent)
    : Chart(parent)
    , m_scene(std::make_unique<QGraphicsScene>())
{
    // Not makeChart(): title() and populate() are not callable during construction.
    m_chart = styledChart().release();
    m_scene->addItem(m_chart);
}

QtChart::~QtChart()
{
    // The widget belongs to its parent; it only loses its source of data here.
    if (m_widget)
        m_widget->setSource(nullptr);
}

void QtChart::setResult(const Scenario &scenario, const Result &result)
{
    remember(scenario, result);
    rebuild();
}

QWidget *QtChart::widget()
{
    if (!m_widget) {
        m_widget = new ChartWidget(this);
        m_widget->replaceChart(makeChart().release());
        m_widget->installEventFilter(this);
        m_widgetStale = false;
    }
    return m_widget;
}

QChart *QtChart::chart()
{
    if (m_offscreenStale)
        rebuildOffscreen();
    return m_chart;
}

bool QtChart::eventFilter(QObject *watched, QEvent *event)
{
    // Only a Show event is of interest; the type is tested first, because events also arrive
    // while the widget is being destroyed, when it is no longer a ChartWidget to compare as one.
    if (event->type() == QEvent::Show && m_widgetStale && watched == m_widget) {
        m_widgetStale = false;
        m_widget->replaceChart(makeChart().release());
    }
    return Chart::eventFilter(watched, event);
}

QSizeF QtChart::layoutSize(QSizeF target)
{
    if (target.isEmpty())
        return QSizeF(kMinWidth, kMinHeight);
    double scale = 1;
    if (target.width() > kMaxWidth || target.height() > kMaxHeight)
        scale = std::max(target.width() / kMaxWidth, target.height() / kMaxHeight);
    else if (target.width() < kMinWidth || target.height() < kMinHeight)
        scale = std::min(target.width() / kMinWidth, target.height() / kMinHeight);
    return target / scale;
}

void QtChart::render(QPainter *painter, const QRectF &target)
{
    if (m_offscreenStale)
        rebuildOffscreen();
    const QRectF source(QPointF(0, 0), layoutSize(target.size()));
    m_chart->setGeometry(source);
    // Lay out now, not at the next event loop pass: render may run without one (command line).
    // The legend lays its markers out on a posted LayoutRequest; deliver those too.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (m_chart->layout())
        m_chart->layout()->activate();
    m_scene->setSceneRect(source);
    painter->fillRect(target, Qt::white);
    m_scene->render(painter, target, source, Qt::IgnoreAspectRatio);
}

QValueAxis *QtChart::addValueAxis(QChart *chart, const QString &title, Qt::Alignment side)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(scaledFont(1.0, true));
    axis->setLabelsFont(scaledFont(0.95));
    chart->addAxis(axis, side);
    return axis;
}

void QtChart::addPointLabel(QChart *chart, QAbstractSeries *series, QPointF value,
                            const QString &text, double gap)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    item->setFont(scaledFont(0.95, true));
    item->setZValue(20);
    const auto place = [chart, series, value, item, gap] {
        const QPointF p = chart->mapToPosition(value, series);
        const QRectF r = item->boundingRect();
            const double y = p.y() - r.height() - gap;
        double x = p.x() - r.width() / 2;
        // Keep it inside the plot area horizontally, so a label at either end is not cut.
        const QRectF plot = chart->plotArea();
        x = std::clamp(x, plot.left(), std::max(plot.left(), plot.right() - r.width()));
        item->setPos(x, y);
    };
    // The item is a child of the chart, so the chart as context outlives it.
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

void QtChart::hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
}

void QtChart::showToolTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

void QtChart::hideToolTip()
{
    QToolTip::hideText();
}

std::unique_ptr<QChart> QtChart::styledChart()
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    // No padding outside the background; the margins are the space inside it.
    if (chart->layout())
        chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(10, 8, 14, 8));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitleFont(scaledFont(1.3, true));
    chart->legend()->setFont(scaledFont(0.95));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

std::unique_ptr<QChart> QtChart::makeChart()
{
    auto chart = styledChart();
    chart->setTitle(title());
    if (hasResult())
        populate(chart.get());
    return chart;
}

void QtChart::rebuild()
{
    m_offscreenStale = true;
    if (m_widget && m_widget->isVisible()) {
        m_widget->replaceChart(makeChart().release());
        m_widgetStale = false;
    } else {
        m_widgetStale = m_widget != nullptr;
    }
}

void QtChart::rebuildOffscreen()
{
    // Fresh charts instead of editing the old ones: no stale series, axes or labels remain.
    m_offscreenStale = false;
    const QRectF geometry = m_chart->geometry();
    delete m_chart;
    m_chart = makeChart().release();
    m_scene->addItem(m_chart);
    m_chart->setGeometry(geometry);
}

} // namespace ccp
