#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary DESTDIR and checks that every file a desktop needs lands
# in its standard place (TAP).
#
# Usage: check-install.sh MESON BUILDDIR PREFIX BINDIR DATADIR LOCALEDIR LINGUAS
set -u
meson=$1 builddir=$2 prefix=$3 bindir=$4 datadir=$5 localedir=$6 linguas=$7

# A relative directory option is relative to the prefix.
under_prefix () {
  case "$1" in
    /*) printf '%s' "$1" ;;
    *) printf '%s/%s' "$prefix" "$1" ;;
  esac
}

destdir=$(mktemp -d "${TMPDIR:-/tmp}/merit-install.XXXXXX") || exit 1
trap 'rm -rf "$destdir"' EXIT

langs=$(sed -e 's/#.*//' "$linguas" | tr -s ' \t' '\n\n' | grep -v '^$')
n=0
failed=0
ok () {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failed=1
  fi
}

echo "1..$((9 + $(printf '%s' "$langs" | grep -c .)))"

log=$destdir.log
"$meson" install -C "$builddir" --no-rebuild --destdir "$destdir" >"$log" 2>&1
rc=$?
if [ $rc -ne 0 ]; then
  sed 's/^/# /' "$log"
fi
rm -f "$log"
ok $rc "meson install --destdir succeeds"

root=$destdir
bin=$root$(under_prefix "$bindir")
data=$root$(under_prefix "$datadir")
locale=$root$(under_prefix "$localedir")

check_file () {
  if [ -f "$2" ] && [ -s "$2" ]; then
    ok 0 "$1: ${2#"$root"}"
  else
    echo "# missing or empty: ${2#"$root"}"
    ok 1 "$1: ${2#"$root"}"
  fi
}

if [ -x "$bin/merit" ] && [ -f "$bin/merit" ]; then ok 0 "binary: ${bin#"$root"}/merit"
else echo "# not an executable file: ${bin#"$root"}/merit"; ok 1 "binary: ${bin#"$root"}/merit"; fi
check_file "desktop entry" "$data/applications/org.merit.Merit.desktop"
check_file "metainfo" "$data/metainfo/org.merit.Merit.metainfo.xml"
check_file "settings schema" "$data/glib-2.0/schemas/org.merit.Merit.gschema.xml"
check_file "scalable icon" "$data/icons/hicolor/scalable/apps/org.merit.Merit.svg"
check_file "symbolic icon" "$data/icons/hicolor/symbolic/apps/org.merit.Merit-symbolic.svg"

# The merged files carry the translations and no leftover template syntax.
if grep -q '^Name=Merit$' "$data/applications/org.merit.Merit.desktop" 2>/dev/null &&
   ! grep -q '^_' "$data/applications/org.merit.Merit.desktop"; then
  ok 0 "the installed desktop entry is merged"
else
  ok 1 "the installed desktop entry is merged"
fi
if grep -q '<id>org.merit.Merit</id>' "$data/metainfo/org.merit.Merit.metainfo.xml" 2>/dev/null &&
   ! grep -q '@[A-Z_]*@' "$data/metainfo/org.merit.Merit.metainfo.xml"; then
  ok 0 "the installed metainfo is configured"
else
  ok 1 "the installed metainfo is configured"
fi

for lang in $langs; do
  check_file "translation $lang" "$locale/$lang/LC_MESSAGES/merit.mo"
done

if [ -z "$langs" ]; then
  echo "# po/LINGUAS lists no language yet, so no translations are installed"
fi
exit $failed
