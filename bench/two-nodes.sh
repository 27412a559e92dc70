#!/usr/bin/env bash
# Two Planverk nodes on one PostgreSQL database behind nginx with sticky sessions (issue 9, docs/scale-out.md).
#
# Starts a private PostgreSQL cluster (port 19754), unpacks the built distribution twice (node 1: HTTP 19681,
# SSH 19602, RMI 19603/19604; node 2: HTTP 19781, SSH 19702, RMI 19703/19704), configures both as docs/scale-out.md
# says (PostgreSQL with a pool, no shared EclipseLink cache, JETTY_WORKER_INSTANCE=1/2 so that the session cookie
# names its node, forwarded headers; demo data on node 1 only), boots node 1 and then node 2 with the profile 'all',
# and puts nginx on 127.0.0.1:19880 in front of them. Then it checks:
#   - logins through the proxy (API, HTTP Basic) and that requests without a session use both nodes,
#   - a write on node 1 read on node 2, and a change on node 1 that node 2 sees and can build on (no stale cache),
#   - a Vaadin UI session stays on its node: the page, the init request and UIDL round trips through the proxy all
#     reach the node named in the cookie; the same cookie sent to the other node is an expired session,
#   - in Chromium (when installed): log in through the proxy and navigate; the node with the session is stopped;
#     the next click shows the login page, served by the other node, and the user logs in again,
#   - API requests through the proxy while that node stops (unplanned), its return, and a planned stop (the node is
#     first marked 'down' in nginx and nginx reloaded).
# Prints a table; exits non-zero when a check fails. Cleans everything up (logs are kept when a check fails).
# Skips with a message (exit 0) when PostgreSQL or nginx is not installed. Build first: mvn install -DskipTests.
#
# Sticky sessions: Jetty ends the JSESSIONID cookie with ".node<JETTY_WORKER_INSTANCE>"; nginx maps that suffix to
# an upstream whose first server is that node (the other one as backup). A request without the cookie (the first
# page, the API) goes to either node. See docs/scale-out.md for why not ip_hash or hash $cookie_JSESSIONID.

set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/postgres.sh
source bench/postgres.sh

if ! pv_have_postgres; then
  echo "PostgreSQL is not installed (apt-get install postgresql); skipped"
  exit 0
fi
nginx_bin=
for candidate in "$(command -v nginx 2> /dev/null || true)" /usr/sbin/nginx; do
  if [ -n "$candidate" ] && [ -f "$candidate" ] && [ -x "$candidate" ]; then nginx_bin=$candidate; break; fi
done
if [ -z "$nginx_bin" ]; then
  echo "nginx is not installed (apt-get install nginx); skipped"
  exit 0
fi
archive=$(pv_archive)
[ -n "$archive" ] || { echo "No distribution: build first (mvn install -DskipTests)" >&2; exit 1; }

work=$(mktemp -d /tmp/planverk-two-nodes.XXXX)
chmod 755 "$work"
pg=$work/pg
pgport=19754
proxy_port=19880
P=http://127.0.0.1:$proxy_port
declare -A http=([1]=19681 [2]=19781) home=()
failures=0
rows=()
browser_pid=

row() { # check, result, ms, failed(0/1)
  if [ "${4:-0}" != 0 ]; then
    failures=$((failures + 1))
    rows+=("| **FAILED** $1 | $2 | ${3:-} |")
  else
    rows+=("| $1 | $2 | ${3:-} |")
  fi
}

