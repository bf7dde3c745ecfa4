#!/usr/bin/env bash
# Load test of a running SEND Platform on this machine (loopback only, bounded in time).
# Usage: bench/load.sh BASE_URL USERNAME PASSWORD NAME PATH[,PATH...] [CONNECTIONS] [SECONDS]
# Signs in through the sign-in form, then drives the paths with wrk and prints p50/p95/p99.
set -euo pipefail
base=$1 user=$2 pass=$3 name=$4 paths=$5 conns=${6:-20} secs=${7:-30}
case "$base" in http://127.*|http://localhost*) ;; *) echo "refusing: loopback addresses only" >&2; exit 2;; esac
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=$user&password=$pass&_csrf=$token" "$base/sign-in"
cookie=$(awk '$6=="JSESSIONID" {print "JSESSIONID=" $7}' "$jar")
rm -f "$jar"
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
# warm up, then measure
BENCH_COOKIE=$cookie BENCH_PATHS=$paths wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d5s -s "$here/percentiles.lua" "$base" >/dev/null
result=$(BENCH_COOKIE=$cookie BENCH_PATHS=$paths wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${secs}s" --timeout 10s -s "$here/percentiles.lua" "$base" | grep '^RESULT')
echo "$name connections=$conns seconds=$secs ${result#RESULT }"
