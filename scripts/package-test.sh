#!/usr/bin/env bash
# The packaging test (CI, after the test suite): builds and checks the package (scripts/package.sh),
# installs it as a user would (apt-get install ./dropbox-team-connector_*.deb), runs the installed
# programs (a demo sync into a temporary folder, the desktop program offscreen), checks the man
# pages and the bash completion, then removes the package again.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
bash scripts/package.sh

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
tmp=$(mktemp -d)
cleanup() {
  $SUDO apt-get remove -y -qq dropbox-team-connector >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$BUILD_DIR" && $SUDO apt-get install -y -qq ./dropbox-team-connector_*.deb >/dev/null)
dpkg-query -W -f='installed: ${Package} ${Version}\n  Depends: ${Depends}\n' dropbox-team-connector

# A private home: nothing of this machine's user settings or databases is read or written.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_RUNTIME_DIR="$tmp/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset "${!BATON_@}"

fail() { echo "package-test: $*" >&2; exit 1; }
cli=/usr/bin/dropbox-connector-cli gui=/usr/bin/dropbox-connector
[ -x "$cli" ] && [ -x "$gui" ] || fail "the programs are not in /usr/bin"

"$cli" sync --demo --db "$tmp/demo.sqlite"
[ -s "$tmp/demo.sqlite" ] || fail "the installed CLI's demo sync wrote no database"
# Under pipefail, "producer | grep -q" fails at random: grep stops at its first match and the
# producer, still writing, dies of SIGPIPE. Each output is therefore read whole before it is searched.
has() { grep -q -- "$2" <<<"$1"; }
has "$("$cli" runs --db "$tmp/demo.sqlite")" complete || fail "the demo sync's run is not complete"
has "$("$gui" --version)" "^dropbox-connector " || fail "dropbox-connector --version"
# The window itself, from the installed files (platform plugin, SQLite driver): it must still be
# running after a few seconds (exit 124 from timeout), not have crashed or refused to start.
set +e
timeout 8 "$gui" --demo --db "$tmp/gui.sqlite" >"$tmp/gui.log" 2>&1
rc=$?
set -e
[ "$rc" -eq 124 ] || { cat "$tmp/gui.log" >&2; fail "dropbox-connector --demo ended with $rc before it was stopped"; }

for page in dropbox-connector dropbox-connector-cli; do
  f=/usr/share/man/man1/$page.1.gz
  [ -s "$f" ] || fail "no man page $f"
  has "$(zcat "$f")" '^\.TH' || fail "$f is not a man page"
done
has "$(zcat /usr/share/man/man1/dropbox-connector-cli.1.gz)" '^\.SS "sync"' || fail "the CLI man page has no section for sync"
completion=/usr/share/bash-completion/completions/dropbox-connector-cli
words=$(bash -c "source $completion; COMP_WORDS=(dropbox-connector-cli sy); COMP_CWORD=1; _dropbox_connector_cli; echo \${COMPREPLY[*]}")
[ "$words" = "sync" ] || fail "bash completion of 'sy' gave '$words'"
for f in /usr/share/applications/dropbox-connector.desktop /usr/share/metainfo/dropbox-connector.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/dropbox-connector.svg /usr/share/icons/hicolor/48x48/apps/dropbox-connector.png \
  /usr/share/doc/dropbox-team-connector/copyright; do
  [ -s "$f" ] || fail "missing $f"
done
echo "package-test: installed, ran and removed dropbox-team-connector: passed"
