// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translated names of the yearly statements (statements.h) and of their line items, in the
// terms of a feasibility study (可研): 项目投资现金流量表, 营业收入, 经营成本… for the statements
// table, the report and the workbook. A line item may be named differently in one statement
// (income tax is 调整所得税 in the project statement). Unknown keys give the key itself.

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace ccp {

class StatementLabels
{
    Q_DECLARE_TR_FUNCTIONS(ccp::StatementLabels)
public:
    static QString title(std::string_view statement);
    static QString line(std::string_view statement, std::string_view line);
    // The heading of year y's column: "Year 3"; year 0 is month 0.
    static QString year(int y);
};

} // namespace ccp
