#!/usr/bin/env bash
# Kestrel's two entry points on a fresh Debian 12 machine:
#   ./kestrel.sh run    install what is missing, build Release, start the GUI on the embedded demo
#   ./kestrel.sh test   install what is missing, build, run every test with ctest
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${KESTREL_BUILD_DIR:-$here/build/release}"
jobs="$(nproc 2>/dev/null || echo 2)"

# Debian packages needed to build, run and test. Keep in step with docs/building.md.
packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev
    libopencv-dev libsqlite3-dev libsodium-dev
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    xvfb xauth fonts-dejavu-core
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "kestrel: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DKESTREL_BUILD_TESTS="$1" >/dev/null
    cmake --build "$build" -j "$jobs"
}

case "${1:-}" in
run)
    shift
    install_missing
    build OFF
    args=(--demo "$@")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "kestrel: no display found; starting under Xvfb (use a desktop session to see the window)"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/kestrel" "${args[@]}"
    fi
    exec "$build/bin/kestrel" "${args[@]}"
    ;;
test)
    shift
    install_missing
    build ON
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" "$@"
    ;;
*)
    echo "usage: ./kestrel.sh run [kestrel options]   build and start the GUI on the embedded demo"
    echo "       ./kestrel.sh test [ctest options]    build and run every test"
    exit 1
    ;;
esac
