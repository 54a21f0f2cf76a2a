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


namespace ccp {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ccp::Messages)
public:
    static QString inputError(const InputError &e);
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
