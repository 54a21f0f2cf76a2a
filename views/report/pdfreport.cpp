// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include "annualchart.h"
#include "breakdownchart.h"
#include "deratingchart.h"
#include "fieldlabels.h"
#include "messages.h"
#include "montecarlo.h"
#include "riskinputs.h"
#include "paybackchart.h"
#include "riskchart.h"
#include "breakevenmapchart.h"
#include "comparisonchart.h"
#include "sensitivity.h"
#include "sweep.h"
#include "sweepchart.h"
#include "tokencostchart.h"
#include "tornadochart.h"
#include "performance.h"
#include "format.h"
#include "reportformat.h"
#include "reportlayout.h"
#include "reporttables.h"
#include "safewrite.h"
#include "sizing.h"
#include "statementlabels.h"

#include <algorithm>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFontDatabase>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QBuffer>
#include <QXYSeries>

#include <cmath>
#include <set>

namespace ccp {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 18;
// The title page lists this many scenarios at most (then "and N more").
constexpr int kListedOnTitle = 12;

// A part's share of a total; undefined ("—") when the total is not positive.
std::optional<double> share(double part, double total)
{
    return total > 0 ? std::optional(part / total) : std::nullopt;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// 8.4e23 → "8.40 × 10²³" in the current locale.
QString scientific(double v)
{
    if (v == 0 || !std::isfinite(v))
        return QLocale().toString(v);
    const int exponent = int(std::floor(std::log10(std::abs(v))));
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString power;
    const QString e = QString::number(std::abs(exponent));
    if (exponent < 0)
        power += QChar(u'⁻');
    for (const QChar c : e)
        power += QChar(digits[c.digitValue()]);
    return QStringLiteral("%1 × 10%2").arg(QLocale().toString(v / std::pow(10.0, exponent), 'f', 2), power);
}

// Sets every text of a Qt Charts chart in the report's family, keeping sizes and weights, so
// that the charts embed the same font as the text around them.
void setChartFamily(QChart *chart, const QString &family)
{
    const auto f = [&family](QFont font) {
        font.setFamilies({family});
        font.setStyleStrategy(QFont::PreferNoShaping); // see ReportLayout::font()
        return font;
    };
    chart->setTitleFont(f(chart->titleFont()));
    chart->legend()->setFont(f(chart->legend()->font()));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setTitleFont(f(axis->titleFont()));
        axis->setLabelsFont(f(axis->labelsFont()));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(f(set->labelFont()));
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices)
                slice->setLabelFont(f(slice->labelFont()));
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            xy->setPointLabelsFont(f(xy->pointLabelsFont()));
        }
    }
    QList<QGraphicsItem *> items = chart->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeLast();
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text->setFont(f(text->font()));
        else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            rich->setFont(f(rich->font()));
        items += item->childItems();
    }
}

// One row of the MFU calibration (tests/data/mfu_calibration.csv; docs/methodology.md).
struct CalibrationRun
{
    const char *run;
    long gpus;
    double peakTflops, memoryGb, scaleupGbyteS;
    int domain;
    double scaleoutGbps;
    double observed;
};

constexpr CalibrationRun kCalibration[] = {
    {"Megatron-LM, A100 (arXiv:2104.04473)", 32, 312, 80, 600, 8, 200, 0.44},
    {"Megatron-LM, A100 (arXiv:2104.04473)", 128, 312, 80, 600, 8, 200, 0.46},
    {"Megatron-LM, A100 (arXiv:2104.04473)", 512, 312, 80, 600, 8, 200, 0.44},
    {"Megatron-LM, A100 (arXiv:2104.04473)", 1536, 312, 80, 600, 8, 200, 0.47},
    {"Megatron-LM, A100 (arXiv:2104.04473)", 2520, 312, 80, 600, 8, 200, 0.52},
    {"Megatron-LM, A100 (arXiv:2104.04473)", 3072, 312, 80, 600, 8, 200, 0.52},
    {"Llama 3.1 405B, H100 (arXiv:2407.21783)", 8192, 989, 80, 900, 8, 400, 0.43},
    {"Llama 3.1 405B, H100 (arXiv:2407.21783)", 16384, 989, 80, 900, 8, 400, 0.41},
};

class Writer
{
public:
    Writer(ReportLayout &layout, const ProjectData &project, const Catalog &catalog,
           const std::vector<Result> &results, const ReportOptions &options)
        : m_l(layout)
        , m_project(project)
        , m_catalog(catalog)
        , m_results(results)
        , m_options(options)
        , m_s(project.scenarios[std::size_t(options.scenario)])
        , m_r(results[std::size_t(options.scenario)])
    {
    }

    void build()
    {
        titlePage();
        summary();
        inputs();
        billOfMaterials();
        sizing();
        performance();
        if (ReportFormat::hasInference(m_s))
            inference();
        charts();
        cashFlow();
        if (m_project.scenarios.size() > 1)
            comparison();
        decisions();
        extensions();
        appendix();
        statementsAppendix();
    }

private:

    QString section(const QString &title)
    {
        m_l.pageBreak();
        const QString numbered = PdfReport::tr("%1 %2").arg(++m_section).arg(title);
        m_l.heading(numbered, 1);
        m_subsection = 0;
        return numbered;
    }

    void subsection(const QString &title)
    {
        m_l.heading(PdfReport::tr("%1.%2 %3").arg(m_section).arg(++m_subsection).arg(title), 2);
    }

    void text(const QString &html, double pt = 10) { m_l.paragraph(html, pt); }

    QString est(const QString &value, bool estimate) const
    {
        return estimate ? PdfReport::tr("%1 %2").arg(value, ReportTables::estimateMark()) : value;
    }

    QString scenarioName(int i) const { return FieldLabels::scenarioName(m_project.scenarios[std::size_t(i)]); }

    ReportTable figureTable() const
    {
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Figure"), PdfReport::tr("Value"), PdfReport::tr("Unit")};
        t.weights = {0.5, 0.3, 0.2};
        t.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
        t.pointSize = 9;
        return t;
    }

    void titlePage()
    {
        const QString date = QLocale().toString(m_options.date.isValid() ? m_options.date
                                                                         : QDate::currentDate(),
                                                QLocale::LongFormat);
        const QString author = m_options.author.isEmpty() ? m_project.author : m_options.author;
        m_l.spacing(40);
        m_l.paragraph(QStringLiteral("<b>%1</b>").arg(esc(PdfReport::title())), 28, QColor(0x1f, 0x3b, 0x63));
        m_l.spacing(4);
        m_l.paragraph(esc(PdfReport::projectName(m_project)), 20);
        m_l.spacing(10);
        m_l.paragraph(PdfReport::tr("Main scenario: <b>%1</b>").arg(esc(FieldLabels::scenarioName(m_s))), 13);
        if (m_project.scenarios.size() > 1) {
            QString list;
            const int n = int(m_project.scenarios.size());
            const int listed = n > kListedOnTitle ? kListedOnTitle - 1 : n; // no "1 more"
            for (int i = 0; i < listed; ++i)
                list += QStringLiteral("<li>%1</li>").arg(esc(scenarioName(i)));
            if (listed < n)
                list += QStringLiteral("<li>%1</li>").arg(PdfReport::tr("and %n more", nullptr, n - listed));
            m_l.paragraph(PdfReport::tr("Scenarios compared:") + QStringLiteral("<ul>%1</ul>").arg(list), 11);
        }
        m_l.spacing(12);
        QString meta;
        if (!author.isEmpty())
            meta += PdfReport::tr("Author: %1").arg(esc(author)) + QStringLiteral("<br/>");
        meta += PdfReport::tr("Date: %1").arg(esc(date)) + QStringLiteral("<br/>");
        meta += PdfReport::tr("Prepared with Compute Center Planner %1").arg(QCoreApplication::applicationVersion());
        m_l.paragraph(meta, 11);
        m_l.spacing(25);
        m_l.paragraph(PdfReport::tr("Figures marked %1 are estimates: catalog values without a firm source "
                            "or the output of a documented model. All amounts are in Chinese yuan "
                            "(CNY), nominal. %2 The figures are the result of a model "
                            "(see the appendix) and only as good as its inputs.")
                          .arg(esc(ReportTables::estimateMark()),
                               m_s.finance.pricesIncludeVat
                                   ? PdfReport::tr("Prices in the inputs and catalog tables are as "
                                                   "quoted, including VAT; every result (capex, "
                                                   "bill of materials, statements, cash flows) is "
                                                   "net of VAT, which has its own lines.")
                                   : PdfReport::tr("Prices and results are before VAT.")),
                      9.5, QColor(0x40, 0x40, 0x40));
    }

