#!/usr/bin/env bash
# Load test of the HTTP API: LOAD_USERS (50) users for LOAD_SECONDS (300) against its own copy of the built
# distribution (port 19281, so a running Planverk is not disturbed), loopback only. Each user browses plan and
# measure pages, reads and reports on a measure of its own and runs a forecast every fifth round (bench/load/LoadTest.java).
# Prints p50/p95/p99 per call, throughput, errors, and the server's heap and RSS at the end. Build first.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls features/distribution/target/planverk-distribution-*.tar.gz | head -1)
work=$(mktemp -d /tmp/planverk-load.XXXX)
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/planverk-distribution-*)
port=19281
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.apache.felix.http.cfg"
sed -i 's/^sshPort *=.*/sshPort = 19102/' "$home/etc/org.apache.karaf.shell.cfg"
sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11096/; s/^rmiServerPort *=.*/rmiServerPort = 44448/' "$home/etc/org.apache.karaf.management.cfg"
export CHECK_ROOT_INSTANCE_RUNNING=false
"$home/bin/start"
# every installed module ready (its bundles active, its services and endpoints registered), and the demo's saved runs
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$port/api/v1/health/ready" >/dev/null 2>&1 \
    && curl -sf -u planlegg:planlegg "http://localhost:$port/api/v1/forecasts/runs" 2>/dev/null | grep -q "Alver" && break
  sleep 1
done
java bench/load/LoadTest.java "http://localhost:$port" "${LOAD_USERS:-50}" "${LOAD_SECONDS:-300}"
pid=$(pgrep -f "karaf.home=$home" | head -1)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1)
echo "| server after the load: resident memory · heap in use | $((rss_kb / 1024)) MiB · $(( ${heap:-0} / 1024 )) MiB | | | | |"
"$home/bin/stop" >/dev/null 2>&1 || true
sleep 3
pkill -9 -f "karaf.home=$home" 2>/dev/null || true
rm -rf "$work"
