// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes a chart to PNG or SVG: the only file I/O of the charts. Both go through
// Chart::render, so the SVG holds vectors and text, not a bitmap.

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace ccp {

class Chart;

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ChartExport)
public:
    // size is in pixels. On failure returns false and, when error is given, sets it to a
    // translated message naming the file. An existing file is replaced only on success.
    static bool savePng(Chart &chart, const QString &path, QSize size, QString *error = nullptr);
    // size is the SVG's size in user units (pixels at 96 dpi).
    static bool saveSvg(Chart &chart, const QString &path, QSize size, QString *error = nullptr);
};

} // namespace ccp
