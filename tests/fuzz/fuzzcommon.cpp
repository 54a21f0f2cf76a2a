// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    ccp::fuzz::builtin();
    return 0;
}
