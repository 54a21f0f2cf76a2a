// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PDF feasibility report (可研报告): a service that writes one file and does nothing else.
// A4 at 300 dpi, 18 mm margins; a title page, then numbered sections with a running header
// (project and report title) and "Page N of M" on every page but the title page. All text is
// set in one CJK-capable font family (fontFamily()), embedded in the file, in the language of
// the installed translation and the default QLocale. Charts are drawn as vectors through
// Chart::render. Needs a QApplication (the charts are Qt Charts scenes); any platform plugin
// will do, "offscreen" included.
//
// Sections: 1 summary with a verdict, 2 inputs with units and sources, 3 bill of materials,
// 4 sizing, network and power, 5 effective performance, 6 charts, 7 yearly cash flow,
// 8 scenario comparison (only with several scenarios), decisions under uncertainty (payback
// against utilization for every scenario, the tornado, a Monte Carlo run of 10,000 draws with
// seed 1), then any extension sections ("Further analyses"; only when
// ReportOptions::extensions is not empty), appendix.

#include "catalog.h"
#include "projectdata.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ccp {

class ReportLayout;
}
class QPagedPaintDevice;
namespace ccp {

// What an extension section sees: the whole project and every scenario's result.
struct ReportContext
{
    const ProjectData &project;
    const Catalog &catalog;
    const std::vector<Result> &results; // one per scenario, in project order
    int scenario;                       // the main scenario
};

// A section that plugs into the report after the decisions section, under the heading
// "Further analyses". The report writes the title as a
// subsection heading; write() adds the content (paragraphs, tables, charts) to the layout.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    virtual QString title() const = 0;
    virtual void write(ReportLayout &layout, const ReportContext &context) const = 0;
};

struct ReportOptions
{
    int scenario = 0; // index of the main scenario
    QString author;   // empty: the project's author
    QDate date;       // invalid: today
    std::vector<std::shared_ptr<const ReportSection>> extensions;
};

class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(ccp::PdfReport)
public:
    // Writes the report to path (atomically: an existing file is replaced only on success).
    // results holds one result per scenario of project, in order. Returns a translated
    // message naming the file on failure.
    static std::optional<QString> write(const ProjectData &project, const Catalog &catalog,
                                        const std::vector<Result> &results, const QString &path,
                                        const ReportOptions &options = {});

    // Paints the report onto any paged device set up for A4 without margins: the PDF writer,
    // or a QPrinter for the print preview. Returns the reason on failure.
    static std::optional<QString> paint(QPagedPaintDevice *device, const ProjectData &project,
                                        const Catalog &catalog, const std::vector<Result> &results,
                                        const ReportOptions &options = {});

    // The scenario comparison draws the cumulative cash flow of the main scenario and of the
    // first kChartedScenarios − 1 others; the key figures of every scenario are tabled, at
    // most kComparedPerTable scenarios to a table. needsRows(): whether the report reads the
    // monthly rows of scenario `index` (the others' results may have had dropRows()).
    static constexpr int kChartedScenarios = 6;
    static constexpr int kComparedPerTable = 5;
    static bool needsRows(int index, int mainScenario);

    // The font family every text of the report is set in: the first installed of Noto Sans
    // CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, else the default family.
    static QString fontFamily();
    // The report's title, as on the title page and in the running header.
    static QString title();
    // The project's name in the current language.
    static QString projectName(const ProjectData &project);
};

} // namespace ccp
