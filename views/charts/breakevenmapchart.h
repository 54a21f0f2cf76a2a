// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The breakeven map: payback (colour) over two levers — average utilization × list price, or
// power price × card price — on a 60 × 60 grid (decisions::breakevenMap), with the NPV = 0
// contour (the breakeven), contours at 3, 5 and 8 years of payback, and the scenario's own
// point. Drawn with QPainter (a heat map is not a Qt Charts series); the widget holds a
// choice of the pair of axes above the map.

#include "catalog.h"
#include "chart.h"
#include "sweep.h"

#include <QPointer>

#include <optional>
#include <vector>

class QComboBox;

namespace ccp {

class BreakevenMapChart : public Chart
{
    Q_OBJECT
public:
    explicit BreakevenMapChart(QObject *parent = nullptr);
    ~BreakevenMapChart() override;

    QString title() const override;
    // The catalog the scenario is evaluated against; set before setResult.
    void setCatalog(const Catalog &catalog);
    void setAxes(decisions::MapAxes axes);
    // The font family of every text (the report's CJK family); empty: the painter's.
    void setFontFamily(const QString &family) { m_family = family; }
    decisions::MapAxes axes() const { return m_axes; }
    void setResult(const Scenario &scenario, const Result &result) override;
    QWidget *widget() override;
    void render(QPainter *painter, const QRectF &target) override;
    const std::optional<decisions::BreakevenMap> &map() const { return m_map; }
    // The paybacks drawn as dashed lines: 3, 5 and 8 years, those shorter than the horizon.
    static std::vector<int> paybackLineYears(int horizonMonths);

private:
    void ensureMap();
    void draw(QPainter *painter, const QRectF &target) const;

    Catalog m_catalog;
    decisions::MapAxes m_axes = decisions::MapAxes::UtilizationByListPrice;
    bool m_axesChosen = false; // the planner picked the axes in the chart's own choice
    std::optional<decisions::BreakevenMap> m_map;
    bool m_stale = false;
    QString m_family;
    QPointer<QWidget> m_widget;
    QPointer<QWidget> m_canvas;
    QPointer<QComboBox> m_choice;
};

} // namespace ccp
