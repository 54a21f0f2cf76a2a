// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small layout engine for paged reports: it flows blocks (headings, paragraphs, tables,
// charts, spacing, page breaks) onto pages of a paint device, in two passes. paginate()
// measures every block against the device and assigns it (or its slices) to pages: text
// breaks between lines, tables between rows with their header row repeated, charts and
// headings never break and a heading stays with what follows. renderPage() then draws one
// page; because the page count is known before drawing, headers can say "Page N of M".
// Nothing is clipped: table columns are sized from their content, wrap words (anywhere when a
// word is longer than its column) and shrink the table's font a little when needed.

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <set>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace ccp {

class Chart;

struct ReportTable
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<double> weights;          // relative column widths; empty: from the content
    std::vector<Qt::Alignment> alignment; // per column; missing: left
    std::set<int> boldRows;               // totals
    std::set<int> groupRows;              // a title spanning all columns (text of column 0)
    double pointSize = 8.5;
    double minPointSize = 6.5;            // the font shrinks down to this to fit the columns
};

class ReportLayout
{
public:
    // content: the area of a page that blocks flow into, in device coordinates.
    ReportLayout(QPaintDevice *device, const QRectF &content, const QString &fontFamily);
    ~ReportLayout();
    ReportLayout(const ReportLayout &) = delete;
    ReportLayout &operator=(const ReportLayout &) = delete;

    QFont font(double pointSize, bool bold = false) const;
    double mm(double millimetres) const; // in device units

    // level 1: section title with a rule; level 2: subsection.
    void heading(const QString &text, int level);
    // Rich text (Qt's HTML subset). color: the default text color.
    void paragraph(const QString &html, double pointSize = 10, const QColor &color = Qt::black);
    void table(ReportTable table);
    // A chart drawn as vectors at the full content width and height = width × aspect, laid
    // out as if it were logicalWidth pixels wide on a screen (smaller: larger text). The chart
    // must live until the last renderPage().
    void chart(Chart *chart, double aspect, double logicalWidth = 760);
    // Likewise for any vector drawing: draw(painter, target) with target in the painter's
    // (scaled) coordinates, logicalWidth wide.
    using Drawing = std::function<void(QPainter *, const QRectF &)>;
    void drawing(Drawing draw, double aspect, double logicalWidth = 760);
    void spacing(double millimetres);
    void pageBreak();

    // Assigns blocks to pages; returns the number of pages.
    int paginate();
    int pageCount() const { return int(m_pages.size()); }
    void renderPage(QPainter *painter, int page) const;

private:
    enum class Kind { Text, Table, Chart, Space, Break };
    struct MeasuredTable
    {
        ReportTable table;
        QFont font;
        QFont bold;
        std::vector<double> widths;
        double headerHeight = 0;
        std::vector<double> rowHeights;
        std::vector<bool> striped; // every second row after the header or a group title
    };
    struct Block
    {
        Kind kind = Kind::Text;
        std::unique_ptr<QTextDocument> doc;
        std::vector<double> lineBottoms; // text: where it may break
        bool rule = false;               // text: a line under it (section headings)
        bool keepWithNext = false;
        double spaceBefore = 0;
        double spaceAfter = 0;
        double height = 0;
        std::unique_ptr<MeasuredTable> table;
        Drawing draw;
        double logicalWidth = 760;
    };
    struct Piece
    {
        int block = 0;
        double y = 0;       // top on the page, relative to the content area
        double from = 0;    // text: document y range; table: row range [from, to)
        double to = 0;
        double height = 0;
    };

    void measureTable(MeasuredTable &t) const;
    double minimumStart(const Block &b) const;
    void drawTable(QPainter *painter, const MeasuredTable &t, double x, double y, int from,
                   int to) const;

    QPaintDevice *m_device;
    QRectF m_content;
    QString m_family;
    std::vector<Block> m_blocks;
    std::vector<std::vector<Piece>> m_pages;
};

} // namespace ccp