cleanup() {
  local rc=$?
  set +e
  [ -n "$browser_pid" ] && kill "$browser_pid" 2> /dev/null
  [ -f "$work/nginx/nginx.pid" ] && "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s quit 2> /dev/null || true
  for n in 1 2; do [ -n "${home[$n]:-}" ] && pv_stop "${home[$n]}"; done
  pv_pg_stop "$pg"
  if [ "${#rows[@]}" -gt 0 ]; then
    echo "| check | result | ms |"
    echo "|---|---|---|"
    printf '%s\n' "${rows[@]}"
  fi
  if [ "$rc" != 0 ] || [ "$failures" != 0 ]; then
    local logs
    logs=$(mktemp -d /tmp/planverk-two-nodes-logs.XXXX)
    for n in 1 2; do cp "${home[$n]:-/nonexistent}/data/log/karaf.log" "$logs/karaf-node$n.log" 2> /dev/null || true; done
    cp "$pg/server.log" "$logs/postgresql.log" 2> /dev/null || true
    cp "$work"/nginx/logs/* "$work"/browser.out "$logs/" 2> /dev/null || true
    echo "FAILED: $failures check(s); logs in $logs" >&2
    rc=1
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

# nginx.conf for the two nodes; DOWN=1|2 marks that node down (a planned stop).
write_nginx_conf() {
  local down=${1:-} d1='' d2=''
  [ "$down" = 1 ] && d1=' down'
  [ "$down" = 2 ] && d2=' down'
  local user_line=''
  [ "$(id -u)" = 0 ] && user_line='user www-data;'
  cat > "$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 512; }
http {
  access_log $work/nginx/logs/access.log;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;

  # Sticky sessions: the session cookie ends with the node's name (JETTY_WORKER_INSTANCE=1 gives ".node1").
  map \$cookie_JSESSIONID \$planverk_upstream {
    ~\.node1\$ planverk_node1;
    ~\.node2\$ planverk_node2;
    default   planverk_any;
  }
  upstream planverk_node1 { server 127.0.0.1:${http[1]} max_fails=1 fail_timeout=10s$d1; server 127.0.0.1:${http[2]} backup; }
  upstream planverk_node2 { server 127.0.0.1:${http[2]} max_fails=1 fail_timeout=10s$d2; server 127.0.0.1:${http[1]} backup; }
  upstream planverk_any {
    server 127.0.0.1:${http[1]} max_fails=1 fail_timeout=10s$d1;
    server 127.0.0.1:${http[2]} max_fails=1 fail_timeout=10s$d2;
  }

  server {
    listen 127.0.0.1:$proxy_port;
    client_max_body_size 50m;
    location / {
      proxy_pass http://\$planverk_upstream;
      proxy_http_version 1.1;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      # for this test only: which node answered
      add_header X-Planverk-Node \$upstream_addr always;
    }
  }
}
EOF
}

# node_of PORT_OR_ADDR: 1 or 2
node_of() { case "$1" in *"${http[1]}"*) echo 1 ;; *"${http[2]}"*) echo 2 ;; *) echo "?" ;; esac; }
served_by() { sed -n 's/^X-Planverk-Node: *\([^[:space:]]*\).*/\1/Ip' "$1" | tail -1; }

# api_loop SECONDS FILE: GET /plans through the proxy every 0.1 s, one HTTP code a line.
api_loop() {
  local end=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$end" ]; do
    curl -s -o /dev/null -m 10 -w '%{http_code}\n' -u lesar:lesar "$P/api/v1/plans?limit=1" >> "$2" || echo 000 >> "$2"
    sleep 0.1
  done
}

# --- setup ---------------------------------------------------------------------------------------------------------
t0=$(pv_ms)
pv_pg_start "$pg" "$pgport"
row "PostgreSQL $("$(pv_pg_bin)/postgres" --version | awk '{print $3}'): private cluster, role and database" \
  "127.0.0.1:$pgport" $(( $(pv_ms) - t0 ))

for n in 1 2; do
  h=$(pv_unpack "$archive" "$work/node$n")
  home[$n]=$h
  pv_ports "$h" "${http[$n]}" "$((19602 + (n - 1) * 100))" "$((19603 + (n - 1) * 100))" "$((19604 + (n - 1) * 100))"
  pv_use_postgres "$h" "jdbc:postgresql://127.0.0.1:$pgport/planverk" planverk "$PV_PG_PASSWORD"
  pv_offline "$h"
  # the settings for more than one node (docs/scale-out.md, "Two nodes")
  printf '\n# Planverk on more than one node: each node reads what the others wrote (docs/scale-out.md)\neclipselink.cache.shared.default = false\n' \
    >> "$h/etc/system.properties"
  printf '\n# Planverk node name: the session cookie ends with ".node%s" (sticky sessions, docs/scale-out.md)\nexport JETTY_WORKER_INSTANCE=%s\n' \
    "$n" "$n" >> "$h/bin/setenv"
  printf '\n# Behind nginx: take the client address and scheme from X-Forwarded-For and X-Forwarded-Proto\norg.apache.felix.proxy.load.balancer.connection.enable = true\n' \
    >> "$h/etc/org.apache.felix.http.cfg"
done
# demo data from node 1 only (the demo loaders check, then insert: two at once could collide)
sed -i -z 's/, \\\n *planverk-demo\/[^\n,]*\n/\n/' "${home[2]}/etc/org.apache.karaf.features.cfg"
grep -q 'planverk-demo' "${home[2]}/etc/org.apache.karaf.features.cfg" && { echo "planverk-demo not removed on node 2" >&2; exit 1; }

t0=$(pv_ms)
pv_start "${home[1]}"
pv_wait_up "http://localhost:${http[1]}" || { row "node 1 boots on the empty database" "did not come up" "" 1; exit 1; }
pv_wait_demo "http://localhost:${http[1]}" || { row "node 1 loads the demo data" "missing" "" 1; exit 1; }
row "node 1: first boot (creates the tables, loads the demo data) to UP with demo data" "UP" $(( $(pv_ms) - t0 ))
t0=$(pv_ms)
pv_start "${home[2]}"
pv_wait_up "http://localhost:${http[2]}" || { row "node 2 boots on the same database" "did not come up" "" 1; exit 1; }
row "node 2: boot on the same database to UP" "UP" $(( $(pv_ms) - t0 ))
c1=$(pv_counts "http://localhost:${http[1]}")
c2=$(pv_counts "http://localhost:${http[2]}")
row "plans, measures, units, inputs, organisations, competence units seen by node 1 / node 2" "$c1 / $c2" "" "$([ "$c1" = "$c2" ] && echo 0 || echo 1)"

mkdir -p "$work/nginx/tmp" "$work/nginx/logs"
[ "$(id -u)" = 0 ] && chown www-data "$work/nginx/tmp"
write_nginx_conf
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf"
row "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///') on 127.0.0.1:$proxy_port, sticky by the cookie's node suffix" "started"

# --- API through the proxy -----------------------------------------------------------------------------------------
code_ok=$(curl -s -o /dev/null -w '%{http_code}' -u planlegg:planlegg "$P/api/v1/plans?limit=1")
code_bad=$(curl -s -o /dev/null -w '%{http_code}' -u planlegg:wrong "$P/api/v1/plans?limit=1")
row "API login through the proxy: right / wrong password" "$code_ok / $code_bad" "" "$([ "$code_ok$code_bad" = 200401 ] && echo 0 || echo 1)"
spread=""
for _ in 1 2 3 4 5 6; do
  curl -s -o /dev/null -D "$work/h" -u lesar:lesar "$P/api/v1/units"
  spread+=$(node_of "$(served_by "$work/h")")
done
row "six API requests without a session cookie: nodes that answered" "$spread" "" "$([[ $spread == *1* && $spread == *2* ]] && echo 0 || echo 1)"

# --- one database, no stale cache ------------------------------------------------------------------------------------
A1=http://localhost:${http[1]}/api/v1
A2=http://localhost:${http[2]}/api/v1
num="NODE-$RANDOM"
out=$(curl -s -u planlegg:planlegg -H 'Content-Type: application/json' -X POST \
  -d "{\"planName\":\"To nodar\",\"number\":\"$num\",\"title\":\"Skrive på node 1\",\"unitIds\":[]}" "$A1/measures")
mid=$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' <<< "$out")
seen=$(curl -s -o /dev/null -w '%{http_code}' -u lesar:lesar "$A2/measures/$mid")
row "measure $num created on node 1 (id $mid), read on node 2" "HTTP $seen" "" "$([ "$seen" = 200 ] && echo 0 || echo 1)"

plan_json() { curl -s -u planlegg:planlegg "$1/plans/$2" | sed -n 's/^{"plan":\({[^}]*}\).*/\1/p'; }
title_version() { plan_json "$1" "$2" | sed -n 's/.*"title":"\([^"]*\)".*"version":\([0-9]*\).*/\1 v\2/p'; }
put_plan() { # API ID NEW_TITLE -> HTTP code; the body is the plan as read on the same node, with a new title
  local body
  body=$(plan_json "$1" "$2" | sed 's/"id":[0-9]*,//; s/,"status":"[A-Z_]*","statusDate":[^,]*//; s/"title":"[^"]*"/"title":"'"$3"'"/')
  curl -s -o /dev/null -w '%{http_code}' -u planlegg:planlegg -H 'Content-Type: application/json' -X PUT -d "$body" "$1/plans/$2"
}
pid_=$(curl -s -u lesar:lesar "$A1/plans?limit=1&sort=code" | sed -n 's/^{"items":\[{"id":\([0-9]*\),.*/\1/p')
before=$(title_version "$A2" "$pid_") # node 2 reads (and would cache) the plan
c_put1=$(put_plan "$A1" "$pid_" "Endra på node 1")
after2=$(title_version "$A2" "$pid_")
c_put2=$(put_plan "$A2" "$pid_" "Endra på node 2")
after1=$(title_version "$A1" "$pid_")
row "plan $pid_: read on node 2 ($before), changed on node 1 (HTTP $c_put1), node 2 reads" "$after2" "" \
  "$([[ $after2 == "Endra på node 1 v"* ]] && echo 0 || echo 1)"
row "node 2 changes it with the version it read (HTTP $c_put2), node 1 reads" "$after1" "" \
  "$([[ $c_put2 == 200 && $after1 == "Endra på node 2 v"* ]] && echo 0 || echo 1)"

# --- a Vaadin session stays on its node ----------------------------------------------------------------------------
jar=$work/cookies
curl -s -o /dev/null -c "$jar" -b "$jar" -D "$work/h" "$P/"
cookie=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
cnode=${cookie##*.node}
init=$(curl -s -c "$jar" -b "$jar" -D "$work/h" "$P/?v-r=init&location=login&query=")
init_node=$(node_of "$(served_by "$work/h")")
key=$(grep -o '"Vaadin-Security-Key":"[^"]*"' <<< "$init" | cut -d'"' -f4)
ui=$(grep -o '"v-uiId":[0-9]*' <<< "$init" | head -1 | cut -d: -f2)
uidl_nodes=""
uidl_ok=0
for s in 0 1 2 3 4 5 6 7 8 9; do
  r=$(curl -s -c "$jar" -b "$jar" -D "$work/h" -H 'Content-Type: application/json; charset=UTF-8' -X POST \
    -d "{\"csrfToken\":\"$key\",\"rpc\":[],\"syncId\":$s,\"clientId\":$s}" "$P/?v-r=uidl&v-uiId=$ui")
  uidl_nodes+=$(node_of "$(served_by "$work/h")")
  grep -q "\"syncId\":$((s + 1))" <<< "$r" && uidl_ok=$((uidl_ok + 1))
done
row "UI through the proxy: cookie …${cookie: -6}, init on node $init_node, 10 UIDL round trips on nodes" \
  "$uidl_nodes ($uidl_ok of 10 answered in sync)" "" \
  "$([ "$init_node" = "$cnode" ] && [ "$uidl_nodes" = "$(printf "$cnode%.0s" 1 2 3 4 5 6 7 8 9 10)" ] && [ "$uidl_ok" = 10 ] && echo 0 || echo 1)"
other=$((3 - cnode))
r=$(curl -s -b "JSESSIONID=$cookie" -H 'Content-Type: application/json; charset=UTF-8' -X POST \
  -d "{\"csrfToken\":\"$key\",\"rpc\":[],\"syncId\":10,\"clientId\":10}" "http://127.0.0.1:${http[$other]}/?v-r=uidl&v-uiId=$ui")
row "the same cookie sent straight to node $other (no session replication)" "$(cut -c1-60 <<< "$r")" "" \
  "$(grep -q sessionExpired <<< "$r" && echo 0 || echo 1)"

fw=$(curl -s -H 'X-Forwarded-Proto: https' -H 'X-Forwarded-For: 203.0.113.7' \
  "http://127.0.0.1:${http[1]}/?v-r=init&location=login&query=" | grep -o '"requestURL":"[^"]*"' || true)
row "forwarded headers honoured: X-Forwarded-Proto https sent to node 1, Vaadin's request URL" "$fw" "" \
  "$([[ $fw == *'"https://'* ]] && echo 0 || echo 1)"

# --- the browser: log in through the proxy, lose the node, log in again -------------------------------------------
browser=no
pw=bench/node_modules/playwright-core
if [ -x /usr/bin/chromium ] && command -v node > /dev/null; then
  if [ ! -d "$pw" ] && command -v npm > /dev/null; then
    (cd bench && npm install --silent --no-save playwright-core@1.48.2 > /dev/null 2>&1) || true
  fi
  [ -d "$pw" ] && browser=yes
fi
cat > "$work/ui.js" <<'EOF'
// Logs in through the proxy, navigates, waits for the flag file (the test stops the node), clicks again: the login
// page must come from the other node; logs in again there.
const { chromium } = require(process.env.PLAYWRIGHT);
const fs = require('fs');
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  const [base, flag] = [process.argv[2], process.argv[3]];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  const node = async () => ((await context.cookies()).find(c => c.name === 'JSESSIONID') || { value: 'none' }).value.replace(/^.*\.node/, '');
  const login = async () => {
    await page.waitForSelector('input[name=username]', { timeout: 60000 });
    await page.fill('input[name=username]', 'planlegg');
    await page.fill('input[name=password]', 'planlegg');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#planverk-menu', { timeout: 60000 });
  };
  const items = page.locator('#planverk-menu vaadin-side-nav-item');
  let t0 = Date.now();
  await page.goto(base + '/');
  await login();
  const first = await node();
  await items.nth(1).click();
  await sleep(1000);
  await items.nth(2).click();
  await sleep(1000);
  console.log(`logged-in ${first} ${await node()} ${await page.isVisible('#planverk-menu')} ${Date.now() - t0}`);
  while (!fs.existsSync(flag)) await sleep(200);
  t0 = Date.now();
  await items.nth(1).click().catch(() => {});
  await page.waitForSelector('input[name=username]', { timeout: 60000 });
  console.log(`login-page ${await node()} ${Date.now() - t0}`);
  t0 = Date.now();
  await login();
  console.log(`logged-in-again ${await node()} ${Date.now() - t0}`);
  await browser.close();
})().catch(e => { console.log('failed ' + e.message.split('\n')[0]); process.exit(1); });
EOF
wait_line() { for _ in $(seq 1 "$2"); do grep -q "^$1" "$work/browser.out" 2> /dev/null && return 0; grep -q '^failed' "$work/browser.out" 2> /dev/null && return 1; sleep 0.5; done; return 1; }
if [ "$browser" = yes ]; then
  PLAYWRIGHT="$(pwd)/$pw" node "$work/ui.js" "$P" "$work/flag" > "$work/browser.out" 2>&1 &
  browser_pid=$!
  if wait_line logged-in 180; then
    read -r _ victim now_node menu t <<< "$(grep '^logged-in ' "$work/browser.out")"
    row "Chromium: log in as planlegg through the proxy, two menu clicks" "node $victim, then node $now_node, menu $menu" "$t" \
      "$([ "$victim" = "$now_node" ] && [ "$menu" = true ] && echo 0 || echo 1)"
  else
    row "Chromium: log in through the proxy" "$(tail -1 "$work/browser.out")" "" 1
    victim=$cnode
  fi
