#!/usr/bin/env bash
# Installs every build and test dependency of Dropbox Team Connector on Debian 12.
# Idempotent: when everything is already installed it prints nothing and exits 0.
# --fuzz adds what scripts/fuzz.sh needs (clang 14 and its libFuzzer/sanitizer runtimes);
# --package adds what scripts/package.sh checks the package with (lintian, desktop-file-validate,
# appstreamcli) and scripts/package-test.sh installs it with;
# --format adds clang-format for scripts/format.sh (the CI format check). The default build and
# tests need neither.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
  qt6-networkauth-dev qt6-httpserver-dev qtkeychain-qt6-dev qt6-charts-dev libqt6opengl6-dev
  libzstd-dev libssl-dev libsimdjson-dev
  libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
  sqlite3 libsqlite3-dev
  dbus gnome-keyring libsecret-tools
)
case "${1:-}" in
  --fuzz) PACKAGES+=(clang-14 libclang-rt-14-dev) ;;
  --package) PACKAGES+=(dpkg-dev file lintian desktop-file-utils appstream) ;;
  --format) PACKAGES=(clang-format git) ;;
esac

missing=()
for p in "${PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
