// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "tax": corporate income tax on each month's taxable profit (EBIT, or EBIT less
// interest in the equity view), with losses carried forward without limit and used as soon as
// there is profit to offset.

#include <algorithm>

namespace ccp {

class IncomeTax
{
public:
    explicit IncomeTax(double rate) : m_rate(rate) {}

    // Tax due on this month's taxable profit; a loss adds to the losses carried forward.
    double operator()(double taxableProfit)
    {
        if (taxableProfit <= 0) {
            m_losses -= taxableProfit;
            return 0.0;
        }
        const double used = std::min(m_losses, taxableProfit);
        m_losses -= used;
        return m_rate * (taxableProfit - used);
    }

private:
    double m_rate;
    double m_losses = 0;
};

} // namespace ccp
