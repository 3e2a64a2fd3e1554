#!/usr/bin/env bash
# bench/run.sh [--quick] [--no-api] — the benchmarks of issue 8, end to end; writes bench/RESULTS.md.
#
# Run from anywhere; needs the .NET SDK, node + `npm ci` at the repo root, and Debian's hugo,
# nginx, wrk and time (`apt-get install -y hugo nginx wrk time`). Every server it starts listens
# on 127.0.0.1 only and is stopped by this script. Each benchmark checks its output before it
# is timed (page counts, byte-equal indexes, queries that find pages, 200s with the same bytes).
#   --quick   fewer repetitions (3 builds of each corpus, 2 index builds at 10,000 pages)
#   --no-api  skip the API and nginx part
# BENCH_PARTS="corpus build serve search api" (the default) picks parts; with BENCH_KEEP=1 the work
# folder and its results are kept, so a later part can be added to an earlier run.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-/tmp/vbe-bench}"
QUICK=0; API=1
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --no-api) API=0 ;;
    *) echo "usage: bench/run.sh [--quick] [--no-api]" >&2; exit 2 ;;
  esac
done
BUILD_RUNS=$([ $QUICK = 1 ] && echo 3 || echo 5)
INDEX_RUNS=$([ $QUICK = 1 ] && echo 3 || echo 5)
INDEX_RUNS_10K=$([ $QUICK = 1 ] && echo 2 || echo 3)
QUERY_REPEAT=100
export NODE_PATH="$REPO/node_modules"

for tool in dotnet node hugo /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is missing (see bench/README.md)" >&2; exit 2; }
done
[ -d "$REPO/node_modules/lunr-languages" ] || (cd "$REPO" && npm ci --no-audit --no-fund)

PARTS="${BENCH_PARTS:-corpus build serve search api}"
part() { [[ " $PARTS " == *" $1 "* ]]; }
TSV="$WORK/results.tsv"
if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; mkdir -p "$WORK"; : > "$TSV"; fi
say() { printf '\n== %s\n' "$*" >&2; }
row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$TSV"; }   # group, subject, metric, value
fail() { echo "bench: FAILED CHECK: $*" >&2; exit 1; }

say "Publishing (Release)"
dotnet publish "$REPO/src/Generator" -c Release -o "$WORK/bin/vbe" --nologo -v q >/dev/null
dotnet build "$REPO/bench/Corpus" -c Release -o "$WORK/bin/corpus" --nologo -v q >/dev/null
dotnet build "$REPO/bench/Harness" -c Release -o "$WORK/bin/harness" --nologo -v q >/dev/null
VBE="$WORK/bin/vbe/vbe"
CORPUS="dotnet $WORK/bin/corpus/vbe-corpus.dll"
HARNESS="dotnet $WORK/bin/harness/vbe-bench.dll"

[ "${BENCH_KEEP:-0}" = 1 ] && [ -f "$WORK/machine.txt" ] || {
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cores=$(nproc)"
  echo "memory=$(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet=$(dotnet --version)"
  echo "node=$(node --version)"
  echo "hugo=$(hugo version | awk '{print $2}')"
  echo "lunr=$(node -p "require('lunr/package.json').version") + lunr-languages $(node -p "require('lunr-languages/package.json').version")"
  command -v nginx >/dev/null && echo "nginx=$(nginx -v 2>&1 | sed 's|.*/||')"
  command -v wrk >/dev/null && echo "wrk=$(wrk -v 2>&1 | head -1 | awk '{print $2}')"
  echo "mode=$([ $QUICK = 1 ] && echo quick || echo full)"
} > "$WORK/machine.txt"

