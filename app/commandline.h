// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line (docs/architecture.md, "Command line"): a public contract. Exit status 0 on
// success, 2 on bad input with one clear message on stderr naming the file or key, 1 on an
// internal error. Subcommands never need a display.

#include <QCoreApplication>
#include <QStringList>

namespace ccp {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ccp::CommandLine)
public:
    enum Exit { Success = 0, InternalError = 1, BadInput = 2 };

    // True when argv names a subcommand (the app then runs without a display).
    static bool isSubcommand(const QStringList &arguments);
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace ccp
