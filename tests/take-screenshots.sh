#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Retakes data/screenshots/*.png from the real app on a demo workspace under Xvfb.
#
#   tests/take-screenshots.sh [--german] [BUILD_DIR]   (default: _build; needs xvfb-run,
#                                                        xdotool, ImageMagick's import)
#
# The panes are reached with their keyboard shortcuts (Alt+1/2/3), as a person would.  The
# list and review shots are taken as a reviewer, so they show the blind view only; the
# approval shot as the CEO.  With --german the shots are named *-de.png and use the build
# tree's German catalogue (BUILD_DIR/po/de/LC_MESSAGES/merit.mo), chosen with LANGUAGE=de
# under LANG=C.UTF-8, so no German glibc locale has to be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
suffix=
if [ "${1:-}" = --german ]; then
  suffix=-de
  shift
fi
build=${1:-_build}
merit=$top/$build/app/merit
out=$top/data/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -z "${MERIT_SCREENSHOT_INNER:-}" ]; then
  ninja -C "$build" >/dev/null
  [ -z "$suffix" ] || test -f "$top/$build/po/de/LC_MESSAGES/merit.mo"
  mkdir -p "$out"
  "$merit" demo "$tmp/ws" --candidates 60 --seed 1 >/dev/null
  MERIT_SCREENSHOT_INNER=1 MERIT_SCREENSHOT_WS="$tmp/ws" \
    timeout 300 xvfb-run -a -s "-screen 0 1400x900x24" "$0" ${suffix:+--german} "$build"
  echo "screenshots written to $out"
  exit 0
fi

ws=$MERIT_SCREENSHOT_WS
if [ -n "$suffix" ]; then
  unset LC_ALL LC_MESSAGES
  export LANG=C.UTF-8 LANGUAGE=de MERIT_LOCALEDIR=$top/$build/po
fi
export GDK_BACKEND=x11 GSK_RENDERER=cairo GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR=$top/$build/data
export XDG_DATA_HOME=$tmp/data
export GTK_A11Y=none

# Starts Merit as $1 at $2 x $3 pixels and waits for its window.
start_app () {
  export XDG_CONFIG_HOME=$tmp/config-$1-$2
  mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
  printf "[org/merit/Merit]\ncurrent-member='%s'\nwindow-width=%d\nwindow-height=%d\n" \
    "$1" "$2" "$3" > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
  "$merit" --workspace "$ws" &
  app_pid=$!
  for _ in $(seq 50); do
    win=$(xdotool search --onlyvisible --name '^Merit$' 2>/dev/null | tail -1 || true)
    [ -n "$win" ] && break
    sleep 0.2
  done
  sleep 2
}

stop_app () {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
}

shoot () {
  sleep 1
  import -window "$win" "$out/$1$suffix.png"
}

key () {
  xdotool key --window "$win" "$@"
  sleep 0.6
}

# The candidate list with a package selected.
start_app ingrid 1280 800
key alt+1
xdotool mousemove --window "$win" 420 52 click 1 ; sleep 0.3    # focus the window
key ctrl+f
key Tab Tab Tab Down Down Down
key Return
shoot list
# The blind review: queue, redacted profile and rubric form.
key alt+2
shoot review
stop_app

# The approval pane, as the CEO.
start_app dana 1280 800
key alt+3
shoot approval
stop_app

# The smallest supported width.
start_app ingrid 360 720
key alt+2
shoot review-narrow
stop_app
