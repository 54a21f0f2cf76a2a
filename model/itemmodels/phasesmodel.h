// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The build phases of the current scenario (cluster.phases): month and share of the cards
// bought then (a percentage on display, a fraction in EditRole). No rows means everything is
// built at month 0. Appending goes through Project::addPhase, which splits the last phase (or,
// with no phases yet, creates two); removing through Project::removePhase, which gives the
// removed share to the first phase.

#include "arraytablemodel.h"

namespace ccp {

class PhasesModel : public ArrayTableModel
{
    Q_OBJECT
public:
    enum Column { MonthColumn, ShareColumn, ColumnCount };

    explicit PhasesModel(Project *project, QObject *parent = nullptr);

    // Sum of the phases' shares (1 in a valid scenario with phases; 0 without).
    double totalShare() const;

protected:
    void appendElement() override;
    void removeElement(int row) override;
    QString appendText() const override;
    QString removeText() const override;
};

} // namespace ccp
