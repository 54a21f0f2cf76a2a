// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the .ccplan reader on the input's bytes written to a private file (no evaluation).
#include "fuzzcommon.h"
#include "projectfile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("fuzz.ccplan"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    ccp::ProjectData p;
    (void)ccp::ProjectFile::load(file, ccp::fuzz::builtin(), p);
    return 0;
}
