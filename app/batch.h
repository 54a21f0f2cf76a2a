// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `ccplanner eval [FILE] [--scenario NAME] --batch CASES.jsonl [--fields K1,K2…]`
// (docs/architecture.md, "Command line"; README, "Batch evaluation").
//
// Each line of CASES is a JSON object of overrides, keyed like --set and applied to the chosen
// scenario (after any --set); each gives one line of output, in order: the result object
// restricted to the --fields keys (by default everything but `monthly`), or {"error": "…"}
// naming the key when the case is refused. An empty line is refused like any other line that
// is not an object, so that output line N always belongs to input line N.
//
// Built for scripts that evaluate many cases: a line is parsed by hand, not through
// QJsonDocument; the figures asked for are written straight from the engine's Result with
// shortest round-trip numbers (the values ResultJson writes, checked against it on the first
// evaluation), and the breakevens (several extra NPV solves) are computed only when asked for.

#include "cliloader.h"
#include "messages.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace ccp {

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(ccp::Batch)
public:
    Batch();
    ~Batch();
    Batch(const Batch &) = delete;
    Batch &operator=(const Batch &) = delete;

    // `fields`: the --fields list, empty for the default. Checks every key against the result
    // of `base`; the error names the first unknown key.
    std::optional<LoadError> setFields(const QString &fields, const Scenario &base,
                                       const Catalog &catalog);

    // Evaluates every line of `cases` (the bytes of CASES) against `base` and writes one line
    // per case to the file descriptor `out` (waiting while a non-blocking pipe is full).
    // Returns false, after the first failed write, when the output could not be written.
    [[nodiscard]] bool run(const QByteArray &cases, const Scenario &base, CliLoader &loader, int out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ccp
