// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annualchart.h"
#include "bommodel.h"
#include "breakdownchart.h"
#include "breakevenmapchart.h"
#include "cashflowmodel.h"
#include "comparisonview.h"
#include "sensitivityview.h"
#include "statementsmodel.h"
#include "statementsview.h"
#include "catalogwindow.h"
#include "csvexport.h"
#include "deratingchart.h"
#include "examples.h"
#include "fielddelegate.h"
#include "goalseekdialog.h"
#include "guidewindow.h"
#include "inferenceview.h"
#include "installpaths.h"
#include "optimizerdialog.h"
#include "inputmodel.h"
#include "keyfiguresview.h"
#include "language.h"
#include "paybackchart.h"
#include "pdfreport.h"
#include "phasesmodel.h"
#include "project.h"
#include "projectfile.h"
#include "projectloader.h"
#include "projectlock.h"
#include "recovery.h"
#include "riskchart.h"
#include "riskdialog.h"
#include "scenariojson.h"
#include "scenariolistmodel.h"
#include "segmentsmodel.h"
#include "sensitivity.h"
#include "sweep.h"
#include "sweepchart.h"
#include "tokencostchart.h"
#include "tornadochart.h"
#include "xlsxexport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace ccp {

namespace {
constexpr int kMaxRecent = 8;
constexpr int kAutosaveIdleMs = 3000;

// The groups of scalar inputs, one tab each, in the order a planner thinks.
const char *const kGroups[] = {"cluster.", "network.", "site.", "demand.", "finance.", "training.",
                               "inference."};

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setWordWrap(false);
    return view;
}
} // namespace

