#!/usr/bin/env bash
# bench/api.sh — the API part of bench/run.sh (which sets REPO, WORK, TSV, QUICK); run alone it
# appends to an earlier run's WORK and rewrites bench/RESULTS.md.
#
# wrk on 127.0.0.1 against the published API (a cached page's JSON, the plans list) and against
# nginx serving the same bytes as static files; then the page again while a content file changes
# every second; then the API's resident memory with the real content and the 10,000-page corpus.
# Every server is started here, on loopback, and stopped here.
#
# Two set-ups. "pinned" (the figures the README quotes): the server gets the first half of the cores and wrk the
# other half (taskset), as when the load comes from another machine; nginx gets one worker per server core.
# "shared": no pinning, wrk and the server compete for every core, nginx with a worker per core. On a small machine
# the shared run measures the scheduler's time slices between wrk and the server as much as the server: nginx's own
# p99 there was 4-8 ms on 2 cores. Both are recorded, with the server's CPU time per request, which does not depend
# on how fast wrk is.
set -euo pipefail

REPO="${REPO:-$(cd "$(dirname "$0")/.." && pwd)}"
WORK="${WORK:-/tmp/vbe-bench}"
TSV="${TSV:-$WORK/results.tsv}"
QUICK="${QUICK:-0}"
STANDALONE=$([ -f "$WORK/machine.txt" ] && [ -z "${VBE:-}" ] && echo 1 || echo 0)
RUNS=$([ "$QUICK" = 1 ] && echo 3 || echo 5)
DURATION=$([ "$QUICK" = 1 ] && echo 10 || echo 20)
API_PORT=${BENCH_API_PORT:-5391}
NGINX_PORT=${BENCH_NGINX_PORT:-5392}
API_PID=""; NGINX_PID=""; TOUCH_PID=""
NCPU=$(nproc)
if [ "$NCPU" -ge 2 ]; then
  HALF=$((NCPU / 2))
  SERVER_CPUS=$([ "$HALF" = 1 ] && echo 0 || echo "0-$((HALF - 1))")
  WRK_CPUS=$([ $((NCPU - HALF)) = 1 ] && echo "$HALF" || echo "$HALF-$((NCPU - 1))")
  PINNED_WORKERS=$HALF; PINNED_WRK_THREADS=$((NCPU - HALF))
else
  SERVER_CPUS=""; WRK_CPUS=""; PINNED_WORKERS=1; PINNED_WRK_THREADS=1
fi
SETUP=pinned   # pinned | shared: read by start_api, start_nginx and bench_wrk
CLK_TCK=$(getconf CLK_TCK)

for tool in wrk nginx curl taskset; do
  command -v "$tool" >/dev/null || { echo "bench/api.sh: '$tool' is missing (apt-get install -y nginx wrk curl util-linux)" >&2; exit 2; }
done
say() { printf '\n== %s\n' "$*" >&2; }
row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$TSV"; }
fail() { echo "bench/api.sh: FAILED CHECK: $*" >&2; exit 1; }
stop() {
  for pid in $TOUCH_PID $API_PID $NGINX_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  TOUCH_PID=""; API_PID=""; NGINX_PID=""
}
trap stop EXIT

API_STARTED=$(date -u +%Y-%m-%dT%H:%MZ)
if [ "$STANDALONE" = 1 ] && [ -f "$TSV" ]; then   # a re-run replaces the earlier run's API rows
  grep -v -P '^api(-[a-z]+)?\t' "$TSV" > "$TSV.tmp" || true
  mv "$TSV.tmp" "$TSV"
fi
say "Publishing the API (Release)"
dotnet publish "$REPO/src/Api" -c Release -o "$WORK/bin/api" --nologo -v q >/dev/null

# A copy of the content: the reload run changes a file, never the repository's.
rm -rf "$WORK/api-content"; cp -r "$REPO/content" "$WORK/api-content"

pin() {   # pin server|wrk → the taskset prefix of the current set-up
  if [ "$SETUP" = pinned ] && [ -n "$SERVER_CPUS" ]; then echo "taskset -c $([ "$1" = server ] && echo "$SERVER_CPUS" || echo "$WRK_CPUS")"; fi
}
wrk_threads() { if [ "$SETUP" = pinned ]; then echo "$PINNED_WRK_THREADS"; else echo 2; fi; }
load() { $(pin wrk) wrk -t"$(wrk_threads)" -c32 "$@"; }   # load [WRK OPTIONS] URL: wrk as the current set-up runs it

