// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks a JSON text for what QJsonDocument accepts silently: a key that appears twice in one
// object (QJsonDocument keeps the last, so a second "scenarios" would drop the first list), and
// nesting or text values beyond limits.h. Run on every JSON document read from a file.

#include "messages.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace ccp {

class JsonGuard
{
    Q_DECLARE_TR_FUNCTIONS(ccp::JsonGuard)
public:
    // `json` must already parse as JSON. `where` prefixes the message ("file.json: ...").
    static std::optional<LoadError> check(const QByteArray &json, const QString &where);
};

} // namespace ccp
