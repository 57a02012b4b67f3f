"""The `shards` section of the benchmark: news-search on Reuters x4
(bench/corpus.py) as one database, as 4 local shards and as 4 shards served
by xapian-tcpsrv on loopback (one server each), the same articles in each
layout (the shards: the x4 file dealt round robin into 4). Whole processes,
the queries of bench/search_queries.txt, runs alternating between layouts so
that drift hits all alike: text (with each hit's handle), ids, then
--facets --histogram month, which over remote shards counts with Xapian's
ValueCountMatchSpy (searcher/remote_counts). The baseline is the one
database."""
import os
import signal
import socket
import subprocess
import time

from serve_load import free_port

SHARDS = 4


def wait_for_port(port, process, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"bench: xapian-tcpsrv exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"bench: xapian-tcpsrv on port {port} did not answer")


def build(news_index, db, files):
    """Indexes the files into db, once (an index that searches is kept)."""
    if (db / "iamglass").exists():
        return
    subprocess.run(["rm", "-rf", db], check=True)
    print(f"indexing into {db} ...", flush=True)
    subprocess.run([news_index, "--db", db, "add"] + files, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def layouts(news_index, work, x4):
    """The one database and the shards, made once and reused."""
    single = work / "shards-x4-single.db"
    parts = [work / f"shards-x4-part{k}.jsonl" for k in range(SHARDS)]
    if not all(p.exists() for p in parts):
        outs = [p.open("w") for p in parts]
        with x4.open() as f:
            for n, line in enumerate(f):
                outs[n % SHARDS].write(line)
        for out in outs:
            out.close()
    build(news_index, single, parts)
    shards = [work / f"shards-x4-shard{k}.db" for k in range(SHARDS)]
    for shard, part in zip(shards, parts):
        build(news_index, shard, [part])
    return single, shards


def timed(command):
    start = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if completed.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(map(str, command))} failed: {completed.stderr.decode()}")
    return elapsed


def shards_section(news_index, news_search, work, corpora, queries, runs, percentile, make_scaled):
    source = corpora / "reuters21578" / "articles.jsonl"
    if not source.exists():
        raise SystemExit(f"bench: {source} is absent; the benchmark needs ../shared/corpora")
    x4 = make_scaled(source, work, 4)
    single, shards = layouts(news_index, work, x4)
    servers, specs = [], []
    try:
        for shard in shards:
            port = free_port()
            server = subprocess.Popen(["xapian-tcpsrv", "--interface", "127.0.0.1", "--port", str(port),
                                       "--quiet", shard], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, start_new_session=True)
            servers.append(server)
            wait_for_port(port, server)
            specs.append(f"remote 127.0.0.1:{port}")
        dbs = {"one database": [single], f"{SHARDS} local shards": shards,
               f"{SHARDS} remote shards (loopback)": specs}
        lines = [f"### Search over shards: whole processes, Reuters x4, {len(queries)} queries x {runs} runs",
                 "", "| layout | extra options | p50 ms | p95 ms | p50 vs one | p95 vs one |",
                 "|---|---|---|---|---|---|"]
        for extra in ([], ["--format", "ids"], ["--facets", "--histogram", "month"]):
            times = {name: [] for name in dbs}
            for query in queries:
                for _ in range(runs):
                    for name, paths in dbs.items():
                        command = [news_search, "--color", "never"]
                        for path in paths:
                            command += ["--db", path]
                        times[name].append(timed(command + extra + [query]))
            base50 = percentile(times["one database"], 0.5)
            base95 = percentile(times["one database"], 0.95)
            for name, values in times.items():
                p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
                lines.append(f"| {name} | {' '.join(extra) or '-'} | {p50 * 1000:.1f} | {p95 * 1000:.1f} | "
                             f"{p50 / base50:.2f}x | {p95 / base95:.2f}x |")
        return lines
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
