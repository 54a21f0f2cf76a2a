// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The key figures of one evaluated scenario: nameplate and effective PFLOPS, power, capex,
// NPV, IRR, payback, breakeven, the feasibility study's indicators (ROI, ROE, coverage, debt
// ratio), and the model's warnings. Shows data; does no I/O.

#include "result.h"
#include "scenario.h"

#include <QWidget>

#include <vector>

class QLabel;
class QFormLayout;

namespace ccp {

class KeyFiguresView : public QWidget
{
    Q_OBJECT
public:
    explicit KeyFiguresView(QWidget *parent = nullptr);
    void setResult(const Scenario &scenario, const Result &result);
    // Wide enough for the longest label and a value on one line.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateLabels();
    Scenario m_scenario;
    Result m_result;
    bool m_hasResult = false;
    QFormLayout *m_form = nullptr;
    QLabel *m_warnings = nullptr;
    std::vector<QLabel *> m_labels;
    std::vector<QLabel *> m_values;
};

} // namespace ccp
