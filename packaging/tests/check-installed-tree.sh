#!/usr/bin/env bash
# Shared by test-deb.sh and test-rpm.sh: checks an unpacked package root (ROOT) has every installed
# file, then runs the installed binaries against the installed data (not the build tree's):
# matchdesk-cli --version names the HPO release, and matchdesk-node imports the installed cases.
# Usage: check-installed-tree.sh ROOT WORKDIR
set -euo pipefail
root=$1
work=$2
for f in usr/bin/matchdesk usr/bin/matchdesk-cli usr/bin/matchdesk-node \
         usr/share/applications/org.matchdesk.MatchDesk.desktop \
         usr/share/metainfo/org.matchdesk.MatchDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.matchdesk.MatchDesk.svg \
         usr/share/matchdesk/data/hpo/hp.obo.gz usr/share/matchdesk/data/hpo/SOURCE.txt \
         usr/share/matchdesk/data/genes/SOURCE.txt usr/share/matchdesk/data/phenopackets/SOURCE.txt \
         usr/lib/systemd/system/matchdesk-node.service usr/lib/systemd/user/matchdesk-alerts.service \
         usr/lib/systemd/user/matchdesk-alerts.timer; do
    [[ -e "$root/$f" ]] || { echo "package lacks /$f"; exit 1; }
done

unset MATCHDESK_DATA_DIR
version=$("$root/usr/bin/matchdesk-cli" --version)
echo "$version"
grep -q "HPO release 2026-02-16" <<<"$version" || { echo "installed matchdesk-cli does not name the HPO release"; exit 1; }
"$root/usr/bin/matchdesk-node" --version | grep -q "matchdesk-node"
db="$work/node.sqlite"
"$root/usr/bin/matchdesk-node" import --db "$db" "$root/usr/share/matchdesk/data/phenopackets/dev.jsonl.gz" \
    >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
grep -q "the node holds 7920" "$work/import.log" || { cat "$work/import.log"; exit 1; }
