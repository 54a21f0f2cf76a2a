// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inference deployment's results beside its inputs (the Inference tab): whether the model
// fits and why not, cards and servers, memory per card, batch, latency and throughput, and the
// economics of selling its tokens (ReportFormat::inferenceFigures and maasFigures, the rows
// the report and the workbook print). Read-only; an undefined figure is "—" with the reason as
// its tooltip. Each value label is named by the figure's result key, e.g.
// "performance.inference.tpot_ms". Shows data; does no I/O.

#include "result.h"
#include "scenario.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace ccp {

struct FigureRow;

class InferenceView : public QWidget
{
    Q_OBJECT
public:
    explicit InferenceView(QWidget *parent = nullptr);
    void setResult(const Scenario &scenario, const Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    static void fill(QFormLayout *form, std::vector<QLabel *> &labels,
                     std::vector<QLabel *> &values, const std::vector<FigureRow> &rows,
                     QWidget *parent);

    Scenario m_scenario;
    Result m_result;
    bool m_hasResult = false;
    QGroupBox *m_deployment = nullptr;
    QGroupBox *m_economics = nullptr;
    QFormLayout *m_deploymentForm = nullptr;
    QFormLayout *m_economicsForm = nullptr;
    std::vector<QLabel *> m_labels[2];
    std::vector<QLabel *> m_values[2];
};

} // namespace ccp
