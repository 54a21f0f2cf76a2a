// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Limits on what a project or catalog file may hold. A file beyond one is refused (exit 2 on
// the command line) with a message naming the limit, before its content is evaluated, so that a
// hostile file cannot hang the app or exhaust its memory. docs/project-file.md lists them.

#include <QtGlobal>

namespace ccp::limits {

// Scenarios in one project (.ccplan or JSON).
inline constexpr int kMaxScenarios = 1000;
// Demand segments and build phases in one scenario.
inline constexpr int kMaxSegments = 100;
inline constexpr int kMaxPhases = 180;
// Catalog records embedded in one project, all kinds together.
inline constexpr int kMaxEmbeddedRecords = 10000;
// One text value anywhere in a JSON document (names, descriptions, notes), in characters.
inline constexpr int kMaxTextChars = 100000;
// Nesting of JSON objects and arrays.
inline constexpr int kMaxJsonDepth = 32;
// One scenario's JSON and one catalog record's JSON in a .ccplan row, in bytes.
inline constexpr qint64 kMaxScenarioJsonBytes = 1024 * 1024;
inline constexpr qint64 kMaxRecordJsonBytes = 64 * 1024;
// A JSON project file (a .ccplan is limited by kProjectFileMaxBytes).
inline constexpr qint64 kMaxJsonFileBytes = qint64(64) * 1024 * 1024;

} // namespace ccp::limits
