#!/usr/bin/env bash
# Side by side: bench/compare.sh A B
# A and B are commits (built here, once, into /tmp/planverk-compare) or distribution tarballs. The same benchmarks run on
# both in one go, alternating A B A B ..., each on a fresh copy of its distribution (ports 19881/19801/11181/44481);
# the table gives each figure's median over the rounds for A and B and the ratio B/A. The machine is shared and noisy:
# only ratios from one run count.
#   boot:   first start (empty data/) to a usable login page (its form open) and to the plan list with Bergen's demo
#           plans, logged in (bench/boot-wait.js, headless Chromium); resident memory and heap after a full GC 20 s later;
#           restart on the same data/ to a usable login page.
#   load:   bench/load/LoadTest.java, LOAD_USERS (50) users for LOAD_SECONDS (300), started when every installed
#           module is ready (/api/v1/health/ready); p50/p95/p99 per call, errors; resident memory after the load.
# ROUNDS (1) rounds; BENCH="boot load" picks the benchmarks. Needs root only for nothing; Debian chromium and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/compare.sh A B (commits or distribution tarballs)" >&2; exit 2; }
root=/tmp/planverk-compare
mkdir -p "$root"
rounds=${ROUNDS:-1}
bench=${BENCH:-boot load}
[ -d bench/node_modules/playwright-core ] || (cd bench && npm install --silent --no-save playwright-core@1.48.2 >/dev/null)
export CHECK_ROOT_INSTANCE_RUNNING=false

# tarball A-or-B -> path of its distribution tarball (a commit is built once, in a worktree with its own Maven repository
# so the build does not replace the snapshots in ~/.m2)
tarball() {
  if [ -f "$1" ]; then echo "$1"; return; fi
  local sha out src
  sha=$(git rev-parse --short "$1")
  out="$root/$sha.tar.gz"
  if [ ! -f "$out" ]; then
    src="$root/src-$sha"
    [ -d "$src" ] || git worktree add -f --detach "$src" "$sha" >/dev/null 2>&1
    if [ ! -d "$root/m2" ]; then
      mkdir -p "$root/m2" && (cd ~/.m2/repository && tar cf - --exclude=./no/planverk .) | (cd "$root/m2" && tar xf -)
    fi
    echo "building $sha (offline, its own Maven repository) ..." >&2
    (cd "$src" && mvn -B -o -q install -DskipTests -Dinvoker.skip=true -Dplanverk.sbom.skip=true -Dmaven.repo.local="$root/m2" >&2)
    cp "$src"/features/distribution/target/planverk-distribution-*.tar.gz "$out"
  fi
  echo "$out"
}

port=19881
base="http://localhost:$port"
unpack_copy() { # tarball -> sets work, home
  work=$(mktemp -d "$root/run.XXXX")
  tar xzf "$1" -C "$work"
  home=$(ls -d "$work"/planverk-distribution-*)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.apache.felix.http.cfg"
  sed -i 's/^sshPort *=.*/sshPort = 19801/' "$home/etc/org.apache.karaf.shell.cfg"
  sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11181/; s/^rmiServerPort *=.*/rmiServerPort = 44481/' "$home/etc/org.apache.karaf.management.cfg"
}
pid_of() { pgrep -f "karaf.home=$home" | head -1; }
stop_copy() {
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pgrep -f "karaf.home=$home" >/dev/null || break; sleep 1; done
  pkill -9 -f "karaf.home=$home" 2>/dev/null || true
}
ready() { # every installed module ready (older builds without /health/ready: health UP and the measures API answers)
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/health/ready" || true)
  if [ "$code" = 404 ]; then
    curl -sf "$base/api/v1/health" | grep -q '"UP"' && curl -sf -u planlegg:planlegg "$base/api/v1/measures?limit=1" >/dev/null
  else
    [ "$code" = 200 ]
  fi
}
await_ready() {
  for _ in $(seq 1 300); do ready 2>/dev/null && return 0; sleep 1; done
  echo "not ready after 300 s; see $home/data/log/karaf.log" >&2
  return 1
}
memory() { # figure-prefix -> "prefix rss MiB" and "prefix heap MiB" (heap after a full GC)
  local pid
  pid=$(pid_of)
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  sleep 1
  echo "$1, resident memory (MiB)|$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))"
  echo "$1, heap in use after GC (MiB)|$(( $(jcmd "$pid" GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1) / 1024 ))"
}

