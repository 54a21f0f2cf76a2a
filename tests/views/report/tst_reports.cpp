// SPDX-License-Identifier: GPL-3.0-or-later
// The report writers of the views layer, headless: the PDF report of the example project in
// English and with a Chinese locale (text read back with pdftotext, fonts with pdffonts, pages
// with pdfinfo from poppler-utils), the xlsx export (read back with unzip) and the CSV export
// (read back with an RFC 4180 parser). Printed key figures must be exactly the strings
// ReportFormat makes and agree with the eval JSON values within their rounding.

#include "catalogstore.h"
#include "csvexport.h"
#include "evaluate.h"
#include "examples.h"
#include "pdfreport.h"
#include "format.h"
#include "reportformat.h"
#include "reportlayout.h"
#include "reporttables.h"
#include "statementlabels.h"
#include "resultjson.h"
#include "scenariojson.h"
#include "xlsxexport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "../../earningexample.h"

#include <QTest>

#include <cmath>
#include <map>

using namespace ccp;

namespace {

struct Tool
{
    bool ok = false;
    QByteArray out;
};

Tool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    // The tools' own output in the C locale: the suite also runs under de_DE (decimal comma),
    // where LibreOffice would write "0,08" into the CSV files this test parses.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Tool t;
    if (!p.waitForStarted(30000) || !p.waitForFinished(60000))
        return t;
    t.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    t.out = p.readAllStandardOutput();
    return t;
}

// Text of a PDF with every run of white space (line breaks included) as one space.
QString pdfText(const QString &path)
{
    const Tool t = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    // Not normalized: the text must carry the real ideographs (no Kangxi radicals, checked by
    // chineseTextIsIdeographs).
    QString s = QString::fromUtf8(t.out);
    s.replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]+")), QStringLiteral(" "));
    return s;
}

int pdfPages(const QString &path)
{
    const Tool t = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(t.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// RFC 4180: fields separated by commas, records by CRLF; quoted fields may hold commas, line
// breaks and doubled quotes.
std::vector<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes);
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records.push_back(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records.push_back(record);
    }
    return records;
}

bool close(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

// The number in a formatted figure, in the C locale ("CNY 1,234.5 million" → 1234.5).
double leadingNumber(const QString &s)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("-?[0-9][0-9,]*(\\.[0-9]+)?")).match(s);
    return m.hasMatch() ? QString(m.captured(0)).remove(QLatin1Char(',')).toDouble() : std::nan("");
}

// A CSV line of LibreOffice's export split into cells (quoted cells may hold commas).
QStringList csvCells(const QByteArray &line)
{
    QStringList cells{QString()};
    bool quoted = false;
    for (const QChar c : QString::fromUtf8(line)) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            cells << QString();
        else
            cells.last() += c;
    }
    return cells;
}

// A number of LibreOffice's CSV export: a percent-formatted cell keeps its "%" even at full
// precision ("23.2194632453586%").
double cellNumber(const QString &cell, bool *ok = nullptr)
{
    const bool percent = cell.endsWith(QLatin1Char('%'));
    return QString(cell).remove(QLatin1Char('%')).toDouble(ok) / (percent ? 100.0 : 1.0);
}

// The rows of one sheet of LibreOffice's CSV export.
std::vector<QStringList> csvSheet(const QString &file)
{
    QFile f(file);
    std::vector<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.isEmpty())
            rows.push_back(csvCells(line));
    return rows;
}

// The first cell of a recalculated sheet (header row first) that differs from the engine's
// row values by more than 1e-6 (relative): "row, key: got, expected"; empty when none does.
template<typename Column, typename Row>
QString columnMismatch(const std::vector<QStringList> &sheet, const std::vector<Column> &cols,
                       const std::vector<Row> &rows)
{
    for (std::size_t c = 0; c < cols.size(); ++c) {
        for (std::size_t i = 0; i < rows.size() && i + 1 < sheet.size(); ++i) {
            const double expected = cols[c].value(rows[i]);
            const double got = cellNumber(sheet[i + 1].value(qsizetype(c)));
            if (std::abs(got - expected) > 1e-6 * std::max(1.0, std::max(std::abs(got), std::abs(expected))))
                return QStringLiteral("%1, %2: %3, expected %4")
                    .arg(i).arg(QLatin1String(cols[c].key)).arg(got, 0, 'g', 15).arg(expected, 0, 'g', 15);
        }
    }
    return {};
}

// Opens an xlsx in LibreOffice headless with a fresh profile that recalculates every formula
// on load (Tools > Options > Calc > Formula > "Recalculation on file load": always), and
// writes every sheet as <outDir>/<base>-<sheet>.csv with full-precision values.
bool recalculateToCsv(const QString &xlsx, const QString &outDir, const QString &profile)
{
    QDir().mkpath(profile + QStringLiteral("/user"));
    QFile registry(profile + QStringLiteral("/user/registrymodifications.xcu"));
    if (!registry.open(QIODevice::WriteOnly))
        return false;
    registry.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    registry.close();
    return runTool(QStringLiteral("soffice"),
                   {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
                    QStringLiteral("--convert-to"),
                    QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
                    QStringLiteral("--outdir"), outDir, xlsx})
        .ok;
}

