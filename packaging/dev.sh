#!/usr/bin/env bash
# One entry point for developers and CI on Debian 12 (run as root):
#   bash packaging/dev.sh run    install what is missing, build, start the app on a demo database
#   bash packaging/dev.sh test   install what is missing, build, run every test through CTest
#   bash packaging/dev.sh build  install what is missing and build only
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CSCDESK_BUILD_DIR:-$here/build}"
jobs="$(nproc 2>/dev/null || echo 2)"
# ccache hits across clones and build folders: paths are hashed relative to the tree.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$here}" CCACHE_NOHASHDIR=1

# Everything the build, the tests and the screenshots need, all from Debian 12.
packages=(
  build-essential cmake ninja-build ccache pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libqt6svg6 qt6-qpa-plugins libgl-dev libqt6opengl6-dev
  libsqlite3-dev sqlite3
  # The shared committee server: Qt's driver, and a throw-away cluster in the tests.
  libqt6sql6-psql postgresql
  clang libclang-rt-14-dev
  poppler-utils
  tidy cmark python3
  xvfb xauth imagemagick
  fonts-dejavu-core
  # IDN TLDs in Chinese, Japanese, Arabic and Cyrillic script (the package recommends them too).
  fonts-noto-core fonts-noto-cjk
  # The Debian package is checked with lintian in the test command.
  lintian
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
      echo "Missing packages and not root: run this script as root (or install them with apt-get)." >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

configure_and_build() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
  cmake --build "$build" --parallel "$jobs"
}

# The parsers of untrusted files, fuzzed for a bounded time under ASan and UBSan (clang + libFuzzer).
fuzz_build_and_run() {
  local fuzz="${build}-fuzz"
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  CXX=clang++ CC=clang cmake -S "$here" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSC_FUZZ=ON "${launcher[@]}"
  cmake --build "$fuzz" --parallel "$jobs"
  (cd "$fuzz" && ctest --output-on-failure --parallel "$jobs")
}

cmd="${1:-}"
case "$cmd" in
  run)
    install_missing
    configure_and_build
    shift
    # First start: a demo committee in the user's data folder, so there is something to look at.
    if [ "$#" -eq 0 ]; then
      "$build/app/cscdesk" demo --if-missing
    fi
    exec "$build/app/cscdesk" "$@"
    ;;
  test)
    install_missing
    configure_and_build
    (cd "$build" && ctest --output-on-failure --parallel "$jobs" --timeout 600)
    fuzz_build_and_run
    ;;
  build)
    install_missing
    configure_and_build
    ;;
  deps)
    install_missing
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test|build|deps" >&2
    exit 1
    ;;
esac
