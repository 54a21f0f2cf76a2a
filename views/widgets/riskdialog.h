// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Monte Carlo dialog: the number of draws, the seed, the correlation of utilization and
// price, a payback target, and the uncertain inputs with their distributions (kind, minimum,
// most likely, maximum, spread), edited in a table in each input's own unit (percent fields in
// percent). It opens with the scenario's stored settings (or the default spreads); an invalid
// row is marked with the reason in words, and Run waits until it is corrected. Run draws in a
// worker thread (on every core) with a progress bar; Cancel stops the draws and keeps nothing.
// The dialog never changes the project: after a run, riskInputs() holds the settings for the
// caller to store (one undo step).

#include "catalog.h"
#include "montecarlo.h"
#include "scenario.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
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
    // The settings as the scenario stores them: inputs left at the default spreads are stored
    // as none, so that they keep following the scenario's own values.
    RiskInputs riskInputs() const;
    // The settings of the form; empty, with the reason in words, while a row is not valid.
    std::optional<decisions::RiskSettings> settings(QString *why) const;

    // Table editing, for the buttons and for tests.
    void addInput();
    void removeInput(int row);
    void resetToDefaults();
    // Sets one row (values in the lever's own unit: fractions as fractions).
    void setInput(int row, const decisions::UncertainInput &input);

    void reject() override;

private:
    void start();
    void finish();
    void fillRow(int row, const decisions::UncertainInput &input);
    std::optional<decisions::UncertainInput> rowInput(int row, QString *why) const;
    void validateRows();
    void inputsEdited();

    Scenario m_scenario;
    Catalog m_catalog;
    bool m_customInputs = false;
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
    QTableWidget *m_inputs = nullptr;
    QLabel *m_rowProblem = nullptr;
    QWidget *m_form = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_run = nullptr;
    bool m_filling = false;
};

} // namespace ccp
