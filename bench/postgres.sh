#!/usr/bin/env bash
# PostgreSQL setup test (issue 9, docs/scale-out.md): runs the built distribution on a shared PostgreSQL database
# exactly as the documentation configures it, and checks that it works.
#
#   1. starts a private PostgreSQL cluster in a temp folder on its own port (initdb + pg_ctl; as the user postgres
#      when run as root), with a database and a user planverk,
#   2. unpacks features/distribution/target/planverk-distribution-*.tar.gz into the temp folder and configures it:
#      pax-jdbc-postgresql and pax-jdbc-pool-hikaricp in featuresBoot, etc/org.ops4j.datasource-planverk.cfg for
#      PostgreSQL with a HikariCP pool; Maven resolution is limited to the distribution's system/ folder (no ~/.m2,
#      no network), so every bundle must come with the distribution,
#   3. boots it with the profile 'all' and demo data on empty tables, waits for health and the demo data,
#   4. checks through the REST API that the data is there (and agrees with the tables), writes a plan with a status
#      step, a measure, a forecast input (a @Lob) and an organisation unit, restarts Karaf and reads them back,
#   5. stops PostgreSQL under the running Planverk (health and an API call), starts it again and writes.
#
# Prints a table of checks and timings; exits non-zero when a check fails. Everything runs in a temp folder that is
# removed at the end (the logs are kept when a check fails). Ports: HTTP 19681, SSH 19602, RMI 19603/19604,
# PostgreSQL 19654. When PostgreSQL's Debian binaries (/usr/lib/postgresql/*/bin) are missing it prints a message
# and exits 0. Build first: mvn install -DskipTests (or cd features && mvn install -DskipTests).
#
# bench/two-nodes.sh sources this file for the pv_* functions; main runs only when the file is executed.

# --- PostgreSQL ------------------------------------------------------------------------------------------------

pv_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

pv_have_postgres() {
  local bin
  bin=$(pv_pg_bin)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -x "$bin/psql" ]
}

# Runs a PostgreSQL program as the cluster's owner: initdb and the server refuse to run as root.
pv_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pv_pg_start DIR PORT: a new cluster in DIR listening on 127.0.0.1:PORT (and a socket in DIR), with the role and
# database planverk. Local socket connections are trusted (the cluster's owner only: the socket folder is private);
# TCP connections need the password, which is left in PV_PG_PASSWORD.
pv_pg_start() {
  local dir=$1 port=$2 bin
  bin=$(pv_pg_bin)
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "Port $port is in use; stop what listens there first" >&2
    return 1
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  pv_as_pg "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
    --auth-host=scram-sha-256 > "$dir/initdb.log" 2>&1
  pv_pg_run "$dir" "$port"
  PV_PG_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  pv_psql "$dir" "$port" postgres -c "CREATE ROLE planverk LOGIN PASSWORD '$PV_PG_PASSWORD'" \
    -c "CREATE DATABASE planverk OWNER planverk ENCODING 'UTF8'" > /dev/null
}

# pv_pg_run DIR PORT: starts the cluster in DIR (again).
pv_pg_run() {
  pv_as_pg "$(pv_pg_bin)/pg_ctl" -D "$1/data" -l "$1/server.log" -w \
    -o "-p $2 -k $1 -c listen_addresses=127.0.0.1" start > /dev/null
}

pv_pg_stop() { pv_as_pg "$(pv_pg_bin)/pg_ctl" -D "$1/data" -m fast -w stop > /dev/null 2>&1 || true; }

# pv_psql DIR PORT DB ARGS...: psql as the superuser over the cluster's socket; -tA for plain values.
pv_psql() {
  local dir=$1 port=$2 db=$3
  shift 3
  pv_as_pg "$(pv_pg_bin)/psql" -h "$dir" -p "$port" -U postgres -d "$db" -qX -v ON_ERROR_STOP=1 "$@"
}

# --- the distribution ------------------------------------------------------------------------------------------

pv_archive() { ls features/distribution/target/planverk-distribution-*.tar.gz 2>/dev/null | head -1; }

# pv_unpack ARCHIVE DIR: unpacks the distribution into DIR and prints its home.
pv_unpack() {
  mkdir -p "$2"
  tar xzf "$1" -C "$2"
  ls -d "$2"/planverk-distribution-*
}

# pv_ports HOME HTTP SSH RMI_REGISTRY RMI_SERVER
pv_ports() {
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $2/" "$1/etc/org.apache.felix.http.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $3/" "$1/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $4/; s/^rmiServerPort *=.*/rmiServerPort = $5/" \
    "$1/etc/org.apache.karaf.management.cfg"
}

