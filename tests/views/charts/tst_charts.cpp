// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the views layer, headless: series built from the example project's results,
// axis titles with units, vector rendering into QImage and SVG, PNG/SVG export and its errors.
// With CCP_CHART_DUMP_DIR set, dumpPngs also writes every chart of every example scenario as
// PNG (900×550) there, in English and with a few Chinese texts, to look at them.

#include "annualchart.h"
#include "breakdownchart.h"
#include "breakevenmapchart.h"
#include "catalogstore.h"
#include "chartexport.h"
#include "comparisonchart.h"
#include "deratingchart.h"
#include "evaluate.h"
#include "examples.h"
#include "format.h"
#include "paybackchart.h"
#include "scenariojson.h"
#include "sweep.h"
#include "sweepchart.h"
#include "tokencostchart.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QComboBox>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QValueAxis>
#include <QScopeGuard>
#include <QLegendMarker>
#include <QLegend>
#include <QGraphicsTextItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QSet>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace ccp;

namespace {

enum class Kind { Payback, Annual, Breakdown, Derating };

// The chart pane of the main window at 1366×768: wide and low.
constexpr QSize kWide(1340, 330);

std::unique_ptr<QtChart> makeChart(Kind kind)
{
    switch (kind) {
    case Kind::Payback: return std::make_unique<PaybackChart>();
    case Kind::Annual: return std::make_unique<AnnualChart>();
    case Kind::Breakdown: return std::make_unique<BreakdownChart>();
    case Kind::Derating: return std::make_unique<DeratingChart>();
    }
    return {};
}

template<typename T>
T *findSeries(QChart *chart, const QString &objectName)
{
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        if (s->objectName() == objectName)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

// Pixels that differ from the fill the image started with.
int paintedPixels(const QImage &image, QRgb fill, QSet<QRgb> *colors = nullptr)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != fill) {
                ++n;
                if (colors)
                    colors->insert(line[x]);
            }
        }
    }
    return n;
}

// Renders the chart at `size` and returns the first text of it that is elided ("…", "...") or
// reaches outside the chart, or an empty string.
QString textProblem(QtChart &chart, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    QPainter painter(&image);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    QChart *c = chart.chart();
    const QRectF bounds = c->sceneBoundingRect().adjusted(-1, -1, 1, 1);
    const auto items = c->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto *t = dynamic_cast<const QGraphicsTextItem *>(item))
            text = t->toPlainText();
        else if (const auto *t = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = t->text();
        if (text.isEmpty())
            continue;
        if (text.contains(QStringLiteral("…")) || text.contains(QStringLiteral("...")))
            return QStringLiteral("elided: “%1”").arg(text);
        if (!bounds.contains(item->sceneBoundingRect()))
            return QStringLiteral("outside the chart: “%1”").arg(text);
    }
    return {};
}

