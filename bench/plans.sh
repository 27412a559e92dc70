#!/usr/bin/env bash
# Plans benchmark on its own copy of the built distribution (build first: ./run or mvn install -DskipTests), unpacked
# by bench/lib.sh on ports 19481 (HTTP), 19401 (SSH), 11191 and 44491 (RMI), so a Planverk on 8181 keeps running.
# Starts it on an empty data/ directory, imports 2 000 plans and 20 000 goals through the HTTP API, then
# times the plan grid, the goal tree, the red thread and a 10 000-row import. Prints a Markdown table.
# Times are measured by curl on loopback, so they include HTTP and JSON, not only server work.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
unpack plans 19481 19401 11191 44491
api=$base
auth="planlegg:planlegg"
trap 'stop; rm -rf "$work"' EXIT
start

python3 - "$work" <<'PY'
import sys, random
work = sys.argv[1]
random.seed(7)
types = ["temaplan", "handlingsplan", "strategi", "kommunedelplan"]
units = ["ALV-HO", "ALV-HO-HEIM", "ALV-KUL", "BRG-BEHO", "BRG-UH"]
statuses = ["preparation", "in-force", "revision", "expired", "political"]
with open(f"{work}/plans.csv", "w") as f:
    f.write("code,type,title,unit,period_from,period_to,status\n")
    for i in range(2000):
        y = 2010 + i % 20
        f.write(f"B{i:05d},{types[i % 4]},Benchmarkplan {i} for helse og omsorg,{units[i % 5]},{y},{y + 4 + i % 8},{statuses[i % 5]}\n")
with open(f"{work}/goals.csv", "w") as f:
    f.write("plan,code,level,parent,text,sdgs,serves,ownership\n")
    for i in range(2000):
        p = f"B{i:05d}"
        up = f"B{i - 1:05d}#1" if i % 10 else ""
        f.write(f"{p},1,main,,Hovudmål for plan {i},3|11,{up},this-plan\n")
        for g in range(1, 4):
            f.write(f"{p},1.{g},goal,1,Mål {g} i plan {i},,,\n")
            for s in range(1, 3):
                f.write(f"{p},1.{g}.{s},sub-goal,1.{g},Vi skal gjere {s} for mål {g},,,shared\n")
        f.write(f"{p},1.1.1.1,outcome,1.1.1,Dette vil vi oppnå i plan {i},,,\n")
        f.write(f"{p},1.1.2.1,outcome,1.1.2,Dette vil vi òg oppnå i plan {i},,,\n")
        f.write(f"{p},1.2.1.1,outcome,1.2.1,Eit tredje resultat i plan {i},,,\n")
with open(f"{work}/import10k.csv", "w") as f:
    f.write("code,type,title,unit,period_from,period_to,status\n")
    for i in range(10000):
        f.write(f"I{i:05d},temaplan,Importplan {i},ALV-HO,2020,2030,preparation\n")
PY

seconds() { curl -s -o /dev/null -w '%{time_total}' -u "$auth" "$@"; }
post() { curl -s -o "$work/out.json" -w '%{time_total}' -u "$auth" -X POST --data-binary "@$1" "$api/plans/import?kind=$2&format=csv"; }
best_ms() { # best and median of 11 runs, in ms
  local all=(); for _ in $(seq 1 11); do all+=("$(seconds "$1")"); done
  printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.0f / %.0f", a[1]*1000, a[6]*1000}'
}

t_plans=$(post "$work/plans.csv" plans)
grep -q '"committed":true' "$work/out.json" || { echo "plan import failed: $(head -c 500 "$work/out.json")" >&2; exit 1; }
t_goals=$(post "$work/goals.csv" goals)
grep -q '"committed":true' "$work/out.json" || { echo "goal import failed: $(head -c 500 "$work/out.json")" >&2; exit 1; }
goal_rows=$(($(wc -l < "$work/goals.csv") - 1))
plan_id=$(curl -s -u "$auth" "$api/plans?q=B01000&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
top_goal=$(curl -s -u "$auth" "$api/plans/goals?q=hovudm%C3%A5l%20for%20plan%200&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["goalId"])')
t_10k=$(post "$work/import10k.csv" plans)
grep -q '"committed":true' "$work/out.json" || { echo "10k import failed" >&2; exit 1; }

echo "| figure (12 000 plans, $goal_rows goals after the imports) | value | unit |"
echo "|---|---|---|"
echo "| import 2 000 plans (CSV, one request) | $(awk "BEGIN {printf \"%.1f\", $t_plans}") | s |"
echo "| import $goal_rows goals (CSV, one request) | $(awk "BEGIN {printf \"%.1f\", $t_goals}") | s |"
echo "| import 10 000 plans (CSV, one request) | $(awk "BEGIN {printf \"%.1f\", $t_10k}") | s |"
echo "| import rate, 10 000-row plan CSV | $(awk "BEGIN {printf \"%.0f\", 10000 / $t_10k}") | rows/s |"
echo "| grid page: 50 plans sorted by title, with total (best / median of 11) | $(best_ms "$api/plans?limit=50&sort=title") | ms |"
echo "| grid page filtered: status + free text (best / median) | $(best_ms "$api/plans?limit=50&status=in-force&q=helse") | ms |"
echo "| plan page: plan + goal tree + history + indicators (best / median) | $(best_ms "$api/plans/$plan_id") | ms |"
echo "| goal tree only (best / median) | $(best_ms "$api/plans/$plan_id/goals") | ms |"
echo "| red thread down from the top of a 10-plan chain (130 goals) + path up (best / median) | $(best_ms "$api/plans/goals/$top_goal") | ms |"