start_api() {   # start_api CONTENT_DIR → waits until /health/ready answers 200
  (cd "$WORK" && exec $(pin server) "$WORK/bin/api/VbeKnowledge.Api" --urls "http://127.0.0.1:$API_PORT" --Content:Path "$1" \
    --RateLimit:PermitLimit 1000000000 --Logging:LogLevel:Default Warning > "$WORK/api.log" 2>&1) &
  API_PID=$!
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/health/ready" || true)" = 200 ] && return 0
    kill -0 "$API_PID" 2>/dev/null || { cat "$WORK/api.log" >&2; fail "the API exited"; }
    sleep 0.5
  done
  fail "the API was not ready within 600 s"
}

start_nginx() {
  mkdir -p "$WORK/nginx/root" "$WORK/nginx/tmp"
  cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes $([ "$SETUP" = pinned ] && echo "$PINNED_WORKERS" || echo auto);
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp; fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp; scgi_temp_path $WORK/nginx/tmp;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  types { application/json json; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/root; }
}
EOF
  $(pin server) nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && return 0; sleep 0.1; done
  fail "nginx did not start (see $WORK/nginx/error.log)"
}

# CPU ticks (user + system) of these processes and all their threads
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }

# bench_wrk URL [SERVER_PID...] → "rps p50_ms p99_ms non2xx cpu_us_per_request"
bench_wrk() {
  local url=$1; shift
  local before; before=$(ticks "$@")
  load -d"${DURATION}s" --latency "$url" > "$WORK/wrk.txt"
  local cpu=$(( $(ticks "$@") - before ))
  awk -v cpu="$cpu" -v hz="$CLK_TCK" -v secs="$DURATION" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { non = $5 }
    END { printf "%s %.3f %.3f %d %.1f\n", rps, p50, p99, non + 0, (rps > 0 ? cpu / hz * 1e6 / (rps * secs) : 0) }' "$WORK/wrk.txt"
}
nginx_pids() { echo "$NGINX_PID" $(pgrep -P "$NGINX_PID"); }

