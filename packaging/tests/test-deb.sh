#!/usr/bin/env bash
# Builds the DEB from a configured build tree, unpacks it into a throw-away root and runs the
# installed binaries against the installed data (check-installed-tree.sh).
# Usage: test-deb.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/matchdesk_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Metadata: dependencies are Debian package names computed from the binaries.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libsqlite3-0 libhts3 libcurl3-gnutls; do
    grep -q "$lib" <<<"$depends" || { echo "missing dependency $lib"; exit 1; }
done
root="$work/root"
dpkg -x "$deb" "$root"
"$here/check-installed-tree.sh" "$root" "$work"
echo "deb install test passed"
