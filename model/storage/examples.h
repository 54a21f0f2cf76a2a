// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The built-in example project, embedded in the executable (resources/examples/example.json).

#include <QByteArray>
#include <QString>

namespace ccp {

class Examples
{
public:
    static QByteArray exampleProjectJson();
    static QString exampleProjectName(); // used in messages as the "file" name
};

} // namespace ccp