    void summary()
    {
        section(PdfReport::tr("Executive summary"));
        ResolvedRefs refs;
        resolve(m_s, m_catalog, refs);
        const QString card = refs.card ? FieldLabels::recordName(*refs.card) : fromStd(m_s.cluster.card);
        const QString site = refs.site ? FieldLabels::recordName(*refs.site) : fromStd(m_s.site.region);
        const QString fabric = refs.fabric ? FieldLabels::recordName(*refs.fabric) : fromStd(m_s.network.fabric);
        text(PdfReport::tr("This report assesses the scenario <b>%1</b>: a center of %2 × %3 at %4, "
                   "networked with %5, evaluated month by month over %6 years.")
                 .arg(esc(FieldLabels::scenarioName(m_s)), QLocale().toString(m_r.sizing.cards), esc(card),
                      esc(site), esc(fabric),
                      QLocale().toString(m_s.horizonMonths / 12.0, 'f', m_s.horizonMonths % 12 ? 1 : 0)));
        m_l.paragraph(QStringLiteral("<b>%1</b>").arg(esc(ReportFormat::verdict(m_s, m_r))), 10.5,
                      QColor(0x1f, 0x3b, 0x63));
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Key figure"), PdfReport::tr("Value")};
        t.weights = {0.6, 0.4};
        t.alignment = {Qt::AlignLeft, Qt::AlignRight};
        t.pointSize = 10;
        const std::vector<KeyFigure> figures = ReportFormat::keyFigures(m_s, m_r);
        for (const KeyFigure &k : figures)
            t.rows.push_back({k.label, k.value});
        m_l.table(std::move(t));
        // "—" in the table: say why, in words.
        for (const KeyFigure &k : figures) {
            if (!k.note.isEmpty())
                text(PdfReport::tr("— %1: %2").arg(esc(k.label), esc(k.note)), 9);
        }
        if (!m_r.warnings.empty()) {
            text(PdfReport::tr("Warnings raised by the evaluation: %n; see section 4.", nullptr,
                       int(m_r.warnings.size())));
        }
    }

    void inputs()
    {
        section(PdfReport::tr("Inputs and sources"));
        text(PdfReport::tr("Every input of the scenario with its unit and source. Values filled from a "
                   "catalog entry name the entry; its source is listed in section %1.3.")
                 .arg(m_section));
        if (!m_s.description.empty())
            text(QStringLiteral("<i>%1</i>").arg(esc(FieldLabels::scenarioDescription(m_s))), 9);
        const std::vector<InputRow> rows = ReportTables::inputs(m_s, m_catalog, m_r);
        subsection(PdfReport::tr("Scenario inputs"));
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Input"), PdfReport::tr("Value"), PdfReport::tr("Unit"), PdfReport::tr("Source")};
        t.weights = {0.3, 0.25, 0.13, 0.32};
        t.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft};
        QString group;
        bool anyEstimate = false;
        for (const InputRow &r : rows) {
            // The name heads the report and the description (in the reader's language) is
            // printed above; neither, nor their other-language variants, is a table cell.
            if (r.arrayElement || r.key == "name" || r.key == "description" || r.key == "name_zh"
                || r.key == "description_zh")
                continue;
            // Without an inference model its deployment settings describe nothing: the model
            // row says "none" and the rest of the group is left out.
            if (m_s.inference.model.empty() && r.key.starts_with("inference.")
                && r.key != "inference.model")
                continue;
            const QString g = FieldLabels::group(r.key);
            if (g != group) {
                group = g;
                t.groupRows.insert(int(t.rows.size()));
                t.rows.push_back({g});
            }
            anyEstimate = anyEstimate || r.estimate;
            t.rows.push_back({r.label, est(r.text, r.estimate), r.unit, r.source});
        }
        m_l.table(std::move(t));
        if (anyEstimate) {
            text(PdfReport::tr("%1 An estimate: the catalog entry marks this value as its own estimate "
                       "(no firm published figure), or the value comes from a model.")
                     .arg(esc(ReportTables::estimateMark())),
                 8.5);
        }

