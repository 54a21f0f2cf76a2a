// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliloader.h"

#include "catalogstore.h"
#include "commandline.h"
#include "projectloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ccp {

namespace {

bool has(const Catalog &c, RecordKind kind, const std::string &id)
{
    return c.record(kind, id) != nullptr;
}

std::optional<RecordKind> kindFromCode(const QString &code)
{
    for (RecordKind k : kRecordKinds) {
        if (code == QLatin1String(recordKindCode(k)))
            return k;
    }
    return std::nullopt;
}

// Opens a private copy of the user catalog (CatalogStore::open() rewrites the built-in rows of
// the file it opens). Empty when there is no user catalog or it cannot be read; the command
// line then works with the built-in catalog, as the GUI does.
template<typename F>
bool withUserCatalog(F &&f)
{
    const QString path = CatalogStore::userCatalogPath();
    if (!QFileInfo(path).isFile())
        return false;
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    const QString copy = dir.filePath(QStringLiteral("catalog.sqlite"));
    if (!QFile::copy(path, copy))
        return false;
    CatalogStore store;
    if (store.open(copy))
        return false;
    f(store);
    return true;
}

} // namespace

std::optional<LoadError> CliLoader::load(const QString &path, ProjectData &project)
{
    if (auto e = CatalogStore::builtin(m_builtin))
        return e;
    m_embedded = Catalog();
    rebuild();
    auto error = loadFile(path, project);
    // The project may name entries of the user's own catalog without embedding them.
    if (error && loadUser()) {
        ProjectData retry;
        if (!loadFile(path, retry)) {
            project = std::move(retry);
            error.reset();
        }
    }
    if (error)
        return error;
    m_embedded = project.embedded;
    rebuild();
    return std::nullopt;
}

// The project file on the catalog read so far (ProjectLoader's reader and messages).
std::optional<LoadError> CliLoader::loadFile(const QString &path, ProjectData &project)
{
    return ProjectLoader::readProject(path, m_catalog, project);
}

bool CliLoader::resolve(const std::vector<Overrides::Reference> &references)
{
    if (m_userRead)
        return false;
    for (const Overrides::Reference &r : references) {
        if (!has(m_catalog, r.kind, r.id))
            return loadUser();
    }
    return false;
}

bool CliLoader::loadUser()
{
    if (m_userRead)
        return m_haveUser;
    m_userRead = true;
    m_haveUser = withUserCatalog([&](const CatalogStore &store) {
        m_user = store.catalog();
        // Left-out records are not the command's input: say so and go on.
        for (const QString &problem : store.problems())
            CommandLine::printError(CommandLine::tr("warning: left out of the catalog: %1").arg(problem));
    });
    if (m_haveUser)
        rebuild();
    return m_haveUser;
}

void CliLoader::rebuild()
{
    m_catalog = m_haveUser ? m_user : m_builtin;
    m_catalog.overlay(m_embedded);
}

std::optional<LoadError> CliLoader::loadForListing(Catalog &builtin, Catalog &user)
{
    if (auto e = CatalogStore::builtin(builtin))
        return e;
    withUserCatalog([&](const CatalogStore &store) {
        const Catalog all = store.catalog();
        for (const QJsonValue &v : store.listJson()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("origin")).toString() != QLatin1String("user"))
                continue;
            if (const auto kind = kindFromCode(o.value(QLatin1String("kind")).toString()))
                user.copyRecord(all, *kind, o.value(QLatin1String("id")).toString().toStdString());
        }
    });
    return std::nullopt;
}

std::optional<std::size_t> scenarioIndex(const ProjectData &project, const QString &name,
                                         QString *error)
{
    QStringList names;
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        names << QString::fromStdString(project.scenarios[i].name);
        if (names.last() == name)
            return i;
    }
    *error = QCoreApplication::translate("ccp::CommandLine",
                                         "--scenario: no scenario named \"%1\" (the project has: %2)")
                 .arg(name, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace ccp
