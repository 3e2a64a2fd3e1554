#!/usr/bin/env python3
"""python3 bench/report.py WORK > bench/RESULTS.md

Turns what bench/run.sh measured (WORK/machine.txt, WORK/results.tsv, WORK/queries.txt) into
the Markdown tables of bench/RESULTS.md: medians with min–max, and the ratios the issues set
targets for. Every figure comes from the run; nothing here is typed in by hand.
"""
import statistics
import sys
from collections import defaultdict
from pathlib import Path

work = Path(sys.argv[1])
machine = dict(line.split("=", 1) for line in (work / "machine.txt").read_text().splitlines() if "=" in line)
values = defaultdict(list)   # (group, subject, metric) -> [float]
strings = {}                 # (group, subject, metric) -> text, for the rows that describe a set-up (CPU lists)
for line in (work / "results.tsv").read_text().splitlines():
    group, subject, metric, value = line.split("\t")
    if group.endswith("-setup"):
        strings[(group, subject, metric)] = value
    else:
        values[(group, subject, metric)].append(float(value))


def med(key):
    return statistics.median(values[key]) if values.get(key) else None


def spread(key, fmt="{:.2f}"):
    xs = values.get(key)
    if not xs:
        return "–"
    m = fmt.format(statistics.median(xs))
    return m if len(xs) == 1 else f"{m} ({fmt.format(min(xs))}–{fmt.format(max(xs))})"


def ratio(a, b, fmt="{:.2f}×"):
    return fmt.format(a / b) if a is not None and b else "–"


out = []
w = out.append
w("# Benchmark results")
w("")
w("Written by `bench/run.sh` (see `bench/README.md`); do not edit by hand. Medians, with min–max")
w("over the runs in brackets. The machine is shared with other work: the load average before and")
w("after the run is recorded, and CPU time (user + system) is given beside wall time because it")
w("suffers less from a busy neighbour.")
w("")
w("| | |")
w("|---|---|")
for key in ["date", "mode", "cores", "cpu", "memory", "load_before", "load_after", "api_rerun", "dotnet", "node", "hugo", "lunr", "nginx", "wrk"]:
    if key in machine:
        w(f"| {key.replace('_', ' ')} | {machine[key]} |")
w("")

# ---------------------------------------------------------------- build
sizes = sorted({int(s.split("-")[1]) for (g, s, m) in values if g == "build" and s.startswith("ours-")})
w("## Build: our generator vs Hugo (issue 3: 10,000 pages without the search index in no more wall time than Hugo, peak memory under 1 GiB)")
w("")
w("Same pages, same machine, alternating runs, fresh output folder each time. Ours is the published")
w("Release build of `vbe build --no-search` (Hugo writes no search index either); *with search* is one")
w("more run of plain `vbe build` per size.")
w("")
w("| pages | ours wall s | Hugo wall s | ours / Hugo | ours CPU s | Hugo CPU s | ours peak MiB | Hugo peak MiB | ours pages/s | Hugo pages/s | with search wall s | with search peak MiB |")
w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for n in sizes:
    ours, hugo = med(("build", f"ours-{n}", "wall")), med(("build", f"hugo-{n}", "wall"))
    runs = len(values[("build", f"ours-{n}", "wall")])
    w(f"| {n:,} ({runs} run{'s' if runs != 1 else ''}) | {spread(('build', f'ours-{n}', 'wall'))} | {spread(('build', f'hugo-{n}', 'wall'))} | {ratio(ours, hugo)} "
      f"| {spread(('build', f'ours-{n}', 'cpu'))} | {spread(('build', f'hugo-{n}', 'cpu'))} "
      f"| {spread(('build', f'ours-{n}', 'rss_mib'), '{:.0f}')} | {spread(('build', f'hugo-{n}', 'rss_mib'), '{:.0f}')} "
      f"| {n / ours:,.0f} | {n / hugo:,.0f} | {spread(('build', f'search-{n}', 'wall'))} | {spread(('build', f'search-{n}', 'rss_mib'), '{:.0f}')} |")
w("")
steps = list(dict.fromkeys(m for (g, s, m) in values if g == "step"))
if steps:
    w("Where our time goes: `vbe build --no-search --timings`, median wall seconds of each step over the runs above.")
    w("")
    w("| pages | " + " | ".join(steps) + " |")
    w("|---:|" + "---:|" * len(steps))
    for n in sizes:
        w(f"| {n:,} | " + " | ".join("–" if med(("step", str(n), s)) is None else f"{med(('step', str(n), s)):.3f}" for s in steps) + " |")
    w("")

