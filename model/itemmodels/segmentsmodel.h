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

protected:
    void appendElement() override;
    void removeElement(int row) override;
    QString appendText() const override;
    QString removeText() const override;
};

} // namespace ccp