# pv_use_postgres HOME JDBC_URL USER PASSWORD: the documented settings (docs/scale-out.md, "PostgreSQL"):
# the driver and pool features start with Karaf, and the data source 'planverk' points at PostgreSQL.
pv_use_postgres() {
  local home=$1
  grep -q 'pax-jdbc-postgresql' "$home/etc/org.apache.karaf.features.cfg" \
    || sed -i 's/^\( *\)\(planverk-platform\/[^,]*\), \\$/\1\2, \\\n\1pax-jdbc-postgresql, \\\n\1pax-jdbc-pool-hikaricp, \\/' \
      "$home/etc/org.apache.karaf.features.cfg"
  grep -q 'pax-jdbc-pool-hikaricp' "$home/etc/org.apache.karaf.features.cfg" || { echo "featuresBoot not changed" >&2; return 1; }
  cat > "$home/etc/org.ops4j.datasource-planverk.cfg" <<EOF
# The database of Planverk: PostgreSQL, shared by every Planverk node (docs/scale-out.md).
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = $2
user = $3
password = $4
dataSourceName = planverk
# connection pool (HikariCP): without it every transaction opens a new connection
pool = hikari
xa = false
pool.poolName = planverk
pool.maximumPoolSize = 10
pool.minimumIdle = 2
# wait at most 5 s for a connection when PostgreSQL does not answer (HikariCP's default is 30 s)
pool.connectionTimeout = 5000
# register the data source even when PostgreSQL is down at start (health then says why)
pool.initializationFailTimeout = -1
EOF
  chmod 600 "$home/etc/org.ops4j.datasource-planverk.cfg"
}

# pv_offline HOME: Karaf resolves bundles only from its system/ folder (test only: proves that the distribution
# brings everything; a real server behaves the same without network access).
pv_offline() {
  mkdir -p "$1/empty-m2"
  sed -i '/^org.ops4j.pax.url.mvn.repositories *=/,/^$/d' "$1/etc/org.ops4j.pax.url.mvn.cfg"
  printf '\norg.ops4j.pax.url.mvn.repositories =\norg.ops4j.pax.url.mvn.localRepository = %s\n' "$1/empty-m2" \
    >> "$1/etc/org.ops4j.pax.url.mvn.cfg"
}

pv_pid() { pgrep -f "karaf.home=$1( |$)" | head -1 || true; }

pv_start() { CHECK_ROOT_INSTANCE_RUNNING=false "$1/bin/start" > /dev/null 2>&1; }

# pv_stop HOME: a clean stop, and kill -9 of this instance (only) when it does not end in 60 s.
pv_stop() {
  local pid
  pid=$(pv_pid "$1")
  [ -n "$pid" ] || return 0
  "$1/bin/stop" > /dev/null 2>&1 || kill "$pid" 2> /dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2> /dev/null || return 0
    sleep 1
  done
  kill -9 "$pid" 2> /dev/null || true
}

# pv_wait_up BASE_URL [SECONDS]: health UP with PostgreSQL, and every module's API answering.
pv_wait_up() {
  local api=$1/api/v1
  for _ in $(seq 1 "${2:-240}"); do
    if curl -sf "$api/health" 2> /dev/null | grep -q '"status":"UP"' \
      && curl -sf -u lesar:lesar "$api/plans?limit=1" > /dev/null 2>&1 \
      && curl -sf -u lesar:lesar "$api/measures?limit=1" > /dev/null 2>&1 \
      && curl -sf -u lesar:lesar "$api/forecasts/inputs" > /dev/null 2>&1 \
      && curl -sf -u koordinator:koordinator "$api/volunteers/organisations" > /dev/null 2>&1 \
      && curl -sf -u lesar:lesar "$api/competence/units" > /dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  return 1
}

# Counts of the demo data through the API (one word each): plans measures units inputs organisations competence.
pv_total() { sed -n 's/.*"total":\([0-9]*\).*/\1/p' | head -1; }
pv_count() { grep -o "\"$1\":" | wc -l; }
pv_counts() {
  local api=$1/api/v1
  echo "$(curl -s -u lesar:lesar "$api/plans?limit=1" | pv_total)" \
    "$(curl -s -u lesar:lesar "$api/measures?limit=1" | pv_total)" \
    "$(curl -s -u lesar:lesar "$api/units" | pv_count code)" \
    "$(curl -s -u lesar:lesar "$api/forecasts/inputs" | pv_count kind)" \
    "$(curl -s -u koordinator:koordinator "$api/volunteers/organisations" | pv_count orgNumber)" \
    "$(curl -s -u lesar:lesar "$api/competence/units" | pv_count unitCode)"
}