MainWindow::MainWindow(Catalog builtin, QWidget *parent)
    : QMainWindow(parent)
    , m_builtin(std::move(builtin))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_project = new Project(m_builtin, this);
    m_scenarioModel = new ScenarioListModel(m_project, this);
    for (const char *group : kGroups)
        m_inputModels.push_back(new InputModel(m_project, QLatin1String(group), this));
    m_segmentsModel = new SegmentsModel(m_project, this);
    m_phasesModel = new PhasesModel(m_project, this);
    m_cashFlowModel = new CashFlowModel(m_project, this);
    m_statementsModel = new StatementsModel(m_project, this);
    m_bomModel = new BomModel(m_project, this);

    // Central area: the scenario's inputs, one tab per group.
    m_inputTabs = new QTabWidget(this);
    m_inputTabs->setDocumentMode(true);
    auto *delegate = new FieldDelegate(this);
    for (std::size_t i = 0; i < m_inputModels.size(); ++i) {
        QWidget *page = new QWidget(m_inputTabs);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(4, 4, 4, 4);
        QTableView *view = makeTable(page);
        view->setModel(m_inputModels[i]);
        view->setItemDelegate(delegate);
        view->horizontalHeader()->setStretchLastSection(false);
        // Fitted to the contents when a scenario is shown (showScenario), not on every edit:
        // ResizeToContents would measure every row after each keystroke.
        view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_inputViews.push_back(view);
        connect(m_inputModels[i], &InputModel::editRefused, this, &MainWindow::refuse);
        const QString group = QLatin1String(kGroups[i]);
        if (group == QLatin1String("inference.")) {
            // The deployment's results beside its inputs, so that an edit shows its effect.
            auto *split = new QSplitter(Qt::Horizontal, page);
            split->addWidget(view);
            auto *scroll = new QScrollArea(split);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            m_inferenceView = new InferenceView(scroll);
            scroll->setWidget(m_inferenceView);
            split->addWidget(scroll);
            split->setStretchFactor(0, 3);
            split->setStretchFactor(1, 2);
            layout->addWidget(split);
        } else {
            layout->addWidget(view);
        }
        if (group == QLatin1String("demand.")) {
            m_segmentsView = makeTable(page);
            m_segmentsView->setModel(m_segmentsModel);
            m_segmentsView->setItemDelegate(delegate);
            m_segmentsView->horizontalHeader()->setStretchLastSection(false);
            m_segmentsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            // What a segment buys comes first: it decides which of the other columns apply.
            m_segmentsView->horizontalHeader()->moveSection(SegmentsModel::KindColumn, 1);
            layout->addWidget(m_segmentsView, 1);
            connect(m_segmentsModel, &SegmentsModel::editRefused, this, &MainWindow::refuse);
        } else if (group == QLatin1String("cluster.")) {
            m_phasesView = makeTable(page);
            m_phasesView->setModel(m_phasesModel);
            m_phasesView->setItemDelegate(delegate);
            m_phasesView->setMaximumHeight(140);
            layout->addWidget(m_phasesView);
            // Build phases are optional (Scenario › Add Build Phase); the table shows when
            // there are some.
            const auto showPhases = [this] {
                m_phasesView->setVisible(m_phasesModel->rowCount() > 0);
            };
            connect(m_phasesModel, &QAbstractItemModel::modelReset, this, showPhases);
            connect(m_phasesModel, &QAbstractItemModel::rowsInserted, this, showPhases);
            connect(m_phasesModel, &QAbstractItemModel::rowsRemoved, this, showPhases);
            connect(m_phasesModel, &PhasesModel::editRefused, this, &MainWindow::refuse);
        }
        m_inputTabs->addTab(page, QString());
    }
    setCentralWidget(m_inputTabs);

    connect(m_scenarioModel, &ScenarioListModel::editRefused, this, &MainWindow::refuse);
    connect(m_project, &Project::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_project, &Project::scenarioChanged, this, [this](int index) {
        // A Monte Carlo result describes the inputs it was drawn from; an edit makes it stale.
        if (index == m_riskScenario)
            m_risk.reset();
        if (index == currentScenario())
            refreshResults();
        scheduleAutosave();
    });
    connect(m_project, &Project::projectReset, this, [this] {
        m_sensitivityScenario = -1;
        showScenario(0);
    });
    // Scenario indices shift: per-scenario analyses (Monte Carlo result, own sensitivity
    // ranges) are dropped rather than shown for another scenario.
    connect(m_project, &Project::scenarioInserted, this, [this](int index) {
        m_sensitivityScenario = -1;
        m_riskScenario = -1;
        m_risk.reset();
        m_scenarioView->setCurrentIndex(m_scenarioModel->index(index));
        scheduleAutosave();
    });
    connect(m_project, &Project::scenarioRemoved, this, [this](int index) {
        m_sensitivityScenario = -1;
        m_riskScenario = -1;
        m_risk.reset();
        // The view may already have moved its current row while the row was removed; make
        // the selection and every model agree on the scenario now shown.
        const int row = std::min(index, m_project->scenarioCount() - 1);
        {
            const QSignalBlocker blocker(m_scenarioView->selectionModel());
            m_scenarioView->setCurrentIndex(m_scenarioModel->index(row));
        }
        showScenario(row);
        scheduleAutosave();
    });
    connect(m_project, &Project::scenarioMoved, this, [this](int, int to) {
        m_sensitivityScenario = -1;
        m_riskScenario = -1;
        m_risk.reset();
        m_scenarioView->setCurrentIndex(m_scenarioModel->index(to));
        scheduleAutosave();
    });
    connect(m_project, &Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_project, &Project::fileNameChanged, this, &MainWindow::updateTitle);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveIdleMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);

    createActions();
    createDocks();
    createMenus();
    m_statusFile = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusFile);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1400, available.width() * 95 / 100),
               std::min(900, available.height() * 92 / 100));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAct = new QAction(this);
    m_newAct->setShortcut(QKeySequence::New);
    connect(m_newAct, &QAction::triggered, this, &MainWindow::newProject);
    m_openAct = new QAction(this);
    m_openAct->setShortcut(QKeySequence::Open);
    connect(m_openAct, &QAction::triggered, this, &MainWindow::openDialog);
    m_exampleAct = new QAction(this);
    connect(m_exampleAct, &QAction::triggered, this, [this] {
        if (maybeSave())
            openProject(QString());
    });
    m_saveAct = new QAction(this);
    m_saveAct->setShortcut(QKeySequence::Save);
    connect(m_saveAct, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAct = new QAction(this);
    m_saveAsAct->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAct, &QAction::triggered, this, &MainWindow::saveAs);
    m_revertAct = new QAction(this);
    connect(m_revertAct, &QAction::triggered, this, &MainWindow::revert);
    m_quitAct = new QAction(this);
    m_quitAct->setShortcut(QKeySequence::Quit);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);

    m_undoAct = m_project->undoStack()->createUndoAction(this);
    m_undoAct->setShortcut(QKeySequence::Undo);
    m_redoAct = m_project->undoStack()->createRedoAction(this);
    m_redoAct->setShortcut(QKeySequence::Redo);
    m_copyAct = new QAction(this);
    m_copyAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAct, &QAction::triggered, this, &MainWindow::copyTable);

    m_addScenarioAct = new QAction(this);
    // A new scenario starts as a copy of the selected one: planners compare variants.
    connect(m_addScenarioAct, &QAction::triggered, this, [this] {
        if (m_project->scenarioCount() > 0)
            m_project->duplicateScenario(currentScenario());
        else
            m_project->addScenario();
    });
    m_duplicateAct = new QAction(this);
    m_duplicateAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAct, &QAction::triggered, this,
            [this] { m_project->duplicateScenario(currentScenario()); });
    m_renameAct = new QAction(this);
    m_renameAct->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameAct, &QAction::triggered, this, [this] {
        m_scenarioView->edit(m_scenarioModel->index(currentScenario()));
    });
    m_deleteAct = new QAction(this);
    connect(m_deleteAct, &QAction::triggered, this, [this] {
        if (m_project->scenarioCount() <= 1) {
            refuse(tr("A project keeps at least one scenario."));
            return;
        }
        m_project->removeScenario(currentScenario());
    });
    m_upAct = new QAction(this);
    connect(m_upAct, &QAction::triggered, this, [this] {
        const int i = currentScenario();
        m_project->moveScenario(i, i - 1);
    });
    m_downAct = new QAction(this);
    connect(m_downAct, &QAction::triggered, this, [this] {
        const int i = currentScenario();
        m_project->moveScenario(i, i + 1);
    });
    m_addSegmentAct = new QAction(this);
    connect(m_addSegmentAct, &QAction::triggered, this,
            [this] { m_project->addSegment(currentScenario()); });
    m_removeSegmentAct = new QAction(this);
    connect(m_removeSegmentAct, &QAction::triggered, this, [this] {
        const QModelIndex i = m_segmentsView->currentIndex();
        if (!i.isValid()) {
            refuse(tr("Select the segment to delete."));
            return;
        }
        m_project->removeSegment(currentScenario(), i.row());
    });
    m_addPhaseAct = new QAction(this);
    connect(m_addPhaseAct, &QAction::triggered, this,
            [this] { m_project->addPhase(currentScenario()); });
    m_removePhaseAct = new QAction(this);
    connect(m_removePhaseAct, &QAction::triggered, this, [this] {
        const QModelIndex i = m_phasesView->currentIndex();
        if (!i.isValid()) {
            refuse(tr("Select the build phase to delete."));
            return;
        }
        m_project->removePhase(currentScenario(), i.row());
    });
    m_previewAct = new QAction(this);
    m_previewAct->setShortcut(QKeySequence::Print);
    connect(m_previewAct, &QAction::triggered, this, &MainWindow::previewReport);
    m_reportAct = new QAction(this);
    connect(m_reportAct, &QAction::triggered, this, &MainWindow::exportReport);
    m_exportAct = new QAction(this);
    connect(m_exportAct, &QAction::triggered, this, &MainWindow::exportTables);
    m_catalogAct = new QAction(this);
    connect(m_catalogAct, &QAction::triggered, this, &MainWindow::showCatalog);
    m_riskAct = new QAction(this);
    m_riskAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_riskAct, &QAction::triggered, this, &MainWindow::runMonteCarlo);
    m_goalSeekAct = new QAction(this);
    m_goalSeekAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goalSeekAct, &QAction::triggered, this, &MainWindow::goalSeek);
    m_optimizeAct = new QAction(this);
    m_optimizeAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_optimizeAct, &QAction::triggered, this, &MainWindow::optimize);
    // An edit makes the last Monte Carlo run stale.
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, [this] { m_risk.reset(); });
    m_guideAct = new QAction(this);
    m_guideAct->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAct, &QAction::triggered, this, &MainWindow::showGuide);
    m_aboutAct = new QAction(this);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_zhAct = new QAction(QStringLiteral("中文（简体）"), m_languageGroup);
    m_enAct = new QAction(QStringLiteral("English"), m_languageGroup);
    for (QAction *a : {m_zhAct, m_enAct})
        a->setCheckable(true);
    (QLocale().language() == QLocale::Chinese ? m_zhAct : m_enAct)->setChecked(true);
    connect(m_zhAct, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_enAct, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::createDocks()
{
    // Scenarios.
    auto *scenarioDock = new QDockWidget(this);
    scenarioDock->setObjectName(QStringLiteral("ScenariosDock"));
    QWidget *scenarioPane = new QWidget(scenarioDock);
    auto *sl = new QVBoxLayout(scenarioPane);
    sl->setContentsMargins(4, 4, 4, 4);
    m_scenarioView = new QListView(scenarioPane);
    m_scenarioView->setModel(m_scenarioModel);
    m_scenarioView->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed);
    sl->addWidget(m_scenarioView);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_addScenarioAct, m_duplicateAct, m_deleteAct, m_upAct, m_downAct}) {
        auto *b = new QToolButton(scenarioPane);
        b->setDefaultAction(a);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    sl->addLayout(buttons);
    scenarioDock->setWidget(scenarioPane);
    addDockWidget(Qt::LeftDockWidgetArea, scenarioDock);
    connect(m_scenarioView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showScenario(current.row()); });

    // Key figures.
    auto *figuresDock = new QDockWidget(this);
    figuresDock->setObjectName(QStringLiteral("KeyFiguresDock"));
    m_figures = new KeyFiguresView(figuresDock);
    figuresDock->setWidget(m_figures);
    addDockWidget(Qt::RightDockWidgetArea, figuresDock);

    // Charts.
    auto *chartDock = new QDockWidget(this);
    chartDock->setObjectName(QStringLiteral("ChartsDock"));
    m_chartTabs = new QTabWidget(chartDock);
    m_chartTabs->setDocumentMode(true);
    m_sweepChart = new SweepChart(this);
    m_tornadoChart = new TornadoChart(this);
    m_riskChart = new RiskChart(this);
    m_mapChart = new BreakevenMapChart(this);
    m_tokenCostChart = new TokenCostChart(this);
    m_charts = {m_sweepChart,  new PaybackChart(this), new AnnualChart(this),
                new BreakdownChart(this), new DeratingChart(this), m_mapChart,
                m_tornadoChart, m_riskChart, m_tokenCostChart};
    for (Chart *c : m_charts)
        m_chartTabs->addTab(c->widget(), c->title());
    chartDock->setWidget(m_chartTabs);
    addDockWidget(Qt::BottomDockWidgetArea, chartDock);

    // Tables.
    auto *tableDock = new QDockWidget(this);
    tableDock->setObjectName(QStringLiteral("TablesDock"));
    m_tableTabs = new QTabWidget(tableDock);
    m_tableTabs->setDocumentMode(true);
    m_bomView = makeTable(m_tableTabs);
    m_bomView->setModel(m_bomModel);
    m_bomView->horizontalHeader()->setStretchLastSection(false);
    m_bomView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bomView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_bomView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableTabs->addTab(m_bomView, QString());
    QWidget *cashPane = new QWidget(m_tableTabs);
    auto *cl = new QVBoxLayout(cashPane);
    cl->setContentsMargins(0, 0, 0, 0);
    m_monthly = new QCheckBox(cashPane);
    connect(m_monthly, &QCheckBox::toggled, m_cashFlowModel, &CashFlowModel::setMonthly);
    cl->addWidget(m_monthly);
    m_cashFlowView = makeTable(cashPane);
    m_cashFlowView->setModel(m_cashFlowModel);
    m_cashFlowView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cashFlowView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cl->addWidget(m_cashFlowView);
    m_tableTabs->addTab(cashPane, QString());
    m_comparison = new ComparisonView(m_tableTabs);
    m_tableTabs->addTab(m_comparison, QString());
    m_sensitivity = new SensitivityView(m_tableTabs);
    m_tableTabs->addTab(m_sensitivity, QString());
    m_statements = new StatementsView(m_statementsModel, m_tableTabs);
    m_tableTabs->addTab(m_statements, QString());
    // The planner's own ranges hold for the scenario shown until the defaults are asked for.
    connect(m_sensitivity, &SensitivityView::rangesChanged, this,
            [this](const std::vector<decisions::SensitivityRange> &ranges) {
                m_sensitivityRanges = ranges;
                m_sensitivityScenario = currentScenario();
                refreshResults();
            });
    connect(m_sensitivity, &SensitivityView::defaultsRequested, this, [this] {
        m_sensitivityScenario = -1;
        refreshResults();
    });
    tableDock->setWidget(m_tableTabs);
    addDockWidget(Qt::BottomDockWidgetArea, tableDock);
    tabifyDockWidget(chartDock, tableDock);
    chartDock->raise();

    // Undo history, hidden until asked for.
    auto *undoDock = new QDockWidget(this);
    undoDock->setObjectName(QStringLiteral("UndoHistoryDock"));
    m_undoView = new QUndoView(m_project->undoStack(), undoDock);
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();

    m_docks = {scenarioDock, figuresDock, chartDock, tableDock, undoDock};
    resizeDocks({scenarioDock}, {240}, Qt::Horizontal);
    resizeDocks({figuresDock}, {360}, Qt::Horizontal);
    resizeDocks({chartDock}, {380}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAct, m_openAct, m_exampleAct});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_saveAct, m_saveAsAct, m_revertAct});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_previewAct, m_reportAct, m_exportAct});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAct);
    updateRecentMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAct, m_redoAct});
    m_editMenu->addAction(m_docks.back()->toggleViewAction()); // undo history
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyAct);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QDockWidget *d : m_docks)
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions({m_zhAct, m_enAct});

    m_scenarioMenu = menuBar()->addMenu(QString());
    m_scenarioMenu->addActions({m_addScenarioAct, m_duplicateAct, m_renameAct, m_deleteAct});
    m_scenarioMenu->addSeparator();
    m_scenarioMenu->addActions({m_upAct, m_downAct});
    m_scenarioMenu->addSeparator();
    m_scenarioMenu->addActions({m_addSegmentAct, m_removeSegmentAct, m_addPhaseAct,
                                m_removePhaseAct});

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_goalSeekAct);
    m_toolsMenu->addAction(m_riskAct);
    m_toolsMenu->addAction(m_optimizeAct);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_catalogAct);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAct);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAct);

    QToolBar *tb = addToolBar(QString());
    tb->setObjectName(QStringLiteral("MainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addActions({m_newAct, m_openAct, m_saveAct});
    tb->addSeparator();
    tb->addActions({m_undoAct, m_redoAct});
    tb->addSeparator();
    tb->addActions({m_addScenarioAct, m_duplicateAct});
    tb->addSeparator();
    tb->addActions({m_previewAct, m_catalogAct});
}

void MainWindow::retranslate()
{
    m_newAct->setText(tr("&New"));
    m_openAct->setText(tr("&Open…"));
    m_exampleAct->setText(tr("Open &Example Project"));
    m_saveAct->setText(tr("&Save"));
    m_saveAsAct->setText(tr("Save &As…"));
    m_revertAct->setText(tr("&Revert"));
    m_quitAct->setText(tr("&Quit"));
    m_undoAct->setText(tr("&Undo"));
    m_redoAct->setText(tr("&Redo"));
    m_copyAct->setText(tr("&Copy Table as TSV"));
    m_addScenarioAct->setText(tr("&Add"));
    m_addScenarioAct->setToolTip(tr("Add a scenario"));
    m_duplicateAct->setText(tr("&Duplicate"));
    m_duplicateAct->setToolTip(tr("Duplicate the scenario"));
    m_renameAct->setText(tr("&Rename"));
    m_deleteAct->setText(tr("De&lete"));
    m_deleteAct->setToolTip(tr("Delete the scenario"));
    m_upAct->setText(tr("Move &Up"));
    m_downAct->setText(tr("Move Do&wn"));
    m_addSegmentAct->setText(tr("Add Customer &Segment"));
    m_removeSegmentAct->setText(tr("Delete Customer Segment"));
    m_addPhaseAct->setText(tr("Add &Build Phase"));
    m_removePhaseAct->setText(tr("Delete Build Phase"));
    m_catalogAct->setText(tr("&Catalog…"));
    m_riskAct->setText(tr("Run &Monte Carlo…"));
    m_goalSeekAct->setText(tr("&Goal Seek…"));
    m_optimizeAct->setText(tr("&Optimize Configuration…"));
    m_previewAct->setText(tr("&Preview Report…"));
    m_reportAct->setText(tr("Export &Report as PDF…"));
    m_exportAct->setText(tr("Export &Tables (Excel, CSV)…"));
    m_guideAct->setText(tr("User &Guide"));
    m_aboutAct->setText(tr("&About Compute Center Planner"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Recent &Files"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_scenarioMenu->setTitle(tr("&Scenario"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_docks[0]->setWindowTitle(tr("Scenarios"));
    m_docks[1]->setWindowTitle(tr("Key Figures"));
    m_docks[2]->setWindowTitle(tr("Charts"));
    m_docks[3]->setWindowTitle(tr("Tables"));
    m_docks[4]->setWindowTitle(tr("Undo History"));
    const QStringList tabs = {tr("Cluster"), tr("Network"), tr("Site and Power"),
                              tr("Demand"), tr("Finance"), tr("Training Job"),
                              tr("Inference")};
    for (int i = 0; i < m_inputTabs->count() && i < tabs.size(); ++i)
        m_inputTabs->setTabText(i, tabs[i]);
    for (int i = 0; i < m_chartTabs->count(); ++i) {
        m_charts[std::size_t(i)]->retranslate();
        m_chartTabs->setTabText(i, m_charts[std::size_t(i)]->title());
    }
    m_tableTabs->setTabText(0, tr("Bill of Materials"));
    m_tableTabs->setTabText(1, tr("Cash Flow"));
    m_tableTabs->setTabText(2, tr("Comparison"));
    m_tableTabs->setTabText(3, tr("Sensitivity"));
    m_tableTabs->setTabText(4, tr("Financial Statements"));
    m_monthly->setText(tr("Show months"));
    updateTitle();
    // Item models are not widgets and get no LanguageChange: resetting them re-reads every
    // header and label in the new language and number format.
    showScenario(currentScenario());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString file = m_project->fileName().isEmpty()
                             ? (m_project->data().name.isEmpty() ? tr("Untitled project")
                                                                 : m_project->data().name)
                             : QFileInfo(m_project->fileName()).fileName();
    setWindowTitle(tr("%1[*] — Compute Center Planner").arg(file));
    setWindowModified(m_project->isModified());
    m_statusFile->setText(m_project->fileName().isEmpty() ? tr("Not saved yet")
                                                          : m_project->fileName());
}

int MainWindow::currentScenario() const
{
    const int row = m_scenarioView->currentIndex().row();
    return row >= 0 ? row : 0;
}

void MainWindow::showScenario(int index)
{
    if (index < 0 || index >= m_project->scenarioCount())
        return;
    if (m_scenarioView->currentIndex().row() != index)
        m_scenarioView->setCurrentIndex(m_scenarioModel->index(index));
    for (InputModel *m : m_inputModels)
        m->setScenario(index);
    m_segmentsModel->setScenario(index);
    m_phasesModel->setScenario(index);
    m_cashFlowModel->setScenario(index);
    m_statementsModel->setScenario(index);
    m_bomModel->setScenario(index);
    for (QTableView *view : m_inputViews) {
        view->resizeColumnToContents(0);
        view->resizeColumnToContents(2);
    }
    for (int c = 1; c < m_segmentsModel->columnCount(); ++c)
        m_segmentsView->resizeColumnToContents(c);
    refreshResults();
}

void MainWindow::refreshResults()
{
    const int i = currentScenario();
    if (i >= m_project->scenarioCount())
        return;
    const Scenario &s = m_project->scenario(i);
    const Result &r = m_project->result(i);
    m_figures->setResult(s, r);
    m_inferenceView->setResult(s, r);
    m_tokenCostChart->setSweep(decisions::sweepTokenCost(s, m_project->catalog()));
    // Payback against utilization: this scenario first, then the others for comparison.
    std::vector<SweepChart::Curve> curves;
    curves.push_back({QString::fromStdString(s.name),
                      decisions::sweepUtilization(s, m_project->catalog(), 101)});
    for (int k = 0; k < m_project->scenarioCount(); ++k)
        if (k != i)
            curves.push_back({QString::fromStdString(m_project->scenario(k).name),
                              decisions::sweepUtilization(m_project->scenario(k),
                                                          m_project->catalog(), 101)});
    m_sweepChart->setCurves(std::move(curves));
    const decisions::Workbench bench(s, m_project->catalog());
    const std::vector<decisions::SensitivityRange> ranges =
        m_sensitivityScenario == i ? m_sensitivityRanges : decisions::defaultRanges(bench);
    const decisions::Sensitivity sensitivity = decisions::sensitivity(s, m_project->catalog(), ranges);
    m_tornadoChart->setSensitivity(sensitivity);
    m_sensitivity->setSensitivity(ranges, sensitivity);
    if (m_riskScenario != i)
        m_risk.reset();
    m_riskChart->setRisk(m_risk);
    m_mapChart->setCatalog(m_project->catalog());
    m_comparison->setScenarios(m_project->data().scenarios, allResults());
    for (Chart *c : m_charts)
        c->setResult(s, r);
}

void MainWindow::runMonteCarlo()
{
    const int i = currentScenario();
    if (i >= m_project->scenarioCount())
        return;
    RiskDialog dialog(m_project->scenario(i), m_project->catalog(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    // The settings of a completed run are kept with the scenario (one undo step when changed).
    if (auto refused = m_project->setRiskInputs(i, dialog.riskInputs()))
        QMessageBox::warning(this, tr("Cannot keep the Monte Carlo settings"), *refused);
    m_risk = dialog.result();
    m_riskScenario = i;
    refreshResults();
    m_chartTabs->setCurrentWidget(m_riskChart->widget());
    m_docks[2]->raise();
}

void MainWindow::goalSeek()
{
    const int i = currentScenario();
    if (i >= m_project->scenarioCount())
        return;
    GoalSeekDialog dialog(m_project->scenario(i), m_project->catalog(), this);
    connect(&dialog, &GoalSeekDialog::applyRequested, this,
            [this, i](decisions::LeverId lever, double value) {
                if (auto refused = m_project->setLever(i, lever, value))
                    QMessageBox::warning(this, tr("Cannot apply the value"), *refused);
            });
    dialog.exec();
}

void MainWindow::optimize()
{
    const int i = currentScenario();
    if (i >= m_project->scenarioCount())
        return;
    OptimizerDialog dialog(m_project->scenario(i), m_project->catalog(), this);
    connect(&dialog, &OptimizerDialog::applyRequested, this,
            [this, i](const Scenario &s, const QString &name) {
                if (auto refused = m_project->insertScenario(
                        i + 1, s, tr("Add optimized scenario \"%1\"").arg(name)))
                    QMessageBox::warning(this, tr("Cannot add the configuration"), *refused);
            });
    dialog.exec();
}

void MainWindow::refuse(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    QApplication::beep();
}

bool MainWindow::openProject(const QString &path)
{
    Catalog catalog;
    ProjectData data;
    if (auto e = ProjectLoader::load(path, catalog, data)) {
        QMessageBox::warning(this, tr("Cannot open the project"), e->message);
        return false;
    }
    // A .json file is imported: saving writes a .ccplan beside it.
    const bool native = path.endsWith(QLatin1String(".ccplan"), Qt::CaseInsensitive);
    const bool sameFile = !m_project->fileName().isEmpty()
                          && QFileInfo(path).absoluteFilePath()
                                 == QFileInfo(m_project->fileName()).absoluteFilePath();
    if (native && !sameFile) { // the file open now is locked by us already
        auto lock = std::make_unique<ProjectLock>();
        QString owner;
        if (!lock->tryLock(path, &owner)) {
            QMessageBox::warning(this, tr("Project in use"),
                                 tr("%1 is open in another instance (%2). Close it there "
                                    "first.")
                                     .arg(path, owner));
            return false;
        }
        m_lock = std::move(lock);
    } else if (!native) {
        m_lock.reset();
    }
    loadProject(std::move(data), native ? path : QString());
    if (!path.isEmpty())
        addRecentFile(path);
    return true;
}

void MainWindow::loadProject(ProjectData data, const QString &path)
{
    m_project->reset(std::move(data));
    m_project->setFileName(path);
    updateTitle();
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    // A new project starts from the example's first scenario: a complete, valid template.
    ProjectData example;
    if (auto e = ScenarioJson::readProject(Examples::exampleProjectJson(), m_builtin, QString(),
                                           example)) {
        QMessageBox::warning(this, tr("Cannot create a project"), e->message);
        return;
    }
    ProjectData data;
    data.name = tr("Untitled project");
    Scenario s = example.scenarios.front();
    s.name = tr("New scenario").toStdString();
    s.description.clear();
    data.scenarios.push_back(s);
    m_lock.reset();
    loadProject(std::move(data), QString());
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), settings.value(QStringLiteral("files/lastDir")).toString(),
        tr("Projects (*.ccplan *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::revert()
{
    if (m_project->fileName().isEmpty() || !m_project->isModified())
        return;
    if (QMessageBox::question(this, tr("Revert"),
                              tr("Discard every change since the last save?"))
        != QMessageBox::Yes)
        return;
    Catalog catalog;
    ProjectData data;
    if (auto e = ProjectLoader::load(m_project->fileName(), catalog, data)) {
        QMessageBox::warning(this, tr("Cannot open the project"), e->message);
        return;
    }
    loadProject(std::move(data), m_project->fileName());
}

bool MainWindow::save()
{
    if (m_project->fileName().isEmpty())
        return saveAs();
    return saveTo(m_project->fileName());
}

bool MainWindow::saveAs()
{
    QSettings settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project"), settings.value(QStringLiteral("files/lastDir")).toString(),
        tr("Compute Center Planner projects (*.ccplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".ccplan"), Qt::CaseInsensitive))
        path += QLatin1String(".ccplan");
    settings.setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    std::unique_ptr<ProjectLock> lock;
    const bool sameFile = !m_project->fileName().isEmpty()
                          && QFileInfo(path).absoluteFilePath()
                                 == QFileInfo(m_project->fileName()).absoluteFilePath();
    if (!sameFile) {
        lock = std::make_unique<ProjectLock>();
        QString owner;
        if (!lock->tryLock(path, &owner)) {
            QMessageBox::warning(this, tr("Project in use"),
                                 tr("%1 is open in another instance (%2).").arg(path, owner));
            return false;
        }
    }
    if (auto e = ProjectFile::save(m_project->data(), m_project->catalog(), path)) {
        QMessageBox::warning(this, tr("Cannot save the project"),
                             e->message + QLatin1Char('\n')
                                 + tr("The previous file, if any, is unchanged."));
        return false;
    }
    if (lock)
        m_lock = std::move(lock); // the file open now is the one just written
    m_project->setFileName(path);
    m_project->undoStack()->setClean();
    RecoveryStore::discard();
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_project->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    RecoveryStore::discard(); // a clean exit leaves nothing to recover
    event->accept();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("files/recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("files/recent"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openProject(f);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    Language::install(code); // posts LanguageChange to every widget
    refreshResults();
}

void MainWindow::copyTable()
{
    QString tsv;
    if (m_tableTabs->currentIndex() == 0)
        tsv = m_bomModel->toTsv();
    else if (m_tableTabs->currentWidget() == m_statements)
        tsv = m_statementsModel->toTsv();
    else
        tsv = m_cashFlowModel->toTsv();
    QApplication::clipboard()->setText(tsv);
    statusBar()->showMessage(tr("Table copied as tab-separated values."), 4000);
}

void MainWindow::scheduleAutosave()
{
    if (m_project->isModified())
        m_autosaveTimer->start();
}

void MainWindow::autosave()
{
    if (!m_project->isModified())
        return;
    if (auto e = RecoveryStore::save(m_project->data(), m_project->fileName()))
        statusBar()->showMessage(e->message, 8000);
}

void MainWindow::offerRecovery()
{
    const auto entry = RecoveryStore::find();
    if (!entry)
        return;
    const QString original = entry->originalPath.isEmpty() ? tr("an unsaved project")
                                                           : entry->originalPath;
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved work"),
        tr("Compute Center Planner did not close normally. A recovery copy of %1 from %2 "
           "exists. Recover it?")
            .arg(original, QLocale().toString(entry->savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        RecoveryStore::discard(*entry);
        return;
    }
    if (!recover())
        QMessageBox::warning(this, tr("Cannot recover"),
                             tr("The recovery copy cannot be read; it is kept at %1.")
                                 .arg(entry->recoveryPath));
}

bool MainWindow::recover()
{
    const auto entry = RecoveryStore::find();
    if (!entry)
        return false;
    ProjectData data;
    if (RecoveryStore::load(*entry, m_builtin, data))
        return false;
    RecoveryStore::discard(*entry); // from now on this instance's autosave covers the work
    loadProject(std::move(data), QString());
    // Recovered work is unsaved work: marked modified until the planner saves it.
    m_project->undoStack()->resetClean();
    updateTitle();
    return true;
}

void MainWindow::showCatalog()
{
    if (!m_catalogWindow) {
        m_catalogWindow = new CatalogWindow(this);
        connect(m_catalogWindow, &CatalogWindow::userCatalogChanged, this,
                [this](const Catalog &catalog) {
                    m_builtin = catalog;
                    m_project->setCatalog(m_builtin);
                });
    }
    m_catalogWindow->setCatalog(m_builtin);
    m_catalogWindow->show();
    m_catalogWindow->raise();
}

std::vector<Result> MainWindow::allResults() const
{
    std::vector<Result> results;
    for (int i = 0; i < m_project->scenarioCount(); ++i)
        results.push_back(m_project->result(i));
    return results;
}

void MainWindow::previewReport()
{
    if (m_project->scenarioCount() == 0)
        return;
    // The preview paints the very report the PDF export writes, onto a printer device.
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    const std::vector<Result> results = allResults();
    ReportOptions options;
    options.scenario = currentScenario();
    options.author = QSettings().value(QStringLiteral("report/author")).toString();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (auto e = PdfReport::paint(p, m_project->data(), m_project->catalog(), results, options))
            statusBar()->showMessage(*e, 8000);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void MainWindow::exportReport()
{
    if (m_project->scenarioCount() == 0)
        return;
    QSettings settings;
    bool ok = false;
    const QString author = QInputDialog::getText(
        this, tr("Export Report"), tr("Author shown on the title page:"), QLineEdit::Normal,
        settings.value(QStringLiteral("report/author")).toString(), &ok);
    if (!ok)
        return;
    settings.setValue(QStringLiteral("report/author"), author);
    const QString base = QFileInfo(m_project->fileName()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report as PDF"),
        settings.value(QStringLiteral("files/lastDir")).toString() + QLatin1Char('/')
            + (base.isEmpty() ? QStringLiteral("report") : base) + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    ReportOptions options;
    options.scenario = currentScenario();
    options.author = author;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto e = PdfReport::write(m_project->data(), m_project->catalog(), allResults(), path,
                                    options);
    QApplication::restoreOverrideCursor();
    if (e)
        QMessageBox::warning(this, tr("Cannot export the report"), *e);
    else
        statusBar()->showMessage(tr("Report written to %1").arg(path), 6000);
}

void MainWindow::exportTables()
{
    if (m_project->scenarioCount() == 0)
        return;
    QSettings settings;
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Tables"), settings.value(QStringLiteral("files/lastDir")).toString(),
        tr("Excel workbook (*.xlsx);;CSV files (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool csv = filter.contains(QLatin1String("csv"))
                     || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const int i = currentScenario();
    const auto e = csv ? CsvExport::write(m_project->scenario(i), m_project->catalog(),
                                          m_project->result(i), path)
                       : XlsxExport::write(m_project->data().scenarios, allResults(),
                                           std::size_t(i), m_project->catalog(), path);
    if (e)
        QMessageBox::warning(this, tr("Cannot export the tables"), *e);
    else
        statusBar()->showMessage(tr("Tables written to %1").arg(path), 6000);
}

void MainWindow::showGuide()
{
    if (!m_guideWindow)
        m_guideWindow = new GuideWindow(this);
    const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                      : QStringLiteral("en");
    m_guideWindow->showPage(InstallPaths::guidePage(language));
    m_guideWindow->show();
    m_guideWindow->raise();
    m_guideWindow->activateWindow();
}

QString MainWindow::aboutText()
{
    QString sqlite;
    {
        const QString name = QStringLiteral("ccp-about");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT sqlite_version()"), db);
            if (q.next())
                sqlite = q.value(0).toString();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return tr("<h3>Compute Center Planner %1</h3>"
              "<p>Plans AI compute centers: cards, network, power, customers, cash flows, "
              "payback and effective compute, from one documented model.</p>"
              "<p>Qt %2 (built with %3), SQLite %4.</p>"
              "<p>Copyright © the Compute Center Planner developers. Licensed under the GNU "
              "General Public License, version 3 or later (GPL-3.0-or-later); there is NO "
              "WARRANTY. <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
              "gnu.org/licenses/gpl-3.0</a></p>"
              "<p><b>Data.</b> Hardware figures partly from Epoch AI, Machine Learning Hardware, "
              "epoch.ai (CC BY 4.0). Other figures from vendor data sheets, NDRC policy "
              "documents, the Ministry of Ecology and Environment's grid emission factors and "
              "press reports, each named in the catalog with its date and confidence "
              "(share/ccplanner/catalog/SOURCES.md). Figures marked as estimates are our own.</p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), sqlite.isEmpty() ? tr("(unknown)") : sqlite);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Compute Center Planner"), aboutText());
}

} // namespace ccp
