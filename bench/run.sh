#!/usr/bin/env bash
# The benchmark in docs/performance.md: a synthetic Local Area of PLANS active plans (default 20,000, with up
# to 9 years of history each) on PostgreSQL, then 20 concurrent users for SECONDS on each page.
# Usage: bench/run.sh [PLANS] [SECONDS]    (loopback only; stops the app it started)
set -euo pipefail
plans=${1:-20000} secs=${2:-30} port=18090
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
db=send_bench_$plans
[ -f "$root/target/send-platform.jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
fi
log=$(mktemp)
SERVER_PORT=$port SEND_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" SEND_DB_USERNAME=postgres \
  SEND_DEMO_DATA=true SEND_DEMO_PLANS=$plans SEND_ADMIN_PASSWORD=bench-admin-password \
  java -Xmx4g -jar "$root/target/send-platform.jar" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
# ready when signed-in users can work and, on a first start, the journeys have finished loading
# (a new load logs "children registered" before its banner, so the check cannot catch the banner half-written)
ready() { grep -q "Synthetic Local Area loaded:" "$log" || { grep -q "Sign in at" "$log" && ! grep -q "children registered" "$log"; }; }
for _ in $(seq 1 5400); do ready && break; kill -0 $app || { tail -50 "$log"; exit 1; }; sleep 2; done
grep -E "Synthetic Local Area" "$log" | sed 's/.*: Synthetic/Synthetic/' || true
auth="-u admin:bench-admin-password"
case_ids=$(curl -s $auth "http://localhost:$port/api/v1/cases?caseworker=caseworker&size=20" \
  | python3 -c "import sys,json; print(','.join('/cases/'+c['id'] for c in json.load(sys.stdin)['items']))")
echo "cases=$(psql -h 127.0.0.1 -U postgres -d $db -tAc 'select count(*) from cases') events=$(psql -h 127.0.0.1 -U postgres -d $db -tAc 'select count(*) from case_events')"
"$here/load.sh" "http://localhost:$port" caseworker send-demo-2026 static-page /accessibility 20 "$secs"
"$here/load.sh" "http://localhost:$port" caseworker send-demo-2026 caseload-page "/cases,/cases?page=1,/cases?stage=ASSESSMENT,/cases?show=team" 20 "$secs"
"$here/load.sh" "http://localhost:$port" caseworker send-demo-2026 case-page "$case_ids" 20 "$secs"
"$here/load.sh" "http://localhost:$port" manager send-demo-2026 dashboard-page "/dashboard" 20 "$secs"
