// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "batch.h"
#include "catalogstore.h"
#include "decisioncommands.h"
#include "cliloader.h"
#include "evaluate.h"
#include "format.h"
#include "language.h"
#include "overrides.h"
#include "projectfile.h"
#include "resultjson.h"
#include "safewrite.h"
#include "scenariojson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>

#include <poll.h>
#include <unistd.h>

namespace ccp {

CommandLine::Command CommandLine::s_report = nullptr;
CommandLine::Command CommandLine::s_export = nullptr;

namespace {

const QStringList kSubcommands = {QStringLiteral("eval"), QStringLiteral("catalog"),
                                   QStringLiteral("convert"), QStringLiteral("report"),
                                   QStringLiteral("export"), QStringLiteral("risk"),
                                   QStringLiteral("sensitivity"), QStringLiteral("solve"),
                                   QStringLiteral("optimize")};



// An undefined figure: a dash and the reason.
QString undefinedText(const Result &r, const char *key)
{
    return QStringLiteral("— (%1)").arg(Messages::undefinedReason(r, key));
}

QString percentOrReason(const Result &r, const char *key, const std::optional<double> &v)
{
    return v ? Format::percent(v) : undefinedText(r, key);
}

QString table(const Scenario &s, const Result &r)
{
    const QLocale l;
    QString out;
    QTextStream o(&out);
    const auto row = [&](const QString &label, const QString &value) {
        o << "  " << label.leftJustified(38, QLatin1Char(' ')) << ' ' << value << '\n';
    };
    const SizingResult &z = r.sizing;
    const FinanceResult &f = r.finance;
    const PerformanceResult &p = r.performance;
    o << CommandLine::tr("Scenario: %1").arg(QString::fromStdString(s.name)) << '\n';
    row(CommandLine::tr("Cards / servers / racks"),
        QStringLiteral("%1 / %2 / %3").arg(z.cards).arg(z.servers).arg(z.racks));
    row(CommandLine::tr("Network tiers / switches / links"),
        QStringLiteral("%1 / %2 / %3")
            .arg(z.network.tiers)
            .arg(z.network.leafSwitches + z.network.spineSwitches + z.network.coreSwitches)
            .arg(z.network.links));
    row(CommandLine::tr("IT / facility power (provisioned)"),
        CommandLine::tr("%1 kW / %2 kW")
            .arg(l.toString(z.itPowerKw, 'f', 0), l.toString(z.facilityPowerKw, 'f', 0)));
    row(CommandLine::tr("Nameplate BF16 / effective"),
        CommandLine::tr("%1 PFLOPS / %2 PFLOPS")
            .arg(l.toString(p.nameplatePflopsBf16, 'f', 1), l.toString(p.effectivePflops, 'f', 1)));
    row(CommandLine::tr("MFU / goodput"),
        QStringLiteral("%1 / %2").arg(l.toString(p.mfu, 'f', 3), l.toString(p.goodput, 'f', 3)));
    row(CommandLine::tr("Capex"), Format::money(f.capex.total().cnyValue()));
    row(CommandLine::tr("NPV"), Format::money(f.npv.cnyValue()));
    row(CommandLine::tr("IRR"), percentOrReason(r, "finance.irr", f.irr));
    row(CommandLine::tr("Payback"), f.paybackMonths ? Format::months(f.paybackMonths)
                                                    : undefinedText(r, "finance.payback_months"));
    row(CommandLine::tr("Discounted payback"),
        f.discountedPaybackMonths ? Format::months(f.discountedPaybackMonths)
                                  : undefinedText(r, "finance.discounted_payback_months"));
    row(CommandLine::tr("Breakeven utilization"),
        percentOrReason(r, "finance.breakeven_utilization", f.breakevenUtilization));
    row(CommandLine::tr("Levelized cost per card-hour"),
        f.lcocCnyPerCardHour ? CommandLine::tr("%1 CNY").arg(l.toString(*f.lcocCnyPerCardHour, 'f', 2))
                             : undefinedText(r, "finance.lcoc_cny_per_card_hour"));
    row(CommandLine::tr("Training job"),
        p.training.days ? CommandLine::tr("%1 days on %2 cards").arg(l.toString(*p.training.days, 'f', 1)).arg(p.training.cards)
                        : undefinedText(r, "performance.training.days"));
    for (const Warning &w : r.warnings)
        o << "  ! " << Messages::warning(w) << '\n';
    o << '\n' << "  " << CommandLine::tr("Year").leftJustified(6) << CommandLine::tr("Utilization").rightJustified(12)
      << CommandLine::tr("Revenue").rightJustified(16) << CommandLine::tr("Opex").rightJustified(16)
      << CommandLine::tr("Capex").rightJustified(16) << CommandLine::tr("Cash flow").rightJustified(16)
      << CommandLine::tr("Cumulative").rightJustified(16) << '\n';
    for (const YearRow &y : r.yearly) {
        const auto m = [&](Money v) { return Format::tableMoney(v.cnyValue()).rightJustified(16); };
        o << "  " << QString::number(y.year).leftJustified(6)
          << (l.toString(y.utilization * 100.0, 'f', 1) + QLatin1Char('%')).rightJustified(12)
          << m(y.revenue) << m(y.opex) << m(y.capex) << m(y.cashFlow) << m(y.cumulative) << '\n';
    }
    o << "  " << CommandLine::tr("(money in %1)").arg(Format::tableMoneyUnit()) << '\n';
    return out;
}

// `catalog [--json]`: every entry of the built-in catalog and of the user's own catalog, with
// its kind, id, names, provenance, origin and every figure of the record (docs/catalog.md: the
// keys of the data files, units in their names).
int runCatalog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print JSON.")});
    if (!parser.parse(args)) {
        CommandLine::printError(parser.errorText());
        return CommandLine::BadInput;
    }
    if (parser.positionalArguments().size() > 1) {
        CommandLine::printError(CommandLine::tr("catalog: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
        return CommandLine::BadInput;
    }
    Catalog builtin, user;
    if (auto e = CliLoader().loadForListing(builtin, user)) {
        CommandLine::printError(e->message);
        return CommandLine::InternalError;
    }
    QJsonArray entries;
    for (const RecordKind kind : kRecordKinds) {
        for (const auto &[records, origin] : {std::pair{&builtin, "builtin"}, std::pair{&user, "user"}}) {
            for (const QJsonValue &v : CatalogStore::recordsToJson(kind, *records)) {
                QJsonObject o = v.toObject();
                o.insert(QLatin1String("kind"), QLatin1String(recordKindCode(kind)));
                o.insert(QLatin1String("origin"), QLatin1String(origin));
                entries.append(o);
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        return CommandLine::printOutput(QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson(QJsonDocument::Indented));
    }
    QString out;
    QTextStream o(&out);
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString name = zh && !e.value(QStringLiteral("name_zh")).toString().isEmpty()
                                 ? e.value(QStringLiteral("name_zh")).toString()
                                 : e.value(QStringLiteral("name")).toString();
        o << e.value(QStringLiteral("kind")).toString().leftJustified(8) << ' '
          << e.value(QStringLiteral("id")).toString().leftJustified(34) << ' '
          << e.value(QStringLiteral("confidence")).toString() << "  " << name << '\n';
    }
    return CommandLine::printOutput(out.toUtf8());
}

// The bytes of CASES ("-": standard input); nullopt after printing why it cannot be read.
std::optional<QByteArray> readCases(const QString &path)
{
    QFile f;
    bool open = false;
    if (path == QLatin1String("-")) {
        open = f.open(stdin, QIODevice::ReadOnly);
    } else if (QFileInfo(path).isDir()) {
        CommandLine::printError(CommandLine::tr("--batch %1: is a folder, not a file of cases").arg(path));
        return std::nullopt;
    } else {
        f.setFileName(path);
        open = f.open(QIODevice::ReadOnly);
    }
    if (!open) {
        CommandLine::printError(CommandLine::tr("--batch %1: cannot read (%2)").arg(path, f.errorString()));
        return std::nullopt;
    }
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        CommandLine::printError(CommandLine::tr("--batch %1: cannot read (%2)").arg(path, f.errorString()));
        return std::nullopt;
    }
    return bytes;
}

int runEval(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("Project file (.ccplan or .json); the built-in example when omitted."));
    parser.addOption({QStringLiteral("scenario"), CommandLine::tr("Evaluate the scenario with this name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("all"), CommandLine::tr("Evaluate every scenario.")});
    parser.addOption({QStringLiteral("set"), CommandLine::tr("Override one input (dotted key)."), QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print JSON.")});
    parser.addOption({QStringLiteral("batch"), CommandLine::tr("Evaluate every line of CASES, a JSON object of overrides, and print one JSON result per line (\"-\": standard input)."), QStringLiteral("CASES")});
    parser.addOption({QStringLiteral("fields"), CommandLine::tr("With --batch: the result keys to print, comma-separated (default: all but monthly and statements)."), QStringLiteral("KEYS")});
    if (!parser.parse(args)) {
        CommandLine::printError(parser.errorText());
        return CommandLine::BadInput;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() > 1) {
        CommandLine::printError(CommandLine::tr("eval: unexpected argument \"%1\"").arg(positional.at(1)));
        return CommandLine::BadInput;
    }
    if (parser.isSet(QStringLiteral("all")) && parser.isSet(QStringLiteral("scenario"))) {
        CommandLine::printError(CommandLine::tr("eval: use either --scenario or --all"));
        return CommandLine::BadInput;
    }
    const bool batch = parser.isSet(QStringLiteral("batch"));
    if (batch && parser.isSet(QStringLiteral("all"))) {
        CommandLine::printError(CommandLine::tr("eval: use either --batch or --all"));
        return CommandLine::BadInput;
    }
    if (!batch && parser.isSet(QStringLiteral("fields"))) {
        CommandLine::printError(CommandLine::tr("--fields: only with --batch"));
        return CommandLine::BadInput;
    }
    Overrides overrides;
    for (const QString &assignment : parser.values(QStringLiteral("set"))) {
        if (auto e = overrides.addAssignment(assignment)) {
            CommandLine::printError(e->message);
            return CommandLine::BadInput;
        }
    }
    CliLoader loader;
    ProjectData project;
    if (auto e = loader.load(positional.value(0), project)) {
        CommandLine::printError(e->message);
        return CommandLine::BadInput;
    }
    if (project.scenarios.empty()) {
        CommandLine::printError(CommandLine::tr("%1: the project has no scenario").arg(QStringLiteral("eval")));
        return CommandLine::BadInput;
    }
    std::vector<std::size_t> selected;
    if (parser.isSet(QStringLiteral("all"))) {
        for (std::size_t i = 0; i < project.scenarios.size(); ++i)
            selected.push_back(i);
    } else if (parser.isSet(QStringLiteral("scenario"))) {
        QString error;
        const auto index = scenarioIndex(project, parser.value(QStringLiteral("scenario")), &error);
        if (!index) {
            CommandLine::printError(error);
            return CommandLine::BadInput;
        }
        selected.push_back(*index);
    } else {
        selected.push_back(0);
    }
    loader.resolve(overrides.references());
    if (batch) {
        Scenario base = project.scenarios[selected.front()];
        if (auto e = overrides.apply(base, loader.catalog())) {
            CommandLine::printError(e->message);
            return CommandLine::BadInput;
        }
        Batch runner;
        const QString fields = parser.isSet(QStringLiteral("fields")) ? parser.value(QStringLiteral("fields")) : QString();
        if (auto e = runner.setFields(fields, base, loader.catalog())) {
            CommandLine::printError(e->message);
            return CommandLine::BadInput;
        }
        const std::optional<QByteArray> cases = readCases(parser.value(QStringLiteral("batch")));
        if (!cases)
            return CommandLine::BadInput;
        std::fflush(stdout);
        if (runner.run(*cases, base, loader, STDOUT_FILENO))
            return CommandLine::Success;
        CommandLine::printError(CommandLine::tr("cannot write the output (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return CommandLine::InternalError;
    }
    QJsonArray results;
    QString text;
    for (std::size_t i : selected) {
        Scenario s = project.scenarios[i];
        if (auto e = overrides.apply(s, loader.catalog())) {
            CommandLine::printError(e->message);
            return CommandLine::BadInput;
        }
        const Result r = evaluate(s, loader.catalog());
        if (parser.isSet(QStringLiteral("json")))
            results.append(ResultJson::write(s, r));
        else
            text += table(s, r) + QLatin1Char('\n');
    }
    if (!parser.isSet(QStringLiteral("json")))
        return CommandLine::printOutput(text.toUtf8());
    if (parser.isSet(QStringLiteral("all")))
        return CommandLine::printOutput(QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Indented));
    return CommandLine::printOutput(QJsonDocument(results.at(0).toObject()).toJson(QJsonDocument::Indented));
}

// `convert IN -o OUT`: .ccplan <-> .json by the suffix of OUT. Both forms carry the catalog
// records the scenarios use, so the output evaluates identically elsewhere.
int runConvert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("in"), CommandLine::tr("Project file to read (.ccplan or .json)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CommandLine::tr("File to write (.ccplan or .json)."), QStringLiteral("OUT")});
    if (!parser.parse(args)) {
        CommandLine::printError(parser.errorText());
        return CommandLine::BadInput;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty()) {
        CommandLine::printError(CommandLine::tr("convert: missing the input file (convert IN -o OUT)"));
        return CommandLine::BadInput;
    }
    if (positional.size() > 1) {
        CommandLine::printError(CommandLine::tr("convert: unexpected argument \"%1\"").arg(positional.at(1)));
        return CommandLine::BadInput;
    }
    const QString out = parser.value(QStringLiteral("o"));
    if (out.isEmpty()) {
        CommandLine::printError(CommandLine::tr("convert: missing the output file (-o OUT)"));
        return CommandLine::BadInput;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("ccplan") && suffix != QLatin1String("json")) {
        CommandLine::printError(CommandLine::tr("%1: unsupported file type (expected .ccplan or .json)").arg(out));
        return CommandLine::BadInput;
    }
    CliLoader loader;
    ProjectData project;
    if (auto e = loader.load(positional.at(0), project)) {
        CommandLine::printError(e->message);
        return CommandLine::BadInput;
    }
    const Catalog &catalog = loader.catalog();
    if (suffix == QLatin1String("ccplan")) {
        if (auto e = ProjectFile::save(project, catalog, out)) {
            CommandLine::printError(e->message);
            return CommandLine::BadInput;
        }
        return CommandLine::Success;
    }
    Catalog embedded = ScenarioJson::usedRecords(project.scenarios, catalog);
    embedded.overlay(project.embedded);
    project.embedded = embedded;
    const QByteArray json = ScenarioJson::writeProject(project);
    if (auto e = SafeWrite::writeFile(out, json)) {
        CommandLine::printError(CommandLine::tr("%1: cannot write (%2)").arg(out, *e));
        return CommandLine::BadInput;
    }
    return CommandLine::Success;
}

} // namespace

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (kSubcommands.contains(first) || first.startsWith(QLatin1Char('-')))
        return true;
    // Anything that is neither an existing file nor named like a project file is taken as a
    // (mistyped) command, so that it gets a message on the terminal, not a window.
    const QFileInfo info(first);
    const QString suffix = info.suffix().toLower();
    return !info.exists() && suffix != QLatin1String("json") && suffix != QLatin1String("ccplan");
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    return !isSubcommand(arguments) || first == QLatin1String("report")
           || first == QLatin1String("export");
}

void CommandLine::setGuiCommands(Command report, Command exportTables)
{
    s_report = report;
    s_export = exportTables;
}

int CommandLine::decodeArguments(int &argc, char **argv, QStringList &arguments)
{
    arguments.clear();
    for (int i = 0; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        arguments << QString::fromUtf8(raw);
        if (i > 0 && arguments.last().toUtf8() != raw) {
            QCoreApplication app(argc, argv);
            Language::install(Language::systemDefault());
            printError(tr("%1: not valid UTF-8 (file names and arguments must be UTF-8; "
                          "rename the file)")
                           .arg(arguments.last()));
            return BadInput;
        }
    }
    return Success;
}

void CommandLine::printError(const QString &message)
{
    QTextStream err(stderr);
    err << message << Qt::endl;
}

bool CommandLine::writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n > 0) {
            data += n;
            size -= std::size_t(n);
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, -1) < 0 && errno != EINTR)
                return false;
        } else if (n < 0 && errno != EINTR) {
            return false;
        }
    }
    return true;
}

int CommandLine::printOutput(const QByteArray &bytes)
{
    std::fflush(stdout); // nothing is written through stdio, but keep the order if it ever is
    if (writeAll(STDOUT_FILENO, bytes.constData(), std::size_t(bytes.size())))
        return Success;
    printError(tr("cannot write the output (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))));
    return InternalError;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  ccplanner [FILE]                 open the planner (built-in example project when no FILE)\n"
              "  ccplanner eval [FILE] [--scenario NAME | --all] [--set KEY=VALUE]... [--json]\n"
              "  ccplanner eval [FILE] [--scenario NAME] [--set KEY=VALUE]... --batch CASES.jsonl [--fields K1,K2...]\n"
              "                                   evaluate scenarios: sizing, power, compute, cash flows, NPV, IRR, payback\n"
              "  ccplanner report [FILE] -o OUT.pdf [--lang zh_CN|en] [--scenario NAME]\n"
              "                                   write the feasibility report as PDF\n"
              "  ccplanner export [FILE] -o OUT.xlsx|OUT.csv [--scenario NAME]\n"
              "                                   (CSV: OUT.csv monthly, OUT-inputs.csv, OUT-bom.csv, OUT-yearly.csv)\n"
              "  ccplanner convert IN -o OUT      .ccplan <-> .json (by the suffix of OUT)\n"
              "  ccplanner risk [FILE] [--scenario NAME] [--set KEY=VALUE]... [--draws N] [--seed S] [--threads N]\n"
              "                 [--correlation RHO] [--target-payback MONTHS] [--json]\n"
              "                                   Monte Carlo risk: P10/P50/P90 of NPV, IRR and payback\n"
              "  ccplanner sensitivity [FILE] [--scenario NAME] [--set KEY=VALUE]... [--relative SHARE]\n"
              "                 [--range KEY=LOW:HIGH]... [--json]\n"
              "                                   sensitivity of NPV and payback to each input (tornado)\n"
              "  ccplanner solve [FILE] [--scenario NAME] [--set KEY=VALUE]... --for KEY\n"
              "                 --target payback_months=M|npv=CNY|irr=FRACTION [--json]\n"
              "                                   goal seek: the value of one input that reaches a target\n"
              "  ccplanner optimize [FILE] [--scenario NAME] [--set KEY=VALUE]... [--objective npv|payback]\n"
              "                 [--budget CNY] [--grid-mw MW] [--min-pflops P] [--deadline-days D]\n"
              "                 [--cards ID,...] [--counts N,...] [--fabrics ID,...] [--oversubscription X,...]\n"
              "                 [--sites ID,...] [--price-rule performance|same] [--top N] [--json]\n"
              "                                   best configurations (card, count, fabric, site) under constraints\n"
              "  ccplanner catalog [--json]       list the built-in catalog and your own entries\n"
              "  ccplanner COMMAND --help         the usage of one command\n"
              "  ccplanner --help | --version     this help; the version\n"
              "FILE is a project file (.ccplan or .json). Exit status: 0 success, 2 bad input, 1 internal error.\n"
              "Manual: man ccplanner; the user guide: Help > User Guide (F1) in the planner.\n");
}

QString CommandLine::usage(const QString &command)
{
    // The translated usage's header, the lines of `command` with their continuations, and the
    // closing notes (the unindented lines).
    const QStringList lines = usage().split(QLatin1Char('\n'));
    const QString prefix = QStringLiteral("ccplanner ") + command;
    QString out;
    bool inCommand = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (i > 0 && line.startsWith(QLatin1Char(' '))) {
            if (trimmed.startsWith(QLatin1String("ccplanner")))
                inCommand = trimmed == prefix || trimmed.startsWith(prefix + QLatin1Char(' '));
            if (!inCommand)
                continue;
        }
        if (!line.isEmpty())
            out += line + QLatin1Char('\n');
    }
    return out;
}

int CommandLine::run(const QStringList &arguments)
{
    try {
        const QString cmd = arguments.value(1);
        if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h")) {
            return CommandLine::printOutput(usage().toUtf8());
        }
        // `ccplanner COMMAND --help`: that command's usage, whatever else the line holds.
        if (kSubcommands.contains(cmd)
            && (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")))) {
            return CommandLine::printOutput(usage(cmd).toUtf8());
        }
        if (cmd == QLatin1String("--version")) {
            return CommandLine::printOutput(QStringLiteral("ccplanner %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        }
        if (cmd == QLatin1String("eval"))
            return runEval(arguments);
        if (cmd == QLatin1String("catalog"))
            return runCatalog(arguments);
        if (cmd == QLatin1String("convert"))
            return runConvert(arguments);
        if (cmd == QLatin1String("risk"))
            return DecisionCommands::runRisk(arguments);
        if (cmd == QLatin1String("sensitivity"))
            return DecisionCommands::runSensitivity(arguments);
        if (cmd == QLatin1String("solve"))
            return DecisionCommands::runSolve(arguments);
        if (cmd == QLatin1String("optimize"))
            return DecisionCommands::runOptimize(arguments);
        if (cmd == QLatin1String("report") || cmd == QLatin1String("export")) {
            const Command command = cmd == QLatin1String("report") ? s_report : s_export;
            if (!command) {
                CommandLine::printError(tr("%1: not available in this executable (run ccplanner-gui)").arg(cmd));
                return InternalError;
            }
            return command(arguments);
        }
        CommandLine::printError(tr("Unknown command \"%1\".").arg(cmd) + QLatin1Char('\n') + usage());
        return BadInput;
    } catch (const std::exception &e) {
        CommandLine::printError(tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        return InternalError;
    }
}

} // namespace ccp