else
  rows+=("| Chromium check skipped (needs /usr/bin/chromium, node and bench/node_modules/playwright-core) | | |")
  victim=$cnode
fi
survivor=$((3 - victim))

# --- unplanned stop of the node with the session ------------------------------------------------------------------
: > "$work/loop1"
api_loop 12 "$work/loop1" &
loop=$!
sleep 2
t0=$(pv_ms)
pv_stop "${home[$victim]}"
stop_ms=$(( $(pv_ms) - t0 ))
touch "$work/flag"
wait "$loop"
bad=$(grep -vc '^200$' "$work/loop1" || true)
row "node $victim stopped (bin/stop) while GET /plans runs through the proxy every 0.1 s: failed requests" \
  "$bad of $(wc -l < "$work/loop1") ($(grep -v '^200$' "$work/loop1" | sort | uniq -c | awk '{printf "%s× %s ", $1, $2}'))" "$stop_ms"
if [ "$browser" = yes ]; then
  if wait_line logged-in-again 240; then
    read -r _ lnode lt <<< "$(grep '^login-page' "$work/browser.out")"
    read -r _ anode at <<< "$(grep '^logged-in-again' "$work/browser.out")"
    row "Chromium: next click after the stop shows the login page; served by node" "$lnode" "$lt" "$([ "$lnode" = "$survivor" ] && echo 0 || echo 1)"
    row "Chromium: logs in again, now on node" "$anode" "$at" "$([ "$anode" = "$survivor" ] && echo 0 || echo 1)"
  else
    row "Chromium: login page and a new login on node $survivor" "$(tail -1 "$work/browser.out")" "" 1
  fi
  wait "$browser_pid" 2> /dev/null || true
  browser_pid=
