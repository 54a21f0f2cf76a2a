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
#include "fieldlabels.h"
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

#include <algorithm>

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
// What a window frame and the desktop's panels may take beyond the free area a screen reports.
constexpr QSize kFrameAllowance(16, 40);
// The widest the file's path is shown in the status bar, in pixels.
constexpr int kStatusPathWidth = 420;

// The groups of scalar inputs, one tab each, in the order a planner thinks; last the
// scenario's own fields (name, description, horizon).
const char *const kGroups[] = {"cluster.", "network.", "site.",     "demand.",
                               "finance.", "training.", "inference.", ""};

// The platform's keys for a standard action, or the common key where the platform has none
// (Qt gives Save As a key on GNOME and macOS only, Quit none on Windows).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &common)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << common;
    return keys;
}

// The fallback of a theme icon: a simple drawing bundled in the resources (resources/icons).
QIcon themeIcon(const char *name)
{
    const QString n = QLatin1String(name);
    return QIcon::fromTheme(n, QIcon(QStringLiteral(":/icons/%1.svg").arg(n)));
}

// A caption above a table: what the table is.
QLabel *makeCaption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A pane of `view` with a note below it (`*legend`) on what its italics mean.
QWidget *withLegend(QWidget *view, QLabel **legend, QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    view->setParent(pane);
    layout->addWidget(view, 1);
    auto *label = new QLabel(pane);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("estimateLegend"));
    label->setContentsMargins(6, 0, 6, 2);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    layout->addWidget(label);
    *legend = label;
    return pane;
}

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
        if (group.isEmpty()) {
            // The description is long: shown whole, wrapped, rather than cut at the cell.
            view->setWordWrap(true);
            view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        }
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
            // The few demand inputs take the height of their rows; the segments the rest.
            view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
            view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
            m_segmentsCaption = makeCaption(page);
            layout->addWidget(m_segmentsCaption);
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
            m_phasesCaption = makeCaption(page);
            layout->addWidget(m_phasesCaption);
            m_phasesView = makeTable(page);
            m_phasesView->setModel(m_phasesModel);
            m_phasesView->setItemDelegate(delegate);
            m_phasesView->setMaximumHeight(140);
            layout->addWidget(m_phasesView);
            // Build phases are optional (Scenario › Add Build Phase); the table shows when
            // there are some.
            const auto showPhases = [this] {
                const bool some = m_phasesModel->rowCount() > 0;
                m_phasesCaption->setVisible(some);
                m_phasesView->setVisible(some);
            };
            connect(m_phasesModel, &QAbstractItemModel::modelReset, this, showPhases);
            connect(m_phasesModel, &QAbstractItemModel::rowsInserted, this, showPhases);
            connect(m_phasesModel, &QAbstractItemModel::rowsRemoved, this, showPhases);
            connect(m_phasesModel, &PhasesModel::editRefused, this, &MainWindow::refuse);
        }
        m_inputTabs->addTab(page, QString());
    }
    // Below the inputs, what their italics mean.
    setCentralWidget(withLegend(m_inputTabs, &m_inputLegend, this));

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

    retranslate();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())
        || !fitsScreen())
        placeOnScreen();
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the docks in proportion to the window.
        resizeDocks({m_docks[0]}, {std::min(260, width() / 6)}, Qt::Horizontal);
        resizeDocks({m_docks[1]},
                    {std::clamp(m_figures->sizeHint().width() + 24, 300, width() / 3)},
                    Qt::Horizontal);
        resizeDocks({m_docks[2]}, {height() * 40 / 100}, Qt::Vertical);
    }
}

bool MainWindow::fitsScreen() const
{
    // The saved geometry is of the frame; it must lie on a screen that still exists, whole.
    const QRect frame = frameGeometry();
    for (const QScreen *s : QGuiApplication::screens()) {
        if (s->availableGeometry().contains(frame))
            return true;
    }
    return false;
}

