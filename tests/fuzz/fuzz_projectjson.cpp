// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the JSON project reader (no evaluation, so that it runs thousands of times a second).
#include "fuzzcommon.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ccp::ProjectData p;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ccp::ScenarioJson::readProject(bytes, ccp::fuzz::builtin(), QStringLiteral("fuzz"), p);
    return 0;
}
