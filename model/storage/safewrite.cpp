// SPDX-License-Identifier: GPL-3.0-or-later
#include "safewrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ccp {

namespace {

const QLatin1String kTempPrefix(".ccplanner-");
const QLatin1String kTempSuffix(".tmp");
const QLatin1String kJournalSuffix(".journal");

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// The files `.ccplanner-PID-*<suffix>` in `dir` of processes that no longer run.
QStringList staleFiles(const QDir &d, QLatin1String suffix)
{
    QStringList out;
    const QStringList names = d.entryList({QString(kTempPrefix) + QLatin1Char('*') + suffix},
                                          QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QStringList parts = name.mid(kTempPrefix.size()).split(QLatin1Char('-'));
        bool ok = false;
        const qint64 pid = parts.value(0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == qint64(::getpid()))
            continue;
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            out << d.filePath(name);
    }
    return out;
}

class TempGuard
{
public:
    ~TempGuard()
    {
        for (const QString &p : paths) {
            if (!p.isEmpty())
                QFile::remove(p);
        }
    }
    std::vector<QString> paths;
};

std::optional<QString> writeAll(const QString &file, const QByteArray &bytes)
{
    const int fd = ::open(native(file).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return SafeWrite::errnoText(errno);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, std::size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int e = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return SafeWrite::errnoText(e);
        }
        done += n;
    }
    if (::fsync(fd) != 0) {
        const int e = errno;
        ::close(fd);
        return SafeWrite::errnoText(e);
    }
    if (::close(fd) != 0)
        return SafeWrite::errnoText(errno);
    return std::nullopt;
}

} // namespace

QString SafeWrite::errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString SafeWrite::missingReason(const QString &path)
{
    struct stat st;
    if (::stat(native(path).constData(), &st) == 0)
        return tr("cannot read");
    if (errno == ENAMETOOLONG)
        return tr("the path is too long");
    if (errno == ENOENT)
        return tr("no such file");
    return errnoText(errno);
}

std::optional<QString> SafeWrite::resolveTarget(const QString &path, QString *target)
{
    if (path.isEmpty())
        return tr("no file name");
    const auto checkName = [](const QString &file) -> std::optional<QString> {
        const QByteArray base = native(QFileInfo(file).fileName());
        const long nameMax = ::pathconf(native(QFileInfo(file).absolutePath()).constData(),
                                        _PC_NAME_MAX);
        if (nameMax > 0 && base.size() > nameMax)
            return tr("the file name is longer than %1 bytes").arg(nameMax);
        return std::nullopt;
    };
    if (auto e = checkName(path))
        return e;
    struct stat st;
    const bool exists = ::lstat(native(path).constData(), &st) == 0;
    if (!exists && errno == ENAMETOOLONG)
        return tr("the path is too long");
    if (exists && S_ISLNK(st.st_mode)) {
        // Written through to the final target; a link to nowhere is refused rather than
        // creating a file wherever it points.
        const QString resolved = QFileInfo(path).canonicalFilePath();
        if (resolved.isEmpty())
            return tr("a symbolic link that points to no file");
        *target = resolved;
        if (auto e = checkName(resolved))
            return e;
    } else {
        *target = QFileInfo(path).absoluteFilePath();
    }
    if (QFileInfo(*target).isDir())
        return tr("is a folder");
    return std::nullopt;
}

void SafeWrite::recover(const QString &dir)
{
    const QDir d(dir);
    // A set whose renames a kill interrupted: its journal lists every (temporary, target)
    // pair, written and synced before the first rename; the temporaries still there are
    // complete, so the renames are finished (rolled forward).
    for (const QString &journal : staleFiles(d, kJournalSuffix)) {
        QFile f(journal);
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> pair = line.split('\t');
                if (pair.size() == 2 && QFileInfo::exists(QFile::decodeName(pair.at(0))))
                    ::rename(pair.at(0).constData(), pair.at(1).constData());
            }
        }
        QFile::remove(journal);
    }
    for (const QString &tmp : staleFiles(d, kTempSuffix))
        QFile::remove(tmp);
}

std::optional<QString> SafeWrite::createTemp(const QString &dir, QString *name)
{
    recover(dir);
    for (int attempt = 0; attempt < 32; ++attempt) {
        const QString candidate
            = QDir(dir).filePath(kTempPrefix + QString::number(::getpid()) + QLatin1Char('-')
                                 + QString::number(QRandomGenerator::global()->generate(), 16)
                                 + kTempSuffix);
        const int fd = ::open(native(candidate).constData(),
                              O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            *name = candidate;
            return std::nullopt;
        }
        if (errno != EEXIST && errno != EINTR)
            return tr("cannot create a temporary file in %1: %2")
                .arg(QDir::toNativeSeparators(dir), errnoText(errno));
    }
    return tr("no free temporary file name in %1").arg(QDir::toNativeSeparators(dir));
}

std::optional<QString> SafeWrite::sync(const QString &file)
{
    int fd = -1;
    do {
        fd = ::open(native(file).constData(), O_RDWR | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return errnoText(errno);
    const bool ok = ::fsync(fd) == 0;
    const int e = errno;
    ::close(fd);
    if (!ok)
        return errnoText(e);
    return std::nullopt;
}

std::optional<QString> SafeWrite::rename(const QString &from, const QString &to)
{
    if (::rename(native(from).constData(), native(to).constData()) == 0)
        return std::nullopt;
    return errnoText(errno);
}

void SafeWrite::syncDirectory(const QString &dir)
{
    const int fd = ::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::optional<QString> SafeWrite::writeFiles(
    const std::vector<std::pair<QString, QByteArray>> &files)
{
    std::vector<QString> targets;
    TempGuard temps;
    for (const auto &[path, bytes] : files) {
        QString target;
        if (auto e = resolveTarget(path, &target))
            return QDir::toNativeSeparators(path) + QLatin1String(": ") + *e;
        const QString dir = QFileInfo(target).absolutePath();
        QString tmp;
        if (auto e = createTemp(dir, &tmp))
            return *e;
        temps.paths.push_back(tmp);
        if (QFileInfo::exists(target))
            QFile::setPermissions(tmp, QFile::permissions(target));
        if (auto e = writeAll(tmp, bytes))
            return QDir::toNativeSeparators(path) + QLatin1String(": ") + *e;
        targets.push_back(target);
    }
    // A set of files: a journal of the renames, in place before the first, lets the next
    // save into the folder finish them if this process is killed in between (recover()).
    QString journal;
    if (targets.size() > 1) {
        QByteArray plan;
        for (std::size_t i = 0; i < targets.size(); ++i)
            plan += native(temps.paths[i]) + '\t' + native(targets[i]) + '\n';
        const QString dir = QFileInfo(targets.front()).absolutePath();
        QString tmp;
        if (auto e = createTemp(dir, &tmp))
            return *e;
        temps.paths.push_back(tmp);
        if (auto e = writeAll(tmp, plan))
            return *e;
        journal = tmp.left(tmp.size() - kTempSuffix.size()) + kJournalSuffix;
        if (auto e = rename(tmp, journal))
            return *e;
        temps.paths.back().clear();
        syncDirectory(dir);
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (auto e = rename(temps.paths[i], targets[i])) {
            if (!journal.isEmpty())
                QFile::remove(journal);
            return QDir::toNativeSeparators(files[i].first) + QLatin1String(": ") + *e;
        }
        temps.paths[i].clear();
    }
    for (const QString &t : targets)
        syncDirectory(QFileInfo(t).absolutePath());
    if (!journal.isEmpty())
        QFile::remove(journal);
    return std::nullopt;
}

} // namespace ccp
