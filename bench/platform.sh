#!/usr/bin/env bash
# Boot benchmark of the built distribution (build first: ./run or mvn install -DskipTests).
# Prints: cold start (empty data/) to the first UI page, resident memory and heap after boot.
set -euo pipefail
cd "$(dirname "$0")/.."
home=features/distribution/target/assembly
port=$(sed -n 's/^org.osgi.service.http.port *= *//p' "$home/etc/org.apache.felix.http.cfg")
"$home/bin/stop" >/dev/null 2>&1 || true
sleep 2
rm -rf "$home/data"
start=$(date +%s%N)
"$home/bin/start"
for _ in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)
  [ "$code" = "200" ] && break
  sleep 0.1
done
boot_ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 5
pid=$(pgrep -f "karaf.home=$(cd "$home" && pwd)" | head -1)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1)
echo "| figure | value | unit |"
echo "|---|---|---|"
echo "| cold start to first UI page (HTTP 200 /login) | $boot_ms | ms |"
echo "| resident memory 5 s after boot | $((rss_kb / 1024)) | MiB |"
echo "| heap in use 5 s after boot | $(( ${heap:-0} / 1024 )) | MiB |"
"$home/bin/stop" >/dev/null 2>&1 || true