# pv_wait_demo BASE_URL: until every module has demo data (the demo loaders run after the modules start).
pv_wait_demo() {
  local c
  for _ in $(seq 1 180); do
    c=$(pv_counts "$1")
    # shellcheck disable=SC2086
    set -- "$1" $c
    [ "${2:-0}" -gt 0 ] && [ "${3:-0}" -gt 0 ] && [ "${4:-0}" -gt 0 ] && [ "${5:-0}" -gt 0 ] && [ "${6:-0}" -gt 0 ] \
      && [ "${7:-0}" -gt 0 ] && return 0
    sleep 1
  done
  return 1
}

pv_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- the test --------------------------------------------------------------------------------------------------

main() {
  set -euo pipefail
  cd "$(dirname "$0")/.."
  if ! pv_have_postgres; then
    echo "PostgreSQL is not installed (apt-get install postgresql); skipped"
    exit 0
  fi
  local archive
  archive=$(pv_archive)
  [ -n "$archive" ] || { echo "No distribution: build first (mvn install -DskipTests)" >&2; exit 1; }

  work=$(mktemp -d /tmp/planverk-postgres.XXXX)
  chmod 755 "$work"
  pg=$work/pg
  pgport=19654
  http=19681
  base=http://localhost:$http
  api=$base/api/v1
  failures=0
  rows=()
  trap cleanup EXIT

  row() { # check, result, ms, ok(0/1)
    rows+=("| $1 | $2 | ${3:-} |")
    if [ "${4:-0}" != 0 ]; then failures=$((failures + 1)); rows[-1]="| **FAILED** $1 | $2 | ${3:-} |"; fi
  }

  local t0 t
  t0=$(pv_ms)
  pv_pg_start "$pg" "$pgport"
  row "PostgreSQL $("$(pv_pg_bin)/postgres" --version | awk '{print $3}') cluster: initdb, start, role and database" \
    "127.0.0.1:$pgport" $(( $(pv_ms) - t0 ))

  home=$(pv_unpack "$archive" "$work/node")
  pv_ports "$home" "$http" 19602 19603 19604
  pv_use_postgres "$home" "jdbc:postgresql://127.0.0.1:$pgport/planverk" planverk "$PV_PG_PASSWORD"
  pv_offline "$home"

  t0=$(pv_ms)
  pv_start "$home"
  if ! pv_wait_up "$base"; then row "first boot on empty PostgreSQL to health UP" "did not come up" "" 1; exit 1; fi
  t=$(( $(pv_ms) - t0 ))
  row "first boot (profile all, tables created) to health UP and every module's API" "UP" "$t"
  local health product
  health=$(curl -s "$api/health")
  product=$(sed -n 's/.*"product":"\([^"]*\)".*/\1/p' <<< "$health")
  row "health reports the database" "${product:-?}" "" "$([[ $product == PostgreSQL* ]] && echo 0 || echo 1)"

  t0=$(pv_ms)
  if pv_wait_demo "$base"; then
    row "demo data of every module loaded (after UP)" "yes" $(( $(pv_ms) - t0 ))
  else
    row "demo data of every module loaded" "missing: $(pv_counts "$base")" "" 1
  fi
  sleep 5 # the demo loaders link measures to plans on a timer; let them finish before counting
  read -r n_plans n_measures n_units n_inputs n_orgs n_comp <<< "$(pv_counts "$base")"
  row "demo data through the API: plans, measures, units, forecast inputs, organisations, competence units" \
    "$n_plans, $n_measures, $n_units, $n_inputs, $n_orgs, $n_comp"
  local db_tables db_plans db_measures db_units
  db_tables=$(pv_psql "$pg" "$pgport" planverk -tA -c \
    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'pv\_%'")
  db_plans=$(pv_psql "$pg" "$pgport" planverk -tA -c "SELECT count(*) FROM pv_plan")
  db_measures=$(pv_psql "$pg" "$pgport" planverk -tA -c "SELECT count(*) FROM pv_measure")
  db_units=$(pv_psql "$pg" "$pgport" planverk -tA -c "SELECT count(*) FROM pv_org_unit")
  row "tables PV_* in PostgreSQL; rows in pv_plan, pv_measure, pv_org_unit" \
    "$db_tables; $db_plans, $db_measures, $db_units" "" \
    "$([ "$db_plans" = "$n_plans" ] && [ "$db_measures" = "$n_measures" ] && [ "$db_units" = "$n_units" ] && echo 0 || echo 1)"
  local pool_log
  pool_log=$(grep -c 'planverk - Start completed' "$home/data/log/karaf.log" || true)
  row "HikariCP pool 'planverk' started (pool.* settings applied)" "$pool_log" "" "$([ "$pool_log" -ge 1 ] && echo 0 || echo 1)"

  # writes
  local code out plan_id plan_version measure_id input_id unit_code csv
  code="PGTEST-$RANDOM"
  t0=$(pv_ms)
  out=$(curl -s -w '\n%{http_code}' -u planlegg:planlegg -H 'Content-Type: application/json' -X POST \
    -d "{\"code\":\"$code\",\"type\":\"TEMAPLAN\",\"title\":\"Skaleringsprøve på PostgreSQL – æøå\",\"ownerUnitId\":1,\"periodFrom\":2026,\"periodTo\":2029}" \
    "$api/plans")
  plan_id=$(head -1 <<< "$out" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
  plan_version=$(head -1 <<< "$out" | sed -n 's/.*"version":\([0-9]*\).*/\1/p')
  out=$(curl -s -w '\n%{http_code}' -u planlegg:planlegg -H 'Content-Type: application/json' -X POST \
    -d "{\"to\":\"POLITICAL\",\"date\":\"2026-03-01\",\"note\":\"Til politisk handsaming\",\"version\":$plan_version}" \
    "$api/plans/$plan_id/status")
  local status_code=${out##*$'\n'}
  out=$(curl -s -w '\n%{http_code}' -u planlegg:planlegg -H 'Content-Type: application/json' -X POST \
    -d "{\"planName\":\"Skaleringsprøve\",\"number\":\"$code-1\",\"title\":\"Tiltak skrive på PostgreSQL\",\"unitIds\":[]}" \
    "$api/measures")
  measure_id=$(head -1 <<< "$out" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
  csv=$'service,fte_per_user,cost_per_user\nheimetenester,0.4,450000\nsjukeheim,1.1,1350000\n'
  out=$(curl -s -w '\n%{http_code}' -u planlegg:planlegg -X POST --data-binary "$csv" \
    "$api/forecasts/inputs?kind=costs&name=$code")
  input_id=$(head -1 <<< "$out" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
  unit_code="PG-$RANDOM"
  out=$(curl -s -w '\n%{http_code}' -u admin:admin -H 'Content-Type: application/json' -X POST \
    -d "{\"code\":\"$unit_code\",\"name\":\"Prøveeining på PostgreSQL\",\"parentId\":1}" "$api/units")
  local unit_http=${out##*$'\n'}
  row "writes: plan $code + status step, measure, forecast input (CSV @Lob), unit $unit_code" \
    "ids $plan_id, $measure_id, $input_id; status $status_code, unit $unit_http" $(( $(pv_ms) - t0 )) \
    "$([ -n "$plan_id" ] && [ -n "$measure_id" ] && [ -n "$input_id" ] && [ "$status_code" = 200 ] && [ "$unit_http" = 201 ] && echo 0 || echo 1)"

  # restart
  t0=$(pv_ms)
  pv_stop "$home"
  local stop_ms=$(( $(pv_ms) - t0 ))
  t0=$(pv_ms)
  pv_start "$home"
  if ! pv_wait_up "$base"; then row "restart to health UP" "did not come up" "" 1; exit 1; fi
  row "restart: stop, start to health UP and every module's API" "stopped in $stop_ms ms" $(( $(pv_ms) - t0 ))

  local p m i u
  p=$(curl -s -u lesar:lesar "$api/plans/$plan_id")
  m=$(curl -s -u lesar:lesar "$api/measures/$measure_id")
  i=$(curl -s -u lesar:lesar "$api/forecasts/inputs/$input_id?format=csv")
  u=$(curl -s -u lesar:lesar "$api/units")
  local ok_p ok_m ok_i ok_u
  ok_p=$(grep -q "\"code\":\"$code\"" <<< "$p" && grep -q '"status":"POLITICAL"' <<< "$p" && grep -q 'æøå' <<< "$p" && echo yes || echo no)
  ok_m=$(grep -q "\"number\":\"$code-1\"" <<< "$m" && echo yes || echo no)
  ok_i=$([ "$i" = "${csv%$'\n'}" ] || [ "$i" = "$csv" ] && echo yes || echo no)
  ok_u=$(grep -q "\"code\":\"$unit_code\"" <<< "$u" && echo yes || echo no)
  row "after the restart: plan (status POLITICAL, æøå), measure, input CSV byte for byte, unit" \
    "$ok_p, $ok_m, $ok_i, $ok_u" "" "$([ "$ok_p$ok_m$ok_i$ok_u" = yesyesyesyes ] && echo 0 || echo 1)"
  local after
  after=$(pv_counts "$base")
  read -r a_plans a_measures a_units _ <<< "$after"
  row "counts after the restart: plans, measures, units (one more of each)" "$a_plans, $a_measures, $a_units" "" \
    "$([ "$a_plans" = $((n_plans + 1)) ] && [ "$a_measures" = $((n_measures + 1)) ] && [ "$a_units" = $((n_units + 1)) ] && echo 0 || echo 1)"

  local t_plans t_measures
  t_plans=$(curl -s -o /dev/null -w '%{time_total}' -u lesar:lesar "$api/plans?limit=50")
  t_plans=$(curl -s -o /dev/null -w '%{time_total}' -u lesar:lesar "$api/plans?limit=50")
  t_measures=$(curl -s -o /dev/null -w '%{time_total}' -u lesar:lesar "$api/measures?limit=50")
  row "GET /plans?limit=50, GET /measures?limit=50 (warm)" "${t_plans}s, ${t_measures}s"

  local errors known
  errors=$(grep -c '| ERROR |' "$home/data/log/karaf.log" || true)
  known=$(grep -c '^Call: ALTER TABLE PV_[A-Z_]* ADD CONSTRAINT' "$home/data/log/karaf.log" || true)
  row "ERROR lines in karaf.log (boot, demo, writes, restart)" "$errors" "" "$([ "$errors" = 0 ] && echo 0 || echo 1)"
  row "EclipseLink WARN at the restart: unique constraint exists already (known, harmless, Derby too)" "$known"

  # the database goes away under Planverk, and comes back
  local hs hc dc t_h t_d
  pv_pg_stop "$pg"
  t0=$(pv_ms)
  hs=$(curl -s -m 120 -w ' %{http_code}' "$api/health" || true)
  t_h=$(( $(pv_ms) - t0 ))
  hc=${hs##* }
  hs=$(sed -n 's/^{"status":"\([A-Z]*\)".*/\1/p' <<< "$hs")
  t0=$(pv_ms)
  dc=$(curl -s -m 120 -o /dev/null -w '%{http_code}' -u lesar:lesar "$api/plans?limit=1" || true)
  t_d=$(( $(pv_ms) - t0 ))
  row "PostgreSQL stopped under Planverk: health; GET /plans (ms: health, plans)" "$hs (HTTP $hc); HTTP $dc" "$t_h, $t_d" \
    "$([ "$hs" = DOWN ] && [[ $dc == 5?? ]] && echo 0 || echo 1)"
  pv_pg_run "$pg" "$pgport"
  t0=$(pv_ms)
  local back=no
  for _ in $(seq 1 120); do
    if curl -sf "$api/health" | grep -q '"status":"UP"' \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' -u admin:admin -H 'Content-Type: application/json' -X POST \
        -d "{\"code\":\"$unit_code-B\",\"name\":\"Etter omstart av PostgreSQL\",\"parentId\":1}" "$api/units")" = 201 ]; then
      back=yes
      break
    fi
    sleep 0.5
  done
  row "PostgreSQL started again: health UP and a write (unit $unit_code-B) succeeds" "$back" $(( $(pv_ms) - t0 )) \
    "$([ "$back" = yes ] && echo 0 || echo 1)"

  local down_errors
  down_errors=$(( $(grep -c '| ERROR |' "$home/data/log/karaf.log" || true) - errors ))
  row "ERROR lines logged while PostgreSQL was down" "$down_errors: $(grep '| ERROR |' "$home/data/log/karaf.log" | tail -n "$down_errors" | sed 's/.*| ERROR |[^|]*| *\([A-Za-z]*\) .*/\1/' | sort | uniq -c | awk '{printf "%s %s× ", $2, $1}')"
}

cleanup() {
  local rc=$?
  set +e
  [ -n "${home:-}" ] && pv_stop "$home"
  [ -n "${pg:-}" ] && pv_pg_stop "$pg"
  if [ "${#rows[@]}" -gt 0 ]; then
    echo "| check | result | ms |"
    echo "|---|---|---|"
    printf '%s\n' "${rows[@]}"
  fi
  if [ "$rc" != 0 ] || [ "${failures:-0}" != 0 ]; then
    local logs
    logs=$(mktemp -d /tmp/planverk-postgres-logs.XXXX)
    cp "${home:-/nonexistent}/data/log/karaf.log" "$logs/" 2> /dev/null || true
    cp "${pg:-/nonexistent}/server.log" "$logs/postgresql.log" 2> /dev/null || true
    echo "FAILED: ${failures:-0} check(s); logs in $logs" >&2
    rc=1
  fi
  [ -n "${work:-}" ] && rm -rf "$work"
  exit "$rc"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
