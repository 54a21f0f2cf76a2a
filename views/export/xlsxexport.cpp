// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexport.h"

#include "format.h"
#include "reportformat.h"
#include "reporttables.h"
#include "safewrite.h"
#include "sweep.h"
#include "statementlabels.h"
#include "xlsxsheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <string_view>

namespace ccp {

using namespace xlsx;

QStringList XlsxExport::sheetNames()
{
    return QStringList{sheetName(tr("Inputs")), sheetName(tr("Bill of materials")),
                       sheetName(tr("Monthly cash flow")), sheetName(tr("Yearly summary"))}
           + XlsxDecisions::sheetNames()
           + QStringList{sheetName(tr("Financial statements")), sheetName(tr("Inference"))};
}

namespace {

QString cellName(int row, int col)
{
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, lxw_row_t(row), lxw_col_t(col));
    return QString::fromLatin1(name);
}

// The six yearly statements one below the other: a title row, then one row per line item
// (its key, its name, one column per year, in CNY). The balance sheet's "liabilities and
// equity" and a balance check are formulas, so that a spreadsheet recomputes them.
void writeStatements(lxw_workbook *book, const Formats &f, const QString &name, const Result &r)
{
    Sheet s(book, name);
    const Statements &st = r.statements;
    QStringList header{XlsxExport::tr("Key"), XlsxExport::tr("Item (CNY)")};
    for (const int y : st.years)
        header << StatementLabels::year(y);
    s.header(header, f.header);
    int row = 1;
    for (const Statement &statement : st.tables) {
        s.text(row, 0, QString::fromLatin1(statement.key), f.bold);
        s.text(row, 1, StatementLabels::title(statement.key), f.bold);
        ++row;
        std::map<std::string_view, int> rows;
        for (const StatementLine &line : statement.lines) {
            rows[line.key] = row;
            s.text(row, 0, QString::fromLatin1(line.key), f.text);
            s.text(row, 1, QString(2 * line.level, QLatin1Char(' '))
                               + StatementLabels::line(statement.key, line.key),
                   line.level == 0 ? f.bold : f.text);
            const bool formula = std::string_view(line.key) == "liabilities_and_equity_cny";
            for (std::size_t y = 0; y < line.values.size(); ++y) {
                const int col = 2 + int(y);
                const double v = line.values[y].cnyValue();
                lxw_format *fmt = line.level == 0 ? f.moneyBold : f.money;
                if (formula) {
                    const QByteArray sum = QStringLiteral("=%1+%2")
                                               .arg(cellName(rows["liabilities_cny"], col),
                                                    cellName(rows["equity_cny"], col))
                                               .toLatin1();
                    worksheet_write_formula_num(s.ws(), lxw_row_t(row), lxw_col_t(col),
                                                sum.constData(), fmt, v);
                } else {
                    s.number(row, col, v, fmt, 14);
                }
            }
            ++row;
        }
        if (std::string_view(statement.key) == "balance_sheet") {
            s.text(row, 0, QStringLiteral("balance_check_cny"), f.text);
            s.text(row, 1, XlsxExport::tr("Assets − liabilities − equity (0 when balanced)"), f.text);
            for (std::size_t y = 0; y < st.years.size(); ++y) {
                const int col = 2 + int(y);
                const QByteArray check = QStringLiteral("=%1-%2-%3")
                                             .arg(cellName(rows["assets_cny"], col),
                                                  cellName(rows["liabilities_cny"], col),
                                                  cellName(rows["equity_cny"], col))
                                             .toLatin1();
                const double v = (statement.line("assets_cny")->values[y]
                                  - statement.line("liabilities_cny")->values[y]
                                  - statement.line("equity_cny")->values[y]).cnyValue();
                worksheet_write_formula_num(s.ws(), lxw_row_t(row), lxw_col_t(col),
                                            check.constData(), f.number, v);
            }
            ++row;
        }
        ++row; // a blank row between statements
    }
    s.finish(2, 60);
}

// The inference deployment and the MaaS figures (key, figure, value, unit, why undefined), then
// the cost per million tokens against the average sold utilization.
void writeInference(lxw_workbook *book, const Formats &f, const QString &name,
                    const Scenario &scenario, const Catalog &catalog, const Result &result)
{
    Sheet s(book, name);
    s.header({XlsxExport::tr("Key"), XlsxExport::tr("Figure"), XlsxExport::tr("Value"),
              XlsxExport::tr("Unit"), XlsxExport::tr("Note")},
             f.header);
    int row = 1;
    std::vector<FigureRow> rows = ReportFormat::inferenceFigures(scenario, result);
    for (FigureRow &r : ReportFormat::maasFigures(result))
        rows.push_back(std::move(r));
    for (const FigureRow &r : rows) {
        s.text(row, 0, QLatin1String(r.key), f.text);
        s.text(row, 1, r.label, f.text);
        if (r.number)
            s.number(row, 2, *r.number, r.percent ? f.fraction : f.number);
        else
            s.text(row, 2, r.value, f.text);
        s.text(row, 3, r.number ? r.unit : QString(), f.text);
        s.text(row, 4, r.note, f.text);
        ++row;
    }
    const decisions::TokenCostSweep sweep = decisions::sweepTokenCost(scenario, catalog);
    if (!sweep.points.empty()) {
        ++row;
        s.text(row, 1, XlsxExport::tr("Average sold utilization"), f.header);
        s.text(row, 2, XlsxExport::tr("Cost (CNY per million tokens)"), f.header);
        ++row;
        for (const decisions::TokenCostPoint &p : sweep.points) {
            s.number(row, 1, p.utilization, f.fraction);
            if (p.costCnyPerMillionTokens)
                s.number(row, 2, *p.costCnyPerMillionTokens, f.number);
            else
                s.text(row, 2, Format::undefined(), f.text);
            ++row;
        }
    }
    s.finish(2, 60);
}

} // namespace

