#!/usr/bin/env bash
# The public portal under load (issue 19 §5): PORTAL_CLIENTS (200) concurrent anonymous clients on loopback fetch a
# public plan page for PORTAL_SECONDS (60) against their own copy of the built distribution (port 19481, so a running
# Planverk is not disturbed), then the same page revalidated with its ETag; once as a closed loop (no pause: the
# server's saturation on this machine) and once with readers who pause PORTAL_THINK_MS (1000) after each page. Prints p50/p95/p99, throughput, the
# Set-Cookie headers seen and the open UI sessions before and after (none may be created). Build first.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
port=19481
unpack portal $port 19502 11296 44648
trap stop EXIT
start
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/api/v1/public/plans" 2>/dev/null | grep -q '"id"' && break
  sleep 1
done
curl -s -D - -o /dev/null "http://localhost:$port/public/" | grep -i "^set-cookie" && echo "the portal set a cookie" >&2 || true
# a closed loop (every client asks again at once: the server's saturation), then readers pausing PORTAL_THINK_MS (1000)
java bench/load/PortalLoad.java "http://localhost:$port" "${PORTAL_CLIENTS:-200}" "${PORTAL_SECONDS:-60}" admin:admin 0
java bench/load/PortalLoad.java "http://localhost:$port" "${PORTAL_CLIENTS:-200}" "${PORTAL_SECONDS:-60}" admin:admin "${PORTAL_THINK_MS:-1000}"
pid=$(pgrep -f "karaf.home=$home" | head -1)
echo "| server after the load: resident memory | $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MiB | | | | |"
