#!/usr/bin/env python3
"""bench/serve/edit-latency.py VBE CONTENT THEME RUNS — issue 3: `serve` shows an edited page in under 200 ms.

Starts `vbe serve` on a copy of CONTENT, listens to its live-reload events (/__vbe/events), then
appends a sentence to a different page's body RUNS times and measures, for each edit, the time from
the file's write to the reload event, and to the page being served with the new sentence. Before
timing it checks that the reload event names the edited page. Prints "edit <event ms> <served ms>
<rebuild ms>" lines: to the reload event, to the new page served, and the rebuild as serve itself reports
it (without the file watcher's 60 ms quiet time and the event's way to the browser).
"""
import json, os, random, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request, queue

vbe, content, theme, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
work = tempfile.mkdtemp(prefix="vbe-serve-bench-")
shutil.copytree(content, os.path.join(work, "content"))
with socket.socket() as s:
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
server = subprocess.Popen([vbe, "serve", "--content", os.path.join(work, "content"), "--theme", theme, "--port", str(port)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    for line in server.stdout:   # the first full build, then the address
        if line.startswith("Preview:"): break
    else: sys.exit("serve stopped before it listened")
    reported = queue.Queue()   # serve's own "Build N: 1 page(s) re-rendered in X ms." lines
    def drain():
        for line in server.stdout:
            if line.startswith("Build ") and " ms." in line: reported.put(float(line.rsplit(" in ", 1)[1].split(" ms")[0]))
    threading.Thread(target=drain, daemon=True).start()
    base = f"http://127.0.0.1:{port}/"
    events = queue.Queue()
    def listen():
        with urllib.request.urlopen(base + "__vbe/events") as stream:
            name = None
            for raw in stream:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "): name = line[7:]
                elif line.startswith("data: "): events.put((time.perf_counter(), name, json.loads(line[6:])))
    threading.Thread(target=listen, daemon=True).start()
    time.sleep(1.0)
    root = os.path.join(work, "content")
    pages = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs
                   if f.endswith(".md") and f != "_index.md" and f != "README.md" and "/_" not in "/" + os.path.relpath(d, root))
    random.Random(1).shuffle(pages)
    for i, rel in enumerate(pages[:runs]):
        path = os.path.join(root, rel)
        marker = f"Redigerad mening nummer {i}."
        text = open(path, encoding="utf-8").read() + f"\n{marker}\n"
        start = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f: f.write(text)
        at, name, data = events.get(timeout=60)
        url = rel[:-3] + ".html"
        if name != "reload" or url not in (data.get("pages") or []):
            sys.exit(f"FAILED CHECK: editing {rel} gave {name} {data}")
        body = urllib.request.urlopen(base + url).read().decode()
        served = time.perf_counter()
        if marker not in body: sys.exit(f"FAILED CHECK: {url} does not show the edit")
        own = reported.get(timeout=10)
        print(f"edit {(at - start) * 1000:.1f} {(served - start) * 1000:.1f} {own:.1f}", flush=True)
        time.sleep(1.0)   # an editor saves every few seconds at most; lets the search data catch up
finally:
    server.terminate()
    try: server.wait(20)
    except subprocess.TimeoutExpired: server.kill()
    shutil.rmtree(work, ignore_errors=True)
