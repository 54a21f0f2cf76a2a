// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlayout.h"

#include "chart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace ccp {

namespace {

const QColor kHeadingColor(0x1f, 0x3b, 0x63);
const QColor kHeaderFill(0xdd, 0xe5, 0xee);
const QColor kGroupFill(0xee, 0xf1, 0xf5);
const QColor kStripeFill(0xf7, 0xf8, 0xfa);
const QColor kGridColor(0xc8, 0xcd, 0xd4);

// Lays text out into lines of the given width (words wrap; a word longer than the width
// breaks anywhere); returns the height.
double layoutText(QTextLayout &layout, double width, Qt::Alignment alignment)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

Qt::Alignment alignmentOf(const ReportTable &t, int column)
{
    if (column < int(t.alignment.size()))
        return t.alignment[std::size_t(column)];
    return Qt::AlignLeft;
}

} // namespace

ReportLayout::ReportLayout(QPaintDevice *device, const QRectF &content, const QString &fontFamily)
    : m_device(device)
    , m_content(content)
    , m_family(fontFamily)
{
}

ReportLayout::~ReportLayout() = default;

QFont ReportLayout::font(double pointSize, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Design metrics: the same line breaks whatever the device's resolution.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Unshaped text keeps the font's cmap glyphs, so that the PDF's ToUnicode map covers every
    // glyph drawn: shaped digits in Noto Sans CJK are otherwise lost to text extraction and
    // search. Neither Latin nor Chinese text needs shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double ReportLayout::mm(double millimetres) const
{
    return millimetres / 25.4 * m_device->logicalDpiY();
}

void ReportLayout::heading(const QString &text, int level)
{
    const QString html = QStringLiteral("<span style=\"color:%1\">%2</span>")
                             .arg(kHeadingColor.name(), text.toHtmlEscaped());
    paragraph(html, level == 1 ? 15 : 11.5);
    Block &b = m_blocks.back();
    b.doc->setDefaultFont(font(level == 1 ? 15 : 11.5, true));
    b.doc->setHtml(html);
    b.keepWithNext = true;
    b.rule = level == 1;
    b.spaceBefore = mm(level == 1 ? 2 : 4);
    b.spaceAfter = mm(level == 1 ? 4 : 2);
}

void ReportLayout::paragraph(const QString &html, double pointSize, const QColor &color)
{
    Block b;
    b.kind = Kind::Text;
    b.doc = std::make_unique<QTextDocument>();
    b.doc->documentLayout()->setPaintDevice(m_device);
    b.doc->setDocumentMargin(0);
    b.doc->setDefaultFont(font(pointSize));
    b.doc->setDefaultStyleSheet(QStringLiteral("p { margin: 0; } ul { margin-left: 0; }"));
    b.doc->setHtml(QStringLiteral("<div style=\"color:%1\">%2</div>").arg(color.name(), html));
    b.spaceAfter = mm(2.5);
    m_blocks.push_back(std::move(b));
}

void ReportLayout::table(ReportTable table)
{
    Block b;
    b.kind = Kind::Table;
    b.table = std::make_unique<MeasuredTable>();
    b.table->table = std::move(table);
    b.spaceAfter = mm(4);
    m_blocks.push_back(std::move(b));
}

void ReportLayout::chart(Chart *chart, double aspect, double logicalWidth)
{
    drawing([chart](QPainter *painter, const QRectF &target) { chart->render(painter, target); },
            aspect, logicalWidth);
}

void ReportLayout::drawing(Drawing draw, double aspect, double logicalWidth)
{
    Block b;
    b.kind = Kind::Chart;
    b.draw = std::move(draw);
    b.logicalWidth = logicalWidth;
    b.height = m_content.width() * aspect;
    b.spaceAfter = mm(5);
    m_blocks.push_back(std::move(b));
}

void ReportLayout::spacing(double millimetres)
{
    Block b;
    b.kind = Kind::Space;
    b.height = mm(millimetres);
    m_blocks.push_back(std::move(b));
}

void ReportLayout::pageBreak()
{
    Block b;
    b.kind = Kind::Break;
    m_blocks.push_back(std::move(b));
}

void ReportLayout::measureTable(MeasuredTable &mt) const
{
    const ReportTable &t = mt.table;
    const int columns = int(t.header.size());
    const double total = m_content.width();
    const double padX = mm(1.2);
    const double padY = mm(0.9);

    // Column widths: the content's natural width where it fits; otherwise every column gets
    // its longest word and the rest is shared in proportion to what each column lacks (the
    // automatic table layout of CSS). When even the longest words do not fit, the font shrinks.
    for (double pt = t.pointSize;; pt -= 0.5) {
        mt.font = font(pt);
        mt.bold = font(pt, true);
        const QFontMetricsF fm(mt.font, m_device);
        const QFontMetricsF fb(mt.bold, m_device);
        std::vector<double> natural(std::size_t(columns), 0.0), minimum(std::size_t(columns), 0.0);
        const auto consider = [&](int c, const QString &text, bool bold) {
            const QFontMetricsF &m = bold ? fb : fm;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                natural[std::size_t(c)] = std::max(natural[std::size_t(c)], m.horizontalAdvance(line) + 2 * padX);
                for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    // Words longer than a quarter of the page may break anywhere.
                    const double w = std::min(m.horizontalAdvance(word) + 2 * padX, total / 4);
                    minimum[std::size_t(c)] = std::max(minimum[std::size_t(c)], w);
                }
            }
        };
        for (int c = 0; c < columns; ++c)
            consider(c, t.header.at(c), true);
        for (int r = 0; r < int(t.rows.size()); ++r) {
            if (t.groupRows.count(r))
                continue;
            const QStringList &row = t.rows[std::size_t(r)];
            for (int c = 0; c < columns && c < row.size(); ++c)
                consider(c, row.at(c), t.boldRows.count(r) > 0);
        }
        mt.widths.assign(std::size_t(columns), 0.0);
        const double sumNatural = std::accumulate(natural.begin(), natural.end(), 0.0);
        const double sumMinimum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
        if (!t.weights.empty()) {
            const double sumWeights = std::accumulate(t.weights.begin(), t.weights.end(), 0.0);
            bool fits = true;
            for (int c = 0; c < columns; ++c) {
                mt.widths[std::size_t(c)] = total * t.weights[std::size_t(c)] / sumWeights;
                fits = fits && mt.widths[std::size_t(c)] + 0.01 >= minimum[std::size_t(c)];
            }
            if (fits || pt - 0.5 < t.minPointSize)
                break;
            continue;
        }
        if (sumNatural <= total) {
            // Spare room goes to every column equally: a calm, even table.
            const double extra = (total - sumNatural) / columns;
            for (int c = 0; c < columns; ++c)
                mt.widths[std::size_t(c)] = natural[std::size_t(c)] + extra;
            break;
        }
        if (sumMinimum <= total || pt - 0.5 < t.minPointSize) {
            const double lack = sumNatural - sumMinimum;
            const double room = std::max(0.0, total - sumMinimum);
            for (int c = 0; c < columns; ++c) {
                const double share = lack > 0 ? (natural[std::size_t(c)] - minimum[std::size_t(c)]) / lack : 0;
                mt.widths[std::size_t(c)] = minimum[std::size_t(c)] + room * share;
            }
            if (sumMinimum > total) { // last resort: scale down; words break anywhere
                for (double &w : mt.widths)
                    w *= total / sumMinimum;
            }
            break;
        }
    }

    const auto rowHeight = [&](const QStringList &cells, bool bold, bool group) {
        double h = 0;
        for (int c = 0; c < columns; ++c) {
            const double w = group ? total : mt.widths[std::size_t(c)];
            QTextLayout layout(cells.value(c), bold || group ? mt.bold : mt.font, m_device);
            h = std::max(h, layoutText(layout, w - 2 * padX, alignmentOf(t, c)));
            if (group)
                break;
        }
        return h + 2 * padY;
    };
    mt.headerHeight = rowHeight(t.header, true, false);
    mt.striped.clear();
    for (int r = 0, n = 0; r < int(t.rows.size()); ++r) {
        const bool group = t.groupRows.count(r) > 0;
        mt.striped.push_back(!group && n % 2 == 1);
        n = group ? 0 : n + 1;
    }
    mt.rowHeights.clear();
    for (int r = 0; r < int(t.rows.size()); ++r)
        mt.rowHeights.push_back(rowHeight(t.rows[std::size_t(r)], t.boldRows.count(r) > 0, t.groupRows.count(r) > 0));
}

