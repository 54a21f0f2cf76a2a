// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `.ccplan` project file (docs/project-file.md): an SQLite database holding the same content
// as project JSON, self-contained (it embeds the catalog records its scenarios use).
//
// Saving is atomic: a complete new database is written to a temporary file next to the target,
// fsynced and renamed over it, so a failure or a kill during save leaves the previous file as it
// was. Loading treats the file as untrusted input: header and size checks before SQLite sees it,
// a read-only connection with defensive settings, an integrity check, then the application id and
// the schema version; older versions are migrated one step at a time on a private copy, never on
// the file itself.

#include "catalog.h"
#include "messages.h"
#include "projectdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace ccp {

// `PRAGMA application_id` of every .ccplan file: the ASCII bytes "CCP1" (big-endian, as SQLite
// stores it at offset 68 of the header), so `file(1)` and hex dumps identify the file.
inline constexpr std::int32_t kProjectFileApplicationId = 0x43435031;

// `PRAGMA user_version`: the schema version of the file. Version 1 had the `project` and
// `scenarios` tables; version 2 added `catalog` (embedded catalog records); version 3 added
// the scenarios' Monte Carlo settings (the `risk` object of the scenario JSON column).
inline constexpr int kProjectFileVersion = 3;

// Files larger than this are refused before SQLite opens them.
inline constexpr qint64 kProjectFileMaxBytes = qint64(256) * 1024 * 1024;

class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ProjectFile)
public:
    // Writes `p` to `path`, replacing any file there atomically. `catalog` resolves the records
    // the scenarios use (the project's own embedded records are overlaid on it); those records
    // and all of p.embedded are stored in the file. `savedAt` is recorded as `saved_at`; two saves
    // of the same content with the same `savedAt` give byte-identical files.
    static std::optional<LoadError> save(const ProjectData &p, const Catalog &catalog,
                                         const QString &path,
                                         const QDateTime &savedAt = QDateTime::currentDateTimeUtc());

    // Reads `path`. `builtin` is the catalog the file's embedded records are overlaid on to
    // resolve the scenarios; out.embedded receives the file's records. On failure `out` is left
    // unspecified and the message names the file (and the scenario or key where possible).
    static std::optional<LoadError> load(const QString &path, const Catalog &builtin,
                                         ProjectData &out);

    // True when `header` starts with the 16-byte SQLite signature "SQLite format 3\0".
    static bool hasSqliteHeader(const QByteArray &header);
};

} // namespace ccp
