// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window. Wires the document to the views; owns nothing the layers below could own.

#include "catalog.h"
#include "projectdata.h"

#include <QMainWindow>

class QListWidget;

namespace ccp {

class KeyFiguresView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProjectData project, Catalog catalog, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showScenario(int index);
    void retranslate();

    ProjectData m_project;
    Catalog m_catalog;
    QListWidget *m_scenarios = nullptr;
    KeyFiguresView *m_figures = nullptr;
};

} // namespace ccp
