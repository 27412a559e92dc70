#!/usr/bin/env bash
# Memory per open UI session: heap in use (after a full GC) with N logged-in browser sessions open,
# minus the heap before, divided by N. Build first (./run or mvn install -DskipTests).
# Usage: bench/ui-sessions.sh [N=20]. Needs chromium (apt-get install chromium) and npm.
# PLANVERK_HOME: the distribution to run (default features/distribution/target/assembly); a copy unpacked elsewhere
# (bench/lib.sh's unpack) keeps its own ports, so the script can run beside an instance on 8181.
#
# Two figures per session: right after the logins, while each browser still holds its HTTP/1.1 keep-alive connections
# (two or so per browser; each held a 96 KiB header cache until JettyHeaderCache turned it off), and after Jetty has
# closed those idle connections (its idle timeout, 60 s, twice: first half-closed, then closed), which is what a
# logged-in session itself holds for as long as it lives.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECK_ROOT_INSTANCE_RUNNING=false
n=${1:-20}
home=${PLANVERK_HOME:-features/distribution/target/assembly}
port=$(sed -n 's/^org.osgi.service.http.port *= *//p' "$home/etc/org.apache.felix.http.cfg")
[ -d bench/node_modules/playwright-core ] || (cd bench && npm install --silent --no-save playwright-core@1.48.2 >/dev/null)
"$home/bin/stop" >/dev/null 2>&1 || true
sleep 2
rm -rf "$home/data"
"$home/bin/start"
# every module up and the demo data loaded (it loads in the background, and would count as session memory otherwise)
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/v1/health/ready" || true)" = 200 ] && break
  sleep 1
done
sleep 60 # the demo documents, consultations and links load on their own threads after that
pid=$(pgrep -f "karaf.home=$(cd "$home" && pwd)" | head -1)
used_kb() { jcmd "$pid" GC.run >/dev/null; sleep 1; jcmd "$pid" GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1; }
# open HTTP/1.1 connections as Jetty holds them (a live class histogram, so after a full GC)
connections() { jcmd "$pid" GC.class_histogram | awk '$4 == "org.eclipse.jetty.server.internal.HttpConnection" {c = $2} END {print c + 0}'; }
idle() { for _ in $(seq 1 30); do [ "$(connections)" = 0 ] && return 0; sleep 10; done; echo "connections still open after 300 s" >&2; }
# one session first, so class loading and Vaadin's caches are not counted per session
exec 3> >(node bench/ui-sessions.js "http://localhost:$port" 1 >/dev/null)
sleep 15
idle
before=$(used_kb)
fifo=$(mktemp -u); mkfifo "$fifo"
node bench/ui-sessions.js "http://localhost:$port" "$n" < "$fifo" > /tmp/ui-sessions.out &
exec 4> "$fifo"
for _ in $(seq 1 600); do grep -q "^open" /tmp/ui-sessions.out 2>/dev/null && break; sleep 1; done
open=$(connections)
after=$(used_kb)
idle
settled=$(used_kb)
echo "| figure | value | unit |"
echo "|---|---|---|"
echo "| heap in use after GC, 1 session open, no open connection | $((before / 1024)) | MiB |"
echo "| heap in use after GC, $((n + 1)) sessions open, right after the logins ($open HTTP connections open) | $((after / 1024)) | MiB |"
echo "| the same after Jetty closed the idle connections | $((settled / 1024)) | MiB |"
echo "| heap per logged-in UI session (home page) with its browser's connections open | $(( (after - before) / n )) | KiB |"
echo "| heap per logged-in UI session (home page), connections closed | $(( (settled - before) / n )) | KiB |"
exec 4>&- 3>&-
rm -f "$fifo"
sleep 2
"$home/bin/stop" >/dev/null 2>&1 || true
