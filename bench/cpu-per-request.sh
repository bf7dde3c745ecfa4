#!/usr/bin/env bash
# CPU milliseconds of the app process per request: robust to other load on the machine (counts CPU, not wall time).
# Usage: bench/cpu-per-request.sh BASE USER PASS PID NAME PATHS [SECONDS]
set -euo pipefail
base=$1 user=$2 pass=$3 pid=$4 name=$5 paths=$6 secs=${7:-20}
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=$user&password=$pass&_csrf=$token" "$base/sign-in"
cookie=$(awk '$6=="JSESSIONID" {print "JSESSIONID=" $7}' "$jar"); rm -f "$jar"
cpu() { awk '{print $14+$15}' /proc/$pid/stat; }
tck=$(getconf CLK_TCK)
BENCH_COOKIE=$cookie BENCH_PATHS=$paths wrk -t1 -c2 -d10s -s "$(dirname "$0")/percentiles.lua" "$base" >/dev/null
c0=$(cpu)
res=$(BENCH_COOKIE=$cookie BENCH_PATHS=$paths wrk -t1 -c2 -d${secs}s -s "$(dirname "$0")/percentiles.lua" "$base" | grep RESULT)
c1=$(cpu)
n=$(echo "$res" | sed 's/.*requests=\([0-9]*\).*/\1/')
python3 -c "print('$name', 'requests=$n', 'cpu_ms_per_request=%.2f' % (($c1-$c0)*1000/$tck/$n), '$res'.split('rps=')[1])"