boot() { # tarball -> figure|value lines
  unpack_copy "$1"
  local t0 times
  t0=$(date +%s%3N)
  "$home/bin/start"
  times=$(node bench/boot-wait.js "$base" "$t0")
  echo "first start to a usable login page (ms)|${times% *}"
  echo "first start to the plan list with data, logged in (ms)|${times#* }"
  await_ready
  sleep 20
  memory "after boot"
  stop_copy
  t0=$(date +%s%3N)
  "$home/bin/start"
  echo "restart on the same data to a usable login page (ms)|$(node bench/boot-wait.js "$base" "$t0" login)"
  stop_copy
  rm -rf "$work"
}

load() { # tarball -> figure|value lines
  unpack_copy "$1"
  "$home/bin/start"
  await_ready
  for _ in $(seq 1 300); do # the load uses the demo's forecast inputs, which may still be loading
    curl -sf -u planlegg:planlegg "$base/api/v1/forecasts/runs" 2>/dev/null | grep -q "Alver" && break
    sleep 1
  done
  sleep 5
  java bench/load/LoadTest.java "$base" "${LOAD_USERS:-50}" "${LOAD_SECONDS:-300}" | tee -a /dev/stderr \
    | awk -F'|' '/^\| [A-Za-z]/ && $2 !~ /^ *call *$/ && $2 !~ /setup/ {
        gsub(/^ +| +$/, "", $2); sub(/, [0-9]+ users, [0-9]+ s/, "", $2)
        printf "%s p50 (ms)|%s\n%s p95 (ms)|%s\n%s p99 (ms)|%s\n%s errors|%s\n", $2, $4+0, $2, $5+0, $2, $6+0, $2, $7+0
        if ($2 ~ /^all calls/) { split($3, c, "[(/]"); printf "all calls, throughput (calls/s)|%s\n", c[2]+0 } }'
  memory "after the load"
  stop_copy
  rm -rf "$work"
}

cleanup() { # a benchmark that fails leaves no Planverk running
  if [ -n "${home:-}" ] && [ -d "$home" ]; then stop_copy; rm -rf "$work"; fi
  return 0
}
trap cleanup EXIT

a=$(tarball "$1")
b=$(tarball "$2")
results="$root/results.$(date +%s)"
mkdir -p "$results"
for r in $(seq 1 "$rounds"); do
  for which in A B; do
    t=$a; [ "$which" = B ] && t=$b
    for x in $bench; do
      echo "round $r, $which, $x ..." >&2
      "$x" "$t" >> "$results/$which"
    done
  done
done
echo "| figure (median of $rounds) | A: $1 | B: $2 | B/A |"
echo "|---|---|---|---|"
python3 - "$results" <<'PY'
import sys, statistics, collections
d = sys.argv[1]
vals = {w: collections.OrderedDict() for w in 'AB'}
for w in 'AB':
    for line in open(f'{d}/{w}'):
        k, v = line.rstrip('\n').rsplit('|', 1)
        vals[w].setdefault(k, []).append(float(v))
for k in list(vals['A']) + [k for k in vals['B'] if k not in vals['A']]:
    a = statistics.median(vals['A'][k]) if k in vals['A'] else None
    b = statistics.median(vals['B'][k]) if k in vals['B'] else None
    ratio = f'{b / a:.2f}' if a and b is not None else ''
    fmt = lambda x: '' if x is None else (f'{x:.0f}' if abs(x) >= 100 or x == int(x) else f'{x:.1f}')
    print(f'| {k} | {fmt(a)} | {fmt(b)} | {ratio} |')
PY