        subsection(PdfReport::tr("Customer segments and build phases"));
        ReportTable seg;
        seg.header = QStringList{PdfReport::tr("Segment"), PdfReport::tr("Share"), PdfReport::tr("Utilization"),
                                 PdfReport::tr("Ramp (months)"), PdfReport::tr("Ramp shape"), PdfReport::tr("Price factor")};
        seg.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight};
        seg.weights = {0.34, 0.12, 0.13, 0.13, 0.14, 0.14};
        for (const Segment &g : m_s.demand.segments) {
            seg.rows.push_back({FieldLabels::segmentName(g), Format::percent(g.share),
                                Format::percent(g.utilization), QLocale().toString(g.rampMonths),
                                FieldLabels::choice(g.rampShape == RampShape::SCurve ? "s-curve" : "linear"),
                                Format::significant(g.priceFactor)});
        }
        m_l.table(std::move(seg));
        // The contracts, when a segment has one: what its revenue rests on after the ramp.
        if (std::any_of(m_s.demand.segments.begin(), m_s.demand.segments.end(),
                        [](const Segment &g) { return g.contractMonths > 0; })) {
            ReportTable con;
            con.header = QStringList{PdfReport::tr("Segment"), PdfReport::tr("Contract (months)"),
                                     PdfReport::tr("Take-or-pay"), PdfReport::tr("Renewal probability"),
                                     PdfReport::tr("Renewal price"), PdfReport::tr("Utilization after the term")};
            con.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
            con.weights = {0.3, 0.14, 0.13, 0.14, 0.13, 0.16};
            for (const Segment &g : m_s.demand.segments) {
                if (g.contractMonths <= 0) {
                    con.rows.push_back({FieldLabels::segmentName(g), PdfReport::tr("none (market price)"), QString(),
                                        QString(), QString(), QString()});
                    continue;
                }
                con.rows.push_back({FieldLabels::segmentName(g), QLocale().toString(g.contractMonths),
                                    Format::percent(g.takeOrPay), Format::percent(g.renewalProbability),
                                    Format::percent(g.renewalPriceFactor),
                                    Format::percent(g.afterTermUtilization)});
            }
            m_l.table(std::move(con));
            text(PdfReport::tr("During its term a contract's price is fixed at the first operating month's list "
                               "price × its price factor, and at least the take-or-pay share of its reserved "
                               "capacity is billed whatever is used. Afterwards it renews with the probability "
                               "shown at the market price × price factor × renewal price, or its capacity goes "
                               "back to the market (expected values)."),
                 8.5);
        }
        if (m_s.cluster.phases.empty()) {
            text(PdfReport::tr("Everything is built at month 0 (no build phases)."));
        } else {
            ReportTable ph;
            ph.header = QStringList{PdfReport::tr("Phase"), PdfReport::tr("Month"), PdfReport::tr("Share of the cards")};
            ph.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
            int i = 0;
            for (const BuildPhase &p : m_s.cluster.phases)
                ph.rows.push_back({QLocale().toString(++i), QLocale().toString(p.month), Format::percent(p.share)});
            m_l.table(std::move(ph));
        }

        subsection(PdfReport::tr("Catalog entries used"));
        recordsTable(ReportTables::records(m_s, m_catalog));
    }

    void recordsTable(const std::vector<RecordRow> &records)
    {
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Kind"), PdfReport::tr("Entry"), PdfReport::tr("Source"), PdfReport::tr("Date"),
                               PdfReport::tr("Confidence"), PdfReport::tr("Estimated fields")};
        t.weights = {0.08, 0.17, 0.4, 0.08, 0.1, 0.17};
        t.pointSize = 7.5;
        for (const RecordRow &r : records) {
            // Field keys may break after their underscores.
            t.rows.push_back({r.kind, r.name, r.source, r.date, r.confidence, r.estimates});
        }
        m_l.table(std::move(t));
    }

    void billOfMaterials()
    {
        section(PdfReport::tr("Bill of materials"));
        text(m_s.finance.pricesIncludeVat
                 ? PdfReport::tr("Equipment and works at full build-out. Unit prices come from the catalog "
                                 "entries named; the total is the capital expenditure of the scenario. "
                                 "Unit prices and totals are net of VAT: the catalog's quoted price "
                                 "divided by 1 + the VAT rate of its kind (equipment %1, construction %2).")
                       .arg(Format::trimmedPercent(m_s.finance.vatRateEquipment),
                            Format::trimmedPercent(m_s.finance.vatRateConstruction))
                 : PdfReport::tr("Equipment and works at full build-out. Unit prices come from the catalog "
                                 "entries named; the total is the capital expenditure of the scenario."));
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Item"), PdfReport::tr("Specification"), PdfReport::tr("Quantity"),
                               PdfReport::tr("Unit"), PdfReport::tr("Unit price (CNY)"),
                               PdfReport::tr("Total (%1)").arg(Format::tableMoneyUnit())};
        t.alignment = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
        t.weights = {0.22, 0.26, 0.11, 0.1, 0.15, 0.16};
        double total = 0;
        bool anyEstimate = false;
        for (const BomRow &b : ReportTables::billOfMaterials(m_s, m_catalog, m_r)) {
            const bool whole = std::abs(b.quantity - std::round(b.quantity)) < 1e-9;
            t.rows.push_back({b.item, b.record,
                              whole ? Format::integer(b.quantity) : Format::significant(b.quantity),
                              b.unit,
                              b.unitPriceCny ? est(Format::integer(*b.unitPriceCny), b.estimate) : QString(),
                              Format::tableMoney(b.totalCny)});
            total += b.totalCny;
            anyEstimate = anyEstimate || b.estimate;
        }
        t.boldRows.insert(int(t.rows.size()));
        t.rows.push_back({PdfReport::tr("Total capital expenditure"), {}, {}, {}, {}, Format::tableMoney(total)});
        m_l.table(std::move(t));
        if (anyEstimate) {
            text(PdfReport::tr("%1 Unit price estimated by us; see the catalog entry's source.")
                     .arg(esc(ReportTables::estimateMark())),
                 8.5);
        }
    }

    void sizing()
    {
        section(PdfReport::tr("Sizing, network and power"));
        const SizingResult &z = m_r.sizing;
        const NetworkResult &n = z.network;
        const QLocale l;
        const auto i = [&l](double v) { return l.toString(std::llround(v)); };
        const auto d = [&l](double v, int dec) { return l.toString(v, 'f', dec); };

        subsection(PdfReport::tr("Cluster and racks"));
        ReportTable t = figureTable();
        t.rows = {
            {PdfReport::tr("Cards"), i(z.cards), PdfReport::tr("cards")},
            {PdfReport::tr("Servers"), i(z.servers), PdfReport::tr("servers")},
            {PdfReport::tr("Servers per rack"), i(z.serversPerRack), PdfReport::tr("servers")},
            {PdfReport::tr("Compute racks"), i(z.computeRacks), PdfReport::tr("racks")},
            {PdfReport::tr("Network racks"), i(z.networkRacks), PdfReport::tr("racks")},
            {PdfReport::tr("Storage racks"), i(z.storageRacks), PdfReport::tr("racks")},
            {PdfReport::tr("Racks in total"), i(z.racks), PdfReport::tr("racks")},
            {PdfReport::tr("Rack density (provisioned)"), d(z.rackDensityKw, 1), PdfReport::tr("kW/rack")},
            {PdfReport::tr("Floor area"), i(z.floorAreaM2), PdfReport::tr("m²")},
        };
        m_l.table(std::move(t));

        subsection(PdfReport::tr("Scale-out network"));
        t = figureTable();
        if (n.tiers == 0) {
            text(PdfReport::tr("No scale-out fabric: the cluster uses its scale-up domains only."));
        } else {
            const Fabric *fb = m_catalog.fabric(m_s.network.fabric);
            t.rows = {
                {PdfReport::tr("Fabric"), fb ? FieldLabels::recordName(*fb) : fromStd(m_s.network.fabric), {}},
                {PdfReport::tr("Tiers"), i(n.tiers), {}},
                {PdfReport::tr("Endpoints (NIC ports)"), i(double(n.endpoints)), PdfReport::tr("ports")},
                {PdfReport::tr("Oversubscription (leaf down:up)"), Format::significant(m_s.network.oversubscription), PdfReport::tr(":1")},
                {PdfReport::tr("Leaf switches"), i(double(n.leafSwitches)), PdfReport::tr("switches")},
                {PdfReport::tr("Spine switches"), i(double(n.spineSwitches)), PdfReport::tr("switches")},
                {PdfReport::tr("Core switches"), i(double(n.coreSwitches)), PdfReport::tr("switches")},
                {PdfReport::tr("Links (node–leaf / leaf–spine / spine–core)"),
                 QStringLiteral("%1 / %2 / %3").arg(i(double(n.nodeLinks)), i(double(n.leafSpineLinks)), i(double(n.spineCoreLinks))),
                 PdfReport::tr("links")},
                {PdfReport::tr("Links in total"), i(double(n.links)), PdfReport::tr("links")},
                {PdfReport::tr("Optical transceivers"), i(double(n.transceivers)), PdfReport::tr("modules")},
                {PdfReport::tr("Capacity of the topology"), i(double(n.maxEndpoints)), PdfReport::tr("ports")},
                {PdfReport::tr("Network power"), d(n.powerKw, 1), PdfReport::tr("kW")},
                {m_s.finance.pricesIncludeVat ? PdfReport::tr("Network equipment at catalog prices (incl. VAT)")
                                              : PdfReport::tr("Network equipment at catalog prices"),
                 Format::money(n.capex().cnyValue()), {}},
            };
            m_l.table(std::move(t));
        }

        subsection(PdfReport::tr("Power, energy and emissions"));
        t = figureTable();
        t.rows = {
            {PdfReport::tr("IT power (provisioned)"), i(z.itPowerKw), PdfReport::tr("kW")},
            {PdfReport::tr("Facility power (provisioned, × PUE)"), i(z.facilityPowerKw), PdfReport::tr("kW")},
            {PdfReport::tr("IT power drawn at steady state"), i(z.itPowerSteadyKw), PdfReport::tr("kW")},
            {PdfReport::tr("Facility power drawn at steady state"), i(z.facilityPowerSteadyKw), PdfReport::tr("kW")},
            {PdfReport::tr("PUE"), Format::significant(m_s.site.pue), {}},
            {PdfReport::tr("Annual energy (steady-state year)"), i(z.annualEnergyMwh), PdfReport::tr("MWh")},
            {PdfReport::tr("Annual CO₂ emissions"), i(z.annualCo2Tonnes), PdfReport::tr("t")},
        };
        m_l.table(std::move(t));

        subsection(PdfReport::tr("Warnings"));
        if (m_r.warnings.empty()) {
            text(PdfReport::tr("The evaluation raised no warnings."));
        } else {
            QString list;
            for (const Warning &w : m_r.warnings) {
                //: A warning in the report's list: its title in bold, then what it says.
                list += PdfReport::tr("<li><b>%1.</b> %2</li>")
                            .arg(esc(Messages::warningTitle(w.code)), esc(Messages::warning(w)));
            }
            text(QStringLiteral("<ul>%1</ul>").arg(list));
        }
    }

    void performance()
    {
        section(PdfReport::tr("Effective performance"));
        const PerformanceResult &p = m_r.performance;
        text(PdfReport::tr("Nameplate compute is derated step by step: to the hours the cards are available, "
                   "to the share of them that is sold, and to the useful work of a large-model "
                   "training job (MFU × goodput, an estimate). Of %1 PFLOPS nameplate, %2 PFLOPS "
                   "are useful (%3).")
                 .arg(Format::number(p.nameplatePflopsBf16, 1),
                      Format::number(p.effectivePflops, 1),
                      Format::percent(share(p.effectivePflops, p.nameplatePflopsBf16))));
        m_derating.setResult(m_s, m_r);
        chart(m_derating, 0.5);

        subsection(PdfReport::tr("Model FLOPs utilization"));
        ResolvedRefs refs;
        resolve(m_s, m_catalog, refs);
        if (refs.card && refs.fabric) {
            MfuInputs mi;
            mi.softwareEfficiency = refs.card->softwareEfficiency;
            mi.memoryGb = refs.card->memoryGb;
            mi.bf16Tflops = refs.card->bf16Tflops;
            mi.scaleupGbyteS = refs.card->scaleupGbyteS;
            mi.scaleupDomain = refs.card->scaleupDomain;
            mi.scaleoutGbpsPerCard = refs.fabric->portGbps * m_s.network.nicsPerCard;
            mi.oversubscription = m_s.network.oversubscription;
            mi.clusterCards = p.training.cards;
            const MfuFactors f = mfuModel(mi);
            ReportTable t;
            t.header = QStringList{PdfReport::tr("Factor"), PdfReport::tr("Value"), PdfReport::tr("Depends on")};
            t.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
            t.weights = {0.3, 0.15, 0.55};
            const auto v = [](double x) { return Format::number(x, 3); };
            t.rows = {
                {PdfReport::tr("Reference MFU"), v(f.reference), PdfReport::tr("mature stack, 8-card NVLink domains")},
                {PdfReport::tr("Software stack"), est(v(f.software), true), PdfReport::tr("card's software efficiency")},
                {PdfReport::tr("Memory"), v(f.memory), PdfReport::tr("(memory GB / 80)^0.1")},
                {PdfReport::tr("Scale-up"), v(f.scaleup), PdfReport::tr("scale-up GB/s per TFLOP/s, domain size")},
                {PdfReport::tr("Scale-out"), v(f.scaleout), PdfReport::tr("NIC Gb/s per card per TFLOP/s")},
                {PdfReport::tr("Oversubscription"), v(f.oversubscription), PdfReport::tr("1 / (1 + 0.05·(r − 1))")},
                {PdfReport::tr("Cluster size"), v(f.clusterSize), PdfReport::tr("cards in the job")},
            };
            t.boldRows.insert(int(t.rows.size()));
            t.rows.push_back({PdfReport::tr("MFU of the model"), est(v(f.mfu), true), {}});
            m_l.table(std::move(t));
            if (!p.mfuIsModel) {
                text(PdfReport::tr("The scenario sets the MFU to %1; the model's value above is shown for comparison.")
                         .arg(Format::percent(p.mfu)));
            }
        }
        text(PdfReport::tr("Goodput under interruptions and checkpoints: %1 (Young/Daly, first order).")
                 .arg(Format::percent(p.goodput)));

        subsection(PdfReport::tr("Training job"));
        const TrainingResult &job = p.training;
        const QLocale l;
        ReportTable t = figureTable();
        t.rows = {
            {PdfReport::tr("Model parameters"), Format::number(m_s.training.params / 1e9, 1), PdfReport::tr("billion")},
            {PdfReport::tr("Training tokens"), Format::number(m_s.training.tokens / 1e12, 2), PdfReport::tr("trillion")},
            {PdfReport::tr("Training compute (%1·N·D)").arg(Format::significant(m_s.training.flopsPerParamToken)),
             scientific(job.flops), PdfReport::tr("FLOP")},
            {PdfReport::tr("Cards used"), l.toString(job.cards), PdfReport::tr("cards")},
            {PdfReport::tr("MFU × goodput"), Format::percent(p.mfu * p.goodput), {}},
            {PdfReport::tr("Wall-clock duration"), Format::number(job.days, 1), PdfReport::tr("days")},
            {PdfReport::tr("Target duration"), Format::significant(m_s.training.targetDays), PdfReport::tr("days")},
            {PdfReport::tr("Meets the target"), job.meetsTarget ? PdfReport::tr("yes") : PdfReport::tr("no"), {}},
            {PdfReport::tr("GPU-hours"), job.gpuHours ? Format::integer(*job.gpuHours) : Format::undefined(), PdfReport::tr("card-hours")},
            {PdfReport::tr("Energy"), Format::number(job.energyMwh, 0), PdfReport::tr("MWh")},
            {PdfReport::tr("Cost at the scenario's list price"), job.cost ? Format::money(job.cost->cnyValue()) : Format::undefined(), {}},
            {PdfReport::tr("Memory needed / available"),
             QStringLiteral("%1 / %2").arg(Format::integer(job.memoryNeededGb), Format::integer(job.memoryAvailableGb)),
             PdfReport::tr("GB")},
        };
        m_l.table(std::move(t));
    }

    // Figures, their unit and, under the table, why a "—" is undefined.
    void figureRows(const std::vector<FigureRow> &rows)
    {
        ReportTable t = figureTable();
        for (const FigureRow &r : rows)
            t.rows.push_back({r.label, r.value, r.number ? r.unit : QString()});
        m_l.table(std::move(t));
        for (const FigureRow &r : rows) {
            if (!r.note.isEmpty())
                text(PdfReport::tr("— %1: %2").arg(esc(r.label), esc(r.note)), 9);
        }
    }

    // The inference deployment and, when segments sell tokens, their economics and the cost
    // per million tokens against utilization (docs/methodology.md, "Inference").
    void inference()
    {
        section(PdfReport::tr("Inference (model as a service)"));
        const InferenceInputs &in = m_s.inference;
        const LlmModel *model = m_catalog.model(in.model);
        const QString name = model ? FieldLabels::recordName(*model) : fromStd(in.model);
        if (in.model.empty()) {
            text(PdfReport::tr("No inference model is chosen: the scenario serves no tokens."));
        } else {
            text(PdfReport::tr("The scenario serves <b>%1</b> with %2 weights on deployments of %3 "
                               "cards (tensor parallel %4 × expert parallel %5), requests of %6 "
                               "input and %7 output tokens, %8 of the input found in the prefix "
                               "cache. Throughput and latency come from a roofline model of "
                               "continuous batching, an estimate: against 21 published serving "
                               "figures its median deviation is a factor of 1.4.")
                     .arg(esc(name), esc(FieldLabels::choice(in.precision)),
                          QLocale().toString(in.tensorParallel * in.expertParallel),
                          QLocale().toString(in.tensorParallel),
                          QLocale().toString(in.expertParallel),
                          QLocale().toString(in.inputTokens), QLocale().toString(in.outputTokens),
                          Format::percent(in.cacheHitShare)));
        }
        subsection(PdfReport::tr("Deployment and throughput"));
        figureRows(ReportFormat::inferenceFigures(m_s, m_r));

        const bool maas = std::any_of(m_s.demand.segments.begin(), m_s.demand.segments.end(),
                                      [](const Segment &g) { return g.kind == SegmentKind::Maas; });
        subsection(PdfReport::tr("Selling tokens (MaaS)"));
        if (maas) {
            ReportTable seg;
            seg.header = QStringList{PdfReport::tr("Segment"), PdfReport::tr("Share"),
                                     PdfReport::tr("Utilization"),
                                     PdfReport::tr("Input (CNY/M)"),
                                     PdfReport::tr("Cached input (CNY/M)"),
                                     PdfReport::tr("Output (CNY/M)"),
                                     PdfReport::tr("Decline per year"),
                                     PdfReport::tr("Serving hours a day"),
                                     PdfReport::tr("Off-hours rental")};
            seg.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                             Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                             Qt::AlignRight};
            seg.weights = {0.22, 0.08, 0.1, 0.09, 0.1, 0.09, 0.1, 0.11, 0.11};
            seg.pointSize = 8.5;
            for (const Segment &g : m_s.demand.segments) {
                if (g.kind != SegmentKind::Maas)
                    continue;
                seg.rows.push_back({FieldLabels::segmentName(g), Format::percent(g.share),
                                    Format::percent(g.utilization),
                                    Format::number(g.priceInputCnyPerMtok, 2),
                                    Format::number(g.priceCachedInputCnyPerMtok, 2),
                                    Format::number(g.priceOutputCnyPerMtok, 2),
                                    Format::percent(g.tokenPriceDeclinePerYear),
                                    Format::significant(g.servingHours),
                                    Format::percent(g.offhoursUtilization)});
            }
            m_l.table(std::move(seg));
            text(PdfReport::tr("Token prices per million tokens (CNY/M) in the first operating "
                               "month, as the scenario states them. Outside the serving hours the "
                               "same cards are rented by the card-hour at the off-hours "
                               "utilization."),
                 8.5);
        } else {
            text(PdfReport::tr("No customer segment buys tokens; the cost per million tokens "
                               "below is what the cards would cost per token if they served the "
                               "model."));
        }
        figureRows(ReportFormat::maasFigures(m_s, m_r));
        const decisions::TokenCostSweep sweep = decisions::sweepTokenCost(m_s, m_catalog);
        if (!sweep.points.empty()) {
            text(PdfReport::tr("The cost per million tokens if the customers bought a different "
                               "average share of the capacity (each segment's utilization "
                               "scaled, the mix kept); the dot is the planned utilization (%1). "
                               "The dashed line is the price the tokens realize: where the cost "
                               "falls below it, the tokens pay for the cards that serve them.")
                     .arg(Format::percent(sweep.plannedUtilization)));
            m_tokenCost.setSweep(sweep);
            m_tokenCost.setResult(m_s, m_r);
            chart(m_tokenCost, 0.56);
        }
    }

    void charts()
    {
        section(PdfReport::tr("Utilization, payback and cash flows"));
        const FinanceResult &f = m_r.finance;
        text(PdfReport::tr("Monthly sold utilization against the cumulative project cash flow. %1")
                 .arg(f.paybackMonths
                          ? PdfReport::tr("The cumulative cash flow turns positive after %1 months (%2).")
                                .arg(Format::number(*f.paybackMonths, 1), Format::years(f.paybackMonths))
                          : PdfReport::tr("The cumulative cash flow stays negative over the horizon.")));
        m_payback.setResult(m_s, m_r);
        chart(m_payback, 0.56);
        m_annual.setResult(m_s, m_r);
        chart(m_annual, 0.56);

        subsection(PdfReport::tr("Capex and opex breakdown"));
        m_breakdown.setResult(m_s, m_r);
        chart(m_breakdown, 0.6, 940); // two donuts with outside labels need the width
        const CapexBreakdown &c = f.capex;
        const OpexBreakdown &o = f.opexSteadyYear;
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Capex item"), PdfReport::tr("Amount (%1)").arg(Format::tableMoneyUnit()),
                               PdfReport::tr("Share"), PdfReport::tr("Opex item (year %1)").arg(f.steadyYear),
                               PdfReport::tr("Amount (%1)").arg(Format::tableMoneyUnit()), PdfReport::tr("Share")};
        t.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
        t.weights = {0.2, 0.15, 0.1, 0.25, 0.18, 0.12};
        const double ct = c.total().cnyValue();
        const double ot = o.total().cnyValue();
        const std::pair<QString, double> capex[] = {
            {PdfReport::tr("Servers"), c.servers.cnyValue()}, {PdfReport::tr("Network"), c.network.cnyValue()},
            {PdfReport::tr("Storage"), c.storage.cnyValue()}, {PdfReport::tr("Facility"), c.facility.cnyValue()},
            {PdfReport::tr("Installation"), c.installation.cnyValue()}, {PdfReport::tr("Software"), c.software.cnyValue()},
            {PdfReport::tr("Spares"), c.spares.cnyValue()}, {PdfReport::tr("Land"), c.land.cnyValue()}};
        const std::pair<QString, double> opex[] = {
            {PdfReport::tr("Energy"), o.energy.cnyValue()}, {PdfReport::tr("Maintenance"), o.maintenance.cnyValue()},
            {PdfReport::tr("Staff"), o.staff.cnyValue()}, {PdfReport::tr("Bandwidth"), o.bandwidth.cnyValue()},
            {PdfReport::tr("Rent"), o.rent.cnyValue()}, {PdfReport::tr("Insurance"), o.insurance.cnyValue()}};
        for (int k = 0; k < 6; ++k) {
            t.rows.push_back({capex[k].first, Format::tableMoney(capex[k].second),
                              Format::percent(share(capex[k].second, ct)),
                              opex[k].first, Format::tableMoney(opex[k].second),
                              Format::percent(share(opex[k].second, ot))});
        }
        for (int k = 6; k < int(std::size(capex)); ++k) { // spares and land, when there are any
            if (capex[k].second != 0)
                t.rows.push_back({capex[k].first, Format::tableMoney(capex[k].second),
                                  Format::percent(share(capex[k].second, ct)), {}, {}, {}});
        }
        t.boldRows.insert(int(t.rows.size()));
        t.rows.push_back({PdfReport::tr("Total"), Format::tableMoney(ct), Format::percent(1.0),
                          PdfReport::tr("Total"), Format::tableMoney(ot), Format::percent(1.0)});
        m_l.table(std::move(t));
        text(PdfReport::tr("Steady-state year %1: revenue %2, opex %3, EBITDA margin %4.")
                 .arg(f.steadyYear)
                 .arg(Format::money(f.revenueSteadyYear.cnyValue()), Format::money(ot),
                      Format::percent(f.ebitdaMarginSteadyYear)));
    }

    void cashFlow()
    {
        section(PdfReport::tr("Yearly cash flow"));
        text(PdfReport::tr("Project (unlevered) cash flows by operating year; year 0 is month 0, the "
                   "commissioning with the initial investment. Amounts in %1.")
                 .arg(Format::tableMoneyUnit()));
        ReportTable t;
        const QString u = Format::tableMoneyUnit();
        t.header = QStringList{PdfReport::tr("Year"), PdfReport::tr("Utilization"), PdfReport::tr("Revenue (%1)").arg(u),
                               PdfReport::tr("Opex (%1)").arg(u), PdfReport::tr("Capex (%1)").arg(u),
                               PdfReport::tr("Tax (%1)").arg(u), PdfReport::tr("Other (%1)").arg(u),
                               PdfReport::tr("Cash flow (%1)").arg(u), PdfReport::tr("Cumulative (%1)").arg(u)};
        t.alignment = std::vector<Qt::Alignment>(9, Qt::AlignRight);
        t.pointSize = 8.5;
        // Every row adds up: what the four columns before do not hold is in "Other".
        double rev = 0, opex = 0, capex = 0, tax = 0, other = 0, cf = 0;
        for (const YearRow &y : m_r.yearly) {
            const double o = (y.cashFlow - y.revenue + y.opex + y.capex + y.tax).cnyValue();
            t.rows.push_back({QLocale().toString(y.year), Format::percent(y.utilization),
                              Format::tableMoney(y.revenue.cnyValue()),
                              Format::tableMoney(y.opex.cnyValue()),
                              Format::tableMoney(y.capex.cnyValue()),
                              Format::tableMoney(y.tax.cnyValue()), Format::tableMoney(o),
                              Format::tableMoney(y.cashFlow.cnyValue()),
                              Format::tableMoney(y.cumulative.cnyValue())});
            rev += y.revenue.cnyValue();
            opex += y.opex.cnyValue();
            capex += y.capex.cnyValue();
            tax += y.tax.cnyValue();
            other += o;
            cf += y.cashFlow.cnyValue();
        }
        t.boldRows.insert(int(t.rows.size()));
        t.rows.push_back({PdfReport::tr("Total"), {}, Format::tableMoney(rev), Format::tableMoney(opex),
                          Format::tableMoney(capex), Format::tableMoney(tax), Format::tableMoney(other),
                          Format::tableMoney(cf), {}});
        m_l.table(std::move(t));
        text(PdfReport::tr("Cash flow = revenue − opex − capex − income tax + other. Other holds the "
                   "operating subsidies and capex grants, the residual value (in the last year), "
                   "the working capital invested (−) or released (+), and the VAT: output VAT "
                   "collected less input VAT paid on purchases, less the VAT and surtaxes paid to "
                   "the tax office. The monthly figures of each are in the Excel and CSV exports."),
             8.5);
        studyIndicators();
    }

    // The indicators a feasibility study (可研) reports, with their definitions; an undefined
    // one says why.
    void studyIndicators()
    {
        subsection(PdfReport::tr("Feasibility-study indicators"));
        const FinanceResult &f = m_r.finance;
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Indicator"), PdfReport::tr("Value"), PdfReport::tr("Definition")};
        t.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
        t.weights = {1.4, 0.6, 2.6};
        t.pointSize = 8.5;
        const auto ratio = [](const std::optional<double> &v) {
            return v ? Format::number(*v, 2) : Format::undefined();
        };
        const auto row = [&](const QString &name, const QString &value, const QString &definition,
                             const char *key, bool defined) {
            QString d = definition;
            if (!defined)
                d += QStringLiteral(" — ") + Messages::undefinedReason(m_r, key);
            t.rows.push_back({name, value, d});
        };
        row(PdfReport::tr("Return on total investment (ROI)"), Format::percent(f.roi),
            PdfReport::tr("Mean yearly EBIT over the operating years ÷ total investment (capex + construction interest)"),
            "finance.indicators.roi", f.roi.has_value());
        row(PdfReport::tr("Return on equity capital (ROE)"), Format::percent(f.roe),
            PdfReport::tr("Mean yearly net profit ÷ equity capital (capex not borrowed)"),
            "finance.indicators.roe", f.roe.has_value());
        row(PdfReport::tr("Interest coverage (least year)"), ratio(f.interestCoverageMin),
            PdfReport::tr("EBIT ÷ interest, in the year with the least cover"),
            "finance.indicators.interest_coverage", f.interestCoverageMin.has_value());
        row(PdfReport::tr("Debt service coverage (least year)"), ratio(f.dscrMin),
            PdfReport::tr("(EBITDA − income tax) ÷ (principal + interest), in the year with the least cover"),
            "finance.indicators.dscr_min", f.dscrMin.has_value());
        row(PdfReport::tr("Breakeven point (share of planned sales)"), Format::percent(f.breakevenCapacityUtilization),
            PdfReport::tr("Fixed costs ÷ (revenue − variable costs) in the steady year; the variable cost is the load energy"),
            "finance.indicators.breakeven_capacity_utilization", f.breakevenCapacityUtilization.has_value());
        row(PdfReport::tr("Debt ratio (largest year)"), Format::percent(f.debtRatioMax),
            PdfReport::tr("Liabilities ÷ assets at the end of a year with operation, the largest; see the balance sheet in the appendix"),
            "finance.indicators.debt_ratio_max", f.debtRatioMax.has_value());
        if (f.constructionInterest.cnyValue() > 0)
            row(PdfReport::tr("Construction interest"), Format::money(f.constructionInterest.cnyValue()),
                PdfReport::tr("Interest capitalized on loans drawn during construction"), "", true);
        m_l.table(std::move(t));
    }

    void comparison()
    {
        section(PdfReport::tr("Scenario comparison"));
        const int n = int(m_project.scenarios.size());
        text(PdfReport::tr("The key figures of every scenario of the project; the main scenario of this "
                   "report is marked with *."));
        // The key figures are text, kept for every scenario; the results themselves may be
        // those of dropRows() except for the charted ones.
        std::vector<std::vector<KeyFigure>> figures;
        for (int i = 0; i < n; ++i)
            figures.push_back(ReportFormat::keyFigures(m_project.scenarios[std::size_t(i)], m_results[std::size_t(i)]));
        // As few tables as kComparedPerTable allows, with the scenarios spread evenly over them
        // (six scenarios make two tables of three, not five and a lone one).
        const int tables = (n + PdfReport::kComparedPerTable - 1) / PdfReport::kComparedPerTable;
        const int perTable = tables > 0 ? (n + tables - 1) / tables : 1;
        for (int first = 0; first < n; first += perTable) {
            const int last = std::min(n, first + perTable);
            ReportTable t;
            t.header << PdfReport::tr("Key figure");
            for (int i = first; i < last; ++i)
                t.header << (i == m_options.scenario ? scenarioName(i) + QStringLiteral(" *") : scenarioName(i));
            t.alignment.push_back(Qt::AlignLeft);
            for (int i = first; i < last; ++i)
                t.alignment.push_back(Qt::AlignRight);
            // Every table of the comparison alike: sized for the widest of them.
            t.weights.push_back(perTable > 3 ? 1.3 : 1.5);
            for (int i = first; i < last; ++i)
                t.weights.push_back(1.0);
            t.pointSize = perTable > 3 ? 7.5 : 8.5;
            QStringList cards{PdfReport::tr("Cards")};
            QStringList site{PdfReport::tr("Site")};
            for (int i = first; i < last; ++i) {
                const Scenario &s = m_project.scenarios[std::size_t(i)];
                const Card *c = m_catalog.card(s.cluster.card);
                cards << PdfReport::tr("%1 × %2").arg(QLocale().toString(m_results[std::size_t(i)].sizing.cards),
                                              c ? FieldLabels::recordName(*c) : fromStd(s.cluster.card));
                const Site *st = m_catalog.site(s.site.region);
                site << (st ? FieldLabels::recordName(*st) : fromStd(s.site.region));
            }
            t.rows.push_back(cards);
            t.rows.push_back(site);
            for (std::size_t k = 0; k < figures[std::size_t(first)].size(); ++k) {
                QStringList row{figures[std::size_t(first)][k].label};
                if (k == 1) // the discount rate differs between scenarios; each value is at its own
                    row[0] = PdfReport::tr("Net present value (NPV)");
                for (int i = first; i < last; ++i)
                    row << figures[std::size_t(i)][k].value;
                t.rows.push_back(row);
            }
            m_l.table(std::move(t));
        }
        // Their cumulative cash flows and utilizations overlaid, the main scenario first.
        std::vector<Scenario> scenarios{m_project.scenarios[std::size_t(m_options.scenario)]};
        std::vector<Result> results{m_results[std::size_t(m_options.scenario)]};
        for (int i = 0; i < n; ++i) {
            if (!PdfReport::needsRows(i, m_options.scenario) || i == m_options.scenario)
                continue;
            scenarios.push_back(m_project.scenarios[std::size_t(i)]);
            results.push_back(m_results[std::size_t(i)]);
        }
        if (n > int(scenarios.size()))
            text(PdfReport::tr("The chart below draws the main scenario and the first %1 others; the "
                               "table above holds all %2.").arg(scenarios.size() - 1).arg(n));
        m_comparisonChart.setScenarios(scenarios, results);
        m_comparisonChart.setResult(scenarios.front(), results.front());
        chart(m_comparisonChart, 0.5);
    }

    // Payback against utilization (every scenario), the tornado and a Monte Carlo run of the
    // main scenario with the default uncertain inputs (10,000 draws, seed 1: reproducible).
    void decisions()
    {
        section(PdfReport::tr("Decisions under uncertainty"));
        const Catalog &catalog = m_catalog;
        subsection(PdfReport::tr("Payback against utilization"));
        std::vector<SweepChart::Curve> curves;
        curves.push_back({FieldLabels::scenarioName(m_s), decisions::sweepUtilization(m_s, catalog, 101)});
        for (const Scenario &other : m_project.scenarios)
            if (&other != &m_s)
                curves.push_back({FieldLabels::scenarioName(other), decisions::sweepUtilization(other, catalog, 101)});
        const decisions::UtilizationSweep &own = curves.front().sweep;
        text(PdfReport::tr("Payback of every scenario if its customers bought a different average share of the "
                           "card-hours (each segment's utilization scaled, the mix kept). The dot is the planned "
                           "utilization (%1), the dashed line the breakeven utilization at which the NPV is zero (%2); "
                           "the grey bands are the utilization centers reach in China: research institutes and "
                           "universities 30–40%, market-built centers about half, leading firms about 80%.")
                 .arg(Format::percent(own.plannedUtilization),
                      own.breakevenUtilization ? Format::percent(own.breakevenUtilization)
                                               : PdfReport::tr("not reached even at 100%")));
        m_sweep.setCurves(std::move(curves));
        m_sweep.setResult(m_s, m_r);
        chart(m_sweep, 0.56);

        subsection(PdfReport::tr("Breakeven map"));
        QStringList lines;
        for (const int years : BreakevenMapChart::paybackLineYears(m_s.horizonMonths))
            lines << QLocale().toString(years);
        // A center that sells tokens is mapped over its token prices, the others over the
        // card-hour list price.
        const decisions::MapAxes axes = decisions::defaultMapAxes(m_s);
        const QString price = axes == decisions::MapAxes::UtilizationByTokenPrice
                                  ? PdfReport::tr("the token prices (as a share of the scenario's)")
                                  : PdfReport::tr("the list price");
        text(lines.isEmpty()
                 ? PdfReport::tr("Payback (colour) over the average utilization and %1, 60 × 60 "
                                 "evaluations; the thick line is NPV = 0, the dot the scenario itself.")
                       .arg(price)
                 : PdfReport::tr("Payback (colour) over the average utilization and %1, 60 × 60 "
                                 "evaluations; the thick line is NPV = 0, the dashed lines payback after %2 "
                                 "years, the dot the scenario itself.")
                       .arg(price, lines.join(PdfReport::tr(", "))));
        m_map.setCatalog(catalog);
        m_map.setAxes(axes);
        m_map.setFontFamily(PdfReport::fontFamily());
        m_map.setResult(m_s, m_r);
        m_l.chart(&m_map, 0.62);

        subsection(PdfReport::tr("Sensitivity"));
        const decisions::Workbench bench(m_s, catalog);
        const decisions::Sensitivity t = decisions::sensitivity(m_s, catalog, decisions::defaultRanges(bench));
        text(PdfReport::tr("Each input moved alone by ±20% of its value (within its valid range), the others as "
                           "planned; an input that is 0 in the scenario (capex overrun, power price "
                           "growth, ramp, construction) is moved over a typical range instead. The "
                           "table gives each range; bars show the change of NPV, largest first."));
        m_tornado.setSensitivity(t);
        m_tornado.setResult(m_s, m_r);
        chart(m_tornado, 0.62, 900);
        ReportTable table;
        table.header = QStringList{PdfReport::tr("Input"), PdfReport::tr("Low / high"),
                                   PdfReport::tr("NPV at low"), PdfReport::tr("NPV at high"),
                                   PdfReport::tr("Payback at low / high")};
        table.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        for (const decisions::SensitivityInput &in : t.inputs) {
            const std::string_view key = decisions::leverInfo(in.lever).key;
            const auto value = [key](double v) { return FieldLabels::formatValue(key, v); };
            table.rows.push_back({FieldLabels::label(key),
                                  QStringLiteral("%1 / %2").arg(value(in.low), value(in.high)),
                                  Format::money(in.atLow.npv.cnyValue()), Format::money(in.atHigh.npv.cnyValue()),
                                  QStringLiteral("%1 / %2").arg(Format::months(in.atLow.paybackMonths),
                                                                Format::months(in.atHigh.paybackMonths))});
        }
        m_l.table(std::move(table));

        subsection(PdfReport::tr("Range of outcomes (Monte Carlo)"));
        // The scenario's own Monte Carlo settings (or the default spreads).
        const decisions::RiskSettings settings = decisions::riskSettingsOf(m_s, catalog);
        const decisions::RiskResult risk = decisions::runRisk(m_s, catalog, settings);
        QString summary = PdfReport::tr("%1 draws (seed %2) of the uncertain inputs below. The project pays back "
                                        "within the horizon in %3 of the draws.")
                              .arg(Format::integer(double(risk.draws))).arg(risk.seed)
                              .arg(Format::probability(risk.pPaybackWithinHorizon));
        if (settings.targetPaybackMonths && risk.pPaybackWithinTarget)
            summary += QLatin1Char(' ') + PdfReport::tr("Within the target of %1: in %2 of the draws.")
                                              .arg(Format::months(*settings.targetPaybackMonths),
                                                   Format::probability(*risk.pPaybackWithinTarget));
        if (settings.utilizationPriceCorrelation != 0)
            summary += QLatin1Char(' ') + PdfReport::tr("Utilization and list price are correlated (rank correlation %1).")
                                              .arg(Format::significant(settings.utilizationPriceCorrelation));
        summary += QLatin1Char(' ') + (m_s.risk.inputs.empty()
                                           ? PdfReport::tr("The distributions are the default spreads around the scenario's own values, listed below.")
                                           : PdfReport::tr("The distributions are the planner's own, stored with the scenario."));
        text(summary);
        m_risk.setRisk(risk);
        m_risk.setResult(m_s, m_r);
        chart(m_risk, 0.5);
        ReportTable p;
        p.header = QStringList{QString(), QStringLiteral("P10"), QStringLiteral("P50"), QStringLiteral("P90")};
        p.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        const auto money = [](const std::optional<double> &v) { return v ? Format::money(*v) : Format::undefined(); };
        p.rows.push_back({PdfReport::tr("NPV"), money(risk.npvCny.p10), money(risk.npvCny.p50), money(risk.npvCny.p90)});
        p.rows.push_back({PdfReport::tr("IRR"), Format::percent(risk.irr.p10), Format::percent(risk.irr.p50),
                          Format::percent(risk.irr.p90)});
        p.rows.push_back({PdfReport::tr("Payback"), Format::months(risk.paybackMonths.p10),
                          Format::months(risk.paybackMonths.p50), Format::months(risk.paybackMonths.p90)});
        m_l.table(std::move(p));
        if (risk.paybackMonths.undefinedDraws > 0)
            text(PdfReport::tr("— : in %1 of the draws the project does not pay back within the horizon.")
                     .arg(Format::probability(double(risk.paybackMonths.undefinedDraws) / double(std::max(1L, risk.draws)))));
        ReportTable inputs;
        inputs.header = QStringList{PdfReport::tr("Uncertain input"), PdfReport::tr("Distribution"),
                                    PdfReport::tr("Minimum"), PdfReport::tr("Most likely"), PdfReport::tr("Maximum")};
        inputs.alignment = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        for (const decisions::UncertainInput &u : settings.inputs) {
            const std::string_view key = decisions::leverInfo(u.lever).key;
            const auto value = [key](double v) {
                return std::isfinite(v) ? FieldLabels::formatValue(key, v) : Format::undefined();
            };
            QString kind = Messages::distributionName(u.distribution.kind);
            if (u.distribution.kind == decisions::DistributionKind::Normal)
                kind = PdfReport::tr("%1 (σ %2)").arg(kind, value(u.distribution.spread));
            else if (u.distribution.kind == decisions::DistributionKind::Lognormal)
                kind = PdfReport::tr("%1 (σ of the logarithm %2)").arg(kind, Format::significant(u.distribution.spread));
            inputs.rows.push_back({FieldLabels::label(key), kind,
                                   value(u.distribution.a), value(u.distribution.b), value(u.distribution.c)});
        }
        m_l.table(std::move(inputs));
    }

    void extensions()
    {
        if (m_options.extensions.empty())
            return;
        section(PdfReport::tr("Further analyses"));
        const ReportContext context{m_project, m_catalog, m_results, m_options.scenario};
        for (const auto &ext : m_options.extensions) {
            if (!ext)
                continue;
            subsection(ext->title());
            ext->write(m_l, context);
        }
    }

    void appendix()
    {
        m_l.pageBreak();
        m_l.heading(PdfReport::tr("Appendix: methodology and sources"), 1);
        m_l.heading(PdfReport::tr("Method in short"), 2);
        const QStringList items = {
            PdfReport::tr("<b>Sizing.</b> Servers = ⌈cards / cards per server⌉; servers per rack limited by "
                  "the rack's power budget and rack units; floor area = racks × area per rack."),
            PdfReport::tr("<b>Network.</b> Rail-optimized fat-tree with the fewest tiers that fit: leaf down "
                  "ports d = ⌊k·r/(r+1)⌋ of radix k at oversubscription r:1; two tiers up to k·d "
                  "endpoints, three beyond (Al-Fares et al., SIGCOMM 2008)."),
            PdfReport::tr("<b>Power.</b> Provisioned IT power = servers × max kW + network + storage; "
                  "facility = IT × PUE. Drawn power P(u) = P_idle + u·(P_busy − P_idle); energy = "
                  "drawn facility kW × 730 h per month."),
            PdfReport::tr("<b>Demand.</b> Capacity = cards × 730 h × availability; each customer segment "
                  "reserves a share, ramps up to its utilization and pays a price factor × list; "
                  "the list price declines by the annual rate."),
            PdfReport::tr("<b>Money.</b> Month 0 carries the initial capex; cash flow = revenue + subsidies "
                  "− opex − capex + grant − tax + residual value; straight-line depreciation; "
                  "income tax with loss carry-forward."),
            PdfReport::tr("<b>Metrics.</b> NPV = Σ CF_t / (1+r_m)^t with r_m = (1+r)^(1/12) − 1; IRR = "
                  "(1+i)^12 − 1 where i zeroes the monthly NPV; payback interpolated on the "
                  "cumulative cash flow; breakeven utilization scales every segment until NPV = 0; "
                  "LCOC = PV(costs) / PV(card-hours sold)."),
            PdfReport::tr("<b>Effective performance.</b> Useful PFLOPS = nameplate × availability × "
                  "utilization × MFU × goodput; goodput = τ/(τ+w) × (1 − Λ·(R + τ/2)) (Young/Daly); "
                  "training compute = 6·N·D (Kaplan et al., 2020)."),
        };
        QString list;
        for (const QString &item : items)
            list += QStringLiteral("<li>%1</li>").arg(item);
        text(QStringLiteral("<ul>%1</ul>").arg(list), 9.5);

        m_l.heading(PdfReport::tr("MFU model calibration"), 2);
        text(PdfReport::tr("MFU = 0.465 × F_software × F_memory × F_scale-up × F_scale-out × F_oversub × "
                   "F_size, calibrated to published training runs:"),
             9.5);
        ReportTable t;
        t.header = QStringList{PdfReport::tr("Published run"), PdfReport::tr("GPUs"), PdfReport::tr("Observed MFU"),
                               PdfReport::tr("Model"), PdfReport::tr("Residual")};
        t.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        t.weights = {0.46, 0.12, 0.14, 0.14, 0.14};
        for (const CalibrationRun &c : kCalibration) {
            MfuInputs mi;
            mi.softwareEfficiency = 1.0;
            mi.memoryGb = c.memoryGb;
            mi.bf16Tflops = c.peakTflops;
            mi.scaleupGbyteS = c.scaleupGbyteS;
            mi.scaleupDomain = c.domain;
            mi.scaleoutGbpsPerCard = c.scaleoutGbps;
            mi.oversubscription = 1;
            mi.clusterCards = c.gpus;
            const double model = mfuModel(mi).mfu;
            const double residual = model - c.observed;
            t.rows.push_back({QString::fromUtf8(c.run), QLocale().toString(qlonglong(c.gpus)),
                              Format::number(c.observed, 2), Format::number(model, 3),
                              (residual >= 0 ? QStringLiteral("+") : QString()) + Format::number(residual, 3)});
        }
        m_l.table(std::move(t));
        text(PdfReport::tr("There are no public calibration points for domestic cards: their MFU rests on "
                   "the estimated software factor and is marked as an estimate."),
             9);

        m_l.heading(PdfReport::tr("Catalog sources"), 2);
        std::vector<RecordRow> all;
        std::set<QString> seen;
        for (const Scenario &s : m_project.scenarios) {
            for (RecordRow &r : ReportTables::records(s, m_catalog)) {
                if (seen.insert(r.kind + QLatin1Char('/') + r.id).second)
                    all.push_back(std::move(r));
            }
        }
        recordsTable(all);
        text(PdfReport::tr("Card figures draw on Epoch AI's Machine Learning Hardware data set. %1")
                 .arg(QStringLiteral("<b>Data: Epoch AI, Machine Learning Hardware, epoch.ai (CC BY 4.0)</b>")),
             9.5);
    }

    // The six yearly statements of a feasibility study, each in blocks of at most
    // kYearsPerBlock years so that every column fits the page's width.
    void statementsAppendix()
    {
        constexpr std::size_t kYearsPerBlock = 6;
        const Statements &st = m_r.statements;
        if (st.tables.empty())
            return;
        m_l.pageBreak();
        m_l.heading(PdfReport::tr("Appendix: financial statements"), 1);
        text(PdfReport::tr("The yearly statements of a feasibility study, after 《建设项目经济评价方法与参数》 "
                           "(3rd edition), for the scenario “%1”. Amounts in %2. Year 0 is month 0; each "
                           "later year is twelve months (the last may be shorter). Every amount is a sum of "
                           "the monthly figures: equity pays in the investment not borrowed, the input VAT on "
                           "the build and the working capital; %3; all profit is retained; residual values are "
                           "sold at book value. Amounts are net of VAT, which has its own lines.")
                 .arg(FieldLabels::scenarioName(m_s), Format::tableMoneyUnit(),
                      m_s.finance.grantTreatment == GrantTreatment::Taxable
                          ? PdfReport::tr("a capex grant is taxable income when received")
                          : PdfReport::tr("a capex grant is non-taxable income that reduces the assets' cost")),
             9);
        for (const Statement &statement : st.tables) {
            m_l.heading(StatementLabels::title(statement.key), 2);
            for (std::size_t first = 0; first < st.years.size(); first += kYearsPerBlock) {
                const std::size_t last = std::min(st.years.size(), first + kYearsPerBlock);
                ReportTable t;
                t.header << PdfReport::tr("Item");
                t.alignment.push_back(Qt::AlignLeft);
                t.weights.push_back(2.6);
                for (std::size_t y = first; y < last; ++y) {
                    t.header << StatementLabels::year(st.years[y]);
                    t.alignment.push_back(Qt::AlignRight);
                    t.weights.push_back(1.0);
                }
                for (std::size_t y = last; y < first + kYearsPerBlock; ++y) { // equal columns
                    t.header << QString();
                    t.weights.push_back(1.0);
                }
                t.pointSize = 8;
                for (const StatementLine &line : statement.lines) {
                    QStringList row{QString(3 * line.level, QChar(0x00A0))
                                    + StatementLabels::line(statement.key, line.key)};
                    for (std::size_t y = first; y < last; ++y)
                        row << Format::tableMoney(line.values[y].cnyValue());
                    for (std::size_t y = last; y < first + kYearsPerBlock; ++y)
                        row << QString();
                    if (line.level == 0)
                        t.boldRows.insert(int(t.rows.size()));
                    t.rows.push_back(row);
                }
                m_l.table(std::move(t));
            }
        }
    }

    // Adds a chart set in the report's font. Charts may restyle their texts whenever they are
    // laid out (the breakdown's labels do), so the drawing lays the chart out at the target size
    // first, sets the family, and draws once the layout is stable.
    void chart(QtChart &chart, double aspect, double logicalWidth = 760)
    {
        m_l.drawing(
            [&chart](QPainter *painter, const QRectF &target) {
                QImage scratch(8, 8, QImage::Format_ARGB32_Premultiplied);
                QPainter layout(&scratch);
                for (int pass = 0; pass < 2; ++pass) {
                    chart.render(&layout, target);
                    setChartFamily(chart.chart(), PdfReport::fontFamily());
                }
                layout.end();
                chart.render(painter, target);
            },
            aspect, logicalWidth);
    }

    ReportLayout &m_l;
    const ProjectData &m_project;
    const Catalog &m_catalog;
    const std::vector<Result> &m_results;
    const ReportOptions &m_options;
    const Scenario &m_s;
    const Result &m_r;
    int m_section = 0;
    int m_subsection = 0;
    DeratingChart m_derating;
    PaybackChart m_payback;
    AnnualChart m_annual;
    BreakdownChart m_breakdown;
    SweepChart m_sweep;
    ComparisonChart m_comparisonChart;
    TornadoChart m_tornado;
    RiskChart m_risk;
    BreakevenMapChart m_map;
    TokenCostChart m_tokenCost;
};

} // namespace

