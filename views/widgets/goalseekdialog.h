// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Goal seek: which list price, average utilization, power price, capex overrun (…) reaches a
// target payback, NPV or IRR (decisions::goalSeek). Solve shows the value and the figures
// there, or says that no value in the input's range reaches the target; Apply asks for the
// value to be set in the scenario (applyRequested), which the main window does as one undo
// step. Computes only; does no I/O.

#include "catalog.h"
#include "goalseek.h"
#include "scenario.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace ccp {

class GoalSeekDialog : public QDialog
{
    Q_OBJECT
public:
    GoalSeekDialog(const Scenario &scenario, const Catalog &catalog, QWidget *parent = nullptr);

Q_SIGNALS:
    void applyRequested(decisions::LeverId lever, double value);

private:
    void updateTargetEditor();
    void solve();

    Scenario m_scenario;
    Catalog m_catalog;
    QComboBox *m_lever = nullptr;
    QComboBox *m_figure = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QLabel *m_answer = nullptr;
    QPushButton *m_apply = nullptr;
    std::optional<double> m_value;
};

} // namespace ccp
