// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The customer segments of the current scenario (demand.segments): name, share, utilization,
// ramp (months), ramp shape, price factor, contract terms, what the segment buys and, for MaaS
// segments, token prices and the daily serving hours. Shares and utilizations are displayed as
// percentages and edited as fractions (EditRole). Rows are appended and removed through
// Project::addSegment / removeSegment; a scenario keeps at least one segment.

#include "arraytablemodel.h"

namespace ccp {

class SegmentsModel : public ArrayTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ShareColumn,
        UtilizationColumn,
        RampMonthsColumn,
        RampShapeColumn,
        PriceFactorColumn,
        ContractMonthsColumn,
        TakeOrPayColumn,
        RenewalProbabilityColumn,
        RenewalPriceFactorColumn,
        AfterTermUtilizationColumn,
        KindColumn,
        PriceInputColumn,
        PriceCachedInputColumn,
        PriceOutputColumn,
        TokenPriceDeclineColumn,
        ServingHoursColumn,
        OffhoursUtilizationColumn,
        ColumnCount
    };

    explicit SegmentsModel(Project *project, QObject *parent = nullptr);

    // Sum of the segments' shares (a fraction; at most 1 in a valid scenario).
    double totalShare() const;

    // Whether a cell means something for its row's kind: the token columns only for MaaS
    // segments, the contract columns only for card-hour (rental, training) segments. A cell
    // that does not apply is blank, disabled and not editable; its tooltip says why.
    bool applies(const QModelIndex &index) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    void appendElement() override;

    void removeElement(int row) override;
    QString appendText() const override;
    QString removeText() const override;
};

} // namespace ccp
