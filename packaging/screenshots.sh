#!/usr/bin/env bash
# Screenshots of every section on a fresh demo database, under Xvfb, for the README.
#   bash packaging/screenshots.sh [OUTDIR]   (after a build; default OUTDIR: packaging/screenshots)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${CSCDESK_BUILD_DIR:-$here/build}/app/cscdesk"
out="${1:-$here/packaging/screenshots}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
"$bin" demo --out "$work/demo.db" --as-of "${CSCDESK_DEMO_AS_OF:-2026-11-23}" --seed 1 >/dev/null
for section in cases performance meetings committee calendar; do
  HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" xvfb-run -a -s '-screen 0 1600x1000x24' bash -c "
    '$bin' --db '$work/demo.db' --section $section &
    pid=\$!; sleep 5; import -window root -crop 1440x900+0+0 '$out/$section.png'; kill \$pid" 2>/dev/null || true
  echo "$out/$section.png"
done
