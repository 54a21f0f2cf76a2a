// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The charts' own small interface: data in (setResult), an interactive widget out (widget),
// and vector drawing into any painter (render) for reports and PNG/SVG export. Nothing here
// names Qt Charts, so a later move to Qt Graphs changes the implementations, not the callers.

#include "result.h"
#include "scenario.h"

#include <QObject>
#include <QRectF>
#include <QString>

class QPainter;
class QWidget;

namespace ccp {

class Chart : public QObject
{
    Q_OBJECT
public:
    explicit Chart(QObject *parent = nullptr);
    ~Chart() override;

    // The chart's translated title, as shown above the chart.
    virtual QString title() const = 0;

    // Shows the given result; keeps a copy so that retranslate() can rebuild the texts.
    virtual void setResult(const Scenario &scenario, const Result &result) = 0;

    // The interactive view, created on the first call. The caller parents (and so owns) it;
    // later calls return the same widget while it lives.
    virtual QWidget *widget() = 0;

    // Draws the chart as vector graphics scaled into target (in the painter's coordinates),
    // into any paint device: QPdfWriter, QSvgGenerator, QImage. Never grabs a widget.
    // Before setResult the chart draws empty.
    virtual void render(QPainter *painter, const QRectF &target) = 0;

    // Rebuilds every text in the current language (call on QEvent::LanguageChange). The
    // default re-runs setResult with the stored data.
    virtual void retranslate();

    bool hasResult() const { return m_hasResult; }
    const Scenario &scenario() const { return m_scenario; }
    const Result &result() const { return m_result; }

protected:
    // Stores the data shown; implementations of setResult call this first.
    void remember(const Scenario &scenario, const Result &result);

private:
    Scenario m_scenario;
    Result m_result;
    bool m_hasResult = false;
};

} // namespace ccp
