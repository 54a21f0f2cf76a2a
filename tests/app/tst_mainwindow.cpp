// SPDX-License-Identifier: GPL-3.0-or-later
// The main window, offscreen: an edit through the input model reaches the key figures and
// the charts; undo and redo; the modified mark follows the undo stack; crash recovery; the
// optimizer adds its configuration as one undo step; a cancelled run changes nothing.

#include "catalogmodel.h"
#include "catalogstore.h"
#include "catalogwindow.h"
#include "inputmodel.h"
#include "keyfiguresview.h"
#include "language.h"
#include "comparisonview.h"
#include "fieldlabels.h"
#include "format.h"
#include "guidewindow.h"
#include "mainwindow.h"
#include "optimizerdialog.h"
#include "riskdialog.h"
#include "sensitivityview.h"
#include "tornadochart.h"
#include "project.h"
#include "recovery.h"
#include "segmentsmodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QLineSeries>
#include <QLocale>
#include <QLineEdit>
#include <QListView>
#include <QStatusBar>
#include <QTableView>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QDockWidget>
#include <QScreen>
#include <QUndoStack>
#include <QUndoView>

using namespace ccp;

namespace {

InputModel *inputModel(QWidget *window, const QString &prefix)
{
    for (InputModel *m : window->findChildren<InputModel *>()) {
        if (m->groupPrefix() == prefix)
            return m;
    }
    return nullptr;
}

QString keyFiguresText(QWidget *window)
{
    QStringList texts;
    for (KeyFiguresView *v : window->findChildren<KeyFiguresView *>()) {
        for (QLabel *l : v->findChildren<QLabel *>())
            texts << l->text();
    }
    return texts.join(QLatin1Char('\n'));
}

// The last y of the first line series titled like the cumulative cash flow.
std::optional<double> lastCumulative(QWidget *window)
{
    // Charts are drawn when shown: show every chart tab once.
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
        tabs->setCurrentIndex(current);
    }
    for (QChartView *view : window->findChildren<QChartView *>()) {
        for (QAbstractSeries *s : view->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            if (line && line->count() > 0 && line->name().contains(QLatin1String("ash")))
                return line->at(line->count() - 1).y();
        }
    }
    return std::nullopt;
}

// Shows the scenario of the example that serves a model (Qingyang), by selecting it in the
// scenario list as the planner would; its index, or −1.
int showInferenceScenario(MainWindow &w)
{
    for (int i = 0; i < w.project()->scenarioCount(); ++i) {
        if (w.project()->scenario(i).inference.model.empty())
            continue;
        auto *list = w.findChild<QListView *>();
        list->setCurrentIndex(list->model()->index(i, 0));
        return i;
    }
    return -1;
}

QString labelText(QWidget *window, const char *name)
{
    auto *label = window->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

// The letter after a single '&' ("Save &As…" → 'a', "保存(&S)" → 's'); null when none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Every menu of the menu bar, submenus included.
QList<QMenu *> allMenus(QMenuBar *bar)
{
    QList<QMenu *> menus;
    QList<QAction *> pending = bar->actions();
    while (!pending.isEmpty()) {
        QAction *a = pending.takeFirst();
        if (QMenu *m = a->menu()) {
            menus << m;
            pending << m->actions();
        }
    }
    return menus;
}

// Where the window may be: its frame inside the screen's free area, and a minimum size that
// leaves room for a desktop's panel and a window frame (those of the offscreen platform are
// thinner than a real desktop's).
QString doesNotFit(const QMainWindow &w)
{
    QCoreApplication::processEvents();
    const QRect available = w.screen()->availableGeometry();
    const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
    if (!available.contains(w.frameGeometry()))
        return QStringLiteral("frame %1,%2 %3×%4 outside %5×%6")
            .arg(w.frameGeometry().x()).arg(w.frameGeometry().y())
            .arg(w.frameGeometry().width()).arg(w.frameGeometry().height())
            .arg(available.width()).arg(available.height());
    if (minimum.width() > available.width() - 16 || minimum.height() > available.height() - 60)
        return QStringLiteral("minimum size %1×%2 on a %3×%4 screen")
            .arg(minimum.width()).arg(minimum.height())
            .arg(available.width()).arg(available.height());
    return {};
}

// The tabs of the scenario's inputs (the window has other tab widgets: charts, tables).
QTabWidget *inputTabs(QWidget *window)
{
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        for (QTableView *v : tabs->widget(0)->findChildren<QTableView *>()) {
            auto *m = qobject_cast<InputModel *>(v->model());
            if (m && m->groupPrefix() == QLatin1String("cluster."))
                return tabs;
        }
    }
    return nullptr;
}

