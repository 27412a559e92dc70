#!/usr/bin/env bash
# Full disk and read-only data directory (needs root for tmpfs mounts; skipped with a message otherwise). A copy of
# the built distribution (ports 20281/20201/11093/44442) boots once to create its database, which then moves onto a
# tmpfs with 40 MB free; the storage guard keeps a reserve of 20 MB (etc/no.planverk.storage.cfg). Measures are written
# until writes are refused: every refusal must be the guard's clear 503 (no 500), Derby must never meet the full disk
# (no "No space left" in the log), writes work again once space is freed without a restart, and after a restart every
# acknowledged write is there. Then Planverk starts on the tmpfs made read-only: writes must say so clearly. Reads are
# refused too since the data source has a connection pool (HikariCP sets every new connection read-write, which Derby
# refuses on a read-only database): the answer names the directory to make writable. Prints a table; exits non-zero on a lost write, an unclear answer, Derby meeting the full disk
# or a database that does not come back. Five in a row: for i in 1 2 3 4 5; do bench/disk.sh || break; done
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then echo "bench/disk.sh needs root (tmpfs mounts); skipped"; exit 0; fi
. bench/lib.sh
unpack disk 20281 20201 11093 44442
db="$home/data/derby"
reserve=20
sed -i "s/^minFreeMb *=.*/minFreeMb = $reserve/" "$home/etc/no.planverk.storage.cfg"
cleanup() {
  "$home/bin/stop" >/dev/null 2>&1 || true; sleep 2; pkill -9 -f "karaf.home=$home" 2>/dev/null || true
  mountpoint -q "$db" && umount "$db" || true
  cp "$home/data/log/karaf.log" /tmp/planverk-disk-karaf.log 2>/dev/null || true
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

filler=$(head -c 3900 /dev/zero | tr '\0' 'x')
write() { # number -> status; the body goes to $work/last
  curl -s -o "$work/last" -w '%{http_code}' -u planlegg:planlegg -H 'Content-Type: application/json' -X POST \
    --data "{\"planName\":\"Diskprøve\",\"number\":\"$1\",\"title\":\"Diskprøve $1\",\"description\":\"$filler\",\"unitIds\":[]}" \
    "$base/measures" || echo 000
}

start
stop
used=$(du -sm "$db" | cut -f1)
mv "$db" "$work/derby-first"
mkdir "$db"
mount -t tmpfs -o size=$((used + reserve + 20))m tmpfs "$db"
cp -a "$work/derby-first/." "$db/"
start
: > "$work/acked"
refused=0 unclear=0 i=0 first_refusal=""
while [ "$refused" -lt 20 ] && [ "$i" -lt 20000 ]; do
  i=$((i + 1))
  code=$(write "D-$i")
  if [ "$code" = 201 ]; then
    echo "D-$i" >> "$work/acked"
  else
    refused=$((refused + 1))
    [ -n "$first_refusal" ] || first_refusal="$code $(head -c 300 "$work/last")"
    { [ "$code" = 503 ] && grep -q "nearly full" "$work/last"; } || unclear=$((unclear + 1))
  fi
done
health_full=$(curl -s "$base/health" | head -c 300)
acked=$(wc -l < "$work/acked")
mount -o remount,size=$((used + 300))m "$db"
after_space=$(write "D-after-space")
[ "$after_space" = 201 ] && echo "D-after-space" >> "$work/acked" && acked=$((acked + 1))
derby_full=$(grep -c "No space left on device\|XSDG1\|XSLA\|Recovery failed" "$home/data/log/karaf.log" || true)
stop
start
measures="" offset=0
while :; do # the API gives at most 1000 measures a page
  page=$(curl -s -u planlegg:planlegg "$base/measures?q=D-&limit=1000&offset=$offset")
  measures+="$page"
  grep -q '"number":"D-' <<< "$page" || break
  offset=$((offset + 1000))
done
lost=0
while read -r n; do grep -q "\"number\":\"$n\"" <<< "$measures" || lost=$((lost + 1)); done < "$work/acked"
after_restart=$(write "D-after-restart")

# a read-only data directory: Linux refuses to make a mount read-only while Derby has its files open for writing,
# so Planverk is stopped first and started on the read-only directory
stop
mount -o remount,ro "$db"
"$home/bin/start"
ro_health=""
for _ in $(seq 1 120); do
  ro_health=$(curl -s "$base/health" 2>/dev/null || true)
  grep -q '"database"' <<< "$ro_health" && curl -sf -u lesar:lesar "$base/measures?limit=1" -o /dev/null 2>/dev/null && break
  sleep 1
done
ro_health=$(curl -s "$base/health" | head -c 400)
ro_write=$(write "D-read-only")
ro_body=$(head -c 300 "$work/last")
ro_read=$(curl -s -o /dev/null -w '%{http_code}' -u lesar:lesar "$base/measures?limit=5")
stop
mount -o remount,rw "$db"

echo "| figure | value |"
echo "|---|---|"
echo "| database on a tmpfs with $((reserve + 20)) MB free, reserve $reserve MB: measures written before writes were refused | $acked |"
echo "| first refused write (status, body) | ${first_refusal//|/\\|} |"
echo "| refused writes that were not the guard's 503 | $unclear of $refused |"
echo "| Derby errors about a full disk in the log (No space left, XSDG1, XSLA*, Recovery failed) | $derby_full |"
echo "| health with a full disk | ${health_full//|/\\|} |"
echo "| a write after space was freed, without a restart | $after_space |"
echo "| acknowledged writes missing after the restart | $lost of $acked |"
echo "| a write after the restart | $after_restart |"
echo "| health when started on a read-only data directory | ${ro_health//|/\\|} |"
echo "| a write with the data directory read-only (status, body) | $ro_write ${ro_body//|/\\|} |"
echo "| a read with the data directory read-only | $ro_read |"
[ "$lost" -eq 0 ] && [ "$unclear" -eq 0 ] && [ "$derby_full" -eq 0 ] && [ "$after_space" = 201 ] && [ "$after_restart" = 201 ]
