#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds the licence identifier to every C++ source and header that lacks it (first line).
# Run after adding files; `--check` lists the files without one and fails if there are any.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tag='SPDX-License-Identifier: GPL-3.0-or-later'
missing=0
while IFS= read -r -d '' f; do
  head -n 3 "$f" | grep -q 'SPDX-License-Identifier' && continue
  if [ "${1:-}" = "--check" ]; then
    echo "no SPDX header: ${f#"$here"/}"
    missing=1
  else
    printf '// %s\n%s' "$tag" "$(cat "$f")" > "$f.spdx" && printf '\n' >> "$f.spdx" && mv "$f.spdx" "$f"
  fi
done < <(find "$here/core" "$here/ui" "$here/app" "$here/tests" \( -name '*.cpp' -o -name '*.h' \) -print0)
exit $missing