page_id=rutiner/vid-oro
[ -f "$WORK/api-content/$page_id.md" ] || page_id=$(cd "$WORK/api-content" && ls rutiner/*.md | grep -v _index | head -1 | sed 's/\.md$//')
page_id=${page_id#rutiner/}
PAGE_URL="http://127.0.0.1:$API_PORT/api/v1/pages/$page_id"
PLANS_URL="http://127.0.0.1:$API_PORT/api/v1/plans"
WARMUP=${BENCH_API_WARMUP:-40}

record() {   # record GROUP SERVER "rps p50 p99 non cpu"
  local group=$1 server=$2 rps p50 p99 non cpu
  read -r rps p50 p99 non cpu <<< "$3"
  row "$group" "$server" rps "$rps"; row "$group" "$server" p50_ms "$p50"; row "$group" "$server" p99_ms "$p99"
  row "$group" "$server" non2xx "$non"; row "$group" "$server" cpu_us "$cpu"
}

# measure GROUP RUNS: the API and nginx with the real content in the current SETUP; leaves both running
measure() {
  local group=$1 runs=$2 target url
  say "API with the real content, $SETUP: $([ -n "$(pin server)" ] && echo "server on CPUs $SERVER_CPUS, wrk on $WRK_CPUS" || echo "no pinning")"
  start_api "$WORK/api-content"
  start_nginx
  for target in page plans; do
    url=$([ $target = page ] && echo "$PAGE_URL" || echo "$PLANS_URL")
    code=$(curl -s -o "$WORK/nginx/root/$target.json" -w '%{http_code}' "$url")
    [ "$code" = 200 ] || fail "GET $url answered $code"
    curl -s -o "$WORK/$target-again.json" "$url"
    cmp -s "$WORK/nginx/root/$target.json" "$WORK/$target-again.json" || fail "the API's $target answer changed between two requests"
    curl -s -o "$WORK/$target-nginx.json" "http://127.0.0.1:$NGINX_PORT/$target.json"
    cmp -s "$WORK/nginx/root/$target.json" "$WORK/$target-nginx.json" || fail "nginx does not serve the API's $target bytes"
    row api-bytes "$target" bytes "$(stat -c %s "$WORK/nginx/root/$target.json")"
  done

  # Warm-up, not counted. .NET compiles in tiers: a method starts as quick code, and under load the runtime
  # recompiles the hot ones with what it observed (dynamic PGO). On a 2-core machine that took about 30 s of
  # load: the API's CPU time per cached page fell from about 60 to 35 µs, and its requests/s rose by as much.
  # Without it the first runs measure the compiler, not the server. nginx gets the same load once, for symmetry.
  say "Warm-up: wrk ${WARMUP} s on the page, then half that on the plans list and on nginx (not counted)"
  load -d"${WARMUP}s" "$PAGE_URL" > /dev/null
  load -d"$((WARMUP / 2))s" "$PLANS_URL" > /dev/null
  load -d"$((WARMUP / 2))s" "http://127.0.0.1:$NGINX_PORT/page.json" > /dev/null

  for run in $(seq 1 "$runs"); do
    for target in page plans; do
      url=$([ $target = page ] && echo "$PAGE_URL" || echo "$PLANS_URL")
      say "wrk $target, $SETUP run $run/$runs: API, then nginx"
      record "$group" "api-$target" "$(bench_wrk "$url" "$API_PID")"
      record "$group" "nginx-$target" "$(bench_wrk "http://127.0.0.1:$NGINX_PORT/$target.json" $(nginx_pids))"
    done
  done
}

row api-warmup all seconds "$WARMUP"
row api-setup pinned server_cpus "${SERVER_CPUS:-all}"
row api-setup pinned wrk_cpus "${WRK_CPUS:-all}"

# The shared set-up first: its servers are stopped before the pinned ones start, which then stay for the reload
# run and the memory figure.
SETUP=shared
measure api-shared "$([ "$QUICK" = 1 ] && echo 2 || echo 3)"
stop
SETUP=pinned
measure api "$RUNS"

say "wrk page while a content file changes every second"
before=$(curl -s "http://127.0.0.1:$API_PORT/health/ready")
edited="$WORK/api-content/rutiner/$page_id.md"
(for _ in $(seq 1 $((DURATION * 2 + 10))); do echo "" >> "$edited"; touch "$edited"; sleep 1; done) &
TOUCH_PID=$!
reloading=$(bench_wrk "$PAGE_URL" "$API_PID")
kill "$TOUCH_PID" 2>/dev/null || true; wait "$TOUCH_PID" 2>/dev/null || true; TOUCH_PID=""
after=$(curl -s "http://127.0.0.1:$API_PORT/health/ready")
[ "$before" != "$after" ] || fail "no reload happened during the reload run (/health/ready unchanged)"
record api api-page-reloading "$reloading"
# The last edit's reload may still be running: measure the API serving, not one caught halfway through a load
# (a reload briefly holds the old content and the new one's working set, about 40 MiB more with the real content).
sleep 3
row api-memory "real content (150 pages), after the runs" rss_mib "$(( $(ps -o rss= -p "$API_PID") / 1024 ))"
stop

if [ -d "$WORK/corpus-10000/content" ]; then
  say "API with the 10,000-page corpus"
  start_api "$WORK/corpus-10000/content"
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/api/v1/pages/rutin-00001")
  [ "$code" = 200 ] || fail "GET pages/rutin-00001 on the 10,000-page corpus answered $code"
  load -d5s "http://127.0.0.1:$API_PORT/api/v1/pages?limit=100" > /dev/null
  row api-memory "10,000-page corpus, after a pages run" rss_mib "$(( $(ps -o rss= -p "$API_PID") / 1024 ))"
  stop
fi

if [ "$STANDALONE" = 1 ]; then
  echo "api_rerun=$API_STARTED ($([ "$QUICK" = 1 ] && echo quick || echo full) mode; load after $(cut -d' ' -f1-3 /proc/loadavg))" >> "$WORK/machine.txt"
  python3 "$REPO/bench/report.py" "$WORK" > "$REPO/bench/RESULTS.md"
  say "Done: bench/RESULTS.md"
fi
