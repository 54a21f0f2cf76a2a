// SPDX-License-Identifier: GPL-3.0-or-later
#include "examples.h"

#include <QFile>

namespace ccp {

QByteArray Examples::exampleProjectJson()
{
    QFile f(QStringLiteral(":/examples/example.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString Examples::exampleProjectName()
{
    return QStringLiteral("example.json");
}

} // namespace ccp
