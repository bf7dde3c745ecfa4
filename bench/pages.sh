#!/usr/bin/env bash
# Cold and warm figures for the main pages of a running SEND Platform, each paired in the same run with a static
# file of the same app (/css/app.css), for docs/performance.md. Loopback only, bounded in time.
# Usage: bench/pages.sh BASE_URL [SECONDS]   (the app freshly started: the first pass is the cold one)
set -euo pipefail
base=$1 secs=${2:-20}
case "$base" in http://127.*|http://localhost*) ;; *) echo "refusing: loopback addresses only" >&2; exit 2;; esac
here=$(cd "$(dirname "$0")" && pwd)
signin() {
  local jar; jar=$(mktemp)
  local token; token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)
  curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=$1&password=$2&_csrf=$token" "$base/sign-in"
  awk '$6=="JSESSIONID" {print "JSESSIONID=" $7}' "$jar"; rm -f "$jar"
}
cw=$(signin caseworker send-demo-2026); mgr=$(signin manager send-demo-2026)
[ -n "$cw" ] && [ -n "$mgr" ] || { echo "sign-in failed" >&2; exit 1; }
cases=$(curl -s -u caseworker:send-demo-2026 "$base/api/v1/cases?caseworker=caseworker&size=20" \
  | python3 -c "import sys,json; print(','.join('/cases/'+c['id'] for c in json.load(sys.stdin)['items']))")
as_at=$(echo "$cases" | tr ',' '\n' | sed 's|/cases/|/api/v1/cases/|; s|$|?asAt=2026-01-16|' | paste -sd, -)
measure() { # pass name cookie paths seconds
  local out
  out=$(BENCH_COOKIE=$3 BENCH_PATHS=$4 wrk -t2 -c20 -d"$5s" --timeout 10s -s "$here/percentiles.lua" "$base" | grep '^RESULT')
  echo "$1 $2 ${out#RESULT }"
}
for pass in cold warm; do
  [ "$pass" = warm ] && secs_now=$secs || secs_now=10
  measure $pass static-file "$cw" /css/app.css $secs_now
  measure $pass caseload "$cw" "/cases,/cases?page=1,/cases?stage=ASSESSMENT,/cases?show=team" $secs_now
  measure $pass static-file "$cw" /css/app.css $secs_now
  measure $pass case-page "$cw" "$cases" $secs_now
  measure $pass static-file "$mgr" /css/app.css $secs_now
  measure $pass dashboard "$mgr" /dashboard $secs_now
done
# the API as at a day, over HTTP Basic (the bearer-token path is measured in issue 18's notes)
curl -s -o /dev/null -w "asAt single request: %{time_total}s\n" -u caseworker:send-demo-2026 "$base${as_at%%,*}"