# ---------------------------------------------------------------- corpora
SIZES="${BENCH_SIZES:-1000 10000}"   # BENCH_SIZES=1000 for a smoke test
for n in $SIZES; do
  part corpus || break
  say "Corpus: $n pages"
  $CORPUS --pages "$n" --out "$WORK/corpus-$n/content" --hugo "$WORK/corpus-$n/hugo" >&2
  # Check before timing: the corpus must be valid content with no errors and no warnings.
  out=$("$VBE" check --content "$WORK/corpus-$n/content" 2>&1) || fail "check of the $n-page corpus: $out"
  grep -q "^$n pages, 0 errors, 0 warnings" <<<"$out" || fail "check of the $n-page corpus said: $(tail -1 <<<"$out")"
done

# ---------------------------------------------------------------- build: ours vs Hugo
# /usr/bin/time: wall seconds, user, system, max RSS in KiB. Alternating ours/Hugo, fresh output each time.
timed() { /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" > "$WORK/run.log" 2>&1 || { cat "$WORK/run.log" >&2; return 1; }; cat "$WORK/time.txt"; }
for n in $SIZES; do
  part build || break
  for run in $(seq 1 "$BUILD_RUNS"); do
    say "Build $n pages, run $run/$BUILD_RUNS"
    rm -rf "$WORK/out-ours" "$WORK/out-hugo"
    # The target is without the search index (Hugo writes none): --no-search; --timings gives the steps.
    read -r wall user sys rss < <(cd "$REPO" && timed "$VBE" build --content "$WORK/corpus-$n/content" --output "$WORK/out-ours" --theme "$REPO/theme" --no-search --timings)
    grep -q "^$n pages, 0 warnings" "$WORK/run.log" || fail "our build of $n pages: $(cat "$WORK/run.log")"
    [ -f "$WORK/out-ours/rutiner/rutin-00001.html" ] || fail "our build wrote no rutiner/rutin-00001.html"
    row build "ours-$n" wall "$wall"; row build "ours-$n" cpu "$(awk "BEGIN { print $user + $sys }")"; row build "ours-$n" rss_mib "$((rss / 1024))"
    sed -nE 's/^  ([a-z][a-z ]*[a-z]) +([0-9.]+) s$/step\t'"$n"'\t\1\t\2/p' "$WORK/run.log" >> "$TSV"
    read -r wall user sys rss < <(cd "$WORK/corpus-$n/hugo" && timed hugo --quiet -d "$WORK/out-hugo")
    pages=$(find "$WORK/out-hugo" -name '*.html' | wc -l)
    [ "$pages" = "$n" ] || fail "Hugo wrote $pages HTML pages for $n"
    row build "hugo-$n" wall "$wall"; row build "hugo-$n" cpu "$(awk "BEGIN { print $user + $sys }")"; row build "hugo-$n" rss_mib "$((rss / 1024))"
  done
  say "Build $n pages with the search index, once"
  rm -rf "$WORK/out-ours"
  read -r wall user sys rss < <(cd "$REPO" && timed "$VBE" build --content "$WORK/corpus-$n/content" --output "$WORK/out-ours" --theme "$REPO/theme")
  grep -q "^$n pages, 0 warnings" "$WORK/run.log" || fail "our build of $n pages with search: $(cat "$WORK/run.log")"
  ls "$WORK"/out-ours/assets/search-index.*.js >/dev/null || fail "our build of $n pages wrote no search index"
  row build "search-$n" wall "$wall"; row build "search-$n" cpu "$(awk "BEGIN { print $user + $sys }")"; row build "search-$n" rss_mib "$((rss / 1024))"
done
rm -rf "$WORK/out-ours" "$WORK/out-hugo"

# ---------------------------------------------------------------- serve: an edit of a 1,000-page site
if part serve && [[ " $SIZES " == *" 1000 "* ]]; then
  say "serve: edit latency on the 1,000-page corpus"
  python3 "$REPO/bench/serve/edit-latency.py" "$VBE" "$WORK/corpus-1000/content" "$REPO/theme" "$([ $QUICK = 1 ] && echo 10 || echo 20)" > "$WORK/serve.txt" \
    || fail "serve: an edit did not reach the browser as a reload of that page"
  awk '$1 == "edit" { printf "serve\t1000\tevent_ms\t%s\nserve\t1000\tserved_ms\t%s\nserve\t1000\trebuild_ms\t%s\n", $2, $3, $4 }' "$WORK/serve.txt" >> "$TSV"
fi

# ---------------------------------------------------------------- search: ours vs lunr.js
if part search; then
say "Real content: build the site (for the index and the query latency)"
rm -rf "$WORK/site-real"
(cd "$REPO" && "$VBE" build --output "$WORK/site-real" > "$WORK/site-real.log" 2>&1) || fail "build of content/: $(cat "$WORK/site-real.log")"
index_js=$(ls "$WORK"/site-real/assets/search-index.*.js)
row site real search_js_kib "$(( $(stat -c %s "$index_js") / 1024 ))"
row site real search_js_gzip_kib "$(( $(gzip -9 -c "$index_js" | wc -c) / 1024 ))"

for corpus in real $SIZES; do
  content=$([ "$corpus" = real ] && echo "$REPO/content" || echo "$WORK/corpus-$corpus/content")
  runs=$([ "$corpus" = 10000 ] && echo "$INDEX_RUNS_10K" || echo "$INDEX_RUNS")
  say "Search index: $corpus, ours ×$runs"
  (cd "$REPO" && $HARNESS index "$content" "$WORK/docs-$corpus.json" "$WORK/ours-$corpus.json" "$runs") > "$WORK/index-ours-$corpus.txt"
  say "Search index: $corpus, lunr.js ×$runs"
  /usr/bin/time -f '%M' -o "$WORK/lunr-rss.txt" node --max-old-space-size=16384 "$REPO/bench/search/lunr-build.js" \
    "$WORK/docs-$corpus.json" "$WORK/lunr-$corpus.json" "$runs" > "$WORK/index-lunr-$corpus.txt"
  # Check: both wrote the same index, byte for byte (lunr-index.md's conformance rule).
  cmp -s "$WORK/ours-$corpus.json" "$WORK/lunr-$corpus.json" || fail "our index of $corpus differs from lunr.js's"
  for who in ours lunr; do
    awk -v c="$corpus" -v who="$who" '$1 == "run" { printf "index\t%s-%s\tseconds\t%s\n", who, c, $2; if (NF > 2) printf "index\t%s-%s\tcpu\t%s\n", who, c, $3 }' \
      "$WORK/index-$who-$corpus.txt" >> "$TSV"
  done
  read -r _ docs _ bytes _ gz < <(grep '^documents' "$WORK/index-ours-$corpus.txt")
  row index "size-$corpus" documents "$docs"; row index "size-$corpus" kib "$((bytes / 1024))"; row index "size-$corpus" gzip_kib "$((gz / 1024))"
  rm -f "$WORK/lunr-$corpus.json" "$WORK/ours-$corpus.json"
done

say "Query latency in Node on the real content's index (×$QUERY_REPEAT per query)"
node "$REPO/bench/search/query-latency.js" "$WORK/site-real" "$REPO/bench/search/queries.txt" "$QUERY_REPEAT" > "$WORK/queries.txt" \
  || fail "query latency: the index did not load or a query found nothing"
fi

# ---------------------------------------------------------------- API vs nginx
if [ $API = 1 ] && part api; then
  if [ -x "$REPO/bench/api.sh" ] && [ -f "$REPO/src/Api/Api.csproj" ]; then
    REPO="$REPO" WORK="$WORK" TSV="$TSV" QUICK="$QUICK" VBE="$VBE" bash "$REPO/bench/api.sh"
  else
    echo "bench: no API to measure (bench/api.sh or src/Api missing); skipped" >&2
  fi
fi

echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/machine.txt"
python3 "$REPO/bench/report.py" "$WORK" > "$REPO/bench/RESULTS.md"
say "Done: bench/RESULTS.md"
