#!/usr/bin/env bash
# The dashboard benchmark in docs/performance.md: PLANS plans in force with five years of history written straight
# into insight's tables (DashboardBenchmarkData), then the product started on that database and each dashboard
# page driven by 20 concurrent users with wrk for SECONDS. Loopback only; stops the app it started.
# Usage: bench/dashboard.sh [PLANS] [SECONDS]
set -euo pipefail
plans=${1:-20000} secs=${2:-30} port=18091
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
db=send_dash_$plans
cd "$root"
[ -f target/send-platform.jar ] || ./mvnw -q -B -DskipTests package
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
fi
if [ "${BENCH_REUSE:-false}" != true ]; then
  ./mvnw -q -B test -Dtest=DashboardBenchmarkData -Dsurefire.failIfNoSpecifiedTests=false -Dbench.plans="$plans" \
    -Dsend.test.url="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" -Dsend.test.username=postgres \
    | grep BENCH-DATA || true
  # the loader's test users go; the product creates its first administrator on start
  psql -h 127.0.0.1 -U postgres -d "$db" -qc "delete from user_roles; delete from api_tokens; delete from users" 2>/dev/null || true
fi
log=$(mktemp)
SERVER_PORT=$port SEND_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" SEND_DB_USERNAME=postgres SEND_DEMO_DATA=false \
  SEND_ADMIN_USERNAME=bench.admin SEND_ADMIN_PASSWORD=bench-admin-password java -Xmx2g -jar target/send-platform.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q "Started SendPlatformApplication" "$log" && break; kill -0 $app || { tail -50 "$log"; exit 1; }; sleep 1; done
echo "records=$(psql -h 127.0.0.1 -U postgres -d $db -tAc 'select count(*) from insight_records') cube_rows=$(psql -h 127.0.0.1 -U postgres -d $db -tAc 'select count(*) from insight_cube') load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
to=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
run() { "$here/load.sh" "http://localhost:$port" bench.admin bench-admin-password "$1" "$2" 20 "$secs"; }
run dashboard "/dashboard?to=$to"
run dashboard-filtered "/dashboard?to=$to&team=North&need=SEMH"
run measure-active-plans "/dashboard/measures/active-plans?to=$to"
run measure-advice "/dashboard/measures/advice-within-6-weeks?to=$to"
echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)"
