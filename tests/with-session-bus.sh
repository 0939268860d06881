#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test on a private session bus.  The bus and the services it starts (the accessibility
# registry among them) print to stderr, so that stdout carries only the test's TAP stream.
set -euo pipefail
exec 3>&1
exec dbus-run-session -- bash -c 'exec "$@" 1>&3 3>&-' bash "$@" 1>&2
