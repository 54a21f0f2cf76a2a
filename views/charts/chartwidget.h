// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interactive view of a Chart: a QChartView with a context menu to save the chart as PNG
// or SVG. The widget only asks for a file name; writing goes through ChartExport.

#include <QChartView>
#include <QPointer>

namespace ccp {

class Chart;

class ChartWidget : public QChartView
{
    Q_OBJECT
public:
    // source is the chart saved from the context menu; it may die before the widget.
    explicit ChartWidget(Chart *source, QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setSource(Chart *source) { m_source = source; }
    // Shows chart (taking ownership) and deletes the one shown before.
    void replaceChart(QChart *chart);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Format { Png, Svg };
    void saveAs(Format format);

    QPointer<Chart> m_source;
};

} // namespace ccp
