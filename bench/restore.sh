#!/usr/bin/env bash
# Backup and restore, end to end on a copy of the built distribution (ports 20181/20101/11094/44444+0, so a running
# Planverk is not disturbed): measure A is written, an admin takes an online backup (POST /api/v1/admin/backup) and
# downloads the export of all data (GET /api/v1/admin/export); measure B is written after the backup. Planverk is
# stopped, data/derby/planverk replaced with the backup's copy, and started again: A must be there and B must not.
# Prints a table; exits non-zero when the restore is not exact. Build first (mvn install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls features/distribution/target/planverk-distribution-*.tar.gz | head -1)
work=$(mktemp -d /tmp/planverk-restore.XXXX)
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/planverk-distribution-*)
port=20181
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.apache.felix.http.cfg"
sed -i 's/^sshPort *=.*/sshPort = 20101/' "$home/etc/org.apache.karaf.shell.cfg"
sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11094/; s/^rmiServerPort *=.*/rmiServerPort = 44443/' "$home/etc/org.apache.karaf.management.cfg"
export CHECK_ROOT_INSTANCE_RUNNING=false
base="http://localhost:$port/api/v1"
trap '"$home/bin/stop" >/dev/null 2>&1 || true; sleep 2; pkill -9 -f "karaf.home=$home" 2>/dev/null || true; rm -rf "$work"' EXIT

start() {
  "$home/bin/start"
  for _ in $(seq 1 180); do
    curl -sf "$base/health" 2>/dev/null | grep -q '"UP"' && curl -sf -u planlegg:planlegg "$base/measures?limit=1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "Planverk did not come up; see $home/data/log/karaf.log" >&2
  exit 1
}

stop() {
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pgrep -f "karaf.home=$home" >/dev/null || return 0; sleep 1; done
  echo "Planverk did not stop" >&2
  exit 1
}

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
