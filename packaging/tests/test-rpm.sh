#!/usr/bin/env bash
# Builds the RPM from a configured build tree and checks it: the metadata (requirements generated
# from the binaries' shared libraries, licence, the files list owning no system directory), then
# unpacks it into a throw-away root (rpm2cpio | cpio, no root rights needed) and runs the installed
# binaries against the installed data (check-installed-tree.sh).
# Usage: test-rpm.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -G RPM -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
rpm=$(ls "$work"/out/matchdesk-*.rpm)
echo "built $(basename "$rpm") ($(du -h "$rpm" | cut -f1))"

# Requirements: generated from the ELF binaries' NEEDED entries (soname-based, as RPM distributions
# resolve them), so every library the binaries link must appear.
requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
for lib in libQt6Core.so.6 libQt6Widgets.so.6 libQt6Network.so.6 libQt6HttpServer.so.6 libsqlite3.so.0 \
           libhts.so.3 libqt6keychain.so.1; do
    grep -q "^$lib" <<<"$requires" || { echo "missing requirement $lib"; echo "$requires"; exit 1; }
done
echo "Requires: $(grep -c . <<<"$requires") entries"
license=$(rpm -qp --queryformat '%{LICENSE}' "$rpm" 2>/dev/null)
[[ "$license" == *CC-BY-4.0* ]] || { echo "licence tag lacks the HPO licence: $license"; exit 1; }
# The package must not claim directories owned by the filesystem package.
files=$(rpm -qpl "$rpm" 2>/dev/null)
for dir in /usr /usr/bin /usr/share /usr/lib /usr/lib/systemd /usr/share/applications /usr/share/icons \
           /usr/share/metainfo; do
    if grep -qx "$dir" <<<"$files"; then echo "package owns system directory $dir"; exit 1; fi
done

root="$work/root"
mkdir -p "$root"
(cd "$root" && rpm2cpio "$rpm" | cpio -idm --quiet)
"$here/check-installed-tree.sh" "$root" "$work"
echo "rpm install test passed"
