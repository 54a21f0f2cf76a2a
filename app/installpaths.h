// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the files installed with the app are found at run time (docs/packaging.md): relative
// to ccplanner-gui's folder, so that any prefix works (/usr from the package, a temporary
// prefix in the tests). A build run where it was built falls back to the source tree.

#include <QString>

namespace ccp::InstallPaths {

// The user guide's page in `language` ("zh_CN" or anything else for English); empty when no
// guide is found.
QString guidePage(const QString &language);

} // namespace ccp::InstallPaths
