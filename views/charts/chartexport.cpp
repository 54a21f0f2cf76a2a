// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chart.h"
#include "safewrite.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

namespace ccp {

namespace {

// Writes bytes atomically: the old file survives any failure.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const auto e = SafeWrite::writeFile(path, bytes);
    if (!e)
        return true;
    if (error) {
        *error = ChartExport::tr("Could not write the chart to “%1”: %2")
                     .arg(QDir::toNativeSeparators(path), *e);
    }
    return false;
}

bool badSize(const QString &path, QSize size, QString *error)
{
    if (!size.isEmpty() && size.width() <= 20000 && size.height() <= 20000)
        return false;
    if (error) {
        *error = ChartExport::tr("Could not write the chart to “%1”: invalid size %2 × %3")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(size.width())
                     .arg(size.height());
    }
    return true;
}

} // namespace

bool ChartExport::savePng(Chart &chart, const QString &path, QSize size, QString *error)
{
    if (badSize(path, size, error))
        return false;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        if (error) {
            *error = tr("Could not write the chart to “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), writer.errorString());
        }
        return false;
    }
    return writeFile(path, bytes, error);
}

bool ChartExport::saveSvg(Chart &chart, const QString &path, QSize size, QString *error)
{
    if (badSize(path, size, error))
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(chart.title());
    {
        QPainter painter(&generator);
        chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return writeFile(path, bytes, error);
}

} // namespace ccp
