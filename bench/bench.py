#!/usr/bin/env python3
"""The benchmark behind scripts/bench: runs each program on the same input in
one invocation, alternating runs, and reports every figure with its ratio to a
baseline measured in the same run. Results go to bench/results/latest.md.

Sections:
  search   whole news-search processes against quest (xapian-tools) on one
           Reuters database, for the queries in bench/search_queries.txt
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
WORK = ROOT / "build" / "bench"
RESULTS = ROOT / "bench" / "results"
RELEASE = ROOT / "build" / "release"
NEWS_INDEX = RELEASE / "indexer" / "news-index"
NEWS_SEARCH = RELEASE / "searcher" / "news-search"


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def timed(command, **kwargs):
    start = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    elapsed = time.perf_counter() - start
    if completed.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(map(str, command))} failed: {completed.stderr.decode()}")
    return elapsed


def reuters_database():
    """A news-index database of the Reuters corpus, made once and reused."""
    source = CORPORA / "reuters21578" / "articles.jsonl"
    if not source.exists():
        sys.exit(f"bench: {source} is absent; the benchmark needs ../shared/corpora")
    db = WORK / "reuters-x1.db"
    # An index from an older schema (or none) is made again.
    usable = (db / "iamglass").exists() and subprocess.run(
        [NEWS_SEARCH, "--db", db, "--count", "reuters"], capture_output=True).returncode == 0
    if not usable:
        subprocess.run(["rm", "-rf", db], check=True)
        print(f"indexing {source} into {db} ...", flush=True)
        subprocess.run([NEWS_INDEX, "--db", db, "add", source], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return db


def load_queries():
    queries = []
    for line in (ROOT / "bench" / "search_queries.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            ours, theirs = line.split("\t")
            queries.append((ours, theirs))
    return queries


def search_section(runs):
    db = reuters_database()
    queries = load_queries()
    ours_cmd = lambda q: [NEWS_SEARCH, "--db", db, "--color", "never", q]
    # quest with the same stemmer, AND as default operator and our prefixes.
    quest_cmd = lambda q: ["quest", "-d", db, "-m", "10", "-o", "and", "-s", "english",
                           "-p", "title:ZS", "-b", "year:Y", "-b", "month:M", q]
    times = {"news-search": [], "quest": []}
    per_query = []
    for ours, theirs in queries:
        ours_times, quest_times = [], []
        for _ in range(runs):  # alternate, so that drift hits both alike
            ours_times.append(timed(ours_cmd(ours)))
            quest_times.append(timed(quest_cmd(theirs)))
        times["news-search"] += ours_times
        times["quest"] += quest_times
        per_query.append((ours, statistics.median(ours_times), statistics.median(quest_times)))

    base50 = percentile(times["quest"], 0.5)
    base95 = percentile(times["quest"], 0.95)
    lines = [
        f"### Search: whole processes, {len(queries)} queries x {runs} runs each, Reuters x1",
        "",
        "| program | p50 ms | p95 ms | p50 vs quest | p95 vs quest |",
        "|---|---|---|---|---|",
    ]
    for name in ("quest", "news-search"):
        p50, p95 = percentile(times[name], 0.5), percentile(times[name], 0.95)
        lines.append(f"| {name} | {p50 * 1000:.1f} | {p95 * 1000:.1f} | "
                     f"{p50 / base50:.2f}x | {p95 / base95:.2f}x |")
    lines += ["", "| query | news-search ms (median) | quest ms (median) |", "|---|---|---|"]
    for query, ours, theirs in per_query:
        lines.append(f"| `{query}` | {ours * 1000:.1f} | {theirs * 1000:.1f} |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs of each query per program")
    parser.add_argument("--only", choices=["search"], help="run one section only")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)

    report = [f"# Benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
              "", f"Machine: {os.cpu_count()} cores. Command: `scripts/bench {' '.join(sys.argv[1:])}`", ""]
    report += search_section(args.runs)
    text = "\n".join(report) + "\n"
    (RESULTS / "latest.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
