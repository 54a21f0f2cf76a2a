// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include "safewrite.h"
#include "scenariojson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

#include <memory>

namespace ccp {

namespace {

QString sessionFile()
{
    return RecoveryStore::directory()
           + QStringLiteral("/recovery-%1.json").arg(QCoreApplication::applicationPid());
}

QString lockPathFor(const QString &recoveryPath) { return recoveryPath + QStringLiteral(".lock"); }

// This instance's lock on its recovery copy, taken with the first autosave.
std::unique_ptr<QLockFile> &sessionLock()
{
    static std::unique_ptr<QLockFile> lock;
    return lock;
}

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
    if (!sessionLock()) {
        sessionLock() = std::make_unique<QLockFile>(lockPathFor(sessionFile()));
        sessionLock()->setStaleLockTime(0); // stale only when its process is gone
        sessionLock()->tryLock(0);
    }
    // SafeWrite's rule, as every output: a kill leaves the previous copy and a temporary that
    // the next autosave removes.
    if (auto e = SafeWrite::writeFile(sessionFile(),
                                      QJsonDocument(wrapper).toJson(QJsonDocument::Compact)))
        return LoadError{tr("%1: cannot write the recovery copy").arg(sessionFile())
                         + QStringLiteral(" (") + *e + QLatin1Char(')')};
    return std::nullopt;
}

std::optional<RecoveryStore::Entry> RecoveryStore::find()
{
    // What instances killed while autosaving left behind: their temporaries, and the locks of
    // those killed before their first copy was whole.
    SafeWrite::recover(directory());
    const QStringList locks = QDir(directory()).entryList({QStringLiteral("recovery-*.json.lock")},
                                                          QDir::Files | QDir::Hidden);
    for (const QString &lock : locks) {
        const QString path = directory() + QLatin1Char('/') + lock;
        QString copy = path;
        copy.chop(5);
        if (QFileInfo::exists(copy))
            continue;
        QLockFile probe(path);
        probe.setStaleLockTime(0); // stale only when its process is gone
        qint64 pid = 0;
        QString host, app;
        if (probe.tryLock(0))
            probe.unlock(); // removes it
        else if (!probe.getLockInfo(&pid, &host, &app))
            QFile::remove(path); // killed while writing its lock: names no process
    }
    std::optional<Entry> newest;
    const QFileInfoList files = QDir(directory()).entryInfoList(
        {QStringLiteral("recovery-*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        // A copy whose lock is held belongs to a running instance (this one included).
        QLockFile probe(lockPathFor(info.absoluteFilePath()));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue;
        probe.unlock();
        QFile f(info.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024 * 1024)).object();
        if (!o.value(QStringLiteral("project")).isObject())
            continue;
        Entry e;
        e.recoveryPath = info.absoluteFilePath();
        e.originalPath = o.value(QStringLiteral("original_path")).toString();
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(),
                                          Qt::ISODate);
        if (!newest || e.savedAt > newest->savedAt)
            newest = e;
    }
    return newest;
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
    QFile::remove(sessionFile());
}

void RecoveryStore::discard(const Entry &entry)
{
    QFile::remove(entry.recoveryPath);
}

void RecoveryStore::releaseSession()
{
    sessionLock().reset();
}

} // namespace ccp
