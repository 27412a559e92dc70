#!/usr/bin/env bash
# Fault test: kill -9 during writes, then restart. Runs its own copy of the built distribution in a temp folder
# (ports 19181/19101/11097/44447, so a running Planverk is not disturbed). Two writers (forecast inputs and
# measures, two persistence units) post as fast as they can; after a few seconds the JVM is killed with -9.
# After a restart every write that was acknowledged (HTTP 201) must be there, and the database must answer.
# Prints a table; exits non-zero when an acknowledged write is lost. Build first (mvn install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls features/distribution/target/planverk-distribution-*.tar.gz | head -1)
work=$(mktemp -d /tmp/planverk-faults.XXXX)
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/planverk-distribution-*)
port=19181
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.apache.felix.http.cfg"
sed -i 's/^sshPort *=.*/sshPort = 19101/' "$home/etc/org.apache.karaf.shell.cfg"
sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11097/; s/^rmiServerPort *=.*/rmiServerPort = 44447/' "$home/etc/org.apache.karaf.management.cfg"
export CHECK_ROOT_INSTANCE_RUNNING=false
base="http://localhost:$port/api/v1"
auth=(-u planlegg:planlegg)

start() {
  "$home/bin/start"
  for _ in $(seq 1 180); do
    curl -sf "$base/health" 2>/dev/null | grep -q '"UP"' && curl -sf "${auth[@]}" "$base/forecasts/inputs" >/dev/null 2>&1 \
      && curl -sf "${auth[@]}" "$base/measures?limit=1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "Planverk did not come up; see $home/data/log/karaf.log" >&2
  exit 1
}

writer_inputs() {
  local i=0
  while true; do
    i=$((i + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -X POST --data-binary $'service,fte_per_user,cost_per_user\nheimetenester,0.4,450000\n' \
      "$base/forecasts/inputs?kind=costs&name=crash-$i" || true)
    [ "$code" = "201" ] && echo "crash-$i" >> "$work/acked-inputs"
  done
}

writer_measures() {
  local i=0
  while true; do
    i=$((i + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' -X POST \
      --data "{\"planName\":\"Krasjprøve\",\"number\":\"K-$i\",\"title\":\"Skriving før kill -9 nr. $i\",\"unitIds\":[]}" "$base/measures" || true)
    [ "$code" = "201" ] && echo "K-$i" >> "$work/acked-measures"
  done
}

start
touch "$work/acked-inputs" "$work/acked-measures"
writer_inputs & w1=$!
writer_measures & w2=$!
sleep "${FAULT_SECONDS:-8}"
pid=$(pgrep -f "karaf.home=$home" | head -1)
kill -9 "$pid"
kill "$w1" "$w2" 2>/dev/null || true
wait "$w1" "$w2" 2>/dev/null || true
acked_inputs=$(wc -l < "$work/acked-inputs")
acked_measures=$(wc -l < "$work/acked-measures")

restart_ms_start=$(date +%s%N)
start
restart_ms=$(( ($(date +%s%N) - restart_ms_start) / 1000000 ))
inputs=$(curl -s "${auth[@]}" "$base/forecasts/inputs?kind=costs")
measures=$(curl -s "${auth[@]}" "$base/measures?q=kill&limit=100000")
lost=0
while read -r name; do
  grep -q "\"name\":\"$name\"" <<< "$inputs" || { echo "lost input $name" >&2; lost=$((lost + 1)); }
done < "$work/acked-inputs"
while read -r number; do
  grep -q "\"number\":\"$number\"" <<< "$measures" || { echo "lost measure $number" >&2; lost=$((lost + 1)); }
done < "$work/acked-measures"
health=$(curl -s "$base/health")
"$home/bin/stop" >/dev/null 2>&1 || true
sleep 3
pkill -9 -f "karaf.home=$home" 2>/dev/null || true

echo "| figure | value | unit |"
echo "|---|---|---|"
echo "| kill -9 during writes: forecast inputs acknowledged (201) before the kill | $acked_inputs | writes |"
echo "| kill -9 during writes: measures acknowledged (201) before the kill | $acked_measures | writes |"
echo "| acknowledged writes missing after restart | $lost | writes |"
echo "| restart after kill -9 to healthy with modules | $restart_ms | ms |"
echo "| health after restart | $(grep -o '"status":"[A-Z]*"' <<< "$health" | head -1) | |"
rm -rf "$work"
[ "$lost" -eq 0 ]
