#!/usr/bin/env bash
# Requests per second of `entente serve` on loopback, measured with wrk (Debian's `wrk`:
# apt-get install wrk; a measuring tool, not a dependency of the build or the tests).
#
#   bench/serve_load.sh DB [RUNS] [SECONDS] [CONNECTIONS]
#
# Starts `build/entente serve --db DB` on a free loopback port, warms it up, runs wrk RUNS
# times (default 5) for SECONDS each (default 10) with CONNECTIONS connections (default 32)
# against SERVE_LOAD_PATH (default the PRK-CHN monthly series), prints each run and the
# medians, and stops the server. Exit status 1 when any request failed or was not 2xx.
# SERVE_THREADS sets the server's worker threads; WRK_THREADS wrk's (default 2);
# SERVE_ARGS more `entente serve` flags (e.g. "--cache-mb 0": every answer computed);
# SERVE_LOAD_MIX=1 asks many different dyads' series (bench/serve_load_mix.lua) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: bench/serve_load.sh DB [RUNS] [SECONDS] [CONNECTIONS]}
runs=${2:-5}
seconds=${3:-10}
connections=${4:-32}
path=${SERVE_LOAD_PATH:-/api/series?source=PRK&target=CHN&by=month}
command -v wrk >/dev/null || { echo "serve_load: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -x build/entente ] || { echo "serve_load: build/entente is missing (scripts/build.sh)" >&2; exit 2; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port$path"
args=(serve --db "$db" --port "$port")
[ -n "${SERVE_THREADS:-}" ] && args+=(--threads "$SERVE_THREADS")
# shellcheck disable=SC2206
[ -n "${SERVE_ARGS:-}" ] && args+=($SERVE_ARGS)
lua=()
[ "${SERVE_LOAD_MIX:-0}" = 1 ] && lua=(-s bench/serve_load_mix.lua)
log=$(mktemp)
build/entente "${args[@]}" 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/api/health" && break
  sleep 0.1
done
status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
[ "$status" = 200 ] || { echo "serve_load: $url answered $status" >&2; cat "$log" >&2; exit 1; }
bytes=$(curl -s "$url" | wc -c)
echo "serve_load: ${lua[*]:+mixed dyads (bench/serve_load_mix.lua) like }$url ($bytes bytes a response), $runs runs of ${seconds}s, $connections connections${SERVE_ARGS:+, serve $SERVE_ARGS}"
wrk -t"${WRK_THREADS:-2}" -c"$connections" -d2s "${lua[@]}" "$url" >/dev/null  # warm-up

rates=() bad=0
for i in $(seq "$runs"); do
  out=$(wrk -t"${WRK_THREADS:-2}" -c"$connections" -d"${seconds}s" --latency "${lua[@]}" "$url")
  rate=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors:/ {gsub(",", ""); s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) s += $i; print s}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  errors=${errors:-0} non2xx=${non2xx:-0}
  [ "$errors" = 0 ] && [ "$non2xx" = 0 ] || bad=1
  echo "run $i: ${rate} requests/s, latency p50 ${p50} p99 ${p99}, socket errors ${errors}, non-2xx ${non2xx}"
  rates+=("$rate")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
echo "serve_load: median $(median "${rates[@]}") requests/s over $runs runs (errors: $([ $bad = 0 ] && echo none || echo SOME))"
exit $bad
