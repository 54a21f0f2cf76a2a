// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a decision lever's value is edited on screen: fractions in percent (like every other
// percent field), the unit as displayed, a sensible number of decimals. Shared by the editors
// of the Monte Carlo inputs and of the sensitivity ranges.

#include "fieldlabels.h"
#include "levers.h"

#include <QString>

namespace ccp::LeverDisplay {

// Display value = lever value × scale.
inline double scale(decisions::LeverId id)
{
    const std::string_view key = decisions::leverInfo(id).key;
    return id == decisions::LeverId::AverageUtilization || FieldLabels::isPercent(key) ? 100.0 : 1.0;
}

inline QString unit(decisions::LeverId id)
{
    if (scale(id) != 1.0)
        return QStringLiteral("%");
    const decisions::LeverInfo &l = decisions::leverInfo(id);
    const QString field = FieldLabels::displayUnit(l.key);
    return field.isEmpty() ? FieldLabels::unit(l.unit) : field;
}

inline int decimals(decisions::LeverId id)
{
    using decisions::LeverId;
    if (scale(id) != 1.0)
        return 1;
    switch (id) {
    case LeverId::CardPrice:
    case LeverId::ServerPrice: return 0;
    case LeverId::ListPrice:
    case LeverId::RampMonths: return 2;
    default: return 3;
    }
}

} // namespace ccp::LeverDisplay
