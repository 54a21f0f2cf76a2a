// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Loads the application's and Qt's own translations for a language ("zh_CN", "en"); the
// default follows the system locale (Chinese on a Chinese system).

#include <QString>

namespace ccp {

class Language
{
public:
    static QString systemDefault();
    // Installs translators for `code` on the running application, replacing earlier ones.
    static void install(const QString &code);
};

} // namespace ccp
