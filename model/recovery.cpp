// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include "scenariojson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace ccp {

namespace {
const QLatin1String kFileName("recovery.json");
} // namespace

QString RecoveryStore::directory()
{
    const QString overridden = qEnvironmentVariable("CCP_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

std::optional<LoadError> RecoveryStore::save(const ProjectData &project, const QString &originalPath)
{
    const QString dir = directory();
    if (!QDir().mkpath(dir))
        return LoadError{tr("%1: cannot create the recovery folder").arg(dir)};
    QJsonObject wrapper{{QStringLiteral("original_path"), originalPath},
                        {QStringLiteral("saved_at"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("project"), ScenarioJson::projectObject(project)}};
    QSaveFile f(dir + QLatin1Char('/') + kFileName);
    if (!f.open(QIODevice::WriteOnly))
        return LoadError{tr("%1: cannot write the recovery copy").arg(f.fileName())};
    f.write(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return LoadError{tr("%1: cannot write the recovery copy").arg(f.fileName())};
    return std::nullopt;
}

std::optional<RecoveryStore::Entry> RecoveryStore::find()
{
    const QString path = directory() + QLatin1Char('/') + kFileName;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024 * 1024)).object();
    if (!o.value(QStringLiteral("project")).isObject())
        return std::nullopt;
    Entry e;
    e.recoveryPath = path;
    e.originalPath = o.value(QStringLiteral("original_path")).toString();
    e.savedAt = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    return e;
}

std::optional<LoadError> RecoveryStore::load(const Entry &entry, const Catalog &catalog,
                                             ProjectData &out)
{
    QFile f(entry.recoveryPath);
    if (!f.open(QIODevice::ReadOnly))
        return LoadError{tr("%1: cannot read the recovery copy").arg(entry.recoveryPath)};
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024 * 1024)).object();
    return ScenarioJson::readProjectObject(o.value(QStringLiteral("project")).toObject(), catalog,
                                           entry.recoveryPath, out);
}

void RecoveryStore::discard()
{
    QFile::remove(directory() + QLatin1Char('/') + kFileName);
}

} // namespace ccp
