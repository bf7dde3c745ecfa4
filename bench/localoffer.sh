#!/usr/bin/env bash
# The public Local Offer under 20 concurrent users (no sign-in), each figure paired in the same run with a static file
# of the same app (/css/app.css), for docs/performance.md. Loopback only, bounded in time.
# Usage: bench/localoffer.sh BASE_URL [SECONDS]   (the demo directory loaded)
set -euo pipefail
base=$1 secs=${2:-20}
case "$base" in http://127.*|http://localhost*) ;; *) echo "refusing: loopback addresses only" >&2; exit 2;; esac
here=$(cd "$(dirname "$0")" && pwd)
terms=$(curl -s "$base/api/oruk/taxonomy_terms?per_page=100" \
  | python3 -c "import sys,json; print(' '.join(t['id'] for t in json.load(sys.stdin)['contents']))")
set -- $terms
service=$(curl -s "$base/api/oruk/services?per_page=1&search=swimming" \
  | python3 -c "import sys,json; print(json.load(sys.stdin)['contents'][0]['id'])")
searches="/local-offer,/local-offer?q=swimming,/local-offer?q=speech+therapy&age=7,/local-offer?need=$1&age=12"
searches="$searches,/local-offer?postcode=TA1+1AA&distance=5,/local-offer?postcode=BA20+2AB&distance=10&free=yes"
searches="$searches,/local-offer?need=$2&day=SA,/local-offer?kind=$3&time=evening&page=1,/local-offer?q=autism&postcode=TA6+3AB&distance=25"
measure() { # name paths seconds
  local out
  out=$(BENCH_COOKIE= BENCH_PATHS=$2 wrk -t2 -c20 -d"$3s" --timeout 10s -s "$here/percentiles.lua" "$base" | grep '^RESULT')
  echo "$1 ${out#RESULT }"
}
for pass in warm-up measured; do
  [ "$pass" = measured ] && s=$secs || s=5
  echo "-- $pass"
  measure static-file /css/app.css "$s"
  measure public-search "$searches" "$s"
  measure static-file /css/app.css "$s"
  measure service-page "/local-offer/services/$service" "$s"
done
