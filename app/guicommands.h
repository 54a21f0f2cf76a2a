// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The subcommands that draw with the views library: `report` (the PDF, with Qt Charts) and
// `export` (xlsx, csv). Only the ccplanner-gui executable links them; `ccplanner` hands these
// commands to it (CommandLine::needsGui()).

namespace ccp {

class GuiCommands
{
public:
    // Registers `report` and `export` with CommandLine::run().
    static void install();
};

} // namespace ccp
