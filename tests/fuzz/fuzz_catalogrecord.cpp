// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the catalog file and record reader (CatalogStore::parseFile, every kind).
#include "fuzzcommon.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ccp::Catalog c;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ccp::CatalogStore::parseFile(bytes, QStringLiteral("fuzz"), c);
    return 0;
}