void MainWindow::placeOnScreen()
{
    // A fresh window (or one whose saved place is off every screen): on the screen it is on,
    // at most 1400 × 900, and leaving room for the frame and the desktop's panels.
    const QRect available = (screen() ? screen() : QGuiApplication::primaryScreen())
                                ->availableGeometry();
    const QSize size(std::min(1400, available.width() - kFrameAllowance.width()),
                     std::min(900, available.height() - kFrameAllowance.height()));
    setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    resize(size.expandedTo(minimumSizeHint()).boundedTo(available.size()));
    move(available.topLeft()
         + QPoint((available.width() - width()) / 2,
                  std::max(0, (available.height() - height() - kFrameAllowance.height()) / 2)));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The frame is known now: a window larger than the screen's free area is made to fit.
    keepOnScreen();
}

void MainWindow::keepOnScreen()
{
    if (isMaximized() || isFullScreen() || !screen())
        return;
    const QRect available = screen()->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - size();
    const QSize most = available.size() - frameExtra;
    if (width() > most.width() || height() > most.height())
        resize(size().boundedTo(most));
    // Then the whole frame onto the free area.
    const QRect frame = frameGeometry();
    const QPoint shift(std::max(available.left() - frame.left(),
                                std::min(0, available.right() - frame.right())),
                       std::max(available.top() - frame.top(),
                                std::min(0, available.bottom() - frame.bottom())));
    if (!shift.isNull())
        move(pos() + shift);
}

MainWindow::~MainWindow()
{
    // The project, a child, is deleted by ~QWidget, when this is no longer a MainWindow: its
    // undo stack's last signals (cleared on destruction) must not reach this window's slots.
    if (m_project) {
        m_project->undoStack()->disconnect(this);
        m_project->disconnect(this);
    }
}

