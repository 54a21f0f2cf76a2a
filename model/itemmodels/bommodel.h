// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bill of materials of the current scenario, read-only: servers, switches by tier, NICs,
// optical transceivers, cables, storage, facility (per kW of IT power), installation and
// integration, software platform, and a total row. Quantities come from the result's sizing,
// unit prices from the catalog records (and the scenario's facility cost per kW); the rows add
// up to the result's capex (Result::finance.capex.total()). Columns: item, quantity, unit,
// unit price (CNY), total (CNY). EditRole and Qt::UserRole give raw numbers; price cells whose
// catalog figure is an estimate answer InputModel::IsEstimateRole true and are italic.

#include "scenariotablemodel.h"

#include <QString>

#include <vector>

namespace ccp {

class BomModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        QuantityColumn,
        UnitColumn,
        UnitPriceColumn,
        TotalColumn,
        ColumnCount
    };

    explicit BomModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The total row's amount: the sum of the item rows, CNY.
    double total() const;
    // Header line and one line per row (the total row last), tab-separated, newline-terminated;
    // numbers locale-independent, raw CNY.
    QString toTsv() const;

protected:
    void refresh() override;
    void rebuild() override;

private:
    struct Item
    {
        Item(QString n, double q = 0, QString u = {}, double price = 0)
            : name(std::move(n)), quantity(q), unit(std::move(u)), unitPrice(price)
        {}
        QString name;
        double quantity = 0;
        QString unit;
        double unitPrice = 0;
        double total = 0;
        bool percentQuantity = false; // installation: a share of the equipment capex
        bool estimate = false;        // the unit price is an estimate
        QString source;               // provenance of the price, for the tooltip
        bool isTotal = false;
    };
    std::vector<Item> items() const;

    std::vector<Item> m_items;
};

} // namespace ccp