# ---------------------------------------------------------------- serve
if values.get(("serve", "1000", "event_ms")):
    w("## serve: an edited page of a 1,000-page site (issue 3: shown in under 200 ms)")
    w("")
    w("`bench/serve/edit-latency.py`: `vbe serve` on the 1,000-page corpus; one sentence appended to a different page's body")
    w("each time. *reload event*: from the file's write to the live-reload event in the browser's stream (includes the")
    w("file watcher's 60 ms quiet time); *page served*: until the new page is fetched; *rebuild*: as serve reports it.")
    w("")
    w("| edits | reload event median ms | reload event max ms | page served median ms | rebuild median ms | rebuild max ms |")
    w("|---:|---:|---:|---:|---:|---:|")
    e, s_, r = ("serve", "1000", "event_ms"), ("serve", "1000", "served_ms"), ("serve", "1000", "rebuild_ms")
    w(f"| {len(values[e])} | {med(e):.0f} | {max(values[e]):.0f} | {med(s_):.0f} | {med(r):.0f} | {max(values[r]):.0f} |")
    w("")

# ---------------------------------------------------------------- search index
w("## Search index: ours (C#) vs lunr.js in Node (issue 5: at least 5× faster)")
w("")
w("The same documents (pages and their h2/h3 sections) for both; timed in-process (add every document,")
w("build), the first run included. Before timing, the two indexes are checked to be byte-identical.")
w("Size is the lunr index JSON alone.")
w("")
w("| corpus | documents | ours s | lunr.js s | lunr.js / ours | ours CPU s | lunr.js CPU s | lunr.js / ours (CPU) | index KiB | gzip KiB |")
w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for corpus in ["real", "1000", "10000"]:
    if not values.get(("index", f"ours-{corpus}", "seconds")):
        continue
    name = "real content" if corpus == "real" else f"synthetic {int(corpus):,} pages"
    o, l = med(("index", f"ours-{corpus}", "seconds")), med(("index", f"lunr-{corpus}", "seconds"))
    w(f"| {name} | {med(('index', f'size-{corpus}', 'documents')):,.0f} | {spread(('index', f'ours-{corpus}', 'seconds'), '{:.3f}')} "
      f"| {spread(('index', f'lunr-{corpus}', 'seconds'), '{:.3f}')} | {ratio(l, o, '{:.1f}×')} "
      f"| {spread(('index', f'ours-{corpus}', 'cpu'), '{:.3f}')} | {spread(('index', f'lunr-{corpus}', 'cpu'), '{:.3f}')} "
      f"| {ratio(med(('index', f'lunr-{corpus}', 'cpu')), med(('index', f'ours-{corpus}', 'cpu')), '{:.1f}×')} "
      f"| {med(('index', f'size-{corpus}', 'kib')):,.0f} | {med(('index', f'size-{corpus}', 'gzip_kib')):,.0f} |")
w("")
js, jsgz = med(("site", "real", "search_js_kib")), med(("site", "real", "search_js_gzip_kib"))
if js is not None:
    w(f"The real site's search data as the browser loads it (`assets/search-index.*.js`: index, document")
    w(f"titles and text for snippets, synonyms): **{js:,.0f} KiB, {jsgz:,.0f} KiB gzipped** (issue 5: under 300 KB gzipped).")
    w("")

queries = work / "queries.txt"
if queries.exists():
    lines = queries.read_text().splitlines()
    header = [l for l in lines if l.startswith("#")]
    rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
    w("## Query latency in Node on the real content's index (issue 5: under 10 ms)")
    w("")
    w("`bench/search/query-latency.js`: the built site's search data, lunr.Index.load, the theme's")
    w("`search-core.js` (query building with synonyms, search, snippets), each query 100× after 5 warm-up runs.")
    for h in header:
        w(f"{h.lstrip('# ')}.")
    w("")
    meds = [float(r[2]) for r in rows]
    p99s = [float(r[3]) for r in rows]
    w(f"Over {len(rows)} queries: median of medians **{statistics.median(meds):.2f} ms**, slowest median {max(meds):.2f} ms, "
      f"slowest p99 {max(p99s):.2f} ms; {sum(1 for m in meds if m < 10)} of {len(rows)} queries have a median under 10 ms.")
    w("")
    w("| query | hits | median ms | p99 ms |")
    w("|---|---:|---:|---:|")
    for q, hits, m, p in rows:
        w(f"| {q} | {hits} | {m} | {p} |")
    w("")

