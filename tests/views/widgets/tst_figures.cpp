// SPDX-License-Identifier: GPL-3.0-or-later
// The figures a planner reads, headless: a plan that never pays back shows no "−100%" IRR,
// no inf, nan or a 0 for an undefined figure in the key figures, the comparison, the report's
// figures, the CSV and the xlsx; every dash has its reason. One money scale: the key figures,
// the cash-flow table and the report's tables use million CNY and say so. The catalog window and
// the report name estimated catalog fields by their titles, never by their keys.

#include "cashflowmodel.h"
#include "catalogmodel.h"
#include "catalogstore.h"
#include "catalogwindow.h"
#include "comparisonview.h"
#include "csvexport.h"
#include "evaluate.h"
#include "examples.h"
#include "format.h"
#include "keyfiguresview.h"
#include "project.h"
#include "reportformat.h"
#include "reporttables.h"
#include "scenariojson.h"
#include "xlsxexport.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ccp;

namespace {

// "−100%", "-100.0 %", "inf", "nan" (any case), or an IRR shown as 0.
const QRegularExpression kMisleading(
    QStringLiteral("([-−]\\s*100(\\.0+)?\\s*%)|\\binf\\b|\\bnan\\b|∞"),
    QRegularExpression::CaseInsensitiveOption);

// A snake_case key: two or more lowercase words joined by underscores ("price_cny").
const QRegularExpression kSnakeKey(QStringLiteral("\\b[a-z][a-z0-9]*(_[a-z0-9]+)+\\b"));

QString misleadingIn(const QString &text)
{
    const QRegularExpressionMatch m = kMisleading.match(text);
    return m.hasMatch() ? text.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 80) : QString();
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    ProjectData m_project;
    Scenario m_never;  // never pays back and has no IRR
    Result m_neverResult;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(!CatalogStore::builtin(m_catalog));
        QVERIFY(!ScenarioJson::readProject(Examples::exampleProjectJson(), m_catalog,
                                           QStringLiteral("example"), m_project));
        // A center that sells below its running costs, without a residual value at the end:
        // its cash flows never turn positive, so there is no payback and no IRR at all.
        m_never = m_project.scenarios.at(0);
        m_never.demand.listPriceCnyPerCardHour = 0.5;
        m_never.horizonMonths = 60;
        m_never.finance.equipmentLifeYears = 3;
        m_never.finance.equipmentSalvageShare = 0;
        m_never.finance.facilityLifeYears = 5;
        m_never.finance.refreshPolicy = RefreshPolicy::None;
        m_neverResult = evaluate(m_never, m_catalog);
        QVERIFY(!m_neverResult.finance.paybackMonths);
        QVERIFY(!m_neverResult.finance.irr);
        QVERIFY(m_neverResult.finance.npv.cnyValue() < 0);
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    // Key figures: IRR and paybacks are dashes with their reasons; nothing reads −100%, inf
    // or nan.
    void keyFiguresOfANeverPayingPlan()
    {
        KeyFiguresView view;
        view.setResult(m_never, m_neverResult);
        const QList<QLabel *> labels = view.findChildren<QLabel *>();
        QLabel *irr = nullptr;
        for (int i = 0; i + 1 < labels.size(); ++i)
            if (labels[i]->text() == KeyFiguresView::tr("IRR:"))
                irr = labels[i + 1];
        QVERIFY(irr);
        QCOMPARE(irr->text(), Format::undefined());
        QVERIFY(!irr->toolTip().isEmpty());
        for (const QLabel *l : labels) {
            QVERIFY2(misleadingIn(l->text()).isEmpty(), qPrintable(misleadingIn(l->text())));
            QVERIFY2(misleadingIn(l->toolTip()).isEmpty(), qPrintable(misleadingIn(l->toolTip())));
        }
    }

