#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the build folder and runs lintian on it: no error, no warning.
# Skipped (exit 77) when lintian is not installed.
#   lintian-check.sh BUILD_DIR
set -eu
build="$1"
command -v lintian >/dev/null 2>&1 || { echo "lintian is not installed: skipped"; exit 77; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb="$(ls "$out"/*.deb | head -n 1)"
echo "lintian $deb"
# Warnings and errors fail; info and pedantic tags are printed only.
lintian --fail-on error,warning --display-info "$deb"
