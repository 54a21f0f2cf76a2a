#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Maintainer tool: regenerates the user guide's screenshots (docs/guide/images/<lang>-*.png,
# 1366×768, English and Chinese) from the built app under Xvfb, and the guide's table of every
# input (docs/guide/<lang>/inputs.md, docs/guide/inputtable.cpp). Not run by the tests.
# Needs a configured build and the Debian packages xvfb, xauth, xdotool and imagemagick.
#   sh docs/guide/screenshots.sh [BUILD_DIR]        (default build/default)
set -eu
cd "$(dirname "$0")/../.."
build=${2:-${1:-build/default}}
if [ "${1:-}" != --inside ]; then
    for tool in xvfb-run xdotool import; do
        command -v "$tool" >/dev/null || { echo "needs $tool (xvfb, xdotool, imagemagick)"; exit 2; }
    done
    cmake --build "$build" --target ccplanner ccplanner-gui guide_inputs
    "$build/docs/guide_inputs" docs/guide
    exec xvfb-run -a -s "-screen 0 1366x768x24" sh "$0" --inside "$build"
fi

out=docs/guide/images
mkdir -p "$out"
# The window is placed at 0,0 and sized to the screen (there is no window manager, so keys go
# to the window given the focus); the coordinates of the Demand tab are those at 1366×768 with
# Debian's fonts (Noto CJK for Chinese): check the pictures after a change of the layout.
shot() { sleep "${2:-2}"; import -window root "$out/$1.png"; }

for lang in en zh; do
    case $lang in
        en) locale=en_US.UTF-8; demand_tab="524 71"; monthly_chart_tab="300 431" ;;
        zh) locale=zh_CN.UTF-8; demand_tab="435 77"; monthly_chart_tab="197 422" ;;
    esac
    home=$(mktemp -d)
    env LANG=$locale LC_ALL=$locale LANGUAGE= XDG_CONFIG_HOME="$home/config" \
        XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" QT_QPA_PLATFORM=xcb \
        "$build/bin/ccplanner" &
    pid=$!
    window=$(xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)
    xdotool windowmove "$window" 0 0 windowsize "$window" 1366 768
    # The chart of utilization and cash flow by month (the charts are computed in the
    # background: give them time).
    # shellcheck disable=SC2086
    xdotool mousemove $monthly_chart_tab click 1
    shot "$lang-main-window" 6

    # The Demand tab of the inputs.
    # shellcheck disable=SC2086
    xdotool mousemove $demand_tab click 1
    shot "$lang-demand"

    # File › Preview Report (Ctrl+P), over the whole screen.
    xdotool windowfocus --sync "$window" key ctrl+p
    sleep 5
    preview=$(xdotool search --onlyvisible --pid "$pid" | tail -n 1)
    xdotool windowmove "$preview" 0 0 windowsize "$preview" 1366 768
    shot "$lang-report-preview"
    xdotool windowfocus --sync "$preview" key Escape
    sleep 1

    # Tools › Run Monte Carlo (Ctrl+M).
    xdotool windowfocus --sync "$window" key ctrl+m
    shot "$lang-monte-carlo" 4

    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
done
echo "screenshots in $out; look at them before committing"
