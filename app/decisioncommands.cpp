// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisioncommands.h"

#include "cliloader.h"
#include "commandline.h"
#include "fieldlabels.h"
#include "fields.h"
#include "format.h"
#include "goalseek.h"
#include "messages.h"
#include "montecarlo.h"
#include "optimizer.h"
#include "riskinputs.h"
#include "overrides.h"
#include "resultjson.h"
#include "sensitivity.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace ccp::DecisionCommands {

namespace {

using decisions::LeverId;


QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The options every decision command takes, and the scenario they name.
struct Invocation
{
    QCommandLineParser parser;
    CliLoader loader;
    Scenario scenario;
};

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("Project file (.ccplan or .json); the built-in example when omitted."));
    parser.addOption({QStringLiteral("scenario"), CommandLine::tr("The scenario with this name (default: the first)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("set"), CommandLine::tr("Override one input (dotted key)."), QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print JSON.")});
}

// Parses, loads the project and picks the scenario; false after printing why.
bool prepare(Invocation &in, const QStringList &args, const QString &command)
{
    if (!in.parser.parse(args)) {
        CommandLine::printError(in.parser.errorText());
        return false;
    }
    const QStringList positional = in.parser.positionalArguments().mid(1);
    if (positional.size() > 1) {
        CommandLine::printError(CommandLine::tr("%1: unexpected argument \"%2\"").arg(command, positional.at(1)));
        return false;
    }
    Overrides overrides;
    for (const QString &assignment : in.parser.values(QStringLiteral("set"))) {
        if (auto e = overrides.addAssignment(assignment)) {
            CommandLine::printError(e->message);
            return false;
        }
    }
    ProjectData project;
    if (auto e = in.loader.load(positional.value(0), project)) {
        CommandLine::printError(e->message);
        return false;
    }
    if (project.scenarios.empty()) {
        CommandLine::printError(CommandLine::tr("%1: the project has no scenario").arg(command));
        return false;
    }
    std::size_t index = 0;
    if (in.parser.isSet(QStringLiteral("scenario"))) {
        QString error;
        const auto found = scenarioIndex(project, in.parser.value(QStringLiteral("scenario")), &error);
        if (!found) {
            CommandLine::printError(error);
            return false;
        }
        index = *found;
    }
    in.loader.resolve(overrides.references());
    in.scenario = project.scenarios[index];
    if (auto e = overrides.apply(in.scenario, in.loader.catalog())) {
        CommandLine::printError(e->message);
        return false;
    }
    return true;
}

// A lever's name for people: its field label, or the label of the derived input.
QString leverLabel(LeverId id)
{
    return FieldLabels::label(decisions::leverInfo(id).key);
}

QJsonObject keyFiguresJson(const KeyFigures &k)
{
    return {{QStringLiteral("npv_cny"), k.npv.cnyValue()},
            {QStringLiteral("irr"), orNull(k.irr)},
            {QStringLiteral("payback_months"), orNull(k.paybackMonths)},
            {QStringLiteral("discounted_payback_months"), orNull(k.discountedPaybackMonths)}};
}

QJsonObject percentilesJson(const decisions::Percentiles &p)
{
    return {{QStringLiteral("p10"), orNull(p.p10)},
            {QStringLiteral("p50"), orNull(p.p50)},
            {QStringLiteral("p90"), orNull(p.p90)},
            {QStringLiteral("mean"), orNull(p.mean)},
            {QStringLiteral("undefined_draws"), double(p.undefinedDraws)}};
}

// A number option; false after printing why it is not one in [min, max].
bool numberOption(const QCommandLineParser &parser, const QString &name, double min, double max,
                  double &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        CommandLine::printError(CommandLine::tr("--%1: \"%2\" is not a number from %3 to %4")
                     .arg(name, parser.value(name), QString::number(min), QString::number(max)));
        return false;
    }
    out = v;
    return true;
}

} // namespace

