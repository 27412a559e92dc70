#!/usr/bin/env bash
# Backup and restore, end to end on a copy of the built distribution (ports 20181/20101/11094/44443, so a running
# Planverk is not disturbed): measure A is written, an admin takes an online backup (POST /api/v1/admin/backup) and
# downloads the export of all data (GET /api/v1/admin/export); measure B is written after the backup. Planverk is
# stopped, data/derby/planverk replaced with the backup's copy, and started again: A must be there and B must not.
# Prints a table; exits non-zero when the restore is not exact. Build first (mvn install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
unpack restore 20181 20101 11094 44443
trap '"$home/bin/stop" >/dev/null 2>&1 || true; sleep 2; pkill -9 -f "karaf.home=$home" 2>/dev/null || true; rm -rf "$work"' EXIT

measure() { # number
  curl -sf -u planlegg:planlegg -H 'Content-Type: application/json' -X POST \
    --data "{\"planName\":\"Attoppretting\",\"number\":\"$1\",\"title\":\"Prøve $1\",\"unitIds\":[]}" "$base/measures" >/dev/null
}

has() { # number -> yes/no
  curl -s -u planlegg:planlegg "$base/measures?q=$1" | grep -q "\"number\":\"$1\"" && echo yes || echo no
}

start
measure R-A
t0=$(date +%s%N)
folder=$(curl -sf -u admin:admin -X POST "$base/admin/backup" | grep -o '"folder":"[^"]*"' | cut -d'"' -f4)
backup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
t0=$(date +%s%N)
curl -sf -u admin:admin "$base/admin/export" -o "$work/export.json"
export_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
export_kb=$(( $(stat -c %s "$work/export.json") / 1024 ))
grep -q '"R-A"' "$work/export.json" || { echo "measure R-A is not in the export" >&2; exit 1; }
measure R-B
before="A $(has R-A), B $(has R-B)"
stop
rm -rf "$home/data/derby/planverk"
cp -r "$folder/planverk" "$home/data/derby/planverk"
t0=$(date +%s%N)
start
restart_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
after="A $(has R-A), B $(has R-B)"
stop

echo "| figure | value | unit |"
echo "|---|---|---|"
echo "| online backup (POST /api/v1/admin/backup), demo data | $backup_ms | ms |"
echo "| export of all data (GET /api/v1/admin/export) | $export_ms | ms |"
echo "| size of the export | $export_kb | KiB |"
echo "| measures before the restore (A before the backup, B after) | $before | |"
echo "| measures after the restore | $after | |"
echo "| start on the restored database to healthy | $restart_ms | ms |"
[ "$after" = "A yes, B no" ]
