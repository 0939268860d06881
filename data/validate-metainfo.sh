#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the merged metainfo with `appstreamcli validate --no-net --pedantic` and fails on
# every error, warning, info or pedantic hint except these two, which we cannot avoid:
#   P cid-contains-uppercase-letter  the application ID org.merit.Merit is fixed.
#   I unknown-tag developer          <developer id> arrived in AppStream 1.0; Debian 12 has 0.16.1
#                                    (tolerated only while appstreamcli is older than 1.0).
# Usage: validate-metainfo.sh APPSTREAMCLI FILE
set -u
appstreamcli=$1
file=$2

version=$("$appstreamcli" --version | sed -n 's/^AppStream version: *//p' | head -n 1)
case "$version" in
  0.*) old_appstream=yes ;;
  *) old_appstream=no ;;
esac

out=$("$appstreamcli" validate --no-net --pedantic --explain "$file" 2>&1)
rc=$?
printf '%s\n' "$out"

bad=$(printf '%s\n' "$out" | awk -v old="$old_appstream" '
  /^[EWIP]: / {
    severity = substr($1, 1, 1); tag = $3; arg = $4
    if (severity == "P" && tag == "cid-contains-uppercase-letter") next
    if (severity == "I" && tag == "unknown-tag" && arg == "developer" && old == "yes") next
    print
  }')

if [ $rc -ne 0 ]; then
  echo "appstreamcli $version failed with exit status $rc" >&2
  exit 1
fi
if [ -n "$bad" ]; then
  echo "not allowed:" >&2
  printf '%s\n' "$bad" >&2
  exit 1
fi
echo "metainfo valid (appstreamcli $version)"
