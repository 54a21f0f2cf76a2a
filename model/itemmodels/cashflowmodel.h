// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The cash flows of the current scenario's result, read-only: yearly rows (year 0 is the
// commissioning month 0, then each operating year) or monthly rows (month 0 … horizon).
// Columns: period, utilization, revenue, opex, of which energy, capex, tax, cash flow,
// cumulative. DisplayRole shows money in million CNY (百万元, Format::tableMoney) and utilization as a
// percentage; EditRole and Qt::UserRole give raw values (CNY, fractions, the period number),
// so a proxy sorts numerically and charts can bind to the same model.

#include "result.h"
#include "scenariotablemodel.h"

namespace ccp {

class CashFlowModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        UtilizationColumn,
        RevenueColumn,
        OpexColumn,
        EnergyColumn,
        CapexColumn,
        TaxColumn,
        CashFlowColumn,
        CumulativeColumn,
        ColumnCount
    };

    explicit CashFlowModel(Project *project, QObject *parent = nullptr);

    bool isMonthly() const { return m_monthly; }
    void setMonthly(bool monthly); // resets the model

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Header line and one line per row, tab-separated, newline-terminated; numbers
    // locale-independent (QString::number), money in raw CNY, utilization as a fraction.
    QString toTsv() const;

protected:
    void refresh() override;
    void rebuild() override;

private:
    int currentRows() const;
    double raw(int row, int column) const;
    QString periodLabel(int row) const;

    bool m_monthly = false;
    int m_rows = 0;
};

} // namespace ccp
