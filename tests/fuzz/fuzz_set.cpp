// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: `--set KEY=VALUE` assignments (one a line) on the example scenario, then evaluate()
// when they are accepted: no accepted input may make the engine misbehave.
#include "fuzzcommon.h"

#include "evaluate.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList assignments = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (assignments.size() > 16)
        return 0;
    ccp::Scenario s = ccp::fuzz::exampleScenario();
    if (!ccp::ScenarioJson::applyOverrides(s, assignments, ccp::fuzz::builtin()))
        (void)ccp::evaluate(s, ccp::fuzz::builtin());
    return 0;
}
