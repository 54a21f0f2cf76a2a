// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "chart.h"
#include "chartexport.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace ccp {

ChartWidget::ChartWidget(Chart *source, QWidget *parent)
    : QChartView(parent)
    , m_source(source)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Save as PNG…"));
    QAction *svg = menu.addAction(tr("Save as SVG…"));
    png->setEnabled(m_source);
    svg->setEnabled(m_source);
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == png)
        saveAs(Format::Png);
    else if (chosen == svg)
        saveAs(Format::Svg);
}

void ChartWidget::saveAs(Format format)
{
    if (!m_source)
        return;
    const bool isPng = format == Format::Png;
    const QString suffix = isPng ? QStringLiteral(".png") : QStringLiteral(".svg");
    const QString filter = isPng ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, isPng ? tr("Save Chart as PNG") : tr("Save Chart as SVG"),
                                                QDir::homePath(), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    // Saved at the size shown, in device pixels, so the file looks like the screen.
    QString error;
    const bool ok = isPng ? ChartExport::savePng(*m_source, path, size() * devicePixelRatio(), &error)
                          : ChartExport::saveSvg(*m_source, path, size(), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Save Chart"), error);
}

} // namespace ccp
