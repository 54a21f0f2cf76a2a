// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line (docs/architecture.md, "Command line"): a public contract. Exit status 0 on
// success, 2 on bad input with one clear message on stderr naming the file or key, 1 on an
// internal error. Subcommands never need a display.

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>

namespace ccp {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ccp::CommandLine)
public:
    enum Exit { Success = 0, InternalError = 1, BadInput = 2 };

    // True when argv names a subcommand (the app then runs without a display).
    static bool isSubcommand(const QStringList &arguments);
    // True for what the `ccplanner` executable hands to `ccplanner-gui`: the GUI, and `report`
    // and `export`, which draw with the views library. Everything else runs without loading
    // the widget, chart and GUI libraries, which would cost a one-shot `eval` most of its time.
    static bool needsGui(const QStringList &arguments);

    // `report` and `export`, registered by ccplanner-gui (they need the views library).
    using Command = int (*)(const QStringList &arguments);
    static void setGuiCommands(Command report, Command exportTables);

    // argv as QStrings. Arguments are decoded as UTF-8, the encoding Qt uses for file names
    // here: a name in another encoding (café in Latin-1) could not be opened, and an output
    // would be written under a different name, so such an argument is refused with a message
    // (BadInput; Success otherwise). Called before the application object exists.
    static int decodeArguments(int &argc, char **argv, QStringList &arguments);

    static int run(const QStringList &arguments);
    // Every command's usage, in the interface's language; usage(command): one command's.
    static QString usage();
    static QString usage(const QString &command);
    // One message and a newline on stderr. For every subcommand.
    static void printError(const QString &message);
    // Every byte on stdout: Success, or InternalError after printing why not (a closed pipe,
    // a full disk).
    // Standard output may be a non-blocking pipe (QProcess, some shells): a full pipe is
    // waited for, never a reason to drop the rest.
    [[nodiscard]] static int printOutput(const QByteArray &bytes);
    [[nodiscard]] static bool writeAll(int fd, const char *data, std::size_t size);

private:
    static Command s_report;
    static Command s_export;
};

} // namespace ccp
