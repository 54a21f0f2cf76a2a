// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: evaluate() with fuzzed numbers. The input is read as (field byte, 8-byte double)
// pairs; each number is put into a numeric field of the example scenario if checkValue()
// accepts it (as every reader does), then the scenario is validated and evaluated. UBSan and
// ASan catch overflows and memory errors; a NaN or inf in the key figures aborts.
#include "fuzzcommon.h"

#include "evaluate.h"
#include "fields.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ccp;
    static const std::vector<const FieldSpec *> numeric = [] {
        std::vector<const FieldSpec *> out;
        for (const FieldSpec &f : scenarioFields()) {
            if (!f.isArrayField() && (f.type == FieldType::Number || f.type == FieldType::Integer))
                out.push_back(&f);
        }
        return out;
    }();
    Scenario s = fuzz::exampleScenario();
    for (std::size_t i = 0; i + 9 <= size && i < 9 * 24; i += 9) {
        const FieldSpec *f = numeric[data[i] % numeric.size()];
        double x = 0;
        std::memcpy(&x, data + i + 1, sizeof x);
        const FieldValue v = x;
        if (!checkValue(*f, std::string(f->key), v))
            f->set(s, -1, v);
    }
    if (validate(s, fuzz::builtin()))
        return 0;
    const Result r = evaluate(s, fuzz::builtin());
    if (!std::isfinite(r.finance.npv.cnyValue()) || !std::isfinite(r.finance.capex.total().cnyValue()))
        std::abort();
    return 0;
}