std::optional<QString> XlsxExport::write(const Scenario &scenario, const Catalog &catalog,
                                         const Result &result, const QString &path)
{
    return write(std::vector<Scenario>{scenario}, std::vector<Result>{result}, 0, catalog, path);
}

std::optional<QString> XlsxExport::write(const std::vector<Scenario> &scenarios,
                                         const std::vector<Result> &results, std::size_t index,
                                         const Catalog &catalog, const QString &path)
{
    const Scenario &scenario = scenarios.at(index);
    const Result &result = results.at(index);
    const QString file = QDir::toNativeSeparators(path);
    // libxlsxwriter writes to a file name: build the workbook in a temporary file beside the
    // target (SafeWrite's name, removed by the next save there if this process is killed),
    // then sync it and rename it over the target. libxlsxwriter's own scratch files are
    // unlinked as soon as they are created.
    QString target;
    if (auto e = SafeWrite::resolveTarget(path, &target))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    const QString dir = QFileInfo(target).absolutePath();
    QString tmpFile;
    if (auto e = SafeWrite::createTemp(dir, &tmpFile))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    struct Remove
    {
        QString path;
        ~Remove()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } guard{tmpFile};
    if (QFileInfo::exists(target))
        QFile::setPermissions(tmpFile, QFile::permissions(target));
    const QByteArray tmpTmpDir = QFile::encodeName(dir);

    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmpTmpDir.constData());
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(tmpFile).constData(), &options);
    if (!book)
        return tr("Cannot write “%1”: the workbook could not be created").arg(file);

    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE5EE);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.text = nullptr;
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.integer = workbook_add_format(book);
    format_set_num_format(f.integer, "#,##0");
    f.number = workbook_add_format(book);
    format_set_num_format(f.number, "#,##0.00");
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0");
    f.fraction = workbook_add_format(book);
    format_set_num_format(f.fraction, "0.0%");
    f.bold = workbook_add_format(book);
    format_set_bold(f.bold);
    f.moneyBold = workbook_add_format(book);
    format_set_num_format(f.moneyBold, "#,##0");
    format_set_bold(f.moneyBold);

    const QStringList names = sheetNames();

    // Inputs.
    {
        Sheet s(book, names.at(0));
        s.header({tr("Key"), tr("Label"), tr("Value"), tr("Unit"), tr("Source"), tr("Estimate")}, f.header);
        int row = 1;
        for (const InputRow &r : ReportTables::inputs(scenario, catalog, result)) {
            s.text(row, 0, QString::fromStdString(r.key), f.text);
            s.text(row, 1, r.label, f.text);
            if (r.isNumber) {
                lxw_format *fmt = r.percent ? f.fraction
                                  : r.unit.startsWith(QLatin1String("CNY")) && std::abs(r.number) >= 1000 ? f.integer
                                                                                 : nullptr;
                s.number(row, 2, r.number, fmt);
            } else {
                s.text(row, 2, r.text, f.text);
            }
            s.text(row, 3, r.unit, f.text);
            s.text(row, 4, r.source, f.text);
            if (r.estimate)
                s.text(row, 5, tr("yes"), f.text);
            ++row;
        }
        s.finish(1);
    }
    // Bill of materials.
    {
        Sheet s(book, names.at(1));
        s.header({tr("Item"), tr("Specification"), tr("Quantity"), tr("Unit"),
                  tr("Unit price (CNY)"), tr("Total (CNY)"), tr("Estimate")},
                 f.header);
        int row = 1;
        for (const BomRow &b : ReportTables::billOfMaterials(scenario, catalog, result)) {
            s.text(row, 0, b.item, f.text);
            s.text(row, 1, b.record, f.text);
            s.number(row, 2, b.quantity, std::abs(b.quantity - std::round(b.quantity)) < 1e-9 ? f.integer : f.number);
            s.text(row, 3, b.unit, f.text);
            if (b.unitPriceCny)
                s.number(row, 4, *b.unitPriceCny, f.money);
            s.number(row, 5, b.totalCny, f.money, 14);
            if (b.estimate)
                s.text(row, 6, tr("yes"), f.text);
            ++row;
        }
        s.text(row, 0, tr("Total capital expenditure"), f.bold);
        const QByteArray formula = QStringLiteral("=SUM(F2:F%1)").arg(row).toLatin1();
        worksheet_write_formula_num(s.ws(), lxw_row_t(row), 5, formula.constData(), f.moneyBold,
                                    result.finance.capex.total().cnyValue());
        s.finish(1);
    }
    // Monthly cash flow.
    {
        Sheet s(book, names.at(2));
        const std::vector<MonthlyColumn> cols = ReportTables::monthlyColumns();
        QStringList headers;
        for (const MonthlyColumn &c : cols)
            headers << c.header;
        s.header(headers, f.header);
        int row = 1;
        for (const MonthRow &m : result.monthly) {
            for (int c = 0; c < int(cols.size()); ++c)
                s.number(row, c, cols[std::size_t(c)].value(m), cellFormat(f, cols[std::size_t(c)].kind));
            ++row;
        }
        s.finish(1, 20);
    }
    // Yearly summary.
    {
        Sheet s(book, names.at(3));
        const std::vector<YearlyColumn> cols = ReportTables::yearlyColumns();
        QStringList headers;
        for (const YearlyColumn &c : cols)
            headers << c.header;
        s.header(headers, f.header);
        int row = 1;
        for (const YearRow &y : result.yearly) {
            for (int c = 0; c < int(cols.size()); ++c)
                s.number(row, c, cols[std::size_t(c)].value(y), cellFormat(f, cols[std::size_t(c)].kind));
            ++row;
        }
        s.finish(1, 20);
    }

    XlsxDecisions::write(book, f, scenarios, results, index, catalog);
    writeStatements(book, f, names.at(names.size() - 2), result);
    writeInference(book, f, names.last(), scenario, catalog, result);

    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR)
        return tr("Cannot write “%1”: %2").arg(file, QString::fromUtf8(lxw_strerror(err)));
    if (auto e = SafeWrite::sync(tmpFile))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    if (auto e = SafeWrite::rename(tmpFile, target))
        return tr("Cannot write “%1”: %2").arg(file, *e);
    guard.path.clear();
    SafeWrite::syncDirectory(dir);
    return std::nullopt;
}

} // namespace ccp
