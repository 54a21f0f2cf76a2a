// SPDX-License-Identifier: GPL-3.0-or-later
// Compute Center Planner: plan AI compute centers and see when they pay back.
// ccplanner-gui: the desktop application, and the subcommands that draw (report, export). The
// `ccplanner` executable (main.cpp) runs the other subcommands itself and hands everything else
// to this one, so that `ccplanner eval` does not load the widget and chart libraries.

#include "commandline.h"
#include "guicommands.h"
#include "language.h"
#include "mainwindow.h"
#include "project.h"
#include "messages.h"
#include "catalogstore.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    if (const int status = ccp::CommandLine::decodeArguments(argc, argv, arguments))
        return status;

    ccp::GuiCommands::install();
    if (ccp::CommandLine::isSubcommand(arguments)) {
        // Subcommands never need a display. `report` draws Qt Charts, which need a
        // QApplication: it gets one on the offscreen platform.
        std::unique_ptr<QCoreApplication> app;
        if (arguments.value(1) == QLatin1String("report")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setOrganizationName(QStringLiteral("ccplanner"));
        QCoreApplication::setApplicationName(QStringLiteral("ccplanner"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CCP_VERSION));
        ccp::Language::install(ccp::Language::systemDefault());
        return ccp::CommandLine::run(arguments);
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ccplanner"));
    QCoreApplication::setApplicationName(QStringLiteral("ccplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCP_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Compute Center Planner"));
    // The installed desktop entry and icon (resources/desktop, resources/icons): Wayland
    // matches windows to the menu entry by this name, X11 by WM_CLASS "ccplanner" (the
    // application name; the entry's StartupWMClass).
    QGuiApplication::setDesktopFileName(QStringLiteral(CCP_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(CCP_APP_ID)));
    const QString language = QSettings().value(QStringLiteral("ui/language"),
                                               ccp::Language::systemDefault()).toString();
    ccp::Language::install(language);

    if (arguments.size() > 2) {
        QTextStream(stderr) << ccp::CommandLine::usage();
        return ccp::CommandLine::BadInput;
    }
    // The built-in catalog with the user's own entries; browse-only built-in data if the user
    // catalog file cannot be opened.
    ccp::Catalog catalog;
    {
        ccp::CatalogStore store;
        if (store.open(ccp::CatalogStore::userCatalogPath())) {
            ccp::CatalogStore memory;
            if (auto e = memory.open()) {
                QMessageBox::critical(nullptr, QObject::tr("Cannot load the catalog"), e->message);
                return ccp::CommandLine::InternalError;
            }
            catalog = memory.catalog();
        } else {
            catalog = store.catalog();
            if (!store.problems().isEmpty())
                QMessageBox::warning(nullptr, QObject::tr("Catalog entries left out"),
                                     QObject::tr("These entries of your own catalog cannot be used and were left out:")
                                         + QStringLiteral("\n\n") + store.problems().join(QLatin1Char('\n')));
        }
    }
    ccp::MainWindow window(catalog);
    // A file that cannot be opened is reported; the example project opens instead.
    if (!window.openProject(arguments.value(1)) && !arguments.value(1).isEmpty())
        window.openProject(QString());
    if (window.project()->scenarioCount() == 0) // not even the built-in example opened
        return ccp::CommandLine::InternalError;
    window.show();
    // For the start-up benchmark (tests/bench/bench_gui): report once the window has been
    // shown and painted, then quit.
    if (qEnvironmentVariableIsSet("CCP_EXIT_AFTER_SHOW")) {
        QTimer::singleShot(0, &app, [] {
            QTextStream(stdout) << "shown" << Qt::endl;
            QCoreApplication::quit();
        });
        return app.exec();
    }
    window.offerRecovery();
    return app.exec();
}
