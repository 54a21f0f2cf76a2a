// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window: menus, toolbar, docks, status bar. It wires the project document to the
// item models, views and charts, and calls the file services; it owns nothing the layers
// below could own.

#include "catalog.h"
#include "projectdata.h"
#include "result.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QListView;
class QMenu;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoView;
class QCheckBox;
class QDockWidget;

#include "montecarlo.h"
#include "sensitivity.h"

#include <optional>

namespace ccp {

class SweepChart;
class TokenCostChart;
class InferenceView;
class TornadoChart;
class RiskChart;
class BreakevenMapChart;
class ComparisonView;
class SensitivityView;
class StatementsModel;
class StatementsView;

class BomModel;
class CashFlowModel;
class Chart;
class InputModel;
class KeyFiguresView;
class PhasesModel;
class Project;
class ProjectLock;
class ScenarioListModel;
class SegmentsModel;
class CatalogWindow;
class GuideWindow;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `builtin` is the built-in catalog with the user's entries (the project's own embedded
    // records are added on top per project).
    MainWindow(Catalog builtin, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file, or the built-in example when `path` is empty. Returns false (after
    // telling the user why) when the file cannot be opened; the current project is kept then.
    bool openProject(const QString &path);
    void loadProject(ProjectData data, const QString &path);
    Project *project() const { return m_project; }
    // Offers the recovery copy left by a session that did not end cleanly.
    void offerRecovery();
    // Loads the recovery copy without asking; false when there is none or it cannot be read.
    bool recover();
    // Writes the recovery copy now (the idle timer calls this after each burst of edits).
    void autosave();
    // Help › User Guide (F1): the installed guide in the interface's language.
    void showGuide();
    // Help › About: versions of the app, Qt and SQLite, the licence, the data attributions.
    static QString aboutText();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void updateTitle();
    void updateUndoActions();
    // Shows the input tab holding `view` and selects its last row (the one just added).
    void showNewRow(QTableView *view);
    // Whether the window's frame lies whole on a screen's free area.
    bool fitsScreen() const;
    // Sizes and centres the window on its screen's free area.
    void placeOnScreen();
    // Shrinks and moves a window that reaches beyond its screen's free area.
    void keepOnScreen();
    void showScenario(int index);
    void refreshResults();
    int currentScenario() const;
    bool maybeSave();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void newProject();
    void openDialog();
    void revert();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void setLanguage(const QString &code);
    void copyTable();
    void scheduleAutosave();
    void showCatalog();
    void runMonteCarlo();
    void goalSeek();
    void optimize();
    void previewReport();
    void exportReport();
    void exportTables();
    std::vector<Result> allResults() const;
    void showAbout();
    void refuse(const QString &message);

    Catalog m_builtin;
    Project *m_project = nullptr;
    std::unique_ptr<ProjectLock> m_lock;

    ScenarioListModel *m_scenarioModel = nullptr;
    std::vector<InputModel *> m_inputModels;
    SegmentsModel *m_segmentsModel = nullptr;
    PhasesModel *m_phasesModel = nullptr;
    CashFlowModel *m_cashFlowModel = nullptr;
    StatementsModel *m_statementsModel = nullptr;
    BomModel *m_bomModel = nullptr;
    std::vector<Chart *> m_charts;
    SweepChart *m_sweepChart = nullptr;
    TornadoChart *m_tornadoChart = nullptr;
    RiskChart *m_riskChart = nullptr;
    BreakevenMapChart *m_mapChart = nullptr;
    TokenCostChart *m_tokenCostChart = nullptr;
    InferenceView *m_inferenceView = nullptr;
    ComparisonView *m_comparison = nullptr;
    SensitivityView *m_sensitivity = nullptr;
    StatementsView *m_statements = nullptr;
    // The planner's sensitivity ranges and the scenario they belong to (−1: the defaults).
    std::vector<decisions::SensitivityRange> m_sensitivityRanges;
    int m_sensitivityScenario = -1;
    // The last Monte Carlo run and the scenario it was for; any edit or another scenario
    // makes it stale (the chart then asks for a new run).
    std::optional<decisions::RiskResult> m_risk;
    int m_riskScenario = -1;

    QListView *m_scenarioView = nullptr;
    QTabWidget *m_inputTabs = nullptr;
    std::vector<QTableView *> m_inputViews;
    QTableView *m_segmentsView = nullptr;
    QLabel *m_segmentsCaption = nullptr;
    QLabel *m_phasesCaption = nullptr;
    QLabel *m_inputLegend = nullptr;
    QLabel *m_bomLegend = nullptr;
    QTableView *m_phasesView = nullptr;
    QTableView *m_cashFlowView = nullptr;
    QTableView *m_bomView = nullptr;
    QCheckBox *m_monthly = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    QTabWidget *m_tableTabs = nullptr;
    KeyFiguresView *m_figures = nullptr;
    QUndoView *m_undoView = nullptr;
    CatalogWindow *m_catalogWindow = nullptr;
    GuideWindow *m_guideWindow = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QLabel *m_statusFile = nullptr;

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr,
          *m_scenarioMenu = nullptr, *m_toolsMenu = nullptr, *m_helpMenu = nullptr,
          *m_recentMenu = nullptr, *m_languageMenu = nullptr;
    QAction *m_newAct = nullptr, *m_openAct = nullptr, *m_exampleAct = nullptr,
            *m_saveAct = nullptr, *m_saveAsAct = nullptr, *m_revertAct = nullptr,
            *m_closeAct = nullptr, *m_quitAct = nullptr, *m_undoAct = nullptr, *m_redoAct = nullptr,
            *m_copyAct = nullptr, *m_addScenarioAct = nullptr, *m_duplicateAct = nullptr,
            *m_renameAct = nullptr, *m_deleteAct = nullptr, *m_upAct = nullptr,
            *m_downAct = nullptr, *m_addSegmentAct = nullptr, *m_removeSegmentAct = nullptr,
            *m_addPhaseAct = nullptr, *m_removePhaseAct = nullptr, *m_catalogAct = nullptr,
            *m_riskAct = nullptr, *m_goalSeekAct = nullptr, *m_optimizeAct = nullptr,
            *m_aboutAct = nullptr, *m_guideAct = nullptr, *m_zhAct = nullptr, *m_enAct = nullptr,
            *m_previewAct = nullptr, *m_reportAct = nullptr, *m_exportAct = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    std::vector<QDockWidget *> m_docks;
};

} // namespace ccp
