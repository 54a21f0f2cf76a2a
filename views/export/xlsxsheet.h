// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the Excel export: cell formats, a sheet writer that sizes columns from their
// content, and the sheets of the decision tools (xlsxdecisions.cpp).

#include "catalog.h"
#include "reporttables.h"
#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <xlsxwriter.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace ccp::xlsx {

inline QString sheetName(QString name)
{
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char(' '));
    return name.left(31);
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *number = nullptr;
    lxw_format *money = nullptr;
    lxw_format *fraction = nullptr;
    lxw_format *rate = nullptr; // a monthly rate: 0.0000%
    lxw_format *moneyBold = nullptr;
    lxw_format *bold = nullptr;
};

// Writes cells, remembering the widest text per column for the column widths.
class Sheet
{
public:
    Sheet(lxw_workbook *book, const QString &name)
        : m_ws(workbook_add_worksheet(book, name.toUtf8().constData()))
    {
    }
    bool valid() const { return m_ws != nullptr; }
    lxw_worksheet *ws() const { return m_ws; }

    void text(int row, int col, const QString &s, lxw_format *f)
    {
        worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), s.toUtf8().constData(), f);
        widen(col, s.size());
    }
    void number(int row, int col, double v, lxw_format *f, int shownChars = 12)
    {
        worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col), v, f);
        widen(col, shownChars);
    }
    void header(const QStringList &labels, lxw_format *f)
    {
        for (int c = 0; c < labels.size(); ++c) {
            worksheet_write_string(m_ws, 0, lxw_col_t(c), labels.at(c).toUtf8().constData(), f);
            widen(c, std::min<qsizetype>(labels.at(c).size(), 24)); // long headers wrap
        }
        worksheet_set_row(m_ws, 0, 32, nullptr);
    }
    // Column widths from the content, capped so that long sources wrap instead.
    void finish(int freezeColumns, double maxWidth = 60)
    {
        for (std::size_t c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c),
                                 std::clamp(m_widths[c] + 2.0, 8.0, maxWidth), nullptr);
        worksheet_freeze_panes(m_ws, 1, lxw_col_t(freezeColumns));
    }

private:
    void widen(int col, qsizetype chars)
    {
        if (std::size_t(col) >= m_widths.size())
            m_widths.resize(std::size_t(col) + 1, 0.0);
        m_widths[std::size_t(col)] = std::max(m_widths[std::size_t(col)], double(chars));
    }
    lxw_worksheet *m_ws;
    std::vector<double> m_widths;
};

inline lxw_format *cellFormat(const Formats &f, CellKind kind)
{
    switch (kind) {
    case CellKind::Text: return f.text;
    case CellKind::Integer: return f.integer;
    case CellKind::Number: return f.number;
    case CellKind::Money: return f.money;
    case CellKind::Fraction: return f.fraction;
    }
    return nullptr;
}

// Writes a figure that may be undefined: the number, or "—" (never 0).
inline void optionalNumber(Sheet &s, int row, int col, const std::optional<double> &v, lxw_format *f)
{
    if (v)
        s.number(row, col, *v, f);
    else
        s.text(row, col, QStringLiteral("—"), nullptr);
}

} // namespace ccp::xlsx

namespace ccp {

// The decision sheets: the comparison of every scenario, and the utilization sweep, breakeven
// map, sensitivity and Monte Carlo of scenario `index`, as the report shows them.
class XlsxDecisions
{
    Q_DECLARE_TR_FUNCTIONS(ccp::XlsxDecisions)
public:
    static QStringList sheetNames();
    static void write(lxw_workbook *book, const xlsx::Formats &f,
                      const std::vector<Scenario> &scenarios, const std::vector<Result> &results,
                      std::size_t index, const Catalog &catalog);
};

} // namespace ccp