double ReportLayout::minimumStart(const Block &b) const
{
    switch (b.kind) {
    case Kind::Text:
        return b.lineBottoms.empty() ? 0 : b.lineBottoms[std::min<std::size_t>(1, b.lineBottoms.size() - 1)];
    case Kind::Table: {
        // As in paginate(): a short table goes whole, a long one needs its first rows.
        const std::vector<double> &rows = b.table->rowHeights;
        const double whole = b.table->headerHeight + std::accumulate(rows.begin(), rows.end(), 0.0);
        if (whole <= 0.4 * m_content.height())
            return whole;
        return b.table->headerHeight
               + std::accumulate(rows.begin(), rows.begin() + std::min<std::ptrdiff_t>(3, std::ptrdiff_t(rows.size())), 0.0);
    }
    case Kind::Chart:
        return b.height;
    case Kind::Space:
    case Kind::Break:
        return 0;
    }
    return 0;
}

int ReportLayout::paginate()
{
    // Measure.
    for (Block &b : m_blocks) {
        if (b.kind == Kind::Text) {
            b.doc->setTextWidth(m_content.width());
            b.lineBottoms.clear();
            QAbstractTextDocumentLayout *layout = b.doc->documentLayout();
            for (QTextBlock tb = b.doc->begin(); tb.isValid(); tb = tb.next()) {
                const QRectF br = layout->blockBoundingRect(tb);
                const QTextLayout *tl = tb.layout();
                for (int i = 0; i < tl->lineCount(); ++i) {
                    const QTextLine line = tl->lineAt(i);
                    b.lineBottoms.push_back(br.top() + line.y() + line.height());
                }
            }
            b.height = b.doc->size().height();
            if (b.lineBottoms.empty() || b.lineBottoms.back() < b.height)
                b.lineBottoms.push_back(b.height);
            if (b.rule)
                b.height += mm(1.2);
        } else if (b.kind == Kind::Table) {
            measureTable(*b.table);
        }
    }

    // Flow.
    const double pageHeight = m_content.height();
    m_pages.assign(1, {});
    double y = 0;
    const auto newPage = [&] {
        m_pages.emplace_back();
        y = 0;
    };
    const int count = int(m_blocks.size());
    const auto heightOf = [](const Block &x) {
        return x.kind == Kind::Text && !x.lineBottoms.empty() ? x.lineBottoms.back() : x.height;
    };
    const auto keeps = [&](int k) {
        const Block &x = m_blocks[std::size_t(k)];
        if (k + 1 >= count)
            return false;
        if (x.keepWithNext)
            return true;
        return x.kind == Kind::Text && !x.rule && m_blocks[std::size_t(k) + 1].kind == Kind::Chart
               && heightOf(x) < 0.2 * pageHeight;
    };
    // The room block k needs at the foot of a page: the start of it, or, when it keeps with
    // the next, all of it and what the next needs.
    std::function<double(int)> need = [&](int k) -> double {
        const Block &x = m_blocks[std::size_t(k)];
        if (!keeps(k))
            return minimumStart(x);
        return heightOf(x) + x.spaceAfter + m_blocks[std::size_t(k) + 1].spaceBefore + need(k + 1);
    };
    for (int i = 0; i < count; ++i) {
        const Block &b = m_blocks[std::size_t(i)];
        if (b.kind == Kind::Break) {
            if (!m_pages.back().empty() || y > 0)
                newPage();
            continue;
        }
        if (b.kind == Kind::Space) {
            if (y > 0 || m_pages.back().empty())
                y += b.height;
            continue;
        }
        if (y > 0)
            y += b.spaceBefore;
        // A heading moves on together with the start of what follows it, and a short caption
        // together with its chart: a heading with a caption takes the chart along too.
        if (keeps(i) && y > 0 && y + need(i) > pageHeight)
            newPage();
        if (b.kind == Kind::Text && !b.rule) {
            double from = 0;
            while (from < b.lineBottoms.back()) {
                // The last line that still fits on this page.
                double to = from;
                for (double bottom : b.lineBottoms) {
                    if (bottom > from && bottom - from <= pageHeight - y)
                        to = bottom;
                }
                if (to <= from) {
                    if (y > 0) {
                        newPage();
                        continue;
                    }
                    to = *std::upper_bound(b.lineBottoms.begin(), b.lineBottoms.end(), from);
                }
                m_pages.back().push_back({i, y, from, to, to - from});
                y += to - from;
                from = to;
                if (from < b.lineBottoms.back())
                    newPage();
            }
        } else if (b.kind == Kind::Table) {
            const MeasuredTable &t = *b.table;
            int row = 0;
            const int rows = int(t.rowHeights.size());
            // A short table that does not fit moves to the next page whole rather than split.
            const double whole = t.headerHeight + std::accumulate(t.rowHeights.begin(), t.rowHeights.end(), 0.0);
            if (y > 0 && y + whole > pageHeight && whole <= 0.4 * pageHeight)
                newPage();
            do {
                double h = t.headerHeight;
                int end = row;
                while (end < rows && y + h + t.rowHeights[std::size_t(end)] <= pageHeight)
                    h += t.rowHeights[std::size_t(end++)];
                // Not a lone header or a lone first row at the foot of a page.
                const bool tooFew = end == row || (row == 0 && end - row < std::min(2, rows));
                if (tooFew && y > 0) {
                    newPage();
                    continue;
                }
                if (end == row) { // a row taller than a page: give it the page anyway
                    h += t.rowHeights[std::size_t(end++)];
                }
                m_pages.back().push_back({i, y, double(row), double(end), h});
                y += h;
                row = end;
                if (row < rows)
                    newPage();
            } while (row < rows);
        } else {
            if (y > 0 && y + b.height > pageHeight)
                newPage();
            m_pages.back().push_back({i, y, 0, b.height, b.height});
            y += b.height;
        }
        y += b.spaceAfter;
    }
    if (m_pages.size() > 1 && m_pages.back().empty())
        m_pages.pop_back();
    return int(m_pages.size());
}

