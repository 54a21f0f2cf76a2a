// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "evaluate.h"
#include "keyfiguresview.h"

#include <QEvent>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>

namespace ccp {

MainWindow::MainWindow(ProjectData project, Catalog catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_project(std::move(project))
    , m_catalog(std::move(catalog))
{
    auto *splitter = new QSplitter(this);
    m_scenarios = new QListWidget(splitter);
    for (const Scenario &s : m_project.scenarios)
        m_scenarios->addItem(QString::fromStdString(s.name));
    m_figures = new KeyFiguresView(splitter);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_scenarios, &QListWidget::currentRowChanged, this, &MainWindow::showScenario);
    m_scenarios->setCurrentRow(0);
    retranslate();
    resize(1100, 700);
}

void MainWindow::showScenario(int index)
{
    if (index < 0 || std::size_t(index) >= m_project.scenarios.size())
        return;
    const Scenario &s = m_project.scenarios[std::size_t(index)];
    m_figures->setResult(s, evaluate(s, m_catalog));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString name = m_project.name.isEmpty() ? tr("Untitled project") : m_project.name;
    setWindowTitle(tr("%1 — Compute Center Planner").arg(name));
    statusBar()->showMessage(tr("Figures marked as estimates rest on estimated catalog values."));
}

} // namespace ccp