fi
# the curl session of above, if it was on the stopped node: the proxy sends it to the other one, which knows it not
if [ "$cnode" = "$victim" ]; then
  curl -s -o /dev/null -c "$jar" -b "$jar" -D "$work/h" "$P/"
  newc=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
  row "the earlier UI cookie after the stop: page served by node, new cookie" \
    "$(node_of "$(served_by "$work/h")"), …${newc: -6}" "" "$([ "${newc##*.node}" = "$survivor" ] && echo 0 || echo 1)"
fi

t0=$(pv_ms)
pv_start "${home[$victim]}"
pv_wait_up "http://localhost:${http[$victim]}" || { row "node $victim starts again" "did not come up" "" 1; exit 1; }
spread=""
for _ in 1 2 3 4 5 6; do
  curl -s -o /dev/null -D "$work/h" -u lesar:lesar "$P/api/v1/units"
  spread+=$(node_of "$(served_by "$work/h")")
done
row "node $victim back (start to UP); requests without a cookie answered by" "$spread" $(( $(pv_ms) - t0 )) \
  "$([[ $spread == *1* && $spread == *2* ]] && echo 0 || echo 1)"

# --- planned stop: drain in nginx first ---------------------------------------------------------------------------
write_nginx_conf "$victim"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s reload 2> /dev/null
sleep 1
: > "$work/loop2"
api_loop 10 "$work/loop2" &
loop=$!
sleep 2
t0=$(pv_ms)
pv_stop "${home[$victim]}"
stop_ms=$(( $(pv_ms) - t0 ))
wait "$loop"
bad=$(grep -vc '^200$' "$work/loop2" || true)
row "planned stop: node $victim marked down in nginx (reload), then stopped: failed requests" \
  "$bad of $(wc -l < "$work/loop2")" "$stop_ms" "$([ "$bad" = 0 ] && echo 0 || echo 1)"

errors=""
for n in 1 2; do errors+="$(grep -c '| ERROR |' "${home[$n]}/data/log/karaf.log" || true) "; done
row "ERROR lines in karaf.log of node 1, node 2" "$errors" "" "$([ "$errors" = "0 0 " ] && echo 0 || echo 1)"
