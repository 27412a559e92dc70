#!/usr/bin/env bash
# Boot time and memory per profile, and the time from feature:install to a menu entry. For each profile (bergen,
# alver, all) a fresh copy of the built distribution boots with PLANVERK_PROFILE and the demo data; boot time is from
# bin/start until the API is UP, the login page answers and /api/v1/modules lists every module of the profile. Memory:
# the JVM's resident set (RSS) and the heap in use after a full GC (jcmd), once booted and after one page view per module
# (UI sessions cost memory: see ui-sessions.sh). Then, on Bergen, `feature:install planverk-volunteers` through
# bin/client, timed until the volunteers entry shows in an admin's menu (bench/menu-wait.js, headless Chromium).
# Ports 20081/20001/11095/44445, so a running Planverk is not disturbed. Build first (mvn install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls features/distribution/target/planverk-distribution-*.tar.gz | head -1)
[ -d bench/node_modules/playwright-core ] || (cd bench && npm install --silent --no-save playwright-core@1.48.2 >/dev/null)
port=20081
base="http://localhost:$port"
export CHECK_ROOT_INSTANCE_RUNNING=false
declare -A MODULES=([bergen]="competence forecasting measures plans platform"
  [alver]="competence forecasting measures plans platform volunteers"
  [all]="competence forecasting measures plans platform volunteers")
rows=()
work=""
home=""
cleanup() {
  if [ -n "$home" ]; then "$home/bin/stop" >/dev/null 2>&1 || true; sleep 3; pkill -9 -f "karaf.home=$home" 2>/dev/null || true; fi
  if [ -n "$work" ]; then rm -rf "$work" || true; fi
  return 0
}
trap cleanup EXIT

unpack() {
  work=$(mktemp -d /tmp/planverk-profiles.XXXX)
  tar xzf "$archive" -C "$work"
  home=$(ls -d "$work"/planverk-distribution-*)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.apache.felix.http.cfg"
  sed -i 's/^sshPort *=.*/sshPort = 20001/' "$home/etc/org.apache.karaf.shell.cfg"
  sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11095/; s/^rmiServerPort *=.*/rmiServerPort = 44445/' "$home/etc/org.apache.karaf.management.cfg"
}

modules() { curl -s -u lesar:lesar "$base/api/v1/modules" | grep -o '"id":"[a-z]*"' | cut -d'"' -f4 | sort | tr '\n' ' ' | sed 's/ $//'; }

boot() {
  local profile=$1 t0
  t0=$(date +%s.%N)
  PLANVERK_PROFILE=$profile "$home/bin/start"
  for _ in $(seq 1 600); do
    if curl -sf "$base/api/v1/health" 2>/dev/null | grep -q '"UP"' && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login")" = 200 ] \
        && [ "$(modules)" = "${MODULES[$profile]}" ]; then
      awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { print a - b }'
      return 0
    fi
    sleep 0.2
  done
  echo "profile $profile did not come up with ${MODULES[$profile]} (has: $(modules)); see $home/data/log/karaf.log" >&2
  exit 1
}

memory() { # RSS MB and heap used after a full GC, MB
  local pid rss heap
  pid=$(pgrep -f "karaf.home=$home" | head -1)
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  jcmd "$pid" GC.run >/dev/null
  heap=$(jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  echo "$rss $((heap / 1024))"
}

for profile in bergen alver all; do
  unpack
  seconds=$(boot "$profile")
  read -r rss heap < <(memory)
  routes=""
  for m in ${MODULES[$profile]}; do [ "$m" = platform ] || routes="$routes $m"; done
  mkdir -p "$work/shots"
  WAIT=1500 node bench/shots.js "$base" admin "$work/shots" "" $routes >/dev/null
  read -r rss2 heap2 < <(memory)
  rows+=("| $profile | ${MODULES[$profile]} | $(printf '%.1f' "$seconds") s | $rss MB | $heap MB | $rss2 MB | $heap2 MB |")
  if [ "$profile" = bergen ]; then
    read -r cmd visible < <(node bench/menu-wait.js "$base" admin /volunteers \
      "printf 'feature:install planverk-volunteers\n' | $home/bin/client -a 20001 -u admin -p admin -b")
    install_row="| bergen + planverk-volunteers | feature:install returned after $cmd s; the volunteers menu entry was visible after $visible s |"
  fi
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pgrep -f "karaf.home=$home" >/dev/null || break; sleep 1; done
  rm -rf "$work"
  work=""
  home=""
done

echo "| profile | modules | boot to UI with every module | RSS booted | heap after GC booted | RSS after a page per module | heap after GC then |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "| runtime install | time |"
echo "|---|---|"
echo "$install_row"
