// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scenario and project JSON (docs/scenario-json.md): reading with a clear message naming the
// file and key for any bad input, writing every field explicitly, and `--set KEY=VALUE`
// overrides. Numbers are read and written locale-independently.

#include "catalog.h"
#include "messages.h"
#include "projectdata.h"
#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <variant>

namespace ccp {

class ScenarioJson
{
    Q_DECLARE_TR_FUNCTIONS(ccp::ScenarioJson)
public:
    // Reads a scenario object. Keys that are missing take their defaults; site fields that are
    // missing take the site preset's values from `catalog`. `where` prefixes messages.
    static std::optional<LoadError> readScenario(const QJsonObject &o, const Catalog &catalog,
                                                 const QString &where, Scenario &out);
    static QJsonObject writeScenario(const Scenario &s);

    // A whole project document. `catalog` is the built-in catalog; the project's embedded
    // records are overlaid on it for resolving and validation, and returned in out.embedded.
    static std::optional<LoadError> readProject(const QByteArray &json, const Catalog &catalog,
                                                const QString &where, ProjectData &out);
    static QByteArray writeProject(const ProjectData &p);
    static QJsonObject projectObject(const ProjectData &p);
    static std::optional<LoadError> readProjectObject(const QJsonObject &o, const Catalog &catalog,
                                                      const QString &where, ProjectData &out);

    // Applies "KEY=VALUE" overrides to one scenario; then validates it. A catalog selection
    // (site.region, cluster.card) fills the fields it presets unless set in the same call.
    static std::optional<LoadError> applyOverrides(Scenario &s, const QStringList &assignments,
                                                   const Catalog &catalog);

    // Catalog records the project's scenarios refer to (for embedding in project files).
    static Catalog usedRecords(const std::vector<Scenario> &scenarios, const Catalog &catalog);
};

} // namespace ccp
