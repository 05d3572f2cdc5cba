#!/usr/bin/env bash
# Builds the Debian package of both programs (dropbox-team-connector_<version>_<arch>.deb in the
# build folder) and checks it: the desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate, offline) and the whole package (lintian: no errors; the warnings that
# stay are listed in the README with why).
#
#   scripts/package.sh       reuses build/ (BUILD_DIR) as scripts/test.sh left it: nearly free after it
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --package
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
# Only what the package holds (after scripts/test.sh: nothing left to do).
cmake --build "$BUILD_DIR" -j "$(nproc)" --target dropbox-connector-cli dropbox-connector dbx_docs dbx_changelog
rm -f "$BUILD_DIR"/dropbox-team-connector_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD_DIR"/dropbox-team-connector_*.deb)
echo "package: $deb"

desktop-file-validate resources/dropbox-connector.desktop
# The id stays "dropbox-connector" (the desktop file, the window class): not reverse-DNS, as
# AppStream prefers, while the project owns no domain to name it by (README).
appstreamcli validate --no-net --override=cid-desktopapp-is-not-rdns=info "$BUILD_DIR/share/dropbox-connector.metainfo.xml"
# --fail-on error: errors fail the build; warnings are printed (README: "Installing the package").
set +e
lintian --fail-on error --tag-display-limit 0 "$deb" >"$BUILD_DIR/lintian.txt" 2>&1
lintian_rc=$?
set -e
grep -v "running with root privileges" "$BUILD_DIR/lintian.txt" || true
[ "$lintian_rc" -eq 0 ] || { echo "package: lintian found errors (above)" >&2; exit 1; }
echo "package: checks passed"