void MainWindow::createActions()
{
    m_newAct = new QAction(this);
    m_newAct->setShortcuts(QKeySequence::New);
    connect(m_newAct, &QAction::triggered, this, &MainWindow::newProject);
    m_openAct = new QAction(this);
    m_openAct->setShortcuts(QKeySequence::Open);
    connect(m_openAct, &QAction::triggered, this, &MainWindow::openDialog);
    m_exampleAct = new QAction(this);
    connect(m_exampleAct, &QAction::triggered, this, [this] {
        if (maybeSave())
            openProject(QString());
    });
    m_saveAct = new QAction(this);
    m_saveAct->setShortcuts(QKeySequence::Save);
    connect(m_saveAct, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAct = new QAction(this);
    m_saveAsAct->setShortcuts(
        standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    connect(m_saveAsAct, &QAction::triggered, this, &MainWindow::saveAs);
    m_revertAct = new QAction(this);
    connect(m_revertAct, &QAction::triggered, this, &MainWindow::revert);
    // One window per project: closing it (with the usual question about unsaved changes)
    // ends the session like Quit.
    m_closeAct = new QAction(this);
    m_closeAct->setShortcuts(standardKeys(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    connect(m_closeAct, &QAction::triggered, this, &QWidget::close);
    m_quitAct = new QAction(this);
    m_quitAct->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAct->setMenuRole(QAction::QuitRole);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);

    // Undo and redo are own actions rather than QUndoStack's: those keep the language they
    // were made in. The menu says what will be undone; the toolbar button keeps its short
    // text (iconText) so that the toolbar does not move, with the full text as tooltip.
    QUndoStack *stack = m_project->undoStack();
    m_undoAct = new QAction(this);
    m_undoAct->setShortcuts(QKeySequence::Undo);
    connect(m_undoAct, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAct = new QAction(this);
    m_redoAct->setShortcuts(QKeySequence::Redo);
    connect(m_redoAct, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    connect(m_project, &Project::undoTextsChanged, this, &MainWindow::updateUndoActions);
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
    // Delete removes the scenario when the scenario list has the focus (elsewhere the key
    // belongs to the table or editor that has it); one undo step like every edit.
    m_deleteAct = new QAction(this);
    m_deleteAct->setShortcuts(QKeySequence::Delete);
    m_deleteAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
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
    connect(m_addSegmentAct, &QAction::triggered, this, [this] {
        m_project->addSegment(currentScenario());
        showNewRow(m_segmentsView);
    });
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
    connect(m_addPhaseAct, &QAction::triggered, this, [this] {
        m_project->addPhase(currentScenario());
        showNewRow(m_phasesView);
    });
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
    m_previewAct->setShortcuts(QKeySequence::Print);
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
    m_guideAct->setShortcuts(QKeySequence::HelpContents);
    connect(m_guideAct, &QAction::triggered, this, &MainWindow::showGuide);
    m_aboutAct = new QAction(this);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::showAbout);

    // Theme icons where the desktop has them, our own drawings otherwise.
    const std::pair<QAction *, const char *> icons[] = {
        {m_newAct, "document-new"},      {m_openAct, "document-open"},
        {m_saveAct, "document-save"},    {m_saveAsAct, "document-save-as"},
        {m_undoAct, "edit-undo"},        {m_redoAct, "edit-redo"},
        {m_addScenarioAct, "list-add"},  {m_duplicateAct, "edit-copy"},
        {m_deleteAct, "list-remove"},    {m_upAct, "go-up"},
        {m_downAct, "go-down"},          {m_previewAct, "document-print-preview"},
        {m_catalogAct, "x-office-address-book"}, {m_closeAct, "window-close"},
        {m_quitAct, "application-exit"}, {m_guideAct, "help-contents"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(themeIcon(name));

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
    m_scenarioView->addAction(m_deleteAct); // Delete works where the scenarios are
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
    // Scrolls rather than grows when warnings are added: the window must fit the screen.
    auto *figuresScroll = new QScrollArea(figuresDock);
    figuresScroll->setWidgetResizable(true);
    figuresScroll->setFrameShape(QFrame::NoFrame);
    m_figures = new KeyFiguresView(figuresScroll);
    figuresScroll->setWidget(m_figures);
    figuresDock->setWidget(figuresScroll);
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
    m_tableTabs->addTab(withLegend(m_bomView, &m_bomLegend, m_tableTabs), QString());
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
    // The history shares the key figures' place rather than taking height from it.
    tabifyDockWidget(figuresDock, undoDock);
    connect(undoDock->toggleViewAction(), &QAction::triggered, undoDock, [undoDock](bool on) {
        if (on)
            undoDock->raise();
    });
    figuresDock->raise();
    // The key figures take the right side from top to bottom: they are what the planner
    // reads after every edit, and on a low screen the charts leave them little height.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
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
    m_fileMenu->addActions({m_closeAct, m_quitAct});
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
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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
    m_closeAct->setText(tr("&Close"));
    m_quitAct->setText(tr("&Quit"));
    updateUndoActions();
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
    m_removeSegmentAct->setText(tr("Dele&te Customer Segment"));
    m_addPhaseAct->setText(tr("Add &Build Phase"));
    m_removePhaseAct->setText(tr("Delete Build P&hase"));
    m_catalogAct->setText(tr("&Catalog…"));
    m_riskAct->setText(tr("Run &Monte Carlo…"));
    m_goalSeekAct->setText(tr("&Goal Seek…"));
    m_optimizeAct->setText(tr("&Optimize Configuration…"));
    m_previewAct->setText(tr("&Preview Report…"));
    m_reportAct->setText(tr("Export Report as P&DF…"));
    m_exportAct->setText(tr("Export &Tables (Excel, CSV)…"));
    m_guideAct->setText(tr("User &Guide"));
    m_aboutAct->setText(tr("&About Compute Center Planner"));
    // Toolbar buttons: a short text beside the icon, the full one in the tooltip.
    m_newAct->setIconText(tr("New"));
    m_newAct->setToolTip(tr("New project (%1)").arg(m_newAct->shortcut().toString(QKeySequence::NativeText)));
    m_openAct->setIconText(tr("Open"));
    m_openAct->setToolTip(tr("Open a project (%1)").arg(m_openAct->shortcut().toString(QKeySequence::NativeText)));
    m_saveAct->setIconText(tr("Save"));
    m_saveAct->setToolTip(tr("Save the project (%1)").arg(m_saveAct->shortcut().toString(QKeySequence::NativeText)));
    m_addScenarioAct->setIconText(tr("Add Scenario"));
    m_duplicateAct->setIconText(tr("Duplicate"));
    m_previewAct->setIconText(tr("Report"));
    m_previewAct->setToolTip(tr("Preview the report and print it (%1)").arg(m_previewAct->shortcut().toString(QKeySequence::NativeText)));
    m_catalogAct->setIconText(tr("Catalog"));
    m_catalogAct->setToolTip(tr("Hardware and site catalog"));
    m_upAct->setToolTip(tr("Move the scenario up"));
    m_downAct->setToolTip(tr("Move the scenario down"));
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
    m_undoView->setEmptyLabel(tr("(as opened)"));
    const QStringList tabs = {tr("Cluster"), tr("Network"), tr("Site and Power"),
                              tr("Demand"), tr("Finance"), tr("Training Job"),
                              tr("Inference"), tr("Scenario")};
    for (int i = 0; i < m_inputTabs->count() && i < tabs.size(); ++i)
        m_inputTabs->setTabText(i, tabs[i]);
    for (int i = 0; i < m_chartTabs->count(); ++i) {
        m_charts[std::size_t(i)]->retranslate();
        m_chartTabs->setTabText(i, m_charts[std::size_t(i)]->title());
    }
    m_phasesCaption->setText(tr("Build phases: when the cards go into service, in stages"));
    m_segmentsCaption->setText(tr("Customer segments: who buys the capacity, how much and at "
                                  "what price"));
    m_inputLegend->setText(tr("Values in italics are estimates (a site preset or an unverified "
                              "catalog figure); the tooltip names the source."));
    m_bomLegend->setText(tr("Prices in italics are estimates; the tooltip names the source."));
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
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Texts of another length are laid out after this event: check the size then.
        QTimer::singleShot(0, this, &MainWindow::keepOnScreen);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_project->undoStack();
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    m_undoAct->setEnabled(stack->canUndo());
    m_redoAct->setEnabled(stack->canRedo());
    m_undoAct->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAct->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undoAct->setIconText(tr("Undo"));
    m_redoAct->setIconText(tr("Redo"));
    const QString undoKey = m_undoAct->shortcut().toString(QKeySequence::NativeText);
    const QString redoKey = m_redoAct->shortcut().toString(QKeySequence::NativeText);
    m_undoAct->setToolTip(undo.isEmpty() ? tr("Nothing to undo")
                                         : tr("Undo: %1 (%2)").arg(undo, undoKey));
    m_redoAct->setToolTip(redo.isEmpty() ? tr("Nothing to redo")
                                         : tr("Redo: %1 (%2)").arg(redo, redoKey));
}

void MainWindow::showNewRow(QTableView *view)
{
    // The row just added is the last: show the tab that holds the table, and select it.
    for (QWidget *w = view->parentWidget(); w; w = w->parentWidget()) {
        const int tab = m_inputTabs->indexOf(w);
        if (tab >= 0) {
            m_inputTabs->setCurrentIndex(tab);
            break;
        }
    }
    const int row = view->model()->rowCount() - 1;
    if (row < 0)
        return;
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectRow(row);
    view->scrollTo(view->currentIndex());
    view->setFocus();
}

void MainWindow::updateTitle()
{
    const QString file = m_project->fileName().isEmpty()
                             ? (m_project->data().name.isEmpty() ? tr("Untitled project")
                                                                 : m_project->data().name)
                             : QFileInfo(m_project->fileName()).fileName();
    setWindowTitle(tr("%1[*] — Compute Center Planner").arg(file));
    setWindowModified(m_project->isModified());
    const QString path = m_project->fileName();
    m_statusFile->setText(path.isEmpty() ? tr("Not saved yet")
                                         : m_statusFile->fontMetrics().elidedText(
                                               path, Qt::ElideMiddle, kStatusPathWidth));
    m_statusFile->setToolTip(path);
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
    curves.push_back({FieldLabels::scenarioName(s),
                      decisions::sweepUtilization(s, m_project->catalog(), 101)});
    for (int k = 0; k < m_project->scenarioCount(); ++k)
        if (k != i)
            curves.push_back({FieldLabels::scenarioName(m_project->scenario(k)),
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