int runRisk(const QStringList &args)
{
    Invocation in;
    addCommonOptions(in.parser);
    in.parser.addOption({QStringLiteral("draws"), CommandLine::tr("Number of draws (default: the scenario's, 10000 unless set)."), QStringLiteral("N")});
    in.parser.addOption({QStringLiteral("seed"), CommandLine::tr("Seed of the random draws (default: the scenario's, 1 unless set); the same seed gives the same results."), QStringLiteral("S")});
    in.parser.addOption({QStringLiteral("threads"), CommandLine::tr("Worker threads (default: one per core)."), QStringLiteral("N")});
    in.parser.addOption({QStringLiteral("correlation"), CommandLine::tr("Correlation of utilization and list price, −1 to 1 (default: the scenario's, 0 unless set)."), QStringLiteral("RHO")});
    in.parser.addOption({QStringLiteral("target-payback"), CommandLine::tr("Also give the probability of payback within this many months (0: none)."), QStringLiteral("MONTHS")});
    if (!prepare(in, args, QStringLiteral("risk")))
        return CommandLine::BadInput;
    // The scenario's own settings (its distributions, draws, seed…), or the defaults; the
    // options override them.
    decisions::RiskSettings settings = decisions::riskSettingsOf(in.scenario, in.loader.catalog());
    double draws = double(settings.draws), seed = double(settings.seed), threads = 0,
           rho = settings.utilizationPriceCorrelation,
           target = settings.targetPaybackMonths.value_or(-1);
    if (!numberOption(in.parser, QStringLiteral("draws"), 1, 1e7, draws)
        || !numberOption(in.parser, QStringLiteral("seed"), 0, 9007199254740992.0, seed)
        || !numberOption(in.parser, QStringLiteral("threads"), 0, 256, threads)
        || !numberOption(in.parser, QStringLiteral("correlation"), -1, 1, rho)
        || !numberOption(in.parser, QStringLiteral("target-payback"), 0, 1200, target))
        return CommandLine::BadInput;
    settings.draws = long(draws);
    settings.seed = std::uint64_t(seed);
    settings.threads = int(threads);
    settings.utilizationPriceCorrelation = rho;
    if (target > 0)
        settings.targetPaybackMonths = target;
    else
        settings.targetPaybackMonths.reset();
    const decisions::RiskResult r = decisions::runRisk(in.scenario, in.loader.catalog(), settings);

    if (in.parser.isSet(QStringLiteral("json"))) {
        QJsonArray inputs;
        for (const decisions::UncertainInput &u : settings.inputs) {
            const decisions::Distribution &d = u.distribution;
            inputs.append(QJsonObject{
                {QStringLiteral("key"), QString::fromUtf8(decisions::leverInfo(u.lever).key)},
                {QStringLiteral("distribution"), QLatin1String(decisions::distributionCode(d.kind))},
                {QStringLiteral("min"), std::isfinite(d.a) ? QJsonValue(d.a) : QJsonValue()},
                {QStringLiteral("mode"), d.b},
                {QStringLiteral("max"), std::isfinite(d.c) ? QJsonValue(d.c) : QJsonValue()},
                {QStringLiteral("spread"), d.spread}});
        }
        QJsonObject o{{QStringLiteral("scenario"), QString::fromStdString(in.scenario.name)},
                      {QStringLiteral("draws"), double(r.draws)},
                      {QStringLiteral("seed"), double(r.seed)},
                      {QStringLiteral("correlation_utilization_price"), rho},
                      {QStringLiteral("npv_cny"), percentilesJson(r.npvCny)},
                      {QStringLiteral("irr"), percentilesJson(r.irr)},
                      {QStringLiteral("payback_months"), percentilesJson(r.paybackMonths)},
                      {QStringLiteral("p_payback_within_horizon"), r.pPaybackWithinHorizon},
                      {QStringLiteral("horizon_months"), r.horizonMonths},
                      {QStringLiteral("inputs_from_scenario"), !in.scenario.risk.inputs.empty()},
                      {QStringLiteral("inputs"), inputs}};
        if (settings.targetPaybackMonths) {
            o.insert(QStringLiteral("target_payback_months"), *settings.targetPaybackMonths);
            o.insert(QStringLiteral("p_payback_within_target"), orNull(r.pPaybackWithinTarget));
        }
        return CommandLine::printOutput(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    QString text;
    QTextStream o(&text);
    o << CommandLine::tr("Scenario: %1").arg(QString::fromStdString(in.scenario.name)) << '\n'
      << CommandLine::tr("Monte Carlo: %1 draws, seed %2").arg(Format::integer(double(r.draws))).arg(r.seed) << "\n\n";
    const auto row = [&](const QString &label, const QString &p10, const QString &p50,
                         const QString &p90) {
        o << "  " << label.leftJustified(26) << p10.rightJustified(22) << p50.rightJustified(22)
          << p90.rightJustified(22) << '\n';
    };
    row(QString(), QStringLiteral("P10"), QStringLiteral("P50"), QStringLiteral("P90"));
    const auto money = [](const std::optional<double> &v) {
        return v ? Format::money(*v) : Format::undefined();
    };
    row(CommandLine::tr("NPV"), money(r.npvCny.p10), money(r.npvCny.p50), money(r.npvCny.p90));
    row(CommandLine::tr("IRR"), Format::percent(r.irr.p10), Format::percent(r.irr.p50), Format::percent(r.irr.p90));
    row(CommandLine::tr("Payback"), Format::months(r.paybackMonths.p10), Format::months(r.paybackMonths.p50),
        Format::months(r.paybackMonths.p90));
    o << '\n' << "  " << CommandLine::tr("Probability of payback within the horizon (%1): %2")
                              .arg(Format::years(double(r.horizonMonths)),
                                   Format::probability(r.pPaybackWithinHorizon)) << '\n';
    if (r.pPaybackWithinTarget)
        o << "  " << CommandLine::tr("Probability of payback within %1: %2")
                         .arg(Format::months(*settings.targetPaybackMonths),
                              Format::probability(*r.pPaybackWithinTarget)) << '\n';
    if (r.paybackMonths.undefinedDraws > 0)
        o << "  " << CommandLine::tr("— : in %1 of the draws the project does not pay back within the horizon.")
                         .arg(Format::percent(double(r.paybackMonths.undefinedDraws) / double(std::max(1L, r.draws)))) << '\n';
    o << '\n' << "  " << CommandLine::tr("Uncertain inputs:") << '\n';
    for (const decisions::UncertainInput &u : settings.inputs) {
        const decisions::Distribution &d = u.distribution;
        o << "    " << leverLabel(u.lever).leftJustified(34) << ' '
          << CommandLine::tr("%1 (%2 / %3 / %4)")
                 .arg(Messages::distributionName(d.kind),
                      FieldLabels::formatValue(decisions::leverInfo(u.lever).key, d.a), FieldLabels::formatValue(decisions::leverInfo(u.lever).key, d.b),
                      FieldLabels::formatValue(decisions::leverInfo(u.lever).key, d.c)) << '\n';
    }
    return CommandLine::printOutput(text.toUtf8());
}

int runSensitivity(const QStringList &args)
{
    Invocation in;
    addCommonOptions(in.parser);
    in.parser.addOption({QStringLiteral("relative"), CommandLine::tr("Move each input by this share of its value (default 0.2)."), QStringLiteral("SHARE")});
    in.parser.addOption({QStringLiteral("range"), CommandLine::tr("The low and high value of one input."), QStringLiteral("KEY=LOW:HIGH")});
    if (!prepare(in, args, QStringLiteral("sensitivity")))
        return CommandLine::BadInput;
    double relative = 0.2;
    if (!numberOption(in.parser, QStringLiteral("relative"), 0, 0.95, relative))
        return CommandLine::BadInput;
    const decisions::Workbench bench(in.scenario, in.loader.catalog());
    std::vector<decisions::SensitivityRange> ranges = decisions::defaultRanges(bench, relative);
    for (const QString &spec : in.parser.values(QStringLiteral("range"))) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        const QString key = spec.left(eq);
        const QStringList bounds = spec.mid(eq + 1).split(QLatin1Char(':'));
        const decisions::LeverInfo *lever = decisions::findLever(key.toStdString());
        bool okLow = false, okHigh = false;
        const double low = bounds.value(0).toDouble(&okLow), high = bounds.value(1).toDouble(&okHigh);
        if (eq < 0 || !lever) {
            CommandLine::printError(CommandLine::tr("--range %1: unknown input (KEY=LOW:HIGH with KEY one of the sensitivity inputs)").arg(spec));
            return CommandLine::BadInput;
        }
        if (bounds.size() != 2 || !okLow || !okHigh || !(low <= high) || low < lever->min
            || high > lever->max) {
            CommandLine::printError(CommandLine::tr("--range %1: LOW:HIGH must be two numbers, LOW ≤ HIGH, from %2 to %3")
                         .arg(spec, QString::number(lever->min), QString::number(lever->max)));
            return CommandLine::BadInput;
        }
        for (decisions::SensitivityRange &r : ranges)
            if (r.lever == lever->id) {
                r.low = low;
                r.high = high;
            }
    }
    const decisions::Sensitivity result = decisions::sensitivity(in.scenario, in.loader.catalog(), ranges);
    if (in.parser.isSet(QStringLiteral("json"))) {
        QJsonArray inputs;
        for (const decisions::SensitivityInput &i : result.inputs)
            inputs.append(QJsonObject{
                {QStringLiteral("key"), QString::fromUtf8(decisions::leverInfo(i.lever).key)},
                {QStringLiteral("base"), i.base},
                {QStringLiteral("low"), i.low},
                {QStringLiteral("high"), i.high},
                {QStringLiteral("npv_low_cny"), i.atLow.npv.cnyValue()},
                {QStringLiteral("npv_high_cny"), i.atHigh.npv.cnyValue()},
                {QStringLiteral("payback_low_months"), orNull(i.atLow.paybackMonths)},
                {QStringLiteral("payback_high_months"), orNull(i.atHigh.paybackMonths)},
                {QStringLiteral("irr_low"), orNull(i.atLow.irr)},
                {QStringLiteral("irr_high"), orNull(i.atHigh.irr)}});
        return CommandLine::printOutput(QJsonDocument(QJsonObject{{QStringLiteral("scenario"), QString::fromStdString(in.scenario.name)},
                                           {QStringLiteral("base"), keyFiguresJson(result.base)},
                                           {QStringLiteral("inputs"), inputs}})
                     .toJson(QJsonDocument::Indented));
    }
    QString text;
    QTextStream o(&text);
    o << CommandLine::tr("Scenario: %1").arg(QString::fromStdString(in.scenario.name)) << '\n'
      << CommandLine::tr("Sensitivity: NPV %1, payback %2 at the scenario's own inputs")
             .arg(Format::money(result.base.npv.cnyValue()), Format::months(result.base.paybackMonths))
      << "\n\n";
    o << "  " << CommandLine::tr("Input").leftJustified(34) << CommandLine::tr("Low / high").rightJustified(26)
      << CommandLine::tr("NPV at low").rightJustified(24) << CommandLine::tr("NPV at high").rightJustified(24)
      << CommandLine::tr("Payback at low / high").rightJustified(30) << '\n';
    for (const decisions::SensitivityInput &i : result.inputs) {
        o << "  " << leverLabel(i.lever).leftJustified(34)
          << QStringLiteral("%1 / %2").arg(FieldLabels::formatValue(decisions::leverInfo(i.lever).key, i.low), FieldLabels::formatValue(decisions::leverInfo(i.lever).key, i.high)).rightJustified(26)
          << Format::money(i.atLow.npv.cnyValue()).rightJustified(24)
          << Format::money(i.atHigh.npv.cnyValue()).rightJustified(24)
          << QStringLiteral("%1 / %2").arg(Format::months(i.atLow.paybackMonths), Format::months(i.atHigh.paybackMonths)).rightJustified(30)
          << '\n';
    }
    return CommandLine::printOutput(text.toUtf8());
}

int runSolve(const QStringList &args)
{
    Invocation in;
    addCommonOptions(in.parser);
    in.parser.addOption({QStringLiteral("for"), CommandLine::tr("The input to solve for."), QStringLiteral("KEY")});
    in.parser.addOption({QStringLiteral("target"), CommandLine::tr("The figure to reach: payback_months=60, npv=0 or irr=0.1."), QStringLiteral("FIGURE=VALUE")});
    if (!prepare(in, args, QStringLiteral("solve")))
        return CommandLine::BadInput;
    const QString key = in.parser.value(QStringLiteral("for"));
    const decisions::LeverInfo *lever = decisions::findLever(key.toStdString());
    if (!lever) {
        QStringList keys;
        for (const decisions::LeverInfo &l : decisions::levers())
            keys << QString::fromUtf8(l.key);
        CommandLine::printError(key.isEmpty() ? CommandLine::tr("solve: missing --for KEY (one of: %1)").arg(keys.join(QStringLiteral(", ")))
                               : CommandLine::tr("--for %1: cannot solve for this input (one of: %2)").arg(key, keys.join(QStringLiteral(", "))));
        return CommandLine::BadInput;
    }
    const QString targetText = in.parser.value(QStringLiteral("target"));
    const qsizetype eq = targetText.indexOf(QLatin1Char('='));
    const auto figure = decisions::targetFromCode(targetText.left(eq).toStdString());
    bool ok = false;
    const double value = targetText.mid(eq + 1).toDouble(&ok);
    if (eq < 0 || !figure || !ok || !std::isfinite(value)) {
        CommandLine::printError(CommandLine::tr("--target \"%1\": expected payback_months=MONTHS, npv=CNY or irr=FRACTION").arg(targetText));
        return CommandLine::BadInput;
    }
    const decisions::Target target{*figure, value};
    const decisions::GoalSeekResult r = decisions::goalSeek(in.scenario, in.loader.catalog(), lever->id, target);
    if (!r.value) {
        CommandLine::printError(CommandLine::tr("solve: no value of %1 from %2 to %3 reaches %4 = %5")
                     .arg(key, QString::number(r.rangeMin), QString::number(r.rangeMax),
                          QString::fromLatin1(decisions::targetCode(target.figure)), QString::number(value)));
        return CommandLine::BadInput;
    }
    if (in.parser.isSet(QStringLiteral("json"))) {
        return CommandLine::printOutput(QJsonDocument(QJsonObject{
                                   {QStringLiteral("scenario"), QString::fromStdString(in.scenario.name)},
                                   {QStringLiteral("key"), key},
                                   {QStringLiteral("value"), *r.value},
                                   {QStringLiteral("target"), QJsonObject{{QString::fromLatin1(decisions::targetCode(target.figure)), value}}},
                                   {QStringLiteral("achieved"), keyFiguresJson(r.achieved)}})
                     .toJson(QJsonDocument::Indented));
    }
    QString text;
    QTextStream o(&text);
    o << CommandLine::tr("Scenario: %1").arg(QString::fromStdString(in.scenario.name)) << '\n'
      << CommandLine::tr("%1 = %2 reaches the target.").arg(leverLabel(lever->id), FieldLabels::formatValue(decisions::leverInfo(lever->id).key, *r.value)) << '\n'
      << CommandLine::tr("There: NPV %1, IRR %2, payback %3")
             .arg(Format::money(r.achieved.npv.cnyValue()), Format::percent(r.achieved.irr),
                  Format::months(r.achieved.paybackMonths)) << '\n';
    return CommandLine::printOutput(text.toUtf8());
}

namespace {

// A comma-separated list option; false after printing why an element is not valid.
template<typename T, typename Parse>
bool listOption(const QCommandLineParser &parser, const QString &name, std::vector<T> &out,
                Parse parse)
{
    if (!parser.isSet(name))
        return true;
    std::vector<T> values;
    for (const QString &part : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        std::optional<T> v = parse(part.trimmed());
        if (!v) {
            CommandLine::printError(CommandLine::tr("--%1: \"%2\" is not valid here").arg(name, part.trimmed()));
            return false;
        }
        values.push_back(*v);
    }
    if (values.empty()) {
        CommandLine::printError(CommandLine::tr("--%1: the list is empty").arg(name));
        return false;
    }
    out = std::move(values);
    return true;
}

QJsonObject configurationJson(const decisions::Configuration &c)
{
    QJsonArray because;
    for (decisions::Breach b : c.breaches)
        because.append(QLatin1String(decisions::breachCode(b)));
    for (WarningCode w : c.hardLimits)
        because.append(QLatin1String(ResultJson::warningKey(w)));
    QJsonObject o{{QStringLiteral("card"), QString::fromStdString(c.card)},
                  {QStringLiteral("cards"), c.cards},
                  {QStringLiteral("fabric"), QString::fromStdString(c.fabric)},
                  {QStringLiteral("oversubscription"), c.oversubscription},
                  {QStringLiteral("site"), QString::fromStdString(c.site)},
                  {QStringLiteral("feasible"), c.feasible},
                  {QStringLiteral("infeasible_because"), because},
                  {QStringLiteral("list_price_cny_per_card_hour"), c.listPriceCnyPerCardHour}};
    if (c.invalidKey.empty()) {
        o.insert(QStringLiteral("capex_cny"), c.capexCny);
        o.insert(QStringLiteral("npv_cny"), c.npvCny);
        o.insert(QStringLiteral("irr"), orNull(c.irr));
        o.insert(QStringLiteral("payback_months"), orNull(c.paybackMonths));
        o.insert(QStringLiteral("facility_power_kw"), c.facilityPowerKw);
        o.insert(QStringLiteral("effective_pflops"), c.effectivePflops);
        o.insert(QStringLiteral("training_days"), orNull(c.trainingDays));
    } else {
        o.insert(QStringLiteral("invalid_key"), QString::fromStdString(c.invalidKey));
    }
    return o;
}

QString recordLabel(const RecordBase *r, const std::string &id)
{
    return r ? FieldLabels::recordName(*r) : QString::fromStdString(id);
}

} // namespace

int runOptimize(const QStringList &args)
{
    Invocation in;
    addCommonOptions(in.parser);
    in.parser.addOption({QStringLiteral("objective"), CommandLine::tr("npv (highest NPV, the default) or payback (shortest payback)."), QStringLiteral("npv|payback")});
    in.parser.addOption({QStringLiteral("budget"), CommandLine::tr("Largest capex, CNY."), QStringLiteral("CNY")});
    in.parser.addOption({QStringLiteral("grid-mw"), CommandLine::tr("Largest facility power, MW."), QStringLiteral("MW")});
    in.parser.addOption({QStringLiteral("min-pflops"), CommandLine::tr("Smallest effective compute, PFLOPS."), QStringLiteral("PFLOPS")});
    in.parser.addOption({QStringLiteral("deadline-days"), CommandLine::tr("The scenario's training job must finish within this many days."), QStringLiteral("DAYS")});
    in.parser.addOption({QStringLiteral("cards"), CommandLine::tr("Card ids to try (default: every card the catalog can build)."), QStringLiteral("ID,ID")});
    in.parser.addOption({QStringLiteral("counts"), CommandLine::tr("Card counts to try (default 256,512,1024,2048,4096 and the scenario's)."), QStringLiteral("N,N")});
    in.parser.addOption({QStringLiteral("fabrics"), CommandLine::tr("Fabric ids to try (default: all)."), QStringLiteral("ID,ID")});
    in.parser.addOption({QStringLiteral("oversubscription"), CommandLine::tr("Oversubscriptions to try (default 1,2,3)."), QStringLiteral("X,X")});
    in.parser.addOption({QStringLiteral("sites"), CommandLine::tr("Site ids to try (default: all)."), QStringLiteral("ID,ID")});
    in.parser.addOption({QStringLiteral("price-rule"), CommandLine::tr("performance (the list price follows each card's effective performance, the default) or same (one price for every card)."), QStringLiteral("RULE")});
    in.parser.addOption({QStringLiteral("top"), CommandLine::tr("Configurations listed (default 20)."), QStringLiteral("N")});
    in.parser.addOption({QStringLiteral("threads"), CommandLine::tr("Worker threads (default: one per core)."), QStringLiteral("N")});
    if (!prepare(in, args, QStringLiteral("optimize")))
        return CommandLine::BadInput;
    const Catalog &catalog = in.loader.catalog();
    decisions::OptimizerSettings settings;
    settings.space = decisions::defaultSpace(in.scenario, catalog);
    const QString objective = in.parser.value(QStringLiteral("objective"));
    if (objective == QLatin1String("payback"))
        settings.objective = decisions::Objective::MinPayback;
    else if (!objective.isEmpty() && objective != QLatin1String("npv")) {
        CommandLine::printError(CommandLine::tr("--objective: \"%1\" is not npv or payback").arg(objective));
        return CommandLine::BadInput;
    }
    const QString rule = in.parser.value(QStringLiteral("price-rule"));
    if (rule == QLatin1String("same"))
        settings.priceRule = decisions::PriceRule::SameForAllCards;
    else if (!rule.isEmpty() && rule != QLatin1String("performance")) {
        CommandLine::printError(CommandLine::tr("--price-rule: \"%1\" is not performance or same").arg(rule));
        return CommandLine::BadInput;
    }
    double budget = -1, gridMw = -1, pflops = -1, deadline = -1, top = 20, threads = 0;
    if (!numberOption(in.parser, QStringLiteral("budget"), 0, 1e15, budget)
        || !numberOption(in.parser, QStringLiteral("grid-mw"), 0, 1e5, gridMw)
        || !numberOption(in.parser, QStringLiteral("min-pflops"), 0, 1e9, pflops)
        || !numberOption(in.parser, QStringLiteral("deadline-days"), 0, 1e5, deadline)
        || !numberOption(in.parser, QStringLiteral("top"), 1, 100000, top)
        || !numberOption(in.parser, QStringLiteral("threads"), 0, 256, threads))
        return CommandLine::BadInput;
    if (budget >= 0)
        settings.constraints.budgetCny = budget;
    if (gridMw >= 0)
        settings.constraints.gridKw = gridMw * 1000.0;
    if (pflops >= 0)
        settings.constraints.minEffectivePflops = pflops;
    if (deadline >= 0)
        settings.constraints.trainingDeadlineDays = deadline;
    settings.keep = std::size_t(top);
    settings.threads = int(threads);
    const auto id = [](auto find) {
        return [find](const QString &s) -> std::optional<std::string> {
            const std::string v = s.toStdString();
            return find(v) ? std::optional<std::string>(v) : std::nullopt;
        };
    };
    const auto count = [](const QString &s) -> std::optional<int> {
        bool ok = false;
        const int v = s.toInt(&ok);
        return ok && v >= 1 && v <= 1000000 ? std::optional<int>(v) : std::nullopt;
    };
    const auto ratio = [](const QString &s) -> std::optional<double> {
        bool ok = false;
        const double v = s.toDouble(&ok);
        return ok && v >= 1 && v <= 64 ? std::optional<double>(v) : std::nullopt;
    };
    const auto buildable = [&catalog](const std::string &v) {
        const Card *c = catalog.card(v);
        return c && catalog.server(c->standardServer);
    };
    if (!listOption(in.parser, QStringLiteral("cards"), settings.space.cards, id(buildable))
        || !listOption(in.parser, QStringLiteral("counts"), settings.space.cardCounts, count)
        || !listOption(in.parser, QStringLiteral("fabrics"), settings.space.fabrics,
                       id([&catalog](const std::string &v) { return catalog.fabric(v) != nullptr; }))
        || !listOption(in.parser, QStringLiteral("oversubscription"), settings.space.oversubscriptions, ratio)
        || !listOption(in.parser, QStringLiteral("sites"), settings.space.sites,
                       id([&catalog](const std::string &v) { return catalog.site(v) != nullptr; })))
        return CommandLine::BadInput;
    const decisions::OptimizerResult r = decisions::optimize(in.scenario, catalog, settings);

    if (in.parser.isSet(QStringLiteral("json"))) {
        QJsonArray ranked, pareto;
        for (const decisions::Configuration &c : r.ranked)
            ranked.append(configurationJson(c));
        for (const decisions::Configuration &c : r.pareto)
            pareto.append(configurationJson(c));
        return CommandLine::printOutput(QJsonDocument(QJsonObject{
            {QStringLiteral("scenario"), QString::fromStdString(in.scenario.name)},
            {QStringLiteral("objective"), settings.objective == decisions::Objective::MinPayback ? QStringLiteral("payback") : QStringLiteral("npv")},
            {QStringLiteral("evaluated"), double(r.evaluated)},
            {QStringLiteral("feasible"), double(r.feasible)},
            {QStringLiteral("configurations"), ranked},
            {QStringLiteral("pareto"), pareto}}).toJson(QJsonDocument::Indented));
    }
    QString text;
    QTextStream o(&text);
    o << CommandLine::tr("Scenario: %1").arg(QString::fromStdString(in.scenario.name)) << '\n'
      << CommandLine::tr("Optimizer: %1 configurations evaluated, %2 feasible")
             .arg(Format::integer(double(r.evaluated)), Format::integer(double(r.feasible))) << "\n\n";
    o << "  " << CommandLine::tr("Card").leftJustified(30) << CommandLine::tr("Cards").rightJustified(7) << "  "
      << CommandLine::tr("Fabric").leftJustified(30) << CommandLine::tr("Oversub.").rightJustified(9) << "  "
      << CommandLine::tr("Site").leftJustified(24) << CommandLine::tr("Capex").rightJustified(20)
      << CommandLine::tr("NPV").rightJustified(20) << CommandLine::tr("Payback").rightJustified(14) << '\n';
    for (const decisions::Configuration &c : r.ranked) {
        o << "  " << recordLabel(catalog.card(c.card), c.card).left(29).leftJustified(30)
          << Format::integer(c.cards).rightJustified(7) << "  "
          << recordLabel(catalog.fabric(c.fabric), c.fabric).left(29).leftJustified(30)
          << QString::number(c.oversubscription).rightJustified(9) << "  "
          << recordLabel(catalog.site(c.site), c.site).left(23).leftJustified(24);
        if (!c.invalidKey.empty()) {
            o << "  " << CommandLine::tr("not a valid scenario (%1)").arg(FieldLabels::label(c.invalidKey)) << '\n';
            continue;
        }
        o << Format::money(c.capexCny).rightJustified(20) << Format::money(c.npvCny).rightJustified(20)
          << Format::months(c.paybackMonths).rightJustified(14);
        if (!c.feasible)
            o << "  " << CommandLine::tr("infeasible");
        o << '\n';
    }
    if (r.feasible == 0)
        o << '\n' << "  " << CommandLine::tr("No configuration meets the constraints.") << '\n';
    return CommandLine::printOutput(text.toUtf8());
}

} // namespace ccp::DecisionCommands
