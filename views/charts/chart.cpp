// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart.h"

namespace ccp {

Chart::Chart(QObject *parent)
    : QObject(parent)
{
}

Chart::~Chart() = default;

void Chart::retranslate()
{
    if (!m_hasResult)
        return;
    // Copies: setResult stores its arguments into the members they would alias.
    const Scenario scenario = m_scenario;
    const Result result = m_result;
    setResult(scenario, result);
}

void Chart::remember(const Scenario &scenario, const Result &result)
{
    m_scenario = scenario;
    m_result = result;
    m_hasResult = true;
}

} // namespace ccp
