// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scenario comparison: the key figures of every scenario side by side, each with its
// difference from a chosen baseline scenario, and their cumulative cash flows overlaid.
// Shows data; does no I/O.

#include "result.h"
#include "scenario.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QTableWidget;

namespace ccp {

class ComparisonChart;

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;
    void setScenarios(const std::vector<Scenario> &scenarios, const std::vector<Result> &results);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::vector<Scenario> m_scenarios;
    std::vector<Result> m_results;
    QComboBox *m_baseline = nullptr;
    QTableWidget *m_table = nullptr;
    ComparisonChart *m_chart = nullptr;
};

} // namespace ccp
