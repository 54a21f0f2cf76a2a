// SPDX-License-Identifier: GPL-3.0-or-later
// Compute Center Planner: plan AI compute centers and see when they pay back.

#include "commandline.h"
#include "language.h"
#include "mainwindow.h"
#include "messages.h"
#include "projectloader.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (ccp::CommandLine::isSubcommand(arguments)) {
        QCoreApplication app(argc, argv); // subcommands never need a display
        QCoreApplication::setApplicationName(QStringLiteral("ccplanner"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CCP_VERSION));
        ccp::Language::install(ccp::Language::systemDefault());
        return ccp::CommandLine::run(arguments);
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ccplanner"));
    QCoreApplication::setApplicationName(QStringLiteral("ccplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCP_VERSION));
    ccp::Language::install(ccp::Language::systemDefault());

    if (arguments.size() > 2) {
        QTextStream(stderr) << ccp::CommandLine::usage();
        return ccp::CommandLine::BadInput;
    }
    ccp::Catalog catalog;
    ccp::ProjectData project;
    if (auto e = ccp::ProjectLoader::load(arguments.value(1), catalog, project)) {
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the project"), e->message);
        return ccp::CommandLine::BadInput;
    }
    ccp::MainWindow window(std::move(project), std::move(catalog));
    window.show();
    return app.exec();
}
