// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectloader.h"

#include "catalogstore.h"
#include "examples.h"
#include "filelimits.h"
#include "projectfile.h"
#include "safewrite.h"
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
    if (auto e = readProject(path, catalog, project))
        return e;
    catalog.overlay(project.embedded);
    return std::nullopt;
}

std::optional<LoadError> ProjectLoader::readProject(const QString &path, const Catalog &catalog,
                                                    ProjectData &project)
{
    QByteArray bytes;
    QString where;
    if (path.isEmpty()) {
        bytes = Examples::exampleProjectJson();
        where = Examples::exampleProjectName();
    } else {
        where = path;
        const QFileInfo info(path);
        if (!info.exists())
            return LoadError{tr("%1: %2").arg(path, SafeWrite::missingReason(path))};
        if (info.isDir())
            return LoadError{tr("%1: is a folder, not a project file").arg(path)};
        const bool isCcplan = info.suffix().compare(QLatin1String("ccplan"), Qt::CaseInsensitive) == 0;
        if (!isCcplan && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
            return LoadError{tr("%1: unsupported file type (expected a .ccplan or .json project)").arg(path)};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return LoadError{tr("%1: cannot read (%2)").arg(path, f.errorString())};
        // A .ccplan by name or by content (a project database saved under a .json name).
        if (isCcplan || ProjectFile::hasSqliteHeader(f.peek(16))) {
            f.close();
            return ProjectFile::load(path, catalog, project);
        }
        if (f.size() > limits::kMaxJsonFileBytes)
            return LoadError{tr("%1: too large for a project file (%2 MiB, at most %3 MiB)")
                                 .arg(path)
                                 .arg(f.size() / (1024 * 1024))
                                 .arg(limits::kMaxJsonFileBytes / (1024 * 1024))};
        bytes = f.readAll();
    }
    return ScenarioJson::readProject(bytes, catalog, where, project);
}

} // namespace ccp
