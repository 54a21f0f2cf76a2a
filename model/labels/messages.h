// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Errors of bad input as one translated, human-readable message that names the file and the
// key. Engine error codes and warnings become sentences here, never in the engine.

#include "distributions.h"
#include "riskinputs.h"
#include "fields.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>


namespace ccp {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ccp::Messages)
public:
    // The command line's message: names the key and the raw range (docs/contract.md).
    static QString inputError(const InputError &e);
    // The same refusal for a person at the desktop: the field's translated label (never its
    // key), numbers grouped, percentages in percent, units translated: "Availability must be
    // from 50% to 100% (not 150%)", "The segments' shares add up to 120%, more than 100%".
    // `s` names the segment or build phase of an array element; `value`, when given, is the
    // value that was refused.
    static QString inputProblem(const InputError &e, const Scenario *s = nullptr,
                                const FieldValue *value = nullptr);
    // The field as a planner names it: its label, and for an array element which one
    // ("Share of segment “Enterprise”", "Month of build phase 2").
    static QString fieldName(std::string_view key, const Scenario *s = nullptr);
    // A field's value in words with its unit: "0.4 CNY/kWh", "70%", a catalog record's name,
    // "auto", "default (…)".
    static QString fieldValue(std::string_view key, const FieldValue &v, const Scenario &s,
                              const Catalog &catalog);
    // What an edit of one field did, for the undo history: "Power price 0.36 → 0.4 CNY/kWh
    // (Baseline)".
    static QString fieldChange(const std::string &key, const Scenario &before,
                               const Scenario &after, const Catalog &catalog);
    // What choosing another site did to its presets: "Filled from Ningxia: PUE, Grid
    // capacity. Kept as set by hand: Power price."; empty when nothing was filled or kept.
    static QString sitePresetNotice(const SitePresetChange &change, const Site &site);
    static QString warning(const Warning &w);
    static QString warningTitle(WarningCode code);
    // Why a figure is undefined, as shown in the tooltip of its "—".
    static QString undefinedReason(UndefinedReason reason);
    // The reason of the figure with this dotted key, or an empty string when it is defined.
    static QString undefinedReason(const Result &r, const char *key);
    // Why the inference deployment cannot be served (empty when it can).
    static QString inferenceFit(InferenceFit fit);
    // "Triangular", "PERT", …: the name of a Monte Carlo input's distribution.
    static QString distributionName(decisions::DistributionKind kind);
    // Why a distribution's parameters make none (decisions::checkDistribution), translated.
    static QString distributionProblem(decisions::DistributionProblem problem);
    // A stored Monte Carlo setting that cannot be used, naming its key.
    static QString riskInputError(const decisions::RiskInputError &e);
};

// A failure to read or apply input, already phrased for the user.
struct LoadError
{
    QString message;
};

} // namespace ccp