# ---------------------------------------------------------------- API
def api_table(group):
    servers = sorted({s for (g, s, m) in values if g == group})
    w("| target | requests/s | p50 ms | p99 ms | non-2xx | server CPU µs/request | cores the server used |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for s in servers:
        rps, cpu_us = values.get((group, s, "rps"), []), values.get((group, s, "cpu_us"), [])
        cpu, cores = "–", "–"
        if cpu_us:
            cpu = spread((group, s, "cpu_us"), "{:.1f}")
            # CPU seconds per wall second, run by run: 1.00 is one core busy all the time
            values[(group, s, "cores")] = [r * c / 1e6 for r, c in zip(rps, cpu_us)]
            cores = spread((group, s, "cores"))
        w(f"| {s} | {spread((group, s, 'rps'), '{:,.0f}')} | {spread((group, s, 'p50_ms'))} | {spread((group, s, 'p99_ms'))} | {spread((group, s, 'non2xx'), '{:.0f}')} | {cpu} | {cores} |")
    w("")
    for target in ["page", "plans"]:
        a, n = med((group, f"api-{target}", "rps")), med((group, f"nginx-{target}", "rps"))
        if a is not None and n is not None:
            ca, cn = med((group, f"api-{target}", "cpu_us")), med((group, f"nginx-{target}", "cpu_us"))
            cpu = f"; CPU per request, nginx / API = {cn / ca:.0%}" if ca and cn else ""
            w(f"- {target}: API / nginx requests/s = **{a / n:.0%}**{cpu}")


if any(g == "api" for (g, s, m) in values):
    w("## API vs nginx (issue 6: ≥ 80 % of nginx's requests/s, p99 under 5 ms at 32 connections)")
    w("")
    sizes_ = ", ".join(f"{t} {med(('api-bytes', t, 'bytes')):,.0f} bytes" for t in ["page", "plans"] if med(("api-bytes", t, "bytes")) is not None)
    w("wrk on 127.0.0.1, 32 connections, alternating API and nginx; nginx serves the bytes the API answered as a")
    w(f"static file ({sizes_}). *Server CPU µs/request*: the server's CPU time during the run (all its threads or")
    w("workers, from /proc) over the requests wrk counted.")
    warm = med(("api-warmup", "all", "seconds"))
    if warm is not None:
        w(f"Before the counted runs of each set-up the API gets {warm:.0f} s of wrk on the page and {warm / 2:.0f} s on the plans")
        w("list (the JIT's tiered compilation reaches its final code under load only after about 30 s), nginx the same once.")
    w("")
    cpus = (strings.get(("api-setup", "pinned", "server_cpus")), strings.get(("api-setup", "pinned", "wrk_cpus")))
    pinned = f"the server on CPUs {cpus[0]}, wrk on CPUs {cpus[1]}" if all(cpus) else "server and wrk on separate cores"
    w(f"### Pinned: {pinned} (the figures the README quotes)")
    w("")
    w("As when the load comes from another machine. nginx runs one worker per server core, wrk one thread per core of its own.")
    w("*Cores the server used* shows whether wrk kept the server busy: below the server's own cores, wrk was the limit.")
    w("*api-page-reloading*: the page while a line is appended to a content file every second (the API reloads).")
    w("")
    api_table("api")
    mem = [(s, m) for (g, s, m) in values if g == "api-memory"]
    for s, m in sorted(mem):
        w(f"- resident memory, {s}: **{med(('api-memory', s, m)):.0f} MiB** (issue 6: under 200 MB real, 1 GiB at 10,000 pages)")
    w("")
    if any(g == "api-shared" for (g, s, m) in values):
        w("### Shared: no pinning, wrk (2 threads) and the server compete for every core")
        w("")
        w("nginx with a worker per core. On a small machine this measures the scheduler's time slices between wrk and")
        w("the server as much as the server: a server thread that waits for a core holds up its connections, which")
        w("shows in p99, nginx's too.")
        w("")
        api_table("api-shared")
        w("")

print("\n".join(out))
