// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line's decision tools (docs/contract.md §9): `risk` (Monte Carlo),
// `sensitivity` (tornado), `solve` (goal seek) and `optimize`, on one scenario of a project, after
// `--set` overrides. Each prints a table, or JSON with --json; exit status 0, 2 for bad input
// (and for a target no value reaches), 1 for an internal error.

#include <QStringList>

namespace ccp::DecisionCommands {

int runRisk(const QStringList &args);
int runSensitivity(const QStringList &args);
int runSolve(const QStringList &args);
int runOptimize(const QStringList &args);

} // namespace ccp::DecisionCommands
