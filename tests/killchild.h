// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Kill-during-save tests (issue 15, docs/reliability.md): a child process is killed with
// SIGKILL at a chosen moment. The test does not sleep: its event loop runs until the child
// ends by itself or a precise timer kills it, whichever comes first.

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace ccp::test {

// Waits for `child` (started) to end, killing it `afterMs` milliseconds from now if it still
// runs. True when it was killed, false when it ended by itself first.
inline bool killAfter(QProcess &child, int afterMs)
{
    if (child.state() == QProcess::NotRunning)
        return false;
    QEventLoop loop;
    bool killed = false;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (child.state() != QProcess::NotRunning) {
            killed = true;
            child.kill();
        }
    });
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    timer.start(afterMs);
    if (child.state() != QProcess::NotRunning)
        loop.exec();
    child.waitForFinished(-1);
    return killed && child.exitStatus() == QProcess::CrashExit;
}

} // namespace ccp::test
