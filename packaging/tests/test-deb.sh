#!/usr/bin/env bash
# Builds the DEB from a configured build tree, unpacks it into a throw-away root and runs the
# installed binaries against the installed data: matchdesk-cli --version, and a node import.
# Usage: test-deb.sh BUILD_DIR
set -euo pipefail
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
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/matchdesk-cli ./usr/bin/matchdesk-node ./usr/share/applications/org.matchdesk.MatchDesk.desktop \
         ./usr/share/metainfo/org.matchdesk.MatchDesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.matchdesk.MatchDesk.svg \
         ./usr/share/matchdesk/data/hpo/hp.obo.gz ./usr/share/matchdesk/data/hpo/SOURCE.txt \
         ./usr/share/matchdesk/data/genes/SOURCE.txt ./usr/share/matchdesk/data/phenopackets/SOURCE.txt \
         ./usr/lib/systemd/system/matchdesk-node.service ./usr/lib/systemd/user/matchdesk-alerts.timer \
         ./usr/bin/matchdesk; do
    grep -qF " $f" <<<"$contents" || { echo "package lacks $f"; exit 1; }
done

root="$work/root"
dpkg -x "$deb" "$root"
# The installed binaries must find the installed data, not the build tree's.
export MATCHDESK_DATA_DIR=
unset MATCHDESK_DATA_DIR
version=$("$root/usr/bin/matchdesk-cli" --version)
echo "$version"
grep -q "HPO release 2026-02-16" <<<"$version"
"$root/usr/bin/matchdesk-node" --version | grep -q "matchdesk-node"
db="$work/node.sqlite"
"$root/usr/bin/matchdesk-node" import --db "$db" "$root/usr/share/matchdesk/data/phenopackets/dev.jsonl.gz" \
    >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
grep -q "the node holds 7920" "$work/import.log" || { cat "$work/import.log"; exit 1; }
echo "deb install test passed"