void ReportLayout::renderPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= int(m_pages.size()))
        return;
    for (const Piece &piece : m_pages[std::size_t(page)]) {
        const Block &b = m_blocks[std::size_t(piece.block)];
        const double x = m_content.left();
        const double y = m_content.top() + piece.y;
        switch (b.kind) {
        case Kind::Text: {
            painter->save();
            const QRectF clip(0, piece.from, m_content.width(), piece.to - piece.from);
            painter->translate(x, y - piece.from);
            painter->setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            b.doc->documentLayout()->draw(painter, context);
            painter->restore();
            if (b.rule) {
                painter->save();
                painter->setPen(QPen(kHeadingColor, mm(0.35)));
                const double ry = y + piece.height - mm(0.4);
                painter->drawLine(QPointF(x, ry), QPointF(x + m_content.width(), ry));
                painter->restore();
            }
            break;
        }
        case Kind::Table:
            // A row taller than a page (a hostile or runaway text) is cut at the page's foot
            // rather than printed over the footer.
            painter->save();
            painter->setClipRect(m_content);
            drawTable(painter, *b.table, x, y, int(piece.from), int(piece.to));
            painter->restore();
            break;
        case Kind::Chart:
            if (b.draw) {
                // Charts lay their text out for a screen: drawn at about 760 logical pixels
                // across the page, their 9-point labels come out at about 8 points on paper.
                const double k = std::max(1.0, m_content.width() / b.logicalWidth);
                painter->save();
                painter->translate(x, y);
                painter->scale(k, k);
                b.draw(painter, QRectF(0, 0, m_content.width() / k, b.height / k));
                painter->restore();
            }
            break;
        case Kind::Space:
        case Kind::Break:
            break;
        }
    }
}

