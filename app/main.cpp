// SPDX-License-Identifier: GPL-3.0-or-later
// Compute Center Planner: plan AI compute centers and see when they pay back.
//
// `ccplanner`: the command line (docs/architecture.md, "Command line"). It links QtCore and
// QtSql only: `eval`, `catalog` and `convert` run here. The GUI, `report` and `export` need the
// widget, chart and print libraries, whose loading alone costs more than a whole `eval`; for
// those this process becomes ccplanner-gui with the same arguments, environment and process id:
// the executable next to it in the build tree, CCP_GUI_FROM_CLI (../libexec/ccplanner) from it
// once installed.

#include "commandline.h"
#include "language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace {

// The directory of this executable, with a trailing slash; empty if unknown.
std::string executableDir()
{
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    const std::string path(buf, std::size_t(n));
    return path.substr(0, path.rfind('/') + 1);
}

std::string guiExecutable()
{
    const std::string dir = executableDir();
    const std::string besides = dir + "ccplanner-gui";
    if (access(besides.c_str(), X_OK) == 0)
        return besides;
    return dir + CCP_GUI_FROM_CLI "/ccplanner-gui";
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    if (const int status = ccp::CommandLine::decodeArguments(argc, argv, arguments))
        return status;

    if (ccp::CommandLine::needsGui(arguments)) {
        const std::string gui = guiExecutable();
        execv(gui.c_str(), argv);
        const int error = errno; // only reached when ccplanner-gui cannot be started
        QCoreApplication app(argc, argv);
        ccp::Language::install(ccp::Language::systemDefault());
        QTextStream(stderr) << ccp::CommandLine::tr("Cannot start %1: %2")
                                   .arg(QString::fromLocal8Bit(gui.c_str()),
                                        QString::fromLocal8Bit(std::strerror(error)))
                            << Qt::endl;
        return ccp::CommandLine::InternalError;
    }

    QCoreApplication app(argc, argv);
    // The same names as the GUI's, so that the user catalog is found where the GUI keeps it.
    QCoreApplication::setOrganizationName(QStringLiteral("ccplanner"));
    QCoreApplication::setApplicationName(QStringLiteral("ccplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCP_VERSION));
    ccp::Language::install(ccp::Language::systemDefault());
    return ccp::CommandLine::run(arguments);
}
