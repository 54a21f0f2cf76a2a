// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectloader.h"

#include "catalogstore.h"
#include "examples.h"
#include "scenariojson.h"

#include <QFile>
#include <QFileInfo>

namespace ccp {

std::optional<LoadError> ProjectLoader::load(const QString &path, Catalog &catalog,
                                             ProjectData &project)
{
    {
        CatalogStore store;
        if (auto e = store.open())
            return e;
        catalog = store.catalog();
    }
    QByteArray bytes;
    QString where;
    if (path.isEmpty()) {
        bytes = Examples::exampleProjectJson();
        where = Examples::exampleProjectName();
    } else {
        where = path;
        const QFileInfo info(path);
        if (!info.exists())
            return LoadError{tr("%1: no such file").arg(path)};
        if (info.isDir())
            return LoadError{tr("%1: is a folder, not a project file").arg(path)};
        if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
            return LoadError{tr("%1: unsupported file type (expected a .json project)").arg(path)};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return LoadError{tr("%1: cannot read (%2)").arg(path, f.errorString())};
        constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
        if (f.size() > kMaxBytes)
            return LoadError{tr("%1: too large for a project file").arg(path)};
        bytes = f.readAll();
    }
    if (auto e = ScenarioJson::readProject(bytes, catalog, where, project))
        return e;
    catalog.overlay(project.embedded);
    return std::nullopt;
}

} // namespace ccp