bool PdfReport::needsRows(int index, int mainScenario)
{
    // The main scenario, then the first others in project order.
    const int others = index < mainScenario ? index : index - 1;
    return index == mainScenario || others < kChartedScenarios - 1;
}

QString PdfReport::fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        // WenQuanYi Micro Hei first: Noto Sans CJK and Source Han Sans draw 274 ideographs with
        // the glyph of their Kangxi radical (方 and ⽅), and Qt's PDF writer maps a glyph back to
        // its lowest code point, so their text would extract as radicals.
        for (const char *f : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
                              "WenQuanYi Zen Hei", "Noto Sans SC"}) {
            if (families.contains(QLatin1String(f)))
                return QString::fromLatin1(f);
        }
        return QFont().family();
    }();
    return family;
}

QString PdfReport::title()
{
    return tr("Feasibility study");
}

QString PdfReport::projectName(const ProjectData &project)
{
    if (Format::chinese() && !project.nameZh.isEmpty())
        return project.nameZh;
    return project.name.isEmpty() ? tr("Untitled project") : project.name;
}

std::optional<QString> PdfReport::paint(QPagedPaintDevice *device, const ProjectData &project,
                                        const Catalog &catalog, const std::vector<Result> &results,
                                        const ReportOptions &options)
{
    if (project.scenarios.empty() || results.size() != project.scenarios.size()
        || options.scenario < 0 || options.scenario >= int(project.scenarios.size()))
        return tr("no scenario to report on");
    const double px = device->logicalDpiY() / 25.4; // device units per millimetre
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF content = page.adjusted(kMarginMm * px, kMarginMm * px, -kMarginMm * px, -kMarginMm * px);
    const QString family = fontFamily();

    ReportLayout layout(device, content, family);
    Writer writer(layout, project, catalog, results, options);
    writer.build();
    const int pages = layout.paginate();

    QPainter painter;
    if (!painter.begin(device))
        return tr("the document could not be started");
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QString header = projectName(project);
    const QString reportTitle = title();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        layout.renderPage(&painter, i);
        if (i == 0)
            continue; // the title page has neither header nor page number
        painter.save();
        painter.setFont(layout.font(8));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF head(content.left(), content.top() - 9 * px, content.width(), 6 * px);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, header);
        painter.drawText(head, Qt::AlignRight | Qt::AlignBottom, reportTitle);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.2 * px));
        painter.drawLine(QPointF(content.left(), content.top() - 2.5 * px),
                         QPointF(content.right(), content.top() - 2.5 * px));
        const QRectF foot(content.left(), content.bottom() + 5 * px, content.width(), 6 * px);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(foot, Qt::AlignHCenter | Qt::AlignTop, tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    if (!painter.end())
        return tr("the document could not be finished");
    return std::nullopt;
}

