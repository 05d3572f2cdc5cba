#!/bin/sh
# Runs a test binary inside a private D-Bus session with gnome-keyring's Secret Service started and
# unlocked, and with a HOME of its own: the user's keyring and files are never touched.
# Usage: with-keyring.sh TEST_BINARY [ARGS...]
set -eu
test_bin="$1"
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$HOME" "$XDG_RUNTIME_DIR"
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  export DBX_KEYRING_UNAVAILABLE="dbus-run-session or gnome-keyring-daemon is missing (run scripts/setup.sh)"
  "$test_bin" "$@"
  exit $?
fi
export DBX_KEYRING_STARTED=1
# Not exec: the trap must still remove the temporary HOME afterwards.
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" "$@"' \
  "$test_bin" "$@"