class ExtraSection : public ReportSection
{
public:
    QString title() const override { return QStringLiteral("Tornado of the NPV"); }
    void write(ReportLayout &layout, const ReportContext &context) const override
    {
        layout.paragraph(QStringLiteral("Extension content for %1 scenarios.").arg(context.results.size()));
    }
};

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    ProjectData m_project;
    std::vector<Result> m_results;
    QTemporaryDir m_dir;
    QString m_english; // the English report of the example project

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The example's scenario that serves a model (Qingyang); size() when there is none.
    std::size_t inferenceScenario() const
    {
        for (std::size_t i = 0; i < m_project.scenarios.size(); ++i)
            if (!m_project.scenarios[i].inference.model.empty())
                return i;
        return m_project.scenarios.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo", "unzip"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        QVERIFY(!CatalogStore::builtin(m_catalog));
        QVERIFY(!ScenarioJson::readProject(Examples::exampleProjectJson(), m_catalog,
                                           QStringLiteral("example"), m_project));
        // The first scenario as a project that earns, with a payback and breakevens.
        m_project.scenarios[0] = test::earningExample(m_project.scenarios[0]);
        QVERIFY(m_project.scenarios.size() >= 3);
        for (const Scenario &s : m_project.scenarios)
            m_results.push_back(evaluate(s, m_catalog));
        m_english = path(QStringLiteral("report-en.pdf"));
        ReportOptions options;
        options.author = QStringLiteral("Test Author");
        options.date = QDate(2025, 3, 14);
        const auto e = PdfReport::write(m_project, m_catalog, m_results, m_english, options);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    // Every key figure of the summary is printed exactly as ReportFormat formats it.
    void englishKeyFigures()
    {
        const QString text = pdfText(m_english);
        QVERIFY(!text.isEmpty());
        for (const KeyFigure &k : ReportFormat::keyFigures(m_project.scenarios[0], m_results[0]))
            QVERIFY2(text.contains(k.label + QLatin1Char(' ') + k.value),
                     qPrintable(k.label + QStringLiteral(": ") + k.value));
        QVERIFY(text.contains(ReportFormat::verdict(m_project.scenarios[0], m_results[0])));
        QVERIFY(text.contains(QStringLiteral("Test Author")));
        QVERIFY(text.contains(QStringLiteral("Data: Epoch AI, Machine Learning Hardware, epoch.ai (CC BY 4.0)")));
        for (const char *heading : {"1 Executive summary", "2 Inputs and sources", "3 Bill of materials",
                                    "4 Sizing, network and power", "5 Effective performance",
                                    "6 Utilization, payback and cash flows", "7 Yearly cash flow",
                                    "8 Scenario comparison", "Appendix: methodology and sources"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        QVERIFY(!text.contains(QStringLiteral("Sensitivity and risk")));
        QVERIFY(text.contains(ReportTables::estimateMark()));
    }

    // The printed figures agree with the eval JSON values within the printed rounding.
    void figuresMatchEvalJson()
    {
        const QJsonObject json = ResultJson::write(m_project.scenarios[0], m_results[0]);
        const QJsonObject f = json.value(QStringLiteral("finance")).toObject();
        const FinanceResult &r = m_results[0].finance;
        const QString text = pdfText(m_english);

        const QString capex = Format::money(r.capex.total().cnyValue());
        QVERIFY(text.contains(capex));
        QVERIFY(std::abs(leadingNumber(capex) * 1e6 - f.value(QStringLiteral("capex_cny")).toDouble()) <= 0.05e6 + 1);
        const QString npv = Format::money(r.npv.cnyValue());
        QVERIFY(text.contains(npv));
        QVERIFY(std::abs(leadingNumber(npv) * 1e6 - f.value(QStringLiteral("npv_cny")).toDouble()) <= 0.05e6 + 1);
        QVERIFY(r.irr.has_value());
        const QString irr = Format::percent(r.irr);
        QVERIFY(text.contains(irr));
        QVERIFY(std::abs(leadingNumber(irr) / 100 - f.value(QStringLiteral("irr")).toDouble()) <= 0.0005 + 1e-12);
        QVERIFY(r.paybackMonths.has_value());
        const QString payback = Format::years(r.paybackMonths);
        QVERIFY(text.contains(payback));
        QVERIFY(std::abs(leadingNumber(payback) - f.value(QStringLiteral("payback_months")).toDouble() / 12) <= 0.05 + 1e-12);
        const QString breakeven = Format::percent(r.breakevenUtilization);
        QVERIFY(text.contains(breakeven));
        QVERIFY(std::abs(leadingNumber(breakeven) / 100 - f.value(QStringLiteral("breakeven_utilization")).toDouble()) <= 0.0005 + 1e-12);
        const QString pflops = Format::number(m_results[0].performance.nameplatePflopsBf16, 1);
        QVERIFY(text.contains(pflops + QStringLiteral(" PFLOPS")));
    }

    void pagesHeadersAndFonts()
    {
        const int pages = pdfPages(m_english);
        // The statements appendix takes about six pages.
        QVERIFY2(pages >= 10 && pages <= 32, qPrintable(QString::number(pages)));
        const QString text = pdfText(m_english);
        QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of"))); // the title page has no number
        QCOMPARE(text.count(PdfReport::title()), pages - 1 + 1); // running header + title page

        const Tool fonts = runTool(QStringLiteral("pdffonts"), {m_english});
        QVERIFY(fonts.ok);
        bool embeddedCjk = false;
        for (const QString &line : QString::fromUtf8(fonts.out).split(QLatin1Char('\n'))) {
            if ((line.contains(QLatin1String("CJK")) || line.contains(QLatin1String("Noto"))
                 || line.contains(QLatin1String("WenQuanYi")))
                && line.contains(QLatin1String(" yes ")))
                embeddedCjk = true;
        }
        QVERIFY2(embeddedCjk, fonts.out.constData());
    }

    void chineseReport()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString file = path(QStringLiteral("report-zh.pdf"));
        const auto e = PdfReport::write(m_project, m_catalog, m_results, file, {});
        const QString projectName = PdfReport::projectName(m_project);
        const std::vector<KeyFigure> figures = ReportFormat::keyFigures(m_project.scenarios[0], m_results[0]);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const QString text = pdfText(file);
        QCOMPARE(projectName, m_project.nameZh);
        QVERIFY(text.contains(projectName));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]{3}"))));
        for (const KeyFigure &k : figures)
            QVERIFY2(text.contains(k.value), qPrintable(k.value));
        const int pages = pdfPages(file);
        QVERIFY(pages >= 10 && pages <= 32);
        // The real ideographs, never their look-alike Kangxi radicals (U+2E80–U+2FDF): a
        // reviewer's search for 方案 or 项目 must find them.
        static const QRegularExpression radical(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
        const QRegularExpressionMatch m = radical.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("radical %1 in \"%2\"")
                                               .arg(m.captured(0), text.mid(std::max<qsizetype>(0, m.capturedStart() - 20), 40))));
        QVERIFY(text.contains(QStringLiteral("方案")) || text.contains(QStringLiteral("项目")));
        QVERIFY(text.contains(QStringLiteral("用")));
    }

    // One scenario: no comparison; the decisions section always; an extension: its section,
    // numbered after the others.
    void sectionsOnDemand()
    {
        ProjectData single = m_project;
        single.scenarios.resize(1);
        const std::vector<Result> one{m_results[0]};
        ReportOptions options;
        options.extensions.push_back(std::make_shared<ExtraSection>());
        const QString file = path(QStringLiteral("single.pdf"));
        const auto e = PdfReport::write(single, m_catalog, one, file, options);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const QString text = pdfText(file);
        QVERIFY(!text.contains(QStringLiteral("Scenario comparison")));
        QVERIFY(text.contains(QStringLiteral("8 Decisions under uncertainty")));
        QVERIFY(text.contains(QStringLiteral("8.1 Payback against utilization")));
        QVERIFY(text.contains(QStringLiteral("8.2 Breakeven map")));
        QVERIFY(text.contains(QStringLiteral("8.3 Sensitivity")));
        QVERIFY(text.contains(QStringLiteral("8.4 Range of outcomes (Monte Carlo)")));
        QVERIFY(text.contains(QStringLiteral("10,000 draws (seed 1)")));
        QVERIFY(text.contains(QStringLiteral("9 Further analyses")));
        QVERIFY(text.contains(QStringLiteral("9.1 Tornado of the NPV")));
        QVERIFY(text.contains(QStringLiteral("Extension content for 1 scenarios.")));
    }

    // Another main scenario: its figures in the summary, every scenario in the comparison.
    void otherMainScenario()
    {
        ReportOptions options;
        options.scenario = 2;
        const QString file = path(QStringLiteral("main2.pdf"));
        QVERIFY(!PdfReport::write(m_project, m_catalog, m_results, file, options));
        const QString text = pdfText(file);
        for (const KeyFigure &k : ReportFormat::keyFigures(m_project.scenarios[2], m_results[2]))
            QVERIFY2(text.contains(k.label + QLatin1Char(' ') + k.value), qPrintable(k.value));
        QVERIFY(text.contains(QString::fromStdString(m_project.scenarios[2].name) + QStringLiteral(" *")));
    }

    // A project of many scenarios: the report keeps the monthly rows of the charted ones only
    // (dropRows on the others, as `ccplanner report` does while it evaluates), tables the key
    // figures of all of them, five to a table, and lists a dozen on the title page.
    void manyScenarios()
    {
        ProjectData many = m_project;
        many.scenarios.clear();
        std::vector<Result> results;
        const int n = 23;
        const int main = 7;
        for (int i = 0; i < n; ++i) {
            Scenario s = m_project.scenarios[std::size_t(i) % m_project.scenarios.size()];
            s.name = "Variant " + std::to_string(i + 1);
            s.nameZh.clear();
            s.cluster.cards += 8 * i;
            many.scenarios.push_back(s);
            results.push_back(evaluate(s, m_catalog));
            if (!PdfReport::needsRows(i, main))
                dropRows(results.back());
        }
        int kept = 0;
        for (const Result &r : results)
            kept += r.monthly.empty() ? 0 : 1;
        QCOMPARE(kept, PdfReport::kChartedScenarios);
        QVERIFY(PdfReport::needsRows(main, main));
        QVERIFY(!PdfReport::needsRows(n - 1, main));

        ReportOptions options;
        options.scenario = main;
        const QString file = path(QStringLiteral("many.pdf"));
        const auto e = PdfReport::write(many, m_catalog, results, file, options);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const QString text = pdfText(file);
        for (int i = 0; i < n; ++i) {
            const QString name = QStringLiteral("Variant %1").arg(i + 1);
            QVERIFY2(text.contains(name + (i == main ? QStringLiteral(" *") : QStringLiteral(" "))), qPrintable(name));
            // Every scenario's NPV in the comparison tables, rows dropped or not.
            const KeyFigure npv = ReportFormat::keyFigures(many.scenarios[std::size_t(i)], results[std::size_t(i)]).at(1);
            QVERIFY2(text.contains(npv.value), qPrintable(name + QStringLiteral(": ") + npv.value));
        }
        QVERIFY2(text.contains(QStringLiteral("and 12 more")), "the title page lists 11 and says how many more");
        QVERIFY2(text.contains(QStringLiteral("the first 5 others; the table above holds all 23")), "the chart says whom it draws");

        // The workbook: the sheet sets of twelve (the chosen one and the first eleven others,
        // numbered by their place in the project), the comparison of all 23.
        const QStringList names = XlsxExport::sheetNames(std::size_t(n), std::size_t(main));
        QCOMPARE(names.size(), qsizetype(7 * XlsxExport::kScenariosInFull + 5));
        QVERIFY(names.contains(QStringLiteral("8 Inputs")) && names.contains(QStringLiteral("12 Inputs")));
        QVERIFY(!names.contains(QStringLiteral("13 Inputs")) && !names.contains(QStringLiteral("23 Inputs")));
        for (int i = 0; i < n; ++i) {
            if (XlsxExport::writtenInFull(std::size_t(i), std::size_t(main)))
                results[std::size_t(i)] = evaluate(many.scenarios[std::size_t(i)], m_catalog);
            else
                dropRows(results[std::size_t(i)]);
        }
        const QString xlsx = path(QStringLiteral("many.xlsx"));
        const auto x = XlsxExport::write(many.scenarios, results, std::size_t(main), m_catalog, xlsx);
        QVERIFY2(!x, qPrintable(x.value_or(QString())));
        const QString workbook = QString::fromUtf8(
            runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")}).out);
        QCOMPARE(workbook.count(QStringLiteral("<sheet ")), names.size());
        const QString strings = QString::fromUtf8(
            runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}).out);
        QVERIFY2(strings.contains(QStringLiteral("Variant 23")), "the comparison lists every scenario");
    }

    // The report of the scenario that sells tokens: its inference section with the deployment,
    // throughput and MaaS figures as ReportFormat formats them, the chart's title, and the
    // model's catalog entry with its source.
    void inferenceSection()
    {
        const std::size_t q = inferenceScenario();
        QVERIFY(q < m_project.scenarios.size());
        ReportOptions options;
        options.scenario = int(q);
        const QString file = path(QStringLiteral("inference.pdf"));
        QVERIFY(!PdfReport::write(m_project, m_catalog, m_results, file, options));
        const QString text = pdfText(file);
        QVERIFY(text.contains(QStringLiteral("6 Inference (model as a service)")));
        QVERIFY(text.contains(QStringLiteral("Cost per million tokens against utilization")));
        std::vector<FigureRow> rows = ReportFormat::inferenceFigures(m_project.scenarios[q], m_results[q]);
        for (FigureRow &r : ReportFormat::maasFigures(m_project.scenarios[q], m_results[q]))
            rows.push_back(std::move(r));
        int checked = 0;
        for (const FigureRow &r : rows) {
            if (!r.number)
                continue;
            QVERIFY2(text.contains(r.label + QLatin1Char(' ') + r.value), qPrintable(r.label + QStringLiteral(": ") + r.value));
            ++checked;
        }
        QVERIFY(checked >= 20);
        const LlmModel *model = m_catalog.model(m_project.scenarios[q].inference.model);
        QVERIFY(model);
        QVERIFY(text.contains(QString::fromStdString(model->name)));
        QVERIFY(text.contains(QString::fromStdString(model->provenance.source).left(30)));
    }

    void pdfErrors()
    {
        const auto e = PdfReport::write(m_project, m_catalog, m_results,
                                        QStringLiteral("/nonexistent-dir/report.pdf"));
        QVERIFY(e);
        QVERIFY(e->contains(QStringLiteral("/nonexistent-dir/report.pdf")));
        ReportOptions bad;
        bad.scenario = 99;
        QVERIFY(PdfReport::write(m_project, m_catalog, m_results, path(QStringLiteral("x.pdf")), bad));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
    }

    void xlsxReadBack()
    {
        const QString file = path(QStringLiteral("export.xlsx"));
        const auto e = XlsxExport::write(m_project.scenarios[0], m_catalog, m_results[0], file);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const auto part = [&file](const char *name) {
            return QString::fromUtf8(runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QString::fromLatin1(name)}).out);
        };
        const QString workbook = part("xl/workbook.xml");
        for (const QString &name : XlsxExport::sheetNames())
            QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(name)), qPrintable(name));
        QCOMPARE(XlsxExport::sheetNames(),
                 QStringList({QStringLiteral("Inputs"), QStringLiteral("Bill of materials"),
                              QStringLiteral("Monthly cash flow"), QStringLiteral("Yearly summary"),
                              QStringLiteral("Indicators"), QStringLiteral("Financial statements"),
                              QStringLiteral("Inference"), QStringLiteral("Comparison"),
                              QStringLiteral("Payback vs utilization"), QStringLiteral("Breakeven map"),
                              QStringLiteral("Sensitivity"), QStringLiteral("Monte Carlo")}));
        const QString strings = part("xl/sharedStrings.xml");
        QVERIFY(strings.contains(QStringLiteral("Revenue (CNY)")));
        QVERIFY(strings.contains(QStringLiteral("cluster.cards")));
        const QString inputs = part("xl/worksheets/sheet1.xml");
        QVERIFY(inputs.contains(QStringLiteral("<pane ")));
        const QString monthly = part("xl/worksheets/sheet3.xml");
        QCOMPARE(int(monthly.count(QStringLiteral("<row "))), m_project.scenarios[0].horizonMonths + 2);
        QVERIFY(monthly.contains(QStringLiteral("state=\"frozen\"")));
        const QString yearly = part("xl/worksheets/sheet4.xml");
        QCOMPARE(int(yearly.count(QStringLiteral("<row "))), int(m_results[0].yearly.size()) + 1);
        // The capex of month 0 as a number cell.
        const QRegularExpression capexCell(QStringLiteral("<c r=\"K2\"[^>]*><v>([^<]+)</v>"));
        const QRegularExpressionMatch m = capexCell.match(monthly);
        QVERIFY(m.hasMatch());
        QVERIFY(close(m.captured(1).toDouble(), m_results[0].monthly[0].capex.cnyValue()));
        // The six statements, one block each, with the balance sheet's formulas.
        const QString statements = part("xl/worksheets/sheet6.xml");
        QVERIFY(statements.contains(QStringLiteral("state=\"frozen\"")));
        int lines = 0;
        for (const Statement &st : m_results[0].statements.tables) {
            QVERIFY2(strings.contains(StatementLabels::title(st.key)), st.key);
            lines += int(st.lines.size()) + 1; // a title row; the blank row after is not written
        }
        QCOMPARE(int(statements.count(QStringLiteral("<row "))), 1 + lines + 1); // + the balance check
        QCOMPARE(int(statements.count(QStringLiteral("<f>"))), 2 * int(m_results[0].statements.years.size()));
    }

    // The inference sheet of the scenario that sells tokens: every deployment and MaaS figure
    // by its key, numbers as numbers, then the cost curve (51 utilizations).
    void xlsxInferenceSheet()
    {
        const std::size_t q = inferenceScenario();
        QVERIFY(q < m_project.scenarios.size());
        const QString file = path(QStringLiteral("inference.xlsx"));
        const auto e = XlsxExport::write(m_project.scenarios, m_results, q, m_catalog, file);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const auto part = [&file](const QString &name) {
            return QString::fromUtf8(runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), file, name}).out);
        };
        const QString strings = part(QStringLiteral("xl/sharedStrings.xml"));
        for (const char *key : {"performance.inference.tpot_ms",
                                "performance.inference.output_tokens_per_s_per_server",
                                "performance.inference.tokens_per_s_per_mw",
                                "finance.cost_per_million_tokens_cny",
                                "finance.maas_gross_margin",
                                "finance.breakeven_token_price_factor"})
            QVERIFY2(strings.contains(QLatin1String(key)), key);
        // The inference sheet of scenario q: the 7th of its set of seven.
        const QString sheet = part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(7 * q + 7));
        QVERIFY(XlsxExport::sheetNames(m_project.scenarios.size()).at(qsizetype(7 * q + 6)).endsWith(QLatin1String("Inference")));
        const int figures = int(ReportFormat::inferenceFigures(m_project.scenarios[q], m_results[q]).size()
                                + ReportFormat::maasFigures(m_project.scenarios[q], m_results[q]).size());
        // Header, the figures, a blank row (not written), the curve's header and 51 points.
        QCOMPARE(int(sheet.count(QStringLiteral("<row "))), 1 + figures + 1 + 51);
        // The cost per million tokens as a number cell equal to the engine's.
        const QRegularExpression cell(QStringLiteral("<c r=\"C(\\d+)\"[^>]*><v>([^<]+)</v>"));
        bool found = false;
        QStringList seen;
        for (const QRegularExpressionMatch &m : cell.globalMatch(sheet)) {
            found = found || close(m.captured(2).toDouble(), *m_results[q].finance.costPerMillionTokensCny);
            seen << m.captured(2);
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 not among column C's numbers: %2")
                                       .arg(*m_results[q].finance.costPerMillionTokensCny, 0, 'g', 17)
                                       .arg(seen.mid(0, 20).join(QStringLiteral(", ")))));
    }

    // The decision sheets of the whole project: every scenario compared, the sweep with 101
    // points per scenario, a 60 × 60 map, the tornado with its swing formula, the Monte Carlo;
    // undefined figures as "—", never 0.
    void xlsxDecisionSheets()
    {
        const QString file = path(QStringLiteral("decisions.xlsx"));
        const auto e = XlsxExport::write(m_project.scenarios, m_results, 0, m_catalog, file);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const auto part = [&file](const QString &name) {
            return QString::fromUtf8(runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), file, name}).out);
        };
        // After the seven sheets of each scenario: the comparison, sweep, map and tornado.
        const int d = 7 * int(m_project.scenarios.size());
        const auto sheet = [&part](int n) { return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)); };
        QCOMPARE(XlsxExport::sheetNames(m_project.scenarios.size()).at(d), QStringLiteral("Comparison"));
        const QString comparison = sheet(d + 1);
        QCOMPARE(int(comparison.count(QStringLiteral("<row "))), int(m_project.scenarios.size()) + 1);
        QVERIFY(comparison.contains(QStringLiteral("<f>D3-D$2</f>")));
        const QString sweep = sheet(d + 2);
        QCOMPARE(int(sweep.count(QStringLiteral("<row "))), 1 + 101 + 2);
        const QString map = sheet(d + 3);
        QVERIFY(int(map.count(QStringLiteral("<row "))) >= 61);
        const QString tornado = sheet(d + 4);
        QVERIFY(int(tornado.count(QStringLiteral("<row "))) >= 13);
        QVERIFY(tornado.contains(QStringLiteral("<f>ABS(F2-E2)</f>")));
        const QString strings = part(QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains(QStringLiteral("P50")));
        QVERIFY(strings.contains(QStringLiteral("—"))); // the map's cells that never pay back
        QVERIFY(strings.contains(QString::fromStdString(m_project.scenarios.back().name)));
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice is not installed: the recalculation check is skipped");
        // LibreOffice recalculates every formula: the results equal the values written.
        const QString outDir = path(QStringLiteral("recalculated"));
        QVERIFY2(recalculateToCsv(file, outDir, path(QStringLiteral("lo-profile"))), "soffice --convert-to failed");
        QFile csv(outDir + QStringLiteral("/decisions-Comparison.csv"));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        for (int i = 1; i <= int(m_project.scenarios.size()); ++i) {
            // The scenario's name is quoted (it holds a comma): count cells outside quotes.
            QStringList cells{QString()};
            bool quoted = false;
            for (const QChar c : QString::fromUtf8(lines.at(i))) {
                if (c == u'"')
                    quoted = !quoted;
                else if (c == u',' && !quoted)
                    cells << QString();
                else
                    cells.last() += c;
            }
            const double difference = cells.at(4).toDouble();
            const double expected = m_results[std::size_t(i - 1)].finance.npv.cnyValue()
                                    - m_results[0].finance.npv.cnyValue();
            QVERIFY2(std::abs(difference - expected) <= 1.0 + 1e-9 * std::abs(expected),
                     qPrintable(QString::fromUtf8(lines.at(i))));
        }
        // The statements: LibreOffice's liabilities + equity equal the assets, and the balance
        // check is 0, in every year.
        QFile statementsCsv(outDir + QStringLiteral("/decisions-1 Financial statements.csv"));
        QVERIFY2(statementsCsv.open(QIODevice::ReadOnly), qPrintable(statementsCsv.fileName()));
        std::map<QString, QStringList> byKey;
        bool inBalanceSheet = false;
        for (const QByteArray &line : statementsCsv.readAll().split('\n')) {
            const QStringList cells = QString::fromUtf8(line).split(QLatin1Char(','));
            if (cells.size() < 3)
                continue;
            if (!cells.at(0).endsWith(QLatin1String("_cny")))
                inBalanceSheet = cells.at(0) == QLatin1String("balance_sheet");
            else if (inBalanceSheet)
                byKey[cells.at(0)] = cells;
        }
        const std::size_t years = m_results[0].statements.years.size();
        QVERIFY(byKey.count(QStringLiteral("balance_check_cny")));
        for (std::size_t y = 0; y < years; ++y) {
            const qsizetype c = qsizetype(2 + y);
            const double assets = byKey[QStringLiteral("assets_cny")].at(c).toDouble();
            QVERIFY(assets != 0);
            QVERIFY2(std::abs(byKey[QStringLiteral("liabilities_and_equity_cny")].at(c).toDouble() - assets)
                         <= 1e-6 * std::abs(assets),
                     qPrintable(QStringLiteral("year %1").arg(y)));
            QVERIFY(std::abs(byKey[QStringLiteral("balance_check_cny")].at(c).toDouble()) <= 1e-6 * std::abs(assets));
        }
    }

    // Every scenario has its sheet set; LibreOffice, recalculating every formula, gives the
    // engine's monthly cash flow and cumulative cash, yearly totals, NPV, IRR, paybacks and
    // equity NPV within 1e-6 (relative); undefined figures are "—". A changed discount rate in
    // the Inputs sheet gives the NPV the engine computes at that rate.
    void xlsxFormulasRecalculated()
    {
        const QString file = path(QStringLiteral("formulas.xlsx"));
        const std::size_t n = m_project.scenarios.size();
        const auto e = XlsxExport::write(m_project.scenarios, m_results, 1, m_catalog, file);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const QString workbook = QString::fromUtf8(
            runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QStringLiteral("xl/workbook.xml")}).out);
        const QStringList names = XlsxExport::sheetNames(n);
        QCOMPARE(names.size(), qsizetype(7 * n + 5));
        for (const QString &name : names)
            QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(name)), qPrintable(name));
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: the recalculation check is skipped");
        const QString outDir = path(QStringLiteral("formulas-csv"));
        QVERIFY2(recalculateToCsv(file, outDir, path(QStringLiteral("lo-profile-formulas"))),
                 "soffice --convert-to failed");
        const auto near = [](double a, double b) {
            return std::abs(a - b) <= 1e-6 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
        };
        const auto indicators = [](const std::vector<QStringList> &rows) {
            std::map<QString, QString> byKey; // key → value as LibreOffice computed it
            for (const QStringList &r : rows)
                if (r.size() >= 5 && !r.at(4).isEmpty())
                    byKey[r.at(4)] = r.at(1);
            return byKey;
        };
        const auto checkFigure = [&near](const std::map<QString, QString> &byKey, const char *key,
                                         const std::optional<double> &expected) {
            const auto it = byKey.find(QLatin1String(key));
            if (it == byKey.end())
                return QStringLiteral("%1 missing").arg(QLatin1String(key));
            if (!expected)
                return it->second == QStringLiteral("—") ? QString() : QStringLiteral("%1: %2, expected —").arg(QLatin1String(key), it->second);
            bool ok = false;
            const double v = cellNumber(it->second, &ok);
            return ok && near(v, *expected) ? QString()
                                            : QStringLiteral("%1: %2, expected %3").arg(QLatin1String(key), it->second).arg(*expected, 0, 'g', 12);
        };
        const std::vector<MonthlyColumn> mcols = ReportTables::monthlyColumns();
        const std::vector<YearlyColumn> ycols = ReportTables::yearlyColumns();
        for (std::size_t k = 0; k < n; ++k) {
            const Result &r = m_results[k];
            const QString prefix = outDir + QStringLiteral("/formulas-%1 ").arg(k + 1);
            const std::map<QString, QString> byKey = indicators(csvSheet(prefix + QStringLiteral("Indicators.csv")));
            QVERIFY2(!byKey.empty(), qPrintable(prefix));
            for (const auto &[key, value] : std::initializer_list<std::pair<const char *, std::optional<double>>>{
                     {"finance.npv_cny", r.finance.npv.cnyValue()},
                     {"finance.irr", r.finance.irr},
                     {"finance.payback_months", r.finance.paybackMonths},
                     {"finance.discounted_payback_months", r.finance.discountedPaybackMonths},
                     {"finance.equity_npv_cny", r.finance.equityNpv.cnyValue()}}) {
                const QString problem = checkFigure(byKey, key, value);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("scenario %1: %2").arg(k + 1).arg(problem)));
            }
            // The monthly cash flow (the sum of its parts) and the cumulative cash flow; the
            // yearly sums, means and the running cumulative cash flow.
            const std::vector<QStringList> monthly = csvSheet(prefix + QStringLiteral("Monthly cash flow.csv"));
            QCOMPARE(monthly.size(), r.monthly.size() + 1);
            QString problem = columnMismatch(monthly, mcols, r.monthly);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("scenario %1, month %2").arg(k + 1).arg(problem)));
            const std::vector<QStringList> yearly = csvSheet(prefix + QStringLiteral("Yearly summary.csv"));
            QCOMPARE(yearly.size(), r.yearly.size() + 1);
            problem = columnMismatch(yearly, ycols, r.yearly);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("scenario %1, year %2").arg(k + 1).arg(problem)));
        }

        // The planner changes the discount rate of scenario 1 in the Inputs sheet: NPV and
        // discounted payback follow, as the engine computes them at that rate.
        if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
            QSKIP("zip is not installed: the changed-input check is skipped");
        const std::vector<InputRow> inputs = ReportTables::inputs(m_project.scenarios[0], m_catalog, m_results[0]);
        const auto at = std::find_if(inputs.begin(), inputs.end(),
                                     [](const InputRow &r) { return r.key == "finance.discount_rate"; });
        QVERIFY(at != inputs.end());
        const int excelRow = int(at - inputs.begin()) + 2;
        const QString unpacked = path(QStringLiteral("unpacked"));
        QVERIFY(runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("-o"), file,
                                                  QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("-d"), unpacked})
                    .ok);
        QFile sheet(unpacked + QStringLiteral("/xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QString xml = QString::fromUtf8(sheet.readAll());
        sheet.close();
        const QRegularExpression cell(QStringLiteral("(<c r=\"B%1\"[^>]*><v>)[^<]*(</v>)").arg(excelRow));
        const QRegularExpressionMatch m = cell.match(xml);
        QVERIFY(m.hasMatch());
        xml.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + QStringLiteral("0.12") + m.captured(2));
        QVERIFY(sheet.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sheet.write(xml.toUtf8());
        sheet.close();
        const QString changed = path(QStringLiteral("changed.xlsx"));
        QVERIFY(QFile::copy(file, changed));
        QProcess zip;
        zip.setWorkingDirectory(unpacked);
        zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), changed, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(zip.waitForFinished(60000) && zip.exitCode() == 0);
        const QString changedDir = path(QStringLiteral("changed-csv"));
        QVERIFY2(recalculateToCsv(changed, changedDir, path(QStringLiteral("lo-profile-changed"))),
                 "soffice --convert-to failed");
        Scenario at12 = m_project.scenarios[0];
        at12.finance.discountRate = 0.12;
        const Result r12 = evaluate(at12, m_catalog);
        QVERIFY(!near(r12.finance.npv.cnyValue(), m_results[0].finance.npv.cnyValue()));
        const std::map<QString, QString> byKey = indicators(csvSheet(changedDir + QStringLiteral("/changed-1 Indicators.csv")));
        for (const auto &[key, value] : std::initializer_list<std::pair<const char *, std::optional<double>>>{
                 {"finance.npv_cny", r12.finance.npv.cnyValue()},
                 {"finance.discounted_payback_months", r12.finance.discountedPaybackMonths},
                 {"finance.irr", r12.finance.irr}}) {
            const QString problem = checkFigure(byKey, key, value);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // The appendix prints the six statements, every year of each in a block that fits the page.
    void statementsAppendix()
    {
        const QString text = pdfText(m_english);
        QVERIFY(text.contains(QStringLiteral("Appendix: financial statements")));
        const Statements &st = m_results[0].statements;
        QCOMPARE(int(st.tables.size()), 6);
        for (const Statement &s : st.tables)
            QVERIFY2(text.contains(StatementLabels::title(s.key)), s.key);
        for (const int y : st.years)
            QVERIFY2(text.contains(StatementLabels::year(y)), qPrintable(StatementLabels::year(y)));
        // The last year's assets as printed in million CNY.
        const double assets = st.find("balance_sheet")->line("assets_cny")->values.back().cnyValue();
        QVERIFY(text.contains(Format::tableMoney(assets)));
        QVERIFY(text.contains(QStringLiteral("Debt ratio (largest year)")));
    }

    void csvRoundTrip()
    {
        const QString file = path(QStringLiteral("export.csv"));
        const Scenario &s = m_project.scenarios[0];
        const Result &r = m_results[0];
        const auto e = CsvExport::write(s, m_catalog, r, file);
        QVERIFY2(!e, qPrintable(e.value_or(QString())));
        const QStringList files = CsvExport::files(file);
        QCOMPARE(files.at(1), path(QStringLiteral("export-inputs.csv")));
        std::vector<std::vector<QStringList>> tables;
        for (const QString &f : files) {
            QFile in(f);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(f));
            const QByteArray bytes = in.readAll();
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
            tables.push_back(parseCsv(bytes));
        }
        // Monthly: every contract field, month 0..H.
        const auto &monthly = tables[0];
        const std::vector<MonthlyColumn> mc = ReportTables::monthlyColumns();
        QCOMPARE(int(monthly.size()), s.horizonMonths + 2);
        QCOMPARE(monthly[0].size(), qsizetype(mc.size()));
        QVERIFY(monthly[0].contains(QStringLiteral("cash_flow_cny")));
        for (std::size_t t = 0; t < r.monthly.size(); ++t) {
            for (std::size_t c = 0; c < mc.size(); ++c) {
                bool ok = false;
                const double v = monthly[t + 1].at(qsizetype(c)).toDouble(&ok);
                QVERIFY(ok);
                QVERIFY2(close(v, mc[c].value(r.monthly[t])), mc[c].key);
            }
        }
        // Inputs: keys with raw values, text with commas quoted.
        bool cards = false, name = false;
        for (const QStringList &row : tables[1]) {
            QCOMPARE(row.size(), 6);
            if (row.at(0) == QLatin1String("cluster.cards")) {
                cards = true;
                QVERIFY(close(row.at(2).toDouble(), s.cluster.cards));
            }
            if (row.at(0) == QLatin1String("name")) {
                name = true;
                QCOMPARE(row.at(2), QString::fromStdString(s.name)); // contains a comma
            }
        }
        QVERIFY(cards && name);
        // Bill of materials: the totals add up to the capex.
        double total = 0;
        for (std::size_t i = 1; i < tables[2].size(); ++i)
            total += tables[2][i].at(5).toDouble();
        QVERIFY(close(total, r.finance.capex.total().cnyValue(), 1e-9));
        // Yearly.
        const auto &yearly = tables[3];
        QCOMPARE(yearly.size(), r.yearly.size() + 1);
        const std::vector<YearlyColumn> yc = ReportTables::yearlyColumns();
        for (std::size_t y = 0; y < r.yearly.size(); ++y) {
            for (std::size_t c = 0; c < yc.size(); ++c)
                QVERIFY(close(yearly[y + 1].at(qsizetype(c)).toDouble(), yc[c].value(r.yearly[y])));
        }
    }

    void csvQuoting()
    {
        QCOMPARE(CsvExport::record({QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                    QStringLiteral("two\nlines"), QStringLiteral("plain"), QString()}),
                 QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,"));
        const auto e = CsvExport::write(m_project.scenarios[0], m_catalog, m_results[0],
                                        QStringLiteral("/nonexistent-dir/out.csv"));
        QVERIFY(e && e->contains(QStringLiteral("/nonexistent-dir/out.csv")));
        const auto x = XlsxExport::write(m_project.scenarios[0], m_catalog, m_results[0],
                                         QStringLiteral("/nonexistent-dir/out.xlsx"));
        QVERIFY(x && x->contains(QStringLiteral("/nonexistent-dir/out.xlsx")));
    }

    // Formatting in both languages' conventions.
    void formats()
    {
        QCOMPARE(Format::money(1234.56e6), QStringLiteral("CNY 1,234.6 million"));
        QCOMPARE(Format::percent(0.1234), QStringLiteral("12.3%"));
        QCOMPARE(Format::percent(std::nullopt), QStringLiteral("—"));
        QCOMPARE(Format::years(41.0), QStringLiteral("3.4 years"));
        QCOMPARE(Format::years(std::nullopt), QStringLiteral("—"));
        QCOMPARE(Format::tableMoney(-4.9e3), QStringLiteral("0.00"));
        QCOMPARE(Format::tableMoney(1234.56e6), QStringLiteral("1,234.56"));
        // One scale in Chinese too: million CNY (百万元), headline and table alike.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString big = Format::money(1.2345e9);
        const QString table = Format::tableMoney(1.2345e9);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(big, Format::tr("CNY %1 million").arg(QStringLiteral("1,234.5")));
        QCOMPARE(table, QStringLiteral("1,234.50"));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