    // The comparison: the never-paying plan's IRR and paybacks are dashes with a tooltip.
    void comparisonOfANeverPayingPlan()
    {
        std::vector<Scenario> scenarios = {m_project.scenarios.at(0), m_never};
        std::vector<Result> results = {evaluate(scenarios[0], m_catalog), m_neverResult};
        ComparisonView view;
        view.setScenarios(scenarios, results);
        auto *table = view.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        int irrColumn = -1;
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == ComparisonView::tr("IRR"))
                irrColumn = c;
        QVERIFY(irrColumn >= 0);
        QCOMPARE(table->item(1, irrColumn)->text(), Format::undefined());
        QVERIFY(!table->item(1, irrColumn)->toolTip().isEmpty());
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                QVERIFY2(misleadingIn(table->item(r, c)->text()).isEmpty(),
                         qPrintable(table->item(r, c)->text()));
    }

    // The report's figures and verdict, the CSV and the xlsx of the plan.
    void reportsAndExportsOfANeverPayingPlan()
    {
        QStringList texts;
        for (const KeyFigure &k : ReportFormat::keyFigures(m_never, m_neverResult)) {
            texts << k.value << k.note;
            if (k.label == ReportFormat::tr("Internal rate of return (IRR)")) {
                QCOMPARE(k.value, Format::undefined());
                QVERIFY(!k.note.isEmpty());
            }
        }
        texts << ReportFormat::verdict(m_never, m_neverResult);
        const QString csv = m_dir.filePath(QStringLiteral("never.csv"));
        QVERIFY(!CsvExport::write(m_never, m_catalog, m_neverResult, csv));
        for (const QString &file : CsvExport::files(csv)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            texts << QString::fromUtf8(f.readAll());
        }
        const QString xlsx = m_dir.filePath(QStringLiteral("never.xlsx"));
        QVERIFY(!XlsxExport::write(m_never, m_catalog, m_neverResult, xlsx));
        if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
            QVERIFY(unzip.waitForFinished(60000));
            const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
            QVERIFY(strings.contains(Format::undefined())); // the IRR's cell
            texts << strings;
        }
        for (const QString &t : texts)
            QVERIFY2(misleadingIn(t).isEmpty(), qPrintable(misleadingIn(t)));
    }

    // One scale: the key figures' money, the cash-flow table and the report's tables are in
    // million CNY, and each says so.
    void oneMoneyScale()
    {
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::Chinese, QLocale::China)}) {
            QLocale::setDefault(locale);
            const double amount = 321.987e6;
            QCOMPARE(Format::money(amount), Format::tr("CNY %1 million").arg(Format::millions(amount, 1)));
            QCOMPARE(Format::tableMoney(amount), Format::millions(amount, 2));
            QCOMPARE(Format::tableMoneyUnit(), Format::tr("million CNY"));
            QCOMPARE(Format::tableMoney(-4.9e3), QLocale().toString(0.0, 'f', 2)); // no "−0.00"
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Project project(m_catalog);
        project.reset(m_project);
        CashFlowModel model(&project);
        model.setScenario(0);
        const Result &r = project.result(0);
        bool moneyColumn = false;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString header = model.headerData(c, Qt::Horizontal).toString();
            QVERIFY2(!header.contains(QLatin1String("10k")) && !header.contains(QLatin1String("ten thousand")),
                     qPrintable(header));
            moneyColumn = moneyColumn || header.contains(Format::tableMoneyUnit());
        }
        QVERIFY(moneyColumn);
        // The last year's cumulative cash flow reads the same digits as in the key figures.
        const int last = model.rowCount() - 1;
        const QString cell = model.index(last, CashFlowModel::CumulativeColumn).data().toString();
        QCOMPARE(cell, Format::tableMoney(r.yearly.back().cumulative.cnyValue()));
        KeyFiguresView view;
        view.setResult(project.scenario(0), r);
        bool capexShown = false;
        for (const QLabel *l : view.findChildren<QLabel *>())
            capexShown = capexShown || l->text() == Format::money(r.finance.capex.total().cnyValue());
        QVERIFY(capexShown);
        QVERIFY(Format::money(r.finance.capex.total().cnyValue()).contains(QLatin1String("million")));
    }

    // The estimated fields of every catalog record, in the catalog window's details and in the
    // report's table of records, are titles ("Price"), never keys ("price_cny").
    void estimatesAreTitledNotKeyed()
    {
        CatalogWindow window;
        window.setCatalog(m_catalog);
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QLabel *details = nullptr;
        for (QLabel *l : window.findChildren<QLabel *>())
            if (l->wordWrap() && l->textFormat() == Qt::PlainText)
                details = l;
        QVERIFY(details);
        int withEstimates = 0;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            auto *view = qobject_cast<QTableView *>(tabs->widget(t));
            QVERIFY(view);
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                view->setCurrentIndex(view->model()->index(row, 0));
                const QStringList lines = details->text().split(QLatin1Char('\n'));
                QVERIFY2(lines.size() >= 3, qPrintable(details->text()));
                const QString estimates = lines.at(2);
                QVERIFY2(!kSnakeKey.match(estimates).hasMatch(), qPrintable(estimates));
                withEstimates += estimates.endsWith(CatalogWindow::tr("none")) ? 0 : 1;
            }
        }
        QVERIFY(withEstimates > 0); // the check saw estimates
        int reportEstimates = 0;
        for (const Scenario &s : m_project.scenarios)
            for (const RecordRow &r : ReportTables::records(s, m_catalog)) {
                QVERIFY2(!kSnakeKey.match(r.estimates).hasMatch(), qPrintable(r.estimates));
                reportEstimates += r.estimates.isEmpty() ? 0 : 1;
            }
        QVERIFY(reportEstimates > 0);
        QCOMPARE(CatalogModel::columnTitle("price_cny"), CatalogModel::tr("Price"));
    }
};

QTEST_MAIN(TestFigures)
#include "tst_figures.moc"
