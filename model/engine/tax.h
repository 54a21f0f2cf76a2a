// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stage "tax": corporate income tax on each month's taxable profit (EBIT, or EBIT less
// interest in the equity view), with losses carried forward without limit and used as soon as
// there is profit to offset; and the VAT account of a general taxpayer (一般纳税人): the
// month's output VAT less its input VAT is paid when positive, after the input VAT carried
// forward (留抵) is used up; an excess of input VAT adds to what is carried forward.

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

class VatAccount
{
public:
    // With `refund`, an excess of input VAT is refunded in the month (留抵退税, 财政部 税务总局
    // 公告2022年第14号) instead of carried forward: returned as a negative payment.
    explicit VatAccount(bool refund = false) : m_refund(refund) {}

    // VAT paid on this month's output VAT less input VAT.
    double operator()(double outputLessInput)
    {
        if (m_refund)
            return outputLessInput;
        if (outputLessInput <= m_credit) {
            m_credit -= outputLessInput;
            return 0.0;
        }
        const double paid = outputLessInput - m_credit;
        m_credit = 0;
        return paid;
    }
    double credit() const { return m_credit; }

private:
    bool m_refund;
    double m_credit = 0;
};

} // namespace ccp
