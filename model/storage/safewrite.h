// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every output of the app (.ccplan, JSON, PDF, xlsx, the CSV set, charts) is written through
// here, by one rule (docs/contract.md, "Output files"):
// - the new content goes to a temporary file in the target's folder, is synced, and is renamed
//   over the target, so a reader or a crash sees the old file or the new one, never a mix;
// - a symbolic link is written through: the file it finally points to is replaced, keeping
//   that file's permissions, and the link stays; a link that points nowhere is refused;
// - the temporary name is short and fixed in length (".ccplanner-PID-RANDOM.tmp"), so any
//   legal target name can be saved; temporaries left by a killed process are removed by the
//   next save into the same folder, and a set of files it was renaming is completed.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ccp {

class SafeWrite
{
    Q_DECLARE_TR_FUNCTIONS(ccp::SafeWrite)
public:
    // The file a save to `path` replaces (the path, or the final target of a symbolic link);
    // the reason when it cannot be written (a dangling link, a folder, a name too long).
    static std::optional<QString> resolveTarget(const QString &path, QString *target);

    // Writes each file of `files` (path, content): every temporary is written and synced
    // before the first rename, so a failure (full disk, a name too long) leaves every target
    // unchanged. For more than one file a journal of the renames is written first: a kill
    // between two renames is rolled forward by the next save into the folder (recover()).
    static std::optional<QString> writeFiles(
        const std::vector<std::pair<QString, QByteArray>> &files);
    static std::optional<QString> writeFile(const QString &path, const QByteArray &bytes)
    {
        return writeFiles({{path, bytes}});
    }

    // An empty temporary file in `dir`, named as above; recover()s the folder first.
    static std::optional<QString> createTemp(const QString &dir, QString *name);
    // Cleans up after processes killed while saving into `dir`: finishes the renames of an
    // interrupted set of files (from its journal, `.ccplanner-PID-RANDOM.journal`) and removes
    // the temporaries of processes that no longer run.
    static void recover(const QString &dir);
    // Syncs `file` to disk. Renames `from` over `to`.
    static std::optional<QString> sync(const QString &file);
    static std::optional<QString> rename(const QString &from, const QString &to);
    static void syncDirectory(const QString &dir);
    // A system error as text ("No space left on device").
    static QString errnoText(int error);
    // Why `path` cannot be read, when QFileInfo says it does not exist ("no such file", "the
    // path is too long", "permission denied").
    static QString missingReason(const QString &path);
};

} // namespace ccp
