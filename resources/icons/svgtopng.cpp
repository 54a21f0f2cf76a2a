// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application icon's SVG to the PNG sizes of the hicolor icon theme,
// with Qt SVG (a build dependency already), so no PNG is kept in the repository.
//   svgtopng IN.svg OUT-PREFIX SIZE...   writes OUT-PREFIX/SIZExSIZE/apps/<name of IN>.png

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (argc < 4) {
        QTextStream(stderr) << "usage: svgtopng IN.svg OUT-PREFIX SIZE...\n";
        return 2;
    }
    const QString in = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(in);
    if (!renderer.isValid()) {
        QTextStream(stderr) << in << ": not a valid SVG\n";
        return 1;
    }
    const QString name = QFileInfo(in).completeBaseName() + QStringLiteral(".png");
    for (int i = 3; i < argc; ++i) {
        const int size = QString::fromLocal8Bit(argv[i]).toInt();
        if (size <= 0)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QLatin1Char('/') + name, "PNG")) {
            QTextStream(stderr) << dir << ": cannot write " << name << '\n';
            return 1;
        }
    }
    return 0;
}
