"""The `serve` section of the benchmark: `news-search serve` on Reuters x1
under load from wrk (Debian's wrk), at 1, 8 and 64 concurrent clients, each
client cycling through bench/search_queries.txt, while a `news-index sync`
loop commits new articles to the same index. Baselines in the same run: the
server's /healthz (what HTTP alone costs here) and news-search run once per
query as a process (what a CGI-style front end would cost)."""
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

# wrk's Lua: each connection walks the query list from its own starting
# point; done() prints the figures as one JSON line.
WRK_SCRIPT = r"""
local paths = {}
for line in io.lines(os.getenv("NEWS_BENCH_PATHS")) do paths[#paths + 1] = line end
local counter = 0
function setup(thread) thread:set("first", counter); counter = counter + 1 end
function init(args) next_path = first * 7 end
function request()
  next_path = next_path + 1
  return wrk.format("GET", paths[(next_path % #paths) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, '
    .. '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port, process, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"bench: news-search serve exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("bench: news-search serve did not answer /healthz")


class SyncLoop:
    """news-index sync, again and again, each time after a new file of 20
    articles appeared under the index's root: a commit every run."""

    def __init__(self, news_index, db, root, articles):
        self.news_index, self.db, self.root, self.articles = news_index, db, root, articles
        self.runs, self.failures = 0, 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)

    def loop(self):
        batch = 0
        while not self.stop.is_set():
            lines = []
            for i in range(20):
                article = dict(self.articles[(batch * 20 + i) % len(self.articles)])
                article["id"] = f"bench-sync-{batch}-{i}"
                lines.append(json.dumps(article))
            (self.root / f"batch-{batch}.jsonl").write_text("\n".join(lines) + "\n")
            batch += 1
            done = subprocess.run([self.news_index, "--db", self.db, "sync"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.runs += 1
            self.failures += done.returncode != 0

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def wrk(port, paths_file, script_file, clients, seconds):
    env = dict(os.environ, NEWS_BENCH_PATHS=str(paths_file))
    done = subprocess.run(["wrk", "-t", str(min(clients, 2)), "-c", str(clients), "-d", f"{seconds}s",
                           "--timeout", "5s", "-s", str(script_file), f"http://127.0.0.1:{port}"],
                          capture_output=True, text=True, env=env)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines or not lines[-1].startswith("{"):
        raise SystemExit(f"bench: wrk at {clients} clients failed ({done.returncode}): "
                         f"{done.stderr.strip()[-300:]} {done.stdout.strip()[-300:]}")
    figures = json.loads(lines[-1])
    figures["rps"] = figures["requests"] / figures["seconds"]
    figures["failed"] = sum(figures[k] for k in ("connect", "read", "write", "status", "timeout"))
    return figures


def cli_per_query(news_search, db, queries, runs=3):
    start = time.perf_counter()
    count = 0
    for _ in range(runs):
        for query in queries:
            subprocess.run([news_search, "--db", db, "--format", "json", query],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            count += 1
    return count / (time.perf_counter() - start)


def serve_section(news_index, news_search, reuters_db, work, corpora, queries, seconds=10):
    db = work / "serve.db"
    root = work / "serve-root"
    for path in (db, root):
        shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(reuters_db, db)
    root.mkdir()
    with open(corpora / "reuters21578" / "articles.jsonl", encoding="utf-8") as f:
        articles = [json.loads(line) for _, line in zip(range(2000), f)]
    (root / "batch-start.jsonl").write_text(json.dumps(dict(articles[0], id="bench-sync-start")) + "\n")
    subprocess.run([news_index, "--db", db, "add", root], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    paths_file, script_file = work / "serve-paths.txt", work / "serve-load.lua"
    paths_file.write_text("".join(f"/api/search?q={urllib.parse.quote(q)}\n" for q in queries))
    script_file.write_text(WRK_SCRIPT)
    health_file = work / "serve-health.txt"
    health_file.write_text("/healthz\n")

    port = free_port()
    threads = 64  # one worker per client at the most clients measured: none waits for a kept-alive one
    server = subprocess.Popen([news_search, "serve", "--db", db, "--port", str(port),
                               "--threads", str(threads)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port, server)
        wrk(port, paths_file, script_file, 8, 2)  # warm the caches
        health = wrk(port, health_file, script_file, 8, seconds)
        rows = []
        with SyncLoop(news_index, db, root, articles) as sync:
            for clients in (1, 8, 64):
                rows.append((clients, wrk(port, paths_file, script_file, clients, seconds)))
        cli_rps = cli_per_query(news_search, db, queries)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    lines = [
        f"### Serve: `news-search serve` under wrk, {len(queries)} queries in turn, {seconds} s per row, "
        f"Reuters x1, {threads} worker threads, `news-index sync` committing meanwhile",
        "",
        "| clients | requests/s | p50 ms | p95 ms | p99 ms | max ms | failed | vs /healthz rps | vs one process per query |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for clients, f in rows:
        lines.append(f"| {clients} | {f['rps']:.0f} | {f['p50_us'] / 1000:.2f} | {f['p95_us'] / 1000:.2f} | "
                     f"{f['p99_us'] / 1000:.2f} | {f['max_us'] / 1000:.1f} | {f['failed']} | "
                     f"{f['rps'] / health['rps']:.2f}x | {f['rps'] / cli_rps:.1f}x |")
    lines += ["", f"Baselines: /healthz at 8 clients {health['rps']:.0f} requests/s "
                  f"(p99 {health['p99_us'] / 1000:.2f} ms); one `news-search --format json` process per "
                  f"query, in turn: {cli_rps:.0f} queries/s. The sync loop ran {sync.runs} times "
                  f"({sync.failures} failed) during the load, each a commit the server picked up."]
    return lines
