// SPDX-License-Identifier: GPL-3.0-or-later
#include "installpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ccp::InstallPaths {

QString guidePage(const QString &language)
{
    const QString page = (language == QLatin1String("zh_CN") ? QStringLiteral("zh")
                                                             : QStringLiteral("en"))
                         + QStringLiteral("/user-guide.md");
    const QString installed = QCoreApplication::applicationDirPath()
                              + QStringLiteral("/" CCP_DATA_FROM_GUI "/guide");
    for (const QString &dir : {installed, QStringLiteral(CCP_SOURCE_GUIDE_DIR)}) {
        const QFileInfo file(QDir(dir).filePath(page));
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return {};
}

} // namespace ccp::InstallPaths
