// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Qt Charts implementation of Chart, shared by the concrete charts: it keeps one QChart in
// an offscreen scene for render() and, once widget() was asked for, a second one in the
// interactive ChartWidget. Both are built by the subclass's populate() from the stored data,
// so the exported picture and the screen show the same chart. Animations and OpenGL are off.

#include "chart.h"

#include <QColor>
#include <QPointer>
#include <QPointF>

#include <memory>

class QAbstractSeries;
class QChart;
class QGraphicsScene;
class QValueAxis;

namespace ccp {

class ChartWidget;

// One palette for every chart, so a series means the same color everywhere.
namespace ChartColors {
QColor utilization();
QColor cashFlow();
QColor revenue();
QColor opex();
QColor capex();
QColor payback();
QColor useful();
QColor loss();
QColor zeroLine();
QColor category(int index); // for breakdowns; cycles through 8 colors
} // namespace ChartColors

class QtChart : public Chart
{
    Q_OBJECT
public:
    explicit QtChart(QObject *parent = nullptr);
    ~QtChart() override;

    void setResult(const Scenario &scenario, const Result &result) override;
    QWidget *widget() override;
    // Lays the chart out at target's size when that is between 400×300 and 1200×800 logical
    // pixels, otherwise at the same aspect ratio scaled into that range (so fonts keep their
    // proportion on a 1200-dpi PDF page or a thumbnail), and scales it into target.
    void render(QPainter *painter, const QRectF &target) override;

    // The chart render() draws, rebuilt from the latest setResult; for inspection (tests).
    QChart *chart();

    // The size render() lays the chart out at for a target of the given size.
    static QSizeF layoutSize(QSizeF target);

protected:
    // Fills a fresh chart (already styled and titled with title()) from scenario() and
    // result(); called only when hasResult(). Texts through tr(), numbers through QLocale().
    virtual void populate(QChart *chart) = 0;

    // A value axis with a title (which must name the unit), styled like all others, added to
    // the chart at the given side.
    static QValueAxis *addValueAxis(QChart *chart, const QString &title, Qt::Alignment side);
    // A text drawn at a data point of series, centered gap pixels above it; follows the plot
    // area when the chart is resized.
    static void addPointLabel(QChart *chart, QAbstractSeries *series, QPointF value,
                              const QString &text, double gap);
    // Keeps a helper series (an area's bound, a band) out of the legend.
    static void hideFromLegend(QChart *chart, QAbstractSeries *series);
    // Tooltips for hovered data; hideToolTip when the hover ends.
    static void showToolTip(const QString &text);
    static void hideToolTip();
    // Million CNY with one decimal, in the current locale.

private:
    static std::unique_ptr<QChart> styledChart();
    std::unique_ptr<QChart> makeChart();
    void rebuild();
    void rebuildOffscreen();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<QGraphicsScene> m_scene;
    QChart *m_chart = nullptr; // owned by m_scene
    QPointer<ChartWidget> m_widget;
    // Charts are rebuilt lazily: the offscreen one when it is rendered, the widget's when it
    // is (or becomes) visible. An edit then costs one chart, not two per chart type.
    bool m_offscreenStale = false;
    bool m_widgetStale = false;
};

} // namespace ccp