void ReportLayout::drawTable(QPainter *painter, const MeasuredTable &mt, double x, double y,
                             int from, int to) const
{
    const ReportTable &t = mt.table;
    const int columns = int(t.header.size());
    const double padX = mm(1.2);
    const double padY = mm(0.9);
    const double total = std::accumulate(mt.widths.begin(), mt.widths.end(), 0.0);
    painter->save();
    const QPen grid(kGridColor, mm(0.15));

    const auto drawRow = [&](const QStringList &cells, double top, double height, bool bold,
                             bool group) {
        double left = x;
        for (int c = 0; c < columns; ++c) {
            const double w = group ? total : mt.widths[std::size_t(c)];
            QTextLayout layout(cells.value(c), bold || group ? mt.bold : mt.font, m_device);
            layoutText(layout, w - 2 * padX, alignmentOf(t, c));
            painter->setPen(Qt::black);
            layout.draw(painter, QPointF(left + padX, top + padY));
            left += w;
            if (group)
                break;
        }
        Q_UNUSED(height);
    };

    // Header, repeated on every page the table spans.
    painter->fillRect(QRectF(x, y, total, mt.headerHeight), kHeaderFill);
    drawRow(t.header, y, mt.headerHeight, true, false);
    double top = y + mt.headerHeight;
    painter->setPen(QPen(kHeadingColor, mm(0.3)));
    painter->drawLine(QPointF(x, top), QPointF(x + total, top));
    painter->drawLine(QPointF(x, y), QPointF(x + total, y));
    for (int r = from; r < to; ++r) {
        const double h = mt.rowHeights[std::size_t(r)];
        const bool group = t.groupRows.count(r) > 0;
        const bool bold = t.boldRows.count(r) > 0;
        if (group)
            painter->fillRect(QRectF(x, top, total, h), kGroupFill);
        else if (mt.striped[std::size_t(r)])
            painter->fillRect(QRectF(x, top, total, h), kStripeFill);
        drawRow(t.rows[std::size_t(r)], top, h, bold, group);
        top += h;
        painter->setPen(bold ? QPen(kHeadingColor, mm(0.3)) : grid);
        if (bold)
            painter->drawLine(QPointF(x, top - h), QPointF(x + total, top - h));
        painter->drawLine(QPointF(x, top), QPointF(x + total, top));
    }
    painter->restore();
}

} // namespace ccp
