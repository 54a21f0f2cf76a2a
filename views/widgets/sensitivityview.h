// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sensitivity (tornado) as a table: each input with its low and high value — editable, in
// the input's unit — the NPV at each, the swing and the payback at each, and its rank by swing.
// An edit asks for the tornado to be recomputed with the new ranges (rangesChanged); "±20%"
// asks for the default ranges back. Shows data; does no I/O and evaluates nothing.

#include "sensitivity.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace ccp {

class SensitivityView : public QWidget
{
    Q_OBJECT
public:
    explicit SensitivityView(QWidget *parent = nullptr);
    // The ranges in their order (one row each) and the sensitivity computed with them.
    void setSensitivity(const std::vector<decisions::SensitivityRange> &ranges,
                        const decisions::Sensitivity &sensitivity);
    // Sets one row's low and high (lever units) as the planner would, for tests.
    void editRange(int row, double low, double high);

Q_SIGNALS:
    void rangesChanged(const std::vector<ccp::decisions::SensitivityRange> &ranges);
    void defaultsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void emitRanges();

    std::vector<decisions::SensitivityRange> m_ranges;
    decisions::Sensitivity m_sensitivity;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    bool m_filling = false;
};

} // namespace ccp