// Stands in for the Chinese catalog in dumpPngs, so CJK text is seen in every kind of place:
// chart title, axis title, legend, category labels, slice labels, point labels.
class FakeChinese : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> zh = {
            {QStringLiteral("Utilization and cash flow by month"), QStringLiteral("逐月利用率与现金流")},
            {QStringLiteral("Month"), QStringLiteral("月份")},
            {QStringLiteral("Utilization (%)"), QStringLiteral("利用率（%）")},
            {QStringLiteral("Cumulative cash flow<br>(million CNY)"), QStringLiteral("累计现金流<br>（百万元）")},
            {QStringLiteral("Cumulative cash flow"), QStringLiteral("累计现金流")},
            {QStringLiteral("Sold utilization"), QStringLiteral("售出利用率")},
            {QStringLiteral("Payback"), QStringLiteral("投资回收")},
            {QStringLiteral("Payback: %1"), QStringLiteral("回收期：%1")},
            {QStringLiteral("Annual revenue, opex and capex"), QStringLiteral("年度收入、运营成本与资本支出")},
            {QStringLiteral("Revenue"), QStringLiteral("收入")},
            {QStringLiteral("Opex"), QStringLiteral("运营成本")},
            {QStringLiteral("Capex"), QStringLiteral("资本支出")},
            {QStringLiteral("Year"), QStringLiteral("年份")},
            {QStringLiteral("Start"), QStringLiteral("建设期")},
            {QStringLiteral("Amount (million CNY)"), QStringLiteral("金额（百万元）")},
            {QStringLiteral("Capex and opex breakdown"), QStringLiteral("资本支出与运营成本构成")},
            {QStringLiteral("Servers"), QStringLiteral("服务器")},
            {QStringLiteral("Energy"), QStringLiteral("电费")},
            {QStringLiteral("Capex\n%1\nmillion CNY"), QStringLiteral("资本支出\n%1\n百万元")},
            {QStringLiteral("Derating: from nameplate to useful compute"), QStringLiteral("算力折减：从标称到有效")},
            {QStringLiteral("Nameplate"), QStringLiteral("标称")},
            {QStringLiteral("Useful (estimate)\n× MFU %1 × goodput %2"), QStringLiteral("有效（估算）\n× MFU %1 × 有效训练率 %2")},
            {QStringLiteral("PFLOPS<br>(BF16, dense)"), QStringLiteral("PFLOPS<br>（BF16，稠密）")},
        };
        return zh.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestCharts : public QObject
{
    Q_OBJECT
private:
    Catalog m_catalog;
    ProjectData m_project;
    std::vector<Result> m_results;

    void addKindRows()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("payback") << Kind::Payback;
        QTest::newRow("annual") << Kind::Annual;
        QTest::newRow("breakdown") << Kind::Breakdown;
        QTest::newRow("derating") << Kind::Derating;
    }

    std::unique_ptr<QtChart> chartFor(Kind kind, std::size_t scenario = 0)
    {
        auto chart = makeChart(kind);
        chart->setResult(m_project.scenarios[scenario], m_results[scenario]);
        return chart;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!CatalogStore::builtin(m_catalog));
        QVERIFY(!ScenarioJson::readProject(Examples::exampleProjectJson(), m_catalog,
                                           QStringLiteral("example"), m_project));
        QVERIFY(m_project.scenarios.size() >= 3);
        for (const Scenario &s : m_project.scenarios)
            m_results.push_back(evaluate(s, m_catalog));
    }

    // Every month of the horizon is a point; the marker exists exactly when there is a payback.
    void paybackSeries_data()
    {
        QTest::addColumn<int>("scenario");
        for (std::size_t i = 0; i < m_project.scenarios.size(); ++i)
            QTest::newRow(m_project.scenarios[i].name.c_str()) << int(i);
    }

    void paybackSeries()
    {
        QFETCH(int, scenario);
        const auto i = std::size_t(scenario);
        auto chart = chartFor(Kind::Payback, i);
        const int horizon = m_project.scenarios[i].horizonMonths;
        auto *util = findSeries<QLineSeries>(chart->chart(), QStringLiteral("utilization"));
        QVERIFY(util);
        QCOMPARE(util->count(), horizon + 1);
        QCOMPARE(util->at(horizon).x(), double(horizon));
        QCOMPARE(util->at(horizon).y(), m_results[i].monthly.back().utilization * 100);
        auto *cumulative = findSeries<QLineSeries>(chart->chart(), QStringLiteral("cumulative"));
        QVERIFY(cumulative);
        QCOMPARE(cumulative->count(), horizon + 1);
        QCOMPARE(cumulative->at(0).y(), m_results[i].monthly.front().cumulative.cnyValue() / 1e6);
        auto *below = findSeries<QAreaSeries>(chart->chart(), QStringLiteral("cumulativeBelow"));
        QVERIFY(below);
        QCOMPARE(below->lowerSeries()->count(), horizon + 1);
        QVERIFY(findSeries<QAreaSeries>(chart->chart(), QStringLiteral("cumulativeAbove")));
        QVERIFY(findSeries<QLineSeries>(chart->chart(), QStringLiteral("zero")));
        auto *marker = findSeries<QScatterSeries>(chart->chart(), QStringLiteral("payback"));
        const auto &payback = m_results[i].finance.paybackMonths;
        QCOMPARE(marker != nullptr, payback.has_value());
        if (marker) {
            QCOMPARE(marker->count(), 1);
            QCOMPARE(marker->at(0).x(), *payback);
        }
    }

    void annualBars()
    {
        auto chart = chartFor(Kind::Annual);
        auto *bars = findSeries<QBarSeries>(chart->chart(), QStringLiteral("annual"));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        const auto &yearly = m_results[0].yearly;
        const auto sets = bars->barSets();
        for (QBarSet *set : sets)
            QCOMPARE(set->count(), int(yearly.size()));
        QCOMPARE(sets.at(0)->at(1), yearly[1].revenue.cnyValue() / 1e6);
        QCOMPARE(sets.at(2)->at(0), yearly[0].capex.cnyValue() / 1e6);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), int(yearly.size()));
        QVERIFY(!axis->titleText().isEmpty());
    }

    void breakdownSlices()
    {
        auto chart = chartFor(Kind::Breakdown);
        const FinanceResult &f = m_results[0].finance;
        for (const QString &name : {QStringLiteral("capex"), QStringLiteral("opex")}) {
            auto *pie = findSeries<QPieSeries>(chart->chart(), name);
            QVERIFY(pie);
            QVERIFY(pie->count() >= 2 && pie->count() <= 6);
            const double total = (name == QLatin1String("capex") ? f.capex.total() : f.opexSteadyYear.total()).cnyValue() / 1e6;
            QVERIFY(qAbs(pie->sum() - total) <= 1e-9 * total);
            // Large slices have a label with their share; the small ones (below 12%), side by
            // side, share one label that names them all.
            const auto slices = pie->slices();
            int hidden = 0, groupLabels = 0;
            for (QPieSlice *slice : slices) {
                if (!slice->isLabelVisible()) {
                    ++hidden;
                    QVERIFY(slice->percentage() < 0.12);
                    continue;
                }
                QVERIFY2(slice->label().contains(QLatin1Char('%')), qPrintable(slice->label()));
                // A group's label lists "name amount (share)" lines; a slice's own label puts
                // its name on the first line alone.
                groupLabels += slice->label().section(QStringLiteral("<br>"), 0, 0).contains(QLatin1Char('%')) ? 1 : 0;
            }
            QVERIFY(hidden == 0 || groupLabels == 1);
        }
    }

    void deratingBars()
    {
        auto chart = chartFor(Kind::Derating);
        auto *bars = findSeries<QStackedBarSeries>(chart->chart(), QStringLiteral("derating"));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        const PerformanceResult &p = m_results[0].performance;
        const auto sets = bars->barSets();
        for (QBarSet *set : sets)
            QCOMPARE(set->count(), 4);
        // The visible part of each bar is its value, descending.
        const double values[] = {p.nameplatePflopsBf16, p.availablePflops, p.soldPflops, p.effectivePflops};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(sets.at(0)->at(i) + sets.at(1)->at(i), values[i]);
        for (int i = 1; i < 4; ++i) {
            QVERIFY(values[i] <= values[i - 1]);
            QCOMPARE(sets.at(2)->at(i), values[i - 1] - values[i]);
        }
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), 4);
        QVERIFY(axis->at(3).contains(QStringLiteral("estimate")));
    }

    // Vertical value axes name their unit in parentheses; horizontal axes are titled with
    // theirs ("Month", "Year"), the derating steps too.
    void axesHaveTitlesWithUnits_data() { addKindRows(); }
    void axesHaveTitlesWithUnits()
    {
        QFETCH(Kind, kind);
        auto chart = chartFor(kind);
        QVERIFY(!chart->title().isEmpty());
        QCOMPARE(chart->chart()->title(), chart->title());
        const auto axes = chart->chart()->axes();
        if (kind == Kind::Breakdown)
            QVERIFY(axes.isEmpty());
        for (QAbstractAxis *axis : axes) {
            if (axis->orientation() == Qt::Horizontal) {
                QVERIFY(!axis->titleText().isEmpty());
            } else {
                QVERIFY2(axis->titleText().contains(QLatin1Char('(')) && axis->titleText().contains(QLatin1Char(')')),
                         qPrintable(axis->titleText()));
            }
        }
        const int valueAxes = int(std::count_if(axes.begin(), axes.end(), [](QAbstractAxis *a) {
            return a->type() == QAbstractAxis::AxisTypeValue;
        }));
        QCOMPARE(valueAxes, kind == Kind::Payback ? 3 : kind == Kind::Breakdown ? 0 : 1);
    }

    void renderIntoImage_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(800, 500), QSize(400, 300), QSize(1200, 800), QSize(3000, 2000)}) {
            const QByteArray suffix = ' ' + QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
            QTest::newRow(("payback" + suffix).constData()) << Kind::Payback << size;
            QTest::newRow(("annual" + suffix).constData()) << Kind::Annual << size;
            QTest::newRow(("breakdown" + suffix).constData()) << Kind::Breakdown << size;
            QTest::newRow(("derating" + suffix).constData()) << Kind::Derating << size;
        }
    }

    void renderIntoImage()
    {
        QFETCH(Kind, kind);
        QFETCH(QSize, size);
        auto chart = chartFor(kind);
        const QRgb fill = qRgba(0, 0, 0, 0);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(fill);
        {
            QPainter painter(&image);
            chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QSet<QRgb> colors;
        // The white background covers the image; the series and texts add many colors.
        QCOMPARE(paintedPixels(image, fill, &colors), size.width() * size.height());
        QVERIFY2(colors.size() > 20, qPrintable(QString::number(colors.size())));
        // Something is drawn near the left and right edges (axes, labels), but not cut off: the
        // outermost columns stay background.
        const QRgb white = qRgb(255, 255, 255);
        QCOMPARE(image.pixel(0, size.height() / 2), white);
        QCOMPARE(image.pixel(size.width() - 1, size.height() / 2), white);
    }

    // The breakeven map (drawn with QPainter, not Qt Charts): a 60 × 60 grid whose cells hold
    // both paybacks and "never", the NPV = 0 contour between them, drawn into an image.
    void breakevenMap()
    {
        BreakevenMapChart chart;
        chart.setCatalog(m_catalog);
        chart.setResult(m_project.scenarios[0], m_results[0]);
        QImage image(QSize(760, 480), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            chart.render(&painter, QRectF(0, 0, 760, 480));
        }
        QVERIFY(chart.map());
        const decisions::BreakevenMap &m = *chart.map();
        QCOMPARE(m.npvCny.size(), std::size_t(3600));
        const auto never = std::count(m.paybackMonths.begin(), m.paybackMonths.end(), std::nullopt);
        QVERIFY(never > 0 && never < 3600);
        QSet<QRgb> colors;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colors.insert(image.pixel(x, y));
        QVERIFY2(colors.size() > 50, qPrintable(QString::number(colors.size()))); // the colour ramp
        // The other pair of axes: power price × card price.
        chart.setAxes(decisions::MapAxes::PowerPriceByCardPrice);
        {
            QPainter painter(&image);
            chart.render(&painter, QRectF(0, 0, 760, 480));
        }
        QCOMPARE(chart.map()->x.lever, decisions::LeverId::PowerPrice);
        QCOMPARE(chart.map()->y.lever, decisions::LeverId::CardPrice);
    }

    // Until the planner picks axes, a center that sells tokens is mapped over its token
    // prices and one that rents card-hours over the list price; a pick then stays.
    void breakevenMapFollowsWhatTheScenarioSells()
    {
        const auto maas = std::find_if(m_project.scenarios.begin(), m_project.scenarios.end(),
                                       [](const Scenario &s) { return decisions::sellsTokens(s); });
        const auto rental = std::find_if(m_project.scenarios.begin(), m_project.scenarios.end(),
                                         [](const Scenario &s) { return !decisions::sellsTokens(s); });
        QVERIFY(maas != m_project.scenarios.end() && rental != m_project.scenarios.end());
        BreakevenMapChart chart;
        chart.setCatalog(m_catalog);
        auto *choice = chart.widget()->findChild<QComboBox *>();
        QVERIFY(choice);
        chart.setResult(*maas, evaluate(*maas, m_catalog));
        QCOMPARE(chart.axes(), decisions::MapAxes::UtilizationByTokenPrice);
        QCOMPARE(choice->currentIndex(), int(decisions::MapAxes::UtilizationByTokenPrice));
        chart.setResult(*rental, evaluate(*rental, m_catalog));
        QCOMPARE(chart.axes(), decisions::MapAxes::UtilizationByListPrice);
        choice->setCurrentIndex(int(decisions::MapAxes::UtilizationByTokenPrice));
        Q_EMIT choice->activated(int(decisions::MapAxes::UtilizationByTokenPrice)); // as a click does
        chart.setResult(*rental, evaluate(*rental, m_catalog));
        QCOMPARE(chart.axes(), decisions::MapAxes::UtilizationByTokenPrice);
    }

    // Cost per million tokens against utilization: titled axes with units; on a scenario that
    // sells only tokens at prices that can pay, the cost curve falls below the realized price
    // just before the engine's breakeven utilization (pre-tax and after-tax zero).
    void tokenCostCrossesPriceAtBreakeven()
    {
        const auto maas = std::find_if(m_project.scenarios.begin(), m_project.scenarios.end(),
                                       [](const Scenario &s) { return !s.inference.model.empty(); });
        QVERIFY(maas != m_project.scenarios.end());
        Scenario s = *maas;
        QVERIFY(s.demand.segments.front().kind == SegmentKind::Maas);
        s.demand.segments.resize(1);
        Segment &g = s.demand.segments.front();
        g.share = 1.0;
        g.offhoursUtilization = 0.0;
        for (double *price : {&g.priceInputCnyPerMtok, &g.priceCachedInputCnyPerMtok,
                              &g.priceOutputCnyPerMtok})
            *price *= 5.0;
        const Result r = evaluate(s, m_catalog);
        QVERIFY(r.finance.breakevenUtilization);
        QVERIFY(*r.finance.breakevenUtilization > 0.05 && *r.finance.breakevenUtilization < 0.95);
        const decisions::TokenCostSweep sweep = decisions::sweepTokenCost(s, m_catalog, 101);
        QCOMPARE(sweep.points.size(), std::size_t(101));
        QVERIFY(sweep.realizedPriceCnyPerMillionTokens);
        TokenCostChart chart;
        chart.setSweep(sweep);
        chart.setResult(s, r);
        QChart *c = chart.chart();
        QCOMPARE(c->axes().size(), 2);
        for (QAbstractAxis *axis : c->axes()) {
            QVERIFY(axis->titleText().contains(QLatin1Char('(')));
            QVERIFY(axis->titleText().contains(QLatin1Char(')')));
        }
        QLineSeries *cost = nullptr;
        QLineSeries *price = nullptr;
        for (QAbstractSeries *series : c->series()) {
            if (series->objectName() == QLatin1String("cost"))
                cost = qobject_cast<QLineSeries *>(series);
            if (series->objectName() == QLatin1String("price"))
                price = qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(cost && price);
        QVERIFY(cost->count() > 50);
        const double level = price->at(0).y();
        QCOMPARE(level, *sweep.realizedPriceCnyPerMillionTokens);
        // The first utilization (%) at which the cost is at or below the price.
        std::optional<double> crossing;
        for (int i = 0; i < cost->count() && !crossing; ++i)
            if (cost->at(i).y() <= level)
                crossing = cost->at(i).x();
        QVERIFY(crossing);
        // The levelized cost is before income tax and the VAT surtax, the NPV after them: the
        // cost reaches the price first, within three steps (1%) of the NPV's zero.
        const double gap = *r.finance.breakevenUtilization * 100.0 - *crossing;
        QVERIFY2(gap >= -1.0 && gap <= 3.0,
                 qPrintable(QStringLiteral("crossing %1%, breakeven %2%")
                                .arg(*crossing)
                                .arg(*r.finance.breakevenUtilization * 100.0)));
    }

    void renderIntoTargetRect()
    {
        auto chart = chartFor(Kind::Payback);
        QImage image(QSize(600, 400), QImage::Format_ARGB32);
        image.fill(qRgba(0, 0, 0, 0));
        {
            QPainter painter(&image);
            chart->render(&painter, QRectF(100, 50, 400, 300));
        }
        QCOMPARE(qAlpha(image.pixel(50, 200)), 0);
        QCOMPARE(qAlpha(image.pixel(300, 200)), 255);
        QCOMPARE(qAlpha(image.pixel(550, 200)), 0);
    }

    void layoutSize()
    {
        QCOMPARE(QtChart::layoutSize(QSizeF(800, 500)), QSizeF(800, 500));
        QCOMPARE(QtChart::layoutSize(QSizeF(2400, 1600)), QSizeF(1200, 800));
        QCOMPARE(QtChart::layoutSize(QSizeF(200, 150)), QSizeF(400, 300));
    }

    void renderBeforeSetResult()
    {
        PaybackChart chart;
        QImage image(QSize(400, 300), QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        chart.render(&painter, QRectF(0, 0, 400, 300));
        painter.end();
        QCOMPARE(image.pixel(200, 150), qRgb(255, 255, 255));
    }

    // SVG output is vectors and text, never an embedded bitmap.
    void renderIntoSvg_data() { addKindRows(); }
    void renderIntoSvg()
    {
        QFETCH(Kind, kind);
        auto chart = chartFor(kind);
        QByteArray svg;
        QBuffer buffer(&svg);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(800, 500));
        generator.setViewBox(QRect(0, 0, 800, 500));
        {
            QPainter painter(&generator);
            chart->render(&painter, QRectF(0, 0, 800, 500));
        }
        QVERIFY(svg.contains("<path") || svg.contains("<polyline"));
        QVERIFY(svg.contains("<text"));
        QVERIFY(!svg.contains("<image"));
        QVERIFY(svg.contains(chart->title().toUtf8()));
    }

    void exportFiles_data() { addKindRows(); }
    void exportFiles()
    {
        QFETCH(Kind, kind);
        auto chart = chartFor(kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(ChartExport::savePng(*chart, png, QSize(640, 400), &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(640, 400));
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(ChartExport::saveSvg(*chart, svg, QSize(640, 400), &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(bytes.contains("<text"));
        QVERIFY(error.isEmpty());
    }

    void exportToUnwritablePathFails_data()
    {
        QTest::addColumn<bool>("svg");
        QTest::newRow("png") << false;
        QTest::newRow("svg") << true;
    }

    void exportToUnwritablePathFails()
    {
        QFETCH(bool, svg);
        auto chart = chartFor(Kind::Payback);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no such folder/chart") +
                                          (svg ? QStringLiteral(".svg") : QStringLiteral(".png")));
        QString error;
        const bool ok = svg ? ChartExport::saveSvg(*chart, path, QSize(640, 400), &error)
                            : ChartExport::savePng(*chart, path, QSize(640, 400), &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!ChartExport::savePng(*chart, dir.filePath(QStringLiteral("empty.png")), QSize(0, 0), &error));
        QVERIFY(error.contains(QStringLiteral("empty.png")));
    }

    // The widget is created once and shows the same series; retranslate rebuilds in place.
    void widgetAndRetranslate_data() { addKindRows(); }
    void widgetAndRetranslate()
    {
        QFETCH(Kind, kind);
        auto chart = chartFor(kind);
        std::unique_ptr<QWidget> w(chart->widget());
        QVERIFY(w);
        QCOMPARE(chart->widget(), w.get());
        auto *view = qobject_cast<QChartView *>(w.get());
        QVERIFY(view);
        QCOMPARE(view->chart()->series().size(), chart->chart()->series().size());
        QVERIFY(view->chart() != chart->chart());
        w->resize(900, 550);
        w->show();
        const int series = int(chart->chart()->series().size());
        chart->retranslate();
        QCOMPARE(int(chart->chart()->series().size()), series);
        QCOMPARE(int(view->chart()->series().size()), series);
        QCOMPARE(view->chart()->title(), chart->title());
        // The widget outliving its chart must not crash.
        chart.reset();
        w->hide();
    }

    // No text of a chart is elided ("…", "...") or reaches outside the chart, at the size of
    // the chart pane of a 1366×768 window, at the export size and small, in English and with
    // Chinese texts; the payback chart's cash axis has a 0 tick (anchored at 0).
    void textsFit_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("chinese");
        const std::pair<Kind, const char *> kinds[] = {{Kind::Payback, "payback"}, {Kind::Annual, "annual"},
                                                       {Kind::Breakdown, "breakdown"}, {Kind::Derating, "derating"}};
        for (const auto &[kind, name] : kinds)
            for (const QSize size : {kWide, QSize(900, 550), QSize(700, 330)})
                for (const bool chinese : {false, true})
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2×%3%4").arg(QLatin1String(name)).arg(size.width())
                                                 .arg(size.height()).arg(chinese ? QStringLiteral(" zh") : QString())))
                        << kind << size << chinese;
    }

    void textsFit()
    {
        QFETCH(Kind, kind);
        QFETCH(QSize, size);
        QFETCH(bool, chinese);
        FakeChinese zh;
        if (chinese) {
            QCoreApplication::installTranslator(&zh);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&zh);
            QLocale::setDefault(QLocale::c());
        });
        for (std::size_t i = 0; i < m_results.size(); ++i) {
            auto chart = chartFor(kind, i);
            const QString problem = textProblem(*chart, size);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("scenario %1: %2").arg(i).arg(problem)));
            QChart *c = chart->chart();
            if (kind == Kind::Payback) {
                QValueAxis *cash = nullptr;
                for (QAbstractAxis *a : c->axes(Qt::Vertical))
                    if (a->alignment() == Qt::AlignRight)
                        cash = qobject_cast<QValueAxis *>(a);
                QVERIFY(cash);
                QCOMPARE(cash->tickType(), QValueAxis::TicksDynamic);
                QCOMPARE(cash->tickAnchor(), 0.0);
                QVERIFY(cash->min() <= 0 && cash->max() >= 0);
            }
        }
    }

    // The same for the token-cost and comparison charts at the chart pane's size.
    void otherChartsTextsFit()
    {
        const auto maas = std::find_if(m_project.scenarios.begin(), m_project.scenarios.end(),
                                       [](const Scenario &s) { return !s.inference.model.empty(); });
        QVERIFY(maas != m_project.scenarios.end());
        const std::size_t q = std::size_t(maas - m_project.scenarios.begin());
        for (const QSize size : {kWide, QSize(900, 550)}) {
            TokenCostChart tokens;
            tokens.setSweep(decisions::sweepTokenCost(*maas, m_catalog, 51));
            tokens.setResult(*maas, m_results[q]);
            QString problem = textProblem(tokens, size);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ComparisonChart comparison;
            comparison.setScenarios(m_project.scenarios, m_results);
            problem = textProblem(comparison, size);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // The payback chart names the zero of cumulative cash in its legend and marks the
    // residual value received at the end.
    void paybackZeroAndResidual()
    {
        for (std::size_t i = 0; i < m_results.size(); ++i) {
            auto chart = chartFor(Kind::Payback, i);
            auto *zero = findSeries<QLineSeries>(chart->chart(), QStringLiteral("zero"));
            QVERIFY(zero);
            QVERIFY(!zero->name().isEmpty());
            bool zeroInLegend = false;
            for (QLegendMarker *m : chart->chart()->legend()->markers(zero))
                zeroInLegend = zeroInLegend || m->isVisible();
            QVERIFY(zeroInLegend);
            const MonthRow &last = m_results[i].monthly.back();
            auto *residual = findSeries<QScatterSeries>(chart->chart(), QStringLiteral("residual"));
            QCOMPARE(residual != nullptr, last.residual > Money::zero());
            if (residual) {
                QCOMPARE(residual->count(), 1);
                QCOMPARE(residual->at(0).x(), double(last.month));
                QVERIFY(residual->name().contains(Format::millions(last.residual.cnyValue())));
            }
        }
    }

    // An empty payback plot says why: a scenario that pays back at no utilization.
    void sweepWithoutPaybackSaysSo()
    {
        const auto texts = [](SweepChart &chart) {
            textProblem(chart, kWide); // renders it
            QStringList out;
            for (const QGraphicsItem *item : chart.chart()->scene()->items()) {
                if (const auto *t = dynamic_cast<const QGraphicsTextItem *>(item))
                    out << t->toPlainText();
                else if (const auto *t = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                    out << t->text();
            }
            return out.join(QLatin1Char('\n'));
        };
        const QString note = QStringLiteral("No payback within the");
        Scenario s = m_project.scenarios.front();
        SweepChart never;
        decisions::UtilizationSweep sweep = decisions::sweepUtilization(s, m_catalog, 21);
        for (decisions::SweepPoint &p : sweep.points)
            p.paybackMonths.reset();
        never.setCurves({{QStringLiteral("never"), sweep}});
        never.setResult(s, m_results.front());
        QVERIFY2(texts(never).contains(note), qPrintable(texts(never)));
        SweepChart pays;
        sweep.points.back().paybackMonths = 30;
        pays.setCurves({{QStringLiteral("pays"), sweep}});
        pays.setResult(s, m_results.front());
        QVERIFY(!texts(pays).contains(note));
    }

    void dumpPngs()
    {
        const QString dirName = qEnvironmentVariable("CCP_CHART_DUMP_DIR");
        if (dirName.isEmpty())
            QSKIP("set CCP_CHART_DUMP_DIR to write the charts as PNG");
        QVERIFY(QDir().mkpath(dirName));
        const QDir dir(dirName);
        const std::pair<Kind, const char *> kinds[] = {{Kind::Payback, "payback"}, {Kind::Annual, "annual"},
                                                       {Kind::Breakdown, "breakdown"}, {Kind::Derating, "derating"}};
        const auto dump = [&](const QString &suffix, QSize size) {
            for (std::size_t i = 0; i < m_results.size(); ++i) {
                for (const auto &[kind, name] : kinds) {
                    auto chart = chartFor(kind, i);
                    QString error;
                    const QString file = dir.filePath(QStringLiteral("%1-%2%3.png").arg(QLatin1String(name)).arg(i).arg(suffix));
                    QVERIFY2(ChartExport::savePng(*chart, file, size, &error), qPrintable(error));
                    if (i == 0 && suffix.isEmpty())
                        QVERIFY(ChartExport::saveSvg(*chart, dir.filePath(QStringLiteral("%1-0.svg").arg(QLatin1String(name))), size, &error));
                }
            }
        };
        dump(QString(), QSize(900, 550));
        dump(QStringLiteral("-small"), QSize(400, 300));
        dump(QStringLiteral("-wide"), kWide); // the chart pane of a 1366×768 window
        FakeChinese zh;
        QCoreApplication::installTranslator(&zh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        dump(QStringLiteral("-zh"), QSize(900, 550));
        QCoreApplication::removeTranslator(&zh);
        // With CCP_CHART_QM naming the built ccplanner_zh_CN.qm, the real translation too.
        QTranslator real;
        if (real.load(qEnvironmentVariable("CCP_CHART_QM"))) {
            QCoreApplication::installTranslator(&real);
            dump(QStringLiteral("-zhreal"), QSize(900, 550));
            dump(QStringLiteral("-zhreal-wide"), kWide);
            QCoreApplication::removeTranslator(&real);
        }
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestCharts)

#include "tst_charts.moc"
