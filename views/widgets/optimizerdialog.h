// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The optimizer dialog: what to search (cards, card counts, fabrics, oversubscriptions,
// sites), the constraints (budget, grid power, effective PFLOPS, a training deadline) and the
// objective; runs decisions::optimize in a worker thread with a progress bar and Cancel; shows
// the Pareto chart and a table of the best configurations. "Add as scenario" asks for the
// chosen configuration as a new scenario (applyRequested); the dialog never changes the
// project itself.

#include "catalog.h"
#include "optimizer.h"
#include "scenario.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace ccp {

class ParetoChart;

class OptimizerDialog : public QDialog
{
    Q_OBJECT
public:
    OptimizerDialog(const Scenario &scenario, const Catalog &catalog, QWidget *parent = nullptr);
    ~OptimizerDialog() override;

    // The settings the form describes; empty (with the reason in `why`) when a field is not
    // valid.
    std::optional<decisions::OptimizerSettings> settings(QString *why) const;
    const std::optional<decisions::OptimizerResult> &optimization() const { return m_result; }
    // Runs with the form's settings (the Run button).
    void start();
    // The row chosen in the table (−1: none).
    void choose(int row);

    void reject() override;

Q_SIGNALS:
    // The scenario the chosen configuration makes, to be added to the project.
    void applyRequested(const ccp::Scenario &scenario, const QString &name);
    void finished();

private:
    void finish();
    void updateSpaceSize();
    void showResult();
    QListWidget *checkList(const std::vector<std::pair<std::string, QString>> &items,
                           const std::vector<std::string> &checked);
    void setRunning(bool running);

    Scenario m_scenario;
    Catalog m_catalog;
    std::optional<decisions::OptimizerResult> m_result;
    decisions::OptimizerResult m_running;
    decisions::PriceRule m_runRule = decisions::PriceRule::PerEffectivePflop;
    std::atomic<bool> m_cancel{false};
    std::atomic<std::size_t> m_done{0};
    QThread *m_thread = nullptr;
    QTimer *m_progressTimer = nullptr;
    QComboBox *m_objective = nullptr;
    QComboBox *m_priceRule = nullptr;
    QCheckBox *m_useBudget = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QCheckBox *m_useGrid = nullptr;
    QDoubleSpinBox *m_grid = nullptr;
    QCheckBox *m_usePflops = nullptr;
    QDoubleSpinBox *m_pflops = nullptr;
    QCheckBox *m_useDeadline = nullptr;
    QDoubleSpinBox *m_deadline = nullptr;
    QListWidget *m_cards = nullptr;
    QListWidget *m_fabrics = nullptr;
    QListWidget *m_sites = nullptr;
    QLineEdit *m_counts = nullptr;
    QLineEdit *m_oversubscriptions = nullptr;
    QLabel *m_spaceSize = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_apply = nullptr;
    QTableWidget *m_table = nullptr;
    ParetoChart *m_chart = nullptr;
    QWidget *m_settingsPane = nullptr;
    double m_baseCapex = 0;
    double m_baseNpv = 0;
};

} // namespace ccp