QAction *actionWithText(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

Catalog builtinCatalog()
{
    Catalog c;
    CatalogStore::builtin(c);
    return c;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("CCP_RECOVERY_DIR", m_dir.filePath(QStringLiteral("recovery")).toLocal8Bit());
        RecoveryStore::discard();
    }

    // Each test starts in English, whatever the one before left (a failed comparison
    // returns before switching back).
    void init()
    {
        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    void editReachesFiguresAndCharts()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        InputModel *cluster = inputModel(&w, QStringLiteral("cluster."));
        QVERIFY(cluster);
        const int row = cluster->rowOfKey(QStringLiteral("cluster.cards"));
        QVERIFY(row >= 0);
        const QModelIndex value = cluster->index(row, InputModel::ValueColumn);
        const QString figuresBefore = keyFiguresText(&w);
        const auto cumulativeBefore = lastCumulative(&w);
        QVERIFY(cumulativeBefore.has_value());
        QVERIFY(!w.isWindowModified());

        QVERIFY(cluster->setData(value, 2048.0, Qt::EditRole));
        QCOMPARE(w.project()->scenario(0).cluster.cards, 2048);
        QVERIFY(keyFiguresText(&w).contains(QLocale().toString(2048)));
        QVERIFY(keyFiguresText(&w) != figuresBefore);
        const auto cumulativeAfter = lastCumulative(&w);
        QVERIFY(cumulativeAfter.has_value());
        QVERIFY(*cumulativeAfter != *cumulativeBefore);
        QVERIFY(w.isWindowModified());

        w.project()->undoStack()->undo();
        QCOMPARE(w.project()->scenario(0).cluster.cards, 1024);
        QCOMPARE(keyFiguresText(&w), figuresBefore);
        QCOMPARE(*lastCumulative(&w), *cumulativeBefore);
        QVERIFY(!w.isWindowModified());
        w.project()->undoStack()->redo();
        QCOMPARE(w.project()->scenario(0).cluster.cards, 2048);
        QVERIFY(w.isWindowModified());
    }

    // The comparison tab: every scenario's key figures, differences against the baseline.
    void comparisonShowsEveryScenario()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        auto *view = w.findChild<ComparisonView *>();
        QVERIFY(view);
        auto *table = view->findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), w.project()->scenarioCount());
        QVERIFY(table->columnCount() >= 9);
        QVERIFY(table->verticalHeaderItem(0)->text().contains(QStringLiteral("baseline")));
        // Row 1 (not the baseline) shows its NPV and the difference in brackets.
        QVERIFY(table->item(1, 1)->text().contains(QLatin1Char('(')));
        QVERIFY(!table->item(0, 1)->text().contains(QLatin1Char('(')));
        if (const QByteArray dir = qgetenv("CCP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            auto *tabs = qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget());
            if (tabs)
                tabs->setCurrentWidget(view);
            view->resize(1300, 420);
            QCoreApplication::processEvents();
            view->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/comparison.png"));
        }
    }

    // The optimizer dialog on a narrowed space: the best configuration, added as a scenario,
    // is one undo step; a run cancelled at once keeps nothing and changes nothing.
    void optimizerAddsOneUndoStep()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        Project *project = w.project();
        const int scenarios = project->scenarioCount();
        OptimizerDialog dialog(project->scenario(0), project->catalog(), &w);
        const QList<QListWidget *> lists = dialog.findChildren<QListWidget *>();
        QCOMPARE(lists.size(), 3); // cards, fabrics, sites
        const auto keepFirst = [](QListWidget *list, int n) {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(i < n ? Qt::Checked : Qt::Unchecked);
        };
        keepFirst(lists[0], 4);
        keepFirst(lists[1], 2);
        keepFirst(lists[2], 2);
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->text().contains(QLatin1String("1024")))
                e->setText(QStringLiteral("512, 1024"));
        }
        QString why;
        const auto settings = dialog.settings(&why);
        QVERIFY2(settings, qPrintable(why));
        QCOMPARE(settings->space.size(), std::size_t(4 * 2 * 2 * 3 * 2));

        QSignalSpy finished(&dialog, &OptimizerDialog::finished);
        dialog.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(dialog.optimization());
        QCOMPARE(dialog.optimization()->evaluated, std::size_t(96));
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table && table->rowCount() > 0);
        QSignalSpy applied(&dialog, &OptimizerDialog::applyRequested);
        // As MainWindow::optimize does.
        connect(&dialog, &OptimizerDialog::applyRequested, project,
                [project](const Scenario &s, const QString &name) {
                    QVERIFY(!project->insertScenario(1, s, name));
                });
        QPushButton *add = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == OptimizerDialog::tr("Add as Scenario"))
                add = b;
        QVERIFY(add && add->isEnabled());
        const int undoBefore = project->undoStack()->count();
        add->click();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(project->scenarioCount(), scenarios + 1);
        QCOMPARE(project->undoStack()->count(), undoBefore + 1);
        const decisions::Configuration &best = dialog.optimization()->ranked.front();
        QCOMPARE(project->scenario(1).cluster.card, best.card);
        QCOMPARE(project->scenario(1).cluster.cards, best.cards);
        QCOMPARE(project->result(1).finance.npv.cnyValue(), best.npvCny);
        if (const QByteArray dir = qgetenv("CCP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.resize(1300, 740);
            dialog.show();
            QCoreApplication::processEvents();
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/optimizer.png"));
        }
        project->undoStack()->undo();
        QCOMPARE(project->scenarioCount(), scenarios);

        // Cancel at once: the run stops, nothing is kept, the project is as it was.
        OptimizerDialog second(project->scenario(0), project->catalog(), &w);
        QSignalSpy stopped(&second, &QDialog::rejected);
        second.show();
        second.start();
        second.reject(); // asks the worker to stop
        QTRY_VERIFY_WITH_TIMEOUT(second.findChild<QProgressBar *>()->isHidden(), 60000);
        QVERIFY(!second.optimization() || second.optimization()->evaluated == 20520);
        QCOMPARE(project->scenarioCount(), scenarios);
        QCOMPARE(project->undoStack()->index(), undoBefore);
    }

    void riskDialogCancelKeepsNothing()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        Project *project = w.project();
        const Scenario before = project->scenario(0);
        RiskDialog dialog(before, project->catalog(), &w);
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QPushButton *run = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == RiskDialog::tr("Run"))
                run = b;
        QVERIFY(run);
        run->click();
        dialog.reject();
        QVERIFY(rejected.wait(60000) || rejected.size() == 1);
        QVERIFY(!dialog.result());
        QCOMPARE(project->undoStack()->count(), 0);
        QVERIFY(!w.isWindowModified());
    }

    // The distributions are edited in the dialog, refused in words while invalid, and kept
    // with the scenario as one undo step; the dialog reopens with them.
    void riskDialogEditsAreStored()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        Project *project = w.project();
        RiskDialog dialog(project->scenario(0), project->catalog(), &w);
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QVERIFY(table->rowCount() >= 6); // the default spreads
        QString why;
        QVERIFY(dialog.settings(&why));
        QVERIFY(dialog.riskInputs().inputs.empty()); // defaults are stored as none

        // A PERT whose most likely value is above its maximum: refused, in words.
        dialog.setInput(1, {decisions::LeverId::ListPrice, decisions::Distribution::pert(10, 20, 16)});
        QVERIFY(!dialog.settings(&why));
        QVERIFY2(why.contains(FieldLabels::label("demand.list_price_cny_per_card_hour")), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("demand.")), qPrintable(why));
        QPushButton *run = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == RiskDialog::tr("Run"))
                run = b;
        QVERIFY(run && !run->isEnabled());

        dialog.setInput(1, {decisions::LeverId::ListPrice, decisions::Distribution::uniform(10, 16)});
        QVERIFY2(dialog.settings(&why), qPrintable(why));
        QVERIFY(run->isEnabled());
        const RiskInputs stored = dialog.riskInputs();
        QCOMPARE(int(stored.inputs.size()), table->rowCount());
        QCOMPARE(stored.inputs[1].key, std::string("demand.list_price_cny_per_card_hour"));
        QCOMPARE(stored.inputs[1].distribution, std::string("uniform"));
        QCOMPARE(stored.inputs[1].min, 10.0);
        QCOMPARE(stored.inputs[1].max, 16.0);
        if (const QByteArray dir = qgetenv("CCP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.resize(1120, 640);
            dialog.show();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/risk-dialog.png"));
        }

        const int steps = project->undoStack()->count();
        QVERIFY(!project->setRiskInputs(0, stored));
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QVERIFY(!project->setRiskInputs(0, stored)); // no change, no step
        QCOMPARE(project->undoStack()->count(), steps + 1);
        RiskDialog reopened(project->scenario(0), project->catalog(), &w);
        QVERIFY(reopened.riskInputs() == stored);
        project->undoStack()->undo();
        QVERIFY(project->scenario(0).risk == RiskInputs{});
    }

    // The decision dialogs in Chinese: every header and the status of a run in Chinese, no
    // English word; with CCP_SCREENSHOT_DIR set, pictures at the size they open on a
    // 1366 × 768 screen.
    void decisionDialogsInChinese()
    {
        Language::install(QStringLiteral("zh_CN"));
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        Project *project = w.project();
        const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}"));
        const auto headers = [](QTableWidget *t) {
            QStringList h;
            for (int c = 0; c < t->columnCount(); ++c)
                h << t->horizontalHeaderItem(c)->text();
            return h.join(QLatin1Char('|'));
        };
        OptimizerDialog optimizer(project->scenario(0), project->catalog(), &w);
        QVERIFY(optimizer.windowTitle().contains(QStringLiteral("优化配置")));
        const QList<QListWidget *> lists = optimizer.findChildren<QListWidget *>();
        for (int i = 3; i < lists[2]->count(); ++i)
            lists[2]->item(i)->setCheckState(Qt::Unchecked);
        QSignalSpy finished(&optimizer, &OptimizerDialog::finished);
        optimizer.start();
        QVERIFY(finished.wait(60000));
        auto *table = optimizer.findChild<QTableWidget *>();
        QVERIFY2(!headers(table).contains(english), qPrintable(headers(table)));
        QStringList labels;
        for (QLabel *l : optimizer.findChildren<QLabel *>())
            if (!l->text().isEmpty())
                labels << l->text();
        QVERIFY2(labels.join(QLatin1Char('|')).contains(QStringLiteral("可行")), qPrintable(labels.join(QLatin1Char('|'))));
        for (const QString &l : labels)
            QVERIFY2(!l.contains(english), qPrintable(l));
        RiskDialog risk(project->scenario(0), project->catalog(), &w);
        auto *inputs = risk.findChild<QTableWidget *>();
        QVERIFY2(!headers(inputs).contains(english), qPrintable(headers(inputs)));
        // Names that are the same in both languages.
        const QRegularExpression names(QStringLiteral("\\b(PERT|PUE|MFU|PFLOPS)\\b"));
        for (QComboBox *c : risk.findChildren<QComboBox *>())
            QVERIFY2(!QString(c->currentText()).remove(names).contains(english), qPrintable(c->currentText()));
        if (const QByteArray dir = qgetenv("CCP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (QDialog *d : {static_cast<QDialog *>(&optimizer), static_cast<QDialog *>(&risk)}) {
                d->resize(d == &risk ? 1120 : 1280, d == &risk ? 640 : 700);
                d->show();
            }
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
            optimizer.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/optimizer-zh.png"));
            risk.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/risk-dialog-zh.png"));
        }
        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    // The sensitivity table: a low and high value edited per input recompute the tornado;
    // "Default Ranges" brings ±20% back.
    void sensitivityRangesAreEditable()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        auto *view = w.findChild<SensitivityView *>();
        QVERIFY(view);
        auto *table = view->findChild<QTableWidget *>();
        QVERIFY(table->rowCount() >= 12);
        int pueRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == FieldLabels::label("site.pue"))
                pueRow = r;
        QVERIFY(pueRow >= 0);
        const QString swingBefore = table->item(pueRow, 5)->text();
        const QString rankBefore = table->item(pueRow, 8)->text();
        view->editRange(pueRow, 1.0, 2.5); // a much wider PUE range
        QCOMPARE(table->item(pueRow, 0)->text(), FieldLabels::label("site.pue"));
        QVERIFY2(table->item(pueRow, 5)->text() != swingBefore, qPrintable(table->item(pueRow, 5)->text()));
        QVERIFY(table->item(pueRow, 8)->text().toInt() < rankBefore.toInt()); // it moves up
        auto *chart = w.findChild<TornadoChart *>();
        QVERIFY(chart);
        QVERIFY(w.project()->undoStack()->count() == 0); // an analysis, not an edit
        view->findChild<QPushButton *>(QStringLiteral("defaultRanges"))->click();
        QCOMPARE(table->item(pueRow, 5)->text(), swingBefore);
    }

    // The Inference tab: the inputs of the "inference." group and the deployment's results
    // beside them; an edit is one undo step and changes the results shown.
    void inferenceTabEditsAndResults()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        const int scenario = showInferenceScenario(w);
        QVERIFY(scenario >= 0);
        bool tab = false;
        for (QTabWidget *tabs : w.findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                tab = tab || tabs->tabText(i) == QLatin1String("Inference");
        QVERIFY(tab);
        InputModel *inference = inputModel(&w, QStringLiteral("inference."));
        QVERIFY(inference);
        QCOMPARE(inference->scenario(), scenario);
        const int row = inference->rowOfKey(QStringLiteral("inference.tensor_parallel"));
        QVERIFY(row >= 0);
        // Per card the throughput stays (tensor parallelism's all-reduce is not modelled); the
        // deployment and its batch double.
        const char *perCard = "performance.inference.batch";
        const QString before = labelText(&w, perCard);
        QVERIFY2(!before.isEmpty() && before != Format::undefined(), qPrintable(before));
        QVERIFY(labelText(&w, "performance.inference.fits") == QLatin1String("yes"));
        const int steps = w.project()->undoStack()->count();
        QVERIFY(inference->setData(inference->index(row, InputModel::ValueColumn), 2, Qt::EditRole));
        QCOMPARE(w.project()->undoStack()->count(), steps + 1);
        QCOMPARE(w.project()->scenario(scenario).inference.tensorParallel, 2);
        QVERIFY(labelText(&w, perCard) != before);
        QVERIFY(labelText(&w, "performance.inference.deployment_cards").startsWith(QLocale().toString(32)));
        w.project()->undoStack()->undo();
        QCOMPARE(labelText(&w, perCard), before);
        // The key figures name the inference figures for this scenario.
        QVERIFY(keyFiguresText(&w).contains(
            Format::price(*w.project()->result(scenario).finance.costPerMillionTokensCny)));
    }

    // Token columns do not apply to card-hour segments, contract columns not to MaaS
    // segments; a MaaS segment without a model is refused in words.
    void maasColumnsOnlyWhereTheyApply()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        const int scenario = showInferenceScenario(w);
        auto *segments = w.findChild<SegmentsModel *>();
        QVERIFY(segments);
        QCOMPARE(segments->scenario(), scenario);
        const auto &list = w.project()->scenario(scenario).demand.segments;
        QVERIFY(list.size() >= 2);
        QCOMPARE(list[0].kind, SegmentKind::Maas);
        QCOMPARE(list[1].kind, SegmentKind::Rental);
        const QModelIndex rentalPrice = segments->index(1, SegmentsModel::PriceOutputColumn);
        QVERIFY(!(segments->flags(rentalPrice) & Qt::ItemIsEditable));
        QVERIFY(!(segments->flags(rentalPrice) & Qt::ItemIsEnabled));
        QVERIFY(!segments->data(rentalPrice, Qt::DisplayRole).isValid());
        const int steps = w.project()->undoStack()->count();
        QVERIFY(!segments->setData(rentalPrice, 3.0, Qt::EditRole));
        QCOMPARE(w.project()->undoStack()->count(), steps);
        const QModelIndex maasPrice = segments->index(0, SegmentsModel::PriceOutputColumn);
        QVERIFY(segments->flags(maasPrice) & Qt::ItemIsEditable);
        QVERIFY(!(segments->flags(segments->index(0, SegmentsModel::ContractMonthsColumn))
                  & Qt::ItemIsEditable));
        QVERIFY(segments->headerData(SegmentsModel::PriceOutputColumn, Qt::Horizontal,
                                     Qt::ToolTipRole).toString().contains(QLatin1String("MaaS")));
        // A rental row becomes MaaS through its kind: one undo step.
        QVERIFY(segments->setData(segments->index(1, SegmentsModel::KindColumn),
                                  QStringLiteral("maas"), Qt::EditRole));
        QCOMPARE(w.project()->scenario(scenario).demand.segments[1].kind, SegmentKind::Maas);
        QVERIFY(segments->flags(segments->index(1, SegmentsModel::PriceOutputColumn))
                & Qt::ItemIsEditable);

        // The first scenario names no model: its segment cannot sell tokens, and says why.
        auto *scenarios = w.findChild<QListView *>();
        scenarios->setCurrentIndex(scenarios->model()->index(0, 0));
        QCOMPARE(segments->scenario(), 0);
        QVERIFY(w.project()->scenario(0).inference.model.empty());
        QSignalSpy refused(segments, &SegmentsModel::editRefused);
        QVERIFY(!segments->setData(segments->index(0, SegmentsModel::KindColumn),
                                   QStringLiteral("maas"), Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        const QString message = refused.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("choose a model first")), qPrintable(message));
        QCOMPARE(w.statusBar()->currentMessage(), message);
    }

    // The catalog window's model page: every model of the catalog, headers translated with
    // units, never a data file's key.
    void modelCatalogPage()
    {
        const Catalog catalog = builtinCatalog();
        QVERIFY(catalog.models.size() >= 10);
        CatalogWindow window;
        window.setCatalog(catalog);
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        int page = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QLatin1String("Models"))
                page = i;
        QVERIFY(page >= 0);
        auto *view = qobject_cast<QTableView *>(tabs->widget(page));
        QVERIFY(view);
        QAbstractItemModel *m = view->model();
        QCOMPARE(m->rowCount(), int(catalog.models.size()));
        QStringList headers;
        for (int c = 0; c < m->columnCount(); ++c)
            headers << m->headerData(c, Qt::Horizontal).toString();
        for (const QString &h : headers)
            QVERIFY2(!h.contains(QLatin1Char('_')) && !h.isEmpty(), qPrintable(h));
        QVERIFY2(headers.contains(QStringLiteral("Parameters (billion)")), qPrintable(headers.join(u'|')));
        QVERIFY(headers.contains(QStringLiteral("Context length (tokens)")));
    }

    void refusedEditChangesNothing()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        InputModel *site = inputModel(&w, QStringLiteral("site."));
        QVERIFY(site);
        const QModelIndex pue = site->index(site->rowOfKey(QStringLiteral("site.pue")),
                                            InputModel::ValueColumn);
        const int before = w.project()->undoStack()->count();
        QVERIFY(!site->setData(pue, 0.9, Qt::EditRole));
        QCOMPARE(w.project()->undoStack()->count(), before);
    }

    // Deleting the scenario shown moves every view to the scenario that takes its place.
    void deleteShownScenario()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        const int count = w.project()->scenarioCount();
        QVERIFY(count >= 2);
        const double secondNpv = w.project()->result(1).finance.npv.cnyValue();
        w.project()->removeScenario(0);
        InputModel *cluster = inputModel(&w, QStringLiteral("cluster."));
        QCOMPARE(cluster->scenario(), 0);
        QCOMPARE(w.project()->result(0).finance.npv.cnyValue(), secondNpv);
        const QString npvText = QLocale().toString(secondNpv / 1e6, 'f', 1);
        QVERIFY2(keyFiguresText(&w).contains(npvText), qPrintable(npvText));
        w.project()->undoStack()->undo();
        QCOMPARE(w.project()->scenarioCount(), count);
    }

    // The tests run on a fake 1366 × 768 screen: the window fits it as it opens, after the
    // model has warnings to show, with the undo history open and after a language switch,
    // in both languages, and does not grow on the way.
    void windowFitsSmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("other");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("zh_CN");
        QTest::newRow("zh") << QStringLiteral("zh_CN") << QStringLiteral("en");
    }
    void windowFitsSmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, other);
        QSettings().clear(); // no geometry remembered from another test
        Language::install(language);
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        QCOMPARE(w.screen()->geometry().size(), QSize(1366, 768));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString problem = doesNotFit(w);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("at start: ") + problem));
        const QSize opened = w.size();

        // Warnings: a grid connection, an energy quota and a PUE limit the plan breaks.
        for (const auto &[key, value] : {std::pair{"site.grid_capacity_kw", 10.0},
                                        std::pair{"site.energy_quota_mwh_per_year", 10.0},
                                        std::pair{"site.pue_limit", 1.0},
                                        std::pair{"cluster.cards", 200000.0}})
            QVERIFY(!w.project()->setField(0, key, value));
        QVERIFY(w.project()->result(0).warnings.size() >= 3);
        QVERIFY(keyFiguresText(&w).count(QRegularExpression(QStringLiteral("[⚠✖]"))) >= 3);
        problem = doesNotFit(w);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("with warnings: ") + problem));

        // The undo history.
        QUndoView *history = w.findChild<QUndoView *>();
        QVERIFY(history);
        auto *undoDock = qobject_cast<QDockWidget *>(history->parentWidget());
        QVERIFY(undoDock);
        undoDock->toggleViewAction()->trigger();
        QVERIFY(undoDock->isVisible());
        problem = doesNotFit(w);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("with the history: ") + problem));

        // A run-time language switch, and back.
        Language::install(other);
        QCoreApplication::processEvents();
        problem = doesNotFit(w);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after a switch: ") + problem));
        Language::install(language);
        QCoreApplication::processEvents();
        problem = doesNotFit(w);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("switched back: ") + problem));
        QVERIFY2(w.width() <= opened.width() && w.height() <= opened.height(),
                 qPrintable(QStringLiteral("grew from %1×%2 to %3×%4")
                                .arg(opened.width()).arg(opened.height())
                                .arg(w.width()).arg(w.height())));
        Language::install(QStringLiteral("en"));
    }

    // The window opens where it was closed; a place that is on no screen any more is
    // replaced by one on the screen.
    void geometryRemembered()
    {
        QSettings().clear();
        {
            MainWindow w(builtinCatalog());
            QVERIFY(w.openProject(QString()));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.setGeometry(100, 40, 1100, 700);
            QCoreApplication::processEvents();
            w.close();
        }
        {
            MainWindow w(builtinCatalog());
            QCOMPARE(w.size(), QSize(1100, 700));
            QCOMPARE(w.pos(), QPoint(100, 40));
        }
        {
            MainWindow w(builtinCatalog());
            w.setGeometry(3000, 2000, 1100, 700); // on a screen unplugged since
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        MainWindow w(builtinCatalog());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString problem = doesNotFit(w);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSettings().clear();
    }

    // Undo and Redo follow a language switch; the toolbar's buttons keep a short text (the
    // full one in the tooltip) so that the toolbar does not shift with each edit.
    void undoActionsFollowLanguage()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        auto *toolbar = w.findChild<QToolBar *>();
        QVERIFY(toolbar);
        QAction *undo = nullptr;
        for (QAction *a : toolbar->actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        }
        QVERIFY(undo);
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(undo));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        const int width = button->sizeHint().width();
        QVERIFY(!w.project()->setField(0, "site.pue", 1.31));
        QVERIFY(undo->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        QCOMPARE(button->sizeHint().width(), width);
        QVERIFY2(undo->toolTip().contains(QStringLiteral("PUE")), qPrintable(undo->toolTip()));
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo ")), qPrintable(undo->text()));
        Language::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(button->text(), QStringLiteral("撤销"));
        QVERIFY2(undo->text().startsWith(QStringLiteral("撤销")), qPrintable(undo->text()));
        QVERIFY2(!undo->toolTip().contains(QStringLiteral("Undo")), qPrintable(undo->toolTip()));
        QVERIFY2(undo->toolTip().contains(QStringLiteral("PUE")), qPrintable(undo->toolTip()));
        undo->trigger();
        QCOMPARE(w.project()->undoStack()->index(), 0);
        QVERIFY(!undo->isEnabled());
        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(button->text(), QStringLiteral("Undo"));
    }

    // Menus: no letter is the mnemonic of two entries of one menu, no key sequence belongs
    // to two actions, the standard keys where Qt has them; every toolbar button has an icon
    // and a tooltip.
    void menuConventions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh_CN");
    }
    void menuConventions()
    {
        QFETCH(QString, language);
        Language::install(language);
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        const auto checkUnique = [](const QString &where, const QList<QAction *> &actions) {
            QHash<QChar, QString> seen;
            for (QAction *a : actions) {
                const QChar m = mnemonic(a->text());
                if (m.isNull() || a->isSeparator())
                    continue;
                if (seen.contains(m))
                    return QStringLiteral("%1: “%2” and “%3” share %4")
                        .arg(where, seen[m], a->text(), QString(m));
                seen.insert(m, a->text());
            }
            return QString();
        };
        QString problem = checkUnique(QStringLiteral("menu bar"), w.menuBar()->actions());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QList<QMenu *> menus = allMenus(w.menuBar());
        QVERIFY(menus.size() >= 7);
        int withMnemonic = 0;
        for (QMenu *m : menus) {
            problem = checkUnique(m->title(), m->actions());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (QAction *a : m->actions())
                withMnemonic += !mnemonic(a->text()).isNull();
        }
        QVERIFY(withMnemonic >= 25);

        QHash<QString, QString> keys;
        for (QAction *a : w.findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("%1: “%2” and “%3”")
                                                             .arg(key, keys[key], a->text())));
                keys.insert(key, a->text());
            }
        }
        // The platform's standard keys, and the common ones where a platform has none
        // (Qt gives Save As no key outside GNOME and macOS).
        for (auto standard : {QKeySequence::New, QKeySequence::Open, QKeySequence::Save,
                              QKeySequence::SaveAs, QKeySequence::Close, QKeySequence::Quit,
                              QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Delete,
                              QKeySequence::Print, QKeySequence::HelpContents}) {
            for (const QKeySequence &k : QKeySequence::keyBindings(standard))
                QVERIFY2(keys.contains(k.toString()), qPrintable(k.toString()));
        }
        for (const char *key : {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+W",
                                "Ctrl+Q", "Ctrl+Z", "Del", "Ctrl+P", "F1"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);

        auto *toolbar = w.findChild<QToolBar *>();
        QVERIFY(toolbar);
        int buttons = 0;
        for (QAction *a : toolbar->actions()) {
            if (a->isSeparator())
                continue;
            ++buttons;
            QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->text()));
            if (language == QLatin1String("zh_CN"))
                QVERIFY2(!a->iconText().contains(QRegularExpression(QStringLiteral("[A-Za-z]"))),
                         qPrintable(a->iconText()));
        }
        QVERIFY(buttons >= 8);
        // The fallbacks are bundled: a desktop without an icon theme still shows them.
        for (const char *name : {"document-new", "document-open", "document-save", "edit-undo",
                                 "edit-redo", "list-add", "edit-copy",
                                 "document-print-preview", "x-office-address-book"})
            QVERIFY2(!QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)))
                          .pixmap(24, 24).isNull(), name);
        Language::install(QStringLiteral("en"));
    }

    // Delete removes the selected scenario when the scenario list has the focus, as one
    // undo step; in an input table the key is the table's.
    void deleteKeyRemovesScenario()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const int count = w.project()->scenarioCount();
        QVERIFY(count >= 2);
        const auto tables = w.findChildren<QTableView *>();
        QVERIFY(!tables.isEmpty());
        QTableView *inputs = tables.first();
        inputs->setFocus();
        QTest::keyClick(inputs, Qt::Key_Delete);
        QCOMPARE(w.project()->scenarioCount(), count);
        auto *list = w.findChild<QListView *>();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(1, 0));
        const std::string second = w.project()->scenario(1).name;
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(w.project()->scenarioCount(), count - 1);
        w.project()->undoStack()->undo();
        QCOMPARE(w.project()->scenarioCount(), count);
        QCOMPARE(w.project()->scenario(1).name, second);
    }

    // Scenario › Add Build Phase from another tab shows the phases, captioned, with the new
    // phase selected.
    void addPhaseShowsIt()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        QTabWidget *tabs = inputTabs(&w);
        QVERIFY(tabs);
        tabs->setCurrentIndex(4); // Finance
        QAction *add = actionWithText(&w, QStringLiteral("Add &Build Phase"));
        QVERIFY(add);
        const auto phasesBefore = w.project()->scenario(0).cluster.phases.size();
        add->trigger();
        QCoreApplication::processEvents();
        const auto phases = w.project()->scenario(0).cluster.phases.size();
        QVERIFY(phases > phasesBefore);
        QTableView *phaseView = nullptr;
        for (QTableView *v : w.findChildren<QTableView *>()) {
            if (v->model() && v->model()->rowCount() == int(phases) && v->isVisible()
                && tabs->currentWidget()->isAncestorOf(v))
                phaseView = v;
        }
        QVERIFY2(phaseView, "the phases table is not shown");
        QCOMPARE(phaseView->currentIndex().row(), int(phases) - 1);
        QVERIFY(phaseView->selectionModel()->isRowSelected(int(phases) - 1, {}));
        // Captioned: a label right above the table says what it is.
        bool captioned = false;
        for (QLabel *l : tabs->currentWidget()->findChildren<QLabel *>())
            captioned |= l->isVisible() && l->text().contains(QStringLiteral("Build phases"));
        QVERIFY(captioned);
    }

    // The horizon and the description are inputs like the others (an undo step each); the
    // description shown and edited is the one of the interface's language.
    void horizonAndDescriptionEditable()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        InputModel *top = inputModel(&w, QString());
        QVERIFY(top);
        const int horizon = top->rowOfKey(QStringLiteral("horizon_months"));
        const int description = top->rowOfKey(QStringLiteral("description"));
        QVERIFY(horizon >= 0 && description >= 0);
        QCOMPARE(top->rowOfKey(QStringLiteral("description_zh")), -1);
        const int before = w.project()->scenario(0).horizonMonths;
        QVERIFY(before != 96);
        QVERIFY(top->setData(top->index(horizon, InputModel::ValueColumn), QStringLiteral("96"),
                             InputModel::EditTextRole));
        QCOMPARE(w.project()->scenario(0).horizonMonths, 96);
        w.project()->undoStack()->undo();
        QCOMPARE(w.project()->scenario(0).horizonMonths, before);
        QVERIFY(top->setData(top->index(description, InputModel::ValueColumn),
                             QStringLiteral("A new description"), Qt::EditRole));
        QCOMPARE(w.project()->scenario(0).description, std::string("A new description"));
        // The Chinese interface shows and edits the Chinese description.
        QVERIFY(!w.project()->scenario(0).descriptionZh.empty());
        Language::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        const QModelIndex value = top->index(description, InputModel::ValueColumn);
        QCOMPARE(top->data(value).toString(),
                 QString::fromStdString(w.project()->scenario(0).descriptionZh));
        QVERIFY(top->setData(value, QStringLiteral("新的说明"), Qt::EditRole));
        QCOMPARE(w.project()->scenario(0).descriptionZh, std::string("新的说明"));
        QCOMPARE(w.project()->scenario(0).description, std::string("A new description"));
        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        // The tab that holds them.
        QTabWidget *tabs = inputTabs(&w);
        QVERIFY(tabs);
        bool shown = false;
        for (QTableView *v : w.findChildren<QTableView *>())
            shown |= v->model() == top && tabs->indexOf(v->parentWidget()) >= 0;
        QVERIFY(shown);
    }

    // Every key figure says what it means, in the interface's language; italics are
    // explained where the inputs and the bill of materials show them.
    void keyFiguresExplainedAndLegend()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        auto *figures = w.findChild<KeyFiguresView *>();
        QVERIFY(figures);
        int labels = 0;
        for (QLabel *l : figures->findChildren<QLabel *>()) {
            if (!l->text().endsWith(QLatin1Char(':')))
                continue;
            ++labels;
            QVERIFY2(l->toolTip().size() > 30, qPrintable(l->text()));
        }
        QVERIFY(labels >= 20);
        QStringList legends;
        for (QLabel *l : w.findChildren<QLabel *>(QStringLiteral("estimateLegend")))
            legends << l->text();
        QCOMPARE(legends.size(), 2);
        for (const QString &legend : legends)
            QVERIFY2(legend.contains(QStringLiteral("italics")), qPrintable(legend));
        Language::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        for (QLabel *l : figures->findChildren<QLabel *>()) {
            if (l->text().endsWith(QStringLiteral("："))) {
                // Terms kept in Latin letters in Chinese (MFU, PUE, token) aside, no English.
                QString tip = l->toolTip();
                tip.remove(QStringLiteral("token"));
                QVERIFY2(!tip.contains(QRegularExpression(QStringLiteral("[a-z]{4,}"))),
                         qPrintable(l->toolTip()));
            }
        }
        for (QLabel *l : w.findChildren<QLabel *>(QStringLiteral("estimateLegend")))
            QVERIFY2(l->text().contains(QStringLiteral("斜体")), qPrintable(l->text()));
        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    // View › Language switches at run time: menus, tabs and figures follow.
    void languageSwitch()
    {
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        w.show();
        const QString before = w.menuBar()->actions().first()->text();
        QCOMPARE(before, QStringLiteral("&File"));
        Language::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // LanguageChange is posted
        const QString after = w.menuBar()->actions().first()->text();
        QVERIFY2(after.contains(QStringLiteral("文件")), qPrintable(after));
        QVERIFY(keyFiguresText(&w).contains(QStringLiteral("净现值")));
        auto *list = w.findChild<QListView *>();
        const QString zhName = QString::fromStdString(w.project()->scenario(0).nameZh);
        QVERIFY(!zhName.isEmpty());
        QCOMPARE(list->model()->index(0, 0).data().toString(), zhName);
        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), before);
        // Names read in the language switched to, not the one switched from.
        QCOMPARE(list->model()->index(0, 0).data().toString(),
                 QString::fromStdString(w.project()->scenario(0).name));
    }

    // A session that dies after an autosave leaves a recovery copy; the next session loads
    // it, marked as modified, with the edit intact.
    void recoveryAfterSimulatedCrash()
    {
        RecoveryStore::discard();
        {
            auto *w = new MainWindow(builtinCatalog());
            QVERIFY(w->openProject(QString()));
            InputModel *demand = inputModel(w, QStringLiteral("demand."));
            const QModelIndex price = demand->index(
                demand->rowOfKey(QStringLiteral("demand.list_price_cny_per_card_hour")),
                InputModel::ValueColumn);
            QVERIFY(demand->setData(price, 21.5, Qt::EditRole));
            w->autosave();
            // While this instance runs, its own copy is not offered for recovery.
            QVERIFY(!RecoveryStore::find().has_value());
            // Simulated crash: the window is never closed, so nothing discards the copy, and
            // the process's lock goes as it would when the process dies.
            w->setAttribute(Qt::WA_DeleteOnClose, false);
            delete w; // destructor only; closeEvent does not run
            RecoveryStore::releaseSession();
        }
        QVERIFY(RecoveryStore::find().has_value());
        MainWindow next(builtinCatalog());
        QVERIFY(next.openProject(QString()));
        QVERIFY(next.recover());
        QCOMPARE(next.project()->scenario(0).demand.listPriceCnyPerCardHour, 21.5);
        QVERIFY(next.project()->isModified());
        // The recovered copy is gone: it is not offered twice.
        RecoveryStore::releaseSession();
        QVERIFY(!RecoveryStore::find().has_value());
    }

    // Help › User Guide (F1) opens the guide offline in the interface's language, with every
    // screenshot it shows and the link to the table of inputs working.
    void userGuide_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("title");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("/en/user-guide.md")
                                 << QStringLiteral("User Guide");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("/zh/user-guide.md")
                                 << QStringLiteral("用户指南");
    }

    void userGuide()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QFETCH(QString, title);
        Language::install(language);
        MainWindow w(builtinCatalog());
        QVERIFY(w.openProject(QString()));
        QAction *guide = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
                guide = a;
        }
        QVERIFY(guide);
        guide->trigger();
        auto *window = w.findChild<GuideWindow *>();
        QVERIFY(window && window->isVisible());
        QTextBrowser *browser = window->browser();
        QVERIFY2(browser->source().toLocalFile().endsWith(page), qPrintable(browser->source().toString()));
        QVERIFY(browser->toPlainText().contains(title));
        int images = 0;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (!f.isImageFormat())
                    continue;
                ++images;
                const QUrl image = browser->source().resolved(QUrl(f.toImageFormat().name()));
                QVERIFY2(QFileInfo(image.toLocalFile()).isFile(), qPrintable(image.toString()));
            }
        }
        QVERIFY(images >= 3);
        browser->setSource(browser->source().resolved(QUrl(QStringLiteral("inputs.md"))));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("cluster.cards")));
        window->close();
        Language::install(QStringLiteral("en"));
    }

    // Help › About: the versions of the app, Qt and SQLite, the licence and the data
    // attribution.
    void aboutNamesVersionsLicenceAndData()
    {
        const QString about = MainWindow::aboutText();
        for (const QString &needle : {QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                      QStringLiteral("GPL-3.0-or-later"), QStringLiteral("Epoch AI"),
                                      QStringLiteral("CC BY 4.0")})
            QVERIFY2(about.contains(needle), qPrintable(needle));
        QVERIFY2(about.contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+\\.\\d+"))), qPrintable(about));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
