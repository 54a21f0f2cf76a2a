// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicommands.h"

#include "cliloader.h"
#include "commandline.h"
#include "csvexport.h"
#include "evaluate.h"
#include "language.h"
#include "pdfreport.h"
#include "xlsxexport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

namespace ccp {

namespace {

void printErr(const QString &message)
{
    QTextStream err(stderr);
    err << message << Qt::endl;
}

// Shared by `report` and `export`: loads FILE, picks the scenario of --scenario (the first
// when not given) and evaluates every scenario, or with `onlySelected` the chosen one alone
// (the others' results stay default-constructed). With `keepRows`, a scenario for which it
// returns false keeps its figures only (dropRows), one at a time as it is evaluated, so that
// memory stays that of a few results however many scenarios the file holds. Returns an exit
// status other than Success after printing the message.
int loadAndEvaluate(const QCommandLineParser &parser, const QString &command, Catalog &catalog,
                    ProjectData &project, std::vector<Result> &results, int &selected,
                    bool onlySelected = false, const std::function<bool(int, int)> &keepRows = {})
{
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() > 1) {
        printErr(CommandLine::tr("%1: unexpected argument \"%2\"").arg(command, positional.at(1)));
        return CommandLine::BadInput;
    }
    CliLoader loader;
    if (auto e = loader.load(positional.value(0), project)) {
        printErr(e->message);
        return CommandLine::BadInput;
    }
    catalog = loader.catalog();
    selected = 0;
    if (parser.isSet(QStringLiteral("scenario"))) {
        const QString name = parser.value(QStringLiteral("scenario"));
        QStringList names;
        selected = -1;
        for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
            names << QString::fromStdString(project.scenarios[i].name);
            if (selected < 0 && names.last() == name)
                selected = int(i);
        }
        if (selected < 0) {
            printErr(CommandLine::tr("--scenario: no scenario named \"%1\" (the project has: %2)")
                         .arg(name, names.join(QStringLiteral(", "))));
            return CommandLine::BadInput;
        }
    }
    if (project.scenarios.empty()) {
        printErr(CommandLine::tr("%1: the project has no scenario").arg(command));
        return CommandLine::BadInput;
    }
    if (onlySelected) {
        results.resize(project.scenarios.size());
        results[std::size_t(selected)] = evaluate(project.scenarios[std::size_t(selected)], catalog);
        return CommandLine::Success;
    }
    results.reserve(project.scenarios.size());
    for (const Scenario &s : project.scenarios) {
        results.push_back(evaluate(s, catalog));
        if (keepRows && !keepRows(int(results.size()) - 1, selected))
            dropRows(results.back());
    }
    return CommandLine::Success;
}

// `report [FILE] -o OUT.pdf [--lang zh_CN|en] [--scenario NAME]`: the PDF feasibility report
// of the chosen scenario, with every scenario in the comparison.
int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("Project file (.ccplan or .json); the built-in example when omitted."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CommandLine::tr("PDF file to write."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("lang"), CommandLine::tr("Language of the report: zh_CN or en."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("scenario"), CommandLine::tr("Main scenario of the report."), QStringLiteral("NAME")});
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return CommandLine::BadInput;
    }
    const QString out = parser.value(QStringLiteral("o"));
    if (out.isEmpty()) {
        printErr(CommandLine::tr("report: missing the output file (-o OUT.pdf)"));
        return CommandLine::BadInput;
    }
    if (QFileInfo(out).suffix().toLower() != QLatin1String("pdf")) {
        printErr(CommandLine::tr("%1: unsupported file type (expected .pdf)").arg(out));
        return CommandLine::BadInput;
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString lang = parser.value(QStringLiteral("lang"));
        if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en")) {
            printErr(CommandLine::tr("--lang: unknown language \"%1\" (use zh_CN or en)").arg(lang));
            return CommandLine::BadInput;
        }
        Language::install(lang);
    }
    if (!QCoreApplication::instance()->inherits("QApplication")) {
        printErr(CommandLine::tr("report: charts need a QApplication"));
        return CommandLine::InternalError;
    }
    Catalog catalog;
    ProjectData project;
    std::vector<Result> results;
    int selected = 0;
    if (const int status = loadAndEvaluate(parser, QStringLiteral("report"), catalog, project, results,
                                           selected, false, &PdfReport::needsRows))
        return status;
    ReportOptions options;
    options.scenario = selected;
    if (auto e = PdfReport::write(project, catalog, results, out, options)) {
        printErr(*e);
        return CommandLine::BadInput;
    }
    return CommandLine::Success;
}

// `export [FILE] -o OUT.xlsx|OUT.csv [--scenario NAME]`: the tables of one scenario. CSV
// writes OUT.csv (monthly cash flow) and OUT-inputs.csv, OUT-bom.csv, OUT-yearly.csv.
int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("Project file (.ccplan or .json); the built-in example when omitted."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CommandLine::tr("File to write (.xlsx or .csv)."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("scenario"), CommandLine::tr("Export the scenario with this name."), QStringLiteral("NAME")});
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return CommandLine::BadInput;
    }
    const QString out = parser.value(QStringLiteral("o"));
    if (out.isEmpty()) {
        printErr(CommandLine::tr("export: missing the output file (-o OUT.xlsx or OUT.csv)"));
        return CommandLine::BadInput;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        printErr(CommandLine::tr("%1: unsupported file type (expected .xlsx or .csv)").arg(out));
        return CommandLine::BadInput;
    }
    Catalog catalog;
    ProjectData project;
    std::vector<Result> results;
    int selected = 0;
    // The CSV set holds the chosen scenario only: the others are not evaluated (memory stays
    // that of one result however many scenarios the file has). The workbook keeps the rows of
    // the scenarios it writes in full, the figures of the others.
    const auto keepRows = [](int scenario, int chosen) {
        return XlsxExport::writtenInFull(std::size_t(scenario), std::size_t(chosen));
    };
    if (const int status = loadAndEvaluate(parser, QStringLiteral("export"), catalog, project,
                                           results, selected, suffix == QLatin1String("csv"), keepRows))
        return status;
    const Scenario &s = project.scenarios[std::size_t(selected)];
    const Result &r = results[std::size_t(selected)];
    const auto e = suffix == QLatin1String("xlsx") ? XlsxExport::write(project.scenarios, results, std::size_t(selected), catalog, out)
                                                   : CsvExport::write(s, catalog, r, out);
    if (e) {
        printErr(*e);
        return CommandLine::BadInput;
    }
    return CommandLine::Success;
}

} // namespace

void GuiCommands::install()
{
    CommandLine::setGuiCommands(runReport, runExport);
}

} // namespace ccp