std::optional<QString> PdfReport::write(const ProjectData &project, const Catalog &catalog,
                                        const std::vector<Result> &results, const QString &path,
                                        const ReportOptions &options)
{
    const QString file = QDir::toNativeSeparators(path);
    if (project.scenarios.empty() || results.size() != project.scenarios.size()
        || options.scenario < 0 || options.scenario >= int(project.scenarios.size())) {
        return tr("Cannot write the report “%1”: no scenario to report on").arg(file);
    }
    if (!QCoreApplication::instance() || !QCoreApplication::instance()->inherits("QApplication"))
        return tr("Cannot write the report “%1”: charts need a QApplication").arg(file);

    // Painted into memory, then written by SafeWrite's rule (temporary file, sync, rename).
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&out);
        pdf.setResolution(kDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        pdf.setTitle(title() + QStringLiteral(" — ") + projectName(project));
        pdf.setCreator(QStringLiteral("Compute Center Planner %1").arg(QCoreApplication::applicationVersion()));
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        if (auto e = paint(&pdf, project, catalog, results, options))
            return tr("Cannot write the report “%1”: %2").arg(file, *e);
    }
    if (auto e = SafeWrite::writeFile(path, out.data()))
        return tr("Cannot write the report “%1”: %2").arg(file, *e);
    return std::nullopt;
}

} // namespace ccp
