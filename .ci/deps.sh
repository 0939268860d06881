#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Merit needs to build, test and run; only what is missing.
# Sourced by ./run and ./check.

merit_packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev libxml2-dev libxml2-utils
  libjson-glib-dev libsodium-dev libpcre2-dev poppler-utils
  appstream desktop-file-utils
  xvfb xauth imagemagick xdotool dbus dbus-x11 at-spi2-core python3 python3-gi gir1.2-atspi-2.0
  clang libclang-rt-14-dev valgrind
)

merit_install_deps () {
  local missing=()
  local pkg
  for pkg in "${merit_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: these packages are missing and there is no sudo to install them: ${missing[*]}" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
