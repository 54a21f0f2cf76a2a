// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Monte Carlo dialog: the number of draws, the seed, the correlation of utilization and
// price and a payback target; the uncertain inputs with their default distributions
// (decisions::defaultUncertainty) listed for the planner to read. Run draws in a worker thread
// (on every core) with a progress bar; Cancel stops the draws and keeps nothing. The project
// is never changed.

#include "catalog.h"
#include "montecarlo.h"
#include "scenario.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QTimer;

namespace ccp {

class RiskDialog : public QDialog
{
    Q_OBJECT
public:
    RiskDialog(const Scenario &scenario, const Catalog &catalog, QWidget *parent = nullptr);
    ~RiskDialog() override;

    // The completed run, after the dialog was accepted.
    const std::optional<decisions::RiskResult> &result() const { return m_result; }

    void reject() override;

private:
    void start();
    void finish();

    Scenario m_scenario;
    Catalog m_catalog;
    std::vector<decisions::UncertainInput> m_inputs;
    std::optional<decisions::RiskResult> m_result;
    decisions::RiskResult m_running;
    std::atomic<bool> m_cancel{false};
    std::atomic<std::size_t> m_done{0};
    QThread *m_thread = nullptr;
    QTimer *m_progressTimer = nullptr;
    QSpinBox *m_draws = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_correlation = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace ccp
