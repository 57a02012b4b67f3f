#!/usr/bin/env python3
"""The benchmark behind scripts/bench: runs each program on the same input in
one invocation and reports every figure with its ratio to a baseline
measured in the same run. Results go to bench/results/latest.md, with a plot
(bench/results/latest.png) of indexing speed and memory against corpus size.

Sections:
  index    Reuters x1, x2, x4, x8 (bench/corpus.py) indexed by news-index (with
           and without entity extraction, and with one writer thread), the raw Xapian loader (the baseline,
           bench/raw_loader.cc), omindex (xapian-omega, the articles as text
           files) and SQLite FTS5 (bench/fts5_loader.cc): wall and CPU seconds,
           articles/s, MB/s, peak RSS, database size (and after compact)
  search   whole news-search processes against quest (xapian-tools) and the
           FTS5 query mode on one Reuters database, for the queries in
           bench/search_queries.txt; and in-process latency per query
  serve    news-search serve under wrk at 1, 8 and 64 clients while a sync
           loop commits (bench/serve_load.py)
  shards   news-search on Reuters x4 as one database, 4 local shards and 4
           remote shards (xapian-tcpsrv on loopback): p50/p95 (bench/shards_bench.py)
  related  --related, --facets, --histogram and --timeline on Reuters x4 for a
           query matching half the archive (date:1987..1988), against --count
  entity-labels  person:/org:/place: against the same names as keywords, on
           Reuters-21578's human labels: macro P/R/F1 per kind and type
           leakage (bench/eval_reuters_labels.py)
  shard-index  Reuters added to, then synced (every article changed) in, 1, 2
           and 4 local shards, against one database with one writer
           (bench/shard_bench.py)
  entity-cost  what entity extraction costs indexing: news-index with and
           without --no-entities, 5,000 Reuters articles, CPU (--jobs 1) and
           wall-clock (default jobs) ratios pair by pair (bench/entity_cost.py)
  language-cost  what languages cost indexing: news-index against the
           revision before them (built from git), 5,000 Reuters articles,
           CPU ratio pair by pair (bench/language_cost.py); only with --only
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# $NEWS_CORPORA_DIR where the corpora are elsewhere (a git worktree), else ../shared/corpora.
CORPORA = Path(os.environ.get("NEWS_CORPORA_DIR") or ROOT.parent / "shared" / "corpora")
WORK = ROOT / "build" / "bench"
RESULTS = ROOT / "bench" / "results"
RELEASE = ROOT / "build" / "release"
NEWS_INDEX = RELEASE / "indexer" / "news-index"
NEWS_SEARCH = RELEASE / "searcher" / "news-search"
RAW_LOADER = RELEASE / "bench" / "raw-xapian-loader"
FTS5_LOADER = RELEASE / "bench" / "fts5-loader"
SEARCH_LATENCY = RELEASE / "bench" / "search-latency"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import entity_cost  # noqa: E402
import eval_reuters_labels  # noqa: E402
import language_cost  # noqa: E402
import serve_load  # noqa: E402
import shards_bench  # noqa: E402
import shard_bench  # noqa: E402


def measured(command):
    """Runs a command; returns wall seconds, CPU seconds and peak RSS (MB) of that process.
    GNU time reports them: measured from Python, the peak RSS would include this
    (large) process's own, inherited at fork."""
    report = WORK / "time.out"
    start = time.perf_counter()
    completed = subprocess.run(["/usr/bin/time", "-o", report, "-f", "%U %S %M"] + [str(c) for c in command],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if completed.returncode != 0:
        sys.exit(f"bench: {' '.join(map(str, command))} exited with {completed.returncode}: {completed.stderr[-500:]}")
    user, system, rss_kb = report.read_text().split()[-3:]
    return wall, float(user) + float(system), int(rss_kb) / 1024


def folder_mb(path):
    path = Path(path)
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


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
    # (quest adds the Z of stems itself: title:oil becomes ZSoil.)
    quest_cmd = lambda q: ["quest", "-d", db, "-m", "10", "-o", "and", "-s", "english",
                           "-p", "title:S", "-b", "year:Y", "-b", "month:M", q]
    fts_db = WORK / "reuters-x1.fts5"
    if not fts_db.exists():
        subprocess.run([FTS5_LOADER, "load", fts_db, CORPORA / "reuters21578" / "articles.jsonl"],
                       check=True, stdout=subprocess.DEVNULL)
    # FTS5 takes the plain words of each query (no fields, dates or phrases).
    fts_cmd = lambda q: [FTS5_LOADER, "query", fts_db,
                         " ".join(w for w in q.replace('"', " ").split() if ":" not in w and "(" not in w) or "oil"]
    times = {"news-search": [], "quest": [], "SQLite FTS5": []}
    # quest cannot search phrases in our index (it leaves phrase words unstemmed,
    # and the index has stems only): it finds nothing for them, cheaply. The
    # like-for-like ratio leaves those queries out.
    comparable = {"news-search": [], "quest": []}
    per_query = []
    for ours, theirs in queries:
        ours_times, quest_times, fts_times = [], [], []
        for _ in range(runs):  # alternate, so that drift hits all alike
            ours_times.append(timed(ours_cmd(ours)))
            quest_times.append(timed(quest_cmd(theirs)))
            fts_times.append(timed(fts_cmd(ours)))
        times["news-search"] += ours_times
        times["quest"] += quest_times
        times["SQLite FTS5"] += fts_times
        per_query.append((ours, statistics.median(ours_times), statistics.median(quest_times)))
        if '"' not in theirs:
            comparable["news-search"] += ours_times
            comparable["quest"] += quest_times

    base50 = percentile(times["quest"], 0.5)
    base95 = percentile(times["quest"], 0.95)
    lines = [
        f"### Search: whole processes, {len(queries)} queries x {runs} runs each, Reuters x1",
        "",
        "| program | p50 ms | p95 ms | p50 vs quest | p95 vs quest |",
        "|---|---|---|---|---|",
    ]
    for name in ("quest", "news-search", "SQLite FTS5"):
        p50, p95 = percentile(times[name], 0.5), percentile(times[name], 0.95)
        lines.append(f"| {name} | {p50 * 1000:.1f} | {p95 * 1000:.1f} | "
                     f"{p50 / base50:.2f}x | {p95 / base95:.2f}x |")
    ours50, quest50 = percentile(comparable["news-search"], 0.5), percentile(comparable["quest"], 0.5)
    ours95, quest95 = percentile(comparable["news-search"], 0.95), percentile(comparable["quest"], 0.95)
    lines += ["", f"Like for like (the {sum(1 for _, t in queries if chr(34) not in t)} queries without a phrase, "
                  f"which quest can run on this index): news-search p50 {ours50 * 1000:.1f} ms vs quest "
                  f"{quest50 * 1000:.1f} ms = {ours50 / quest50:.2f}x; p95 {ours95 * 1000:.1f} vs "
                  f"{quest95 * 1000:.1f} ms = {ours95 / quest95:.2f}x."]
    lines += ["", "| query | news-search ms (median) | quest ms (median) |", "|---|---|---|"]
    for query, ours, theirs in per_query:
        lines.append(f"| `{query}` | {ours * 1000:.1f} | {theirs * 1000:.1f} |")
    return lines + latency_lines(db)


def index_section(scales, with_omindex):
    source = CORPORA / "reuters21578" / "articles.jsonl"
    if not source.exists():
        sys.exit(f"bench: {source} is absent; the benchmark needs ../shared/corpora")
    rows, plot = [], []
    for scale in scales:
        jsonl = corpus.make_scaled(source, WORK, scale)
        articles = sum(1 for _ in jsonl.open())
        megabytes = jsonl.stat().st_size / 1e6
        programs = [
            ("raw Xapian loader", lambda db: [RAW_LOADER, db, jsonl]),
            # The scaled files outgrow the default --max-file-size of 50 MB.
            ("news-index", lambda db: [NEWS_INDEX, "--db", db, "add", "--quiet", "--max-file-size", "2000", jsonl]),
            ("news-index --no-entities",
             lambda db: [NEWS_INDEX, "--db", db, "add", "--quiet", "--max-file-size", "2000", "--no-entities", jsonl]),
            # One writer thread: what the parallel build of a new index adds.
            ("news-index --jobs 1",
             lambda db: [NEWS_INDEX, "--db", db, "add", "--quiet", "--max-file-size", "2000", "--jobs", "1", jsonl]),
            ("SQLite FTS5", lambda db: [FTS5_LOADER, "load", db, jsonl]),
        ]
        if with_omindex:
            texts = corpus.as_text_files(jsonl, WORK / f"reuters-x{scale}-text")
            programs.append(("omindex", lambda db: ["omindex", "--db", db, "--url", "/", texts]))
        base_rate = None
        for name, command in programs:
            db = WORK / f"index-x{scale}-{name.replace(' ', '_').replace('-', '')}"
            shutil.rmtree(db, ignore_errors=True)
            if db.exists():
                db.unlink()
            print(f"x{scale}: {name} ...", flush=True)
            wall, cpu, rss = measured(command(db))
            size = folder_mb(db)
            compacted = None
            if name == "news-index":
                subprocess.run([NEWS_INDEX, "--db", db, "compact", "--quiet"], check=True)
                compacted = folder_mb(db)
            elif name == "raw Xapian loader":
                subprocess.run(["xapian-compact", db, f"{db}.compact"], check=True, stdout=subprocess.DEVNULL)
                compacted = folder_mb(f"{db}.compact")
                shutil.rmtree(f"{db}.compact", ignore_errors=True)
            rate = articles / wall
            if base_rate is None:
                base_rate = rate
            rows.append((scale, name, wall, cpu, rate, megabytes / wall, rss, size, compacted, rate / base_rate))
            if name in ("news-index", "raw Xapian loader"):
                plot.append((scale, name, rate, rss))
    lines = ["### Indexing: Reuters-21578 scaled (x1 = 21,578 articles)", "",
             "| corpus | program | wall s | CPU s | articles/s | MB/s | peak RSS MB | DB MB | DB MB compacted | articles/s vs raw loader |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for scale, name, wall, cpu, rate, mbs, rss, size, compacted, ratio in rows:
        compact_text = f"{compacted:.0f}" if compacted is not None else ""
        lines.append(f"| x{scale} | {name} | {wall:.1f} | {cpu:.1f} | {rate:,.0f} | {mbs:.2f} | {rss:.0f} | "
                     f"{size:.0f} | {compact_text} | {ratio:.2f}x |")
    return lines + entity_cost_lines(rows), plot


def entity_cost_lines(rows):
    """What entity extraction costs: the same build and invocation with and
    without --no-entities, in CPU seconds and in throughput (issue 18's goal:
    at most 20% of the throughput, a CPU ratio of at most 1.25)."""
    lines = []
    for scale in sorted({row[0] for row in rows}):
        cpu = {row[1]: row[3] for row in rows if row[0] == scale}
        rate = {row[1]: row[4] for row in rows if row[0] == scale}
        with_, without = "news-index", "news-index --no-entities"
        if with_ not in cpu or without not in cpu or cpu[without] <= 0:
            continue
        lines.append(f"Entities at x{scale}: CPU {cpu[with_]:.1f} s with, {cpu[without]:.1f} s with "
                     f"--no-entities: {cpu[with_] / cpu[without]:.2f}x the CPU; throughput "
                     f"{rate[with_]:,.0f} against {rate[without]:,.0f} articles/s, "
                     f"{1 - rate[with_] / rate[without]:.0%} lost to extraction (goal: at most 20%); "
                     f"one run each, so within this machine's 30-40% noise: the entity-cost section "
                     f"pairs runs.")
    return [""] + lines if lines else []


def draw_plot(plot):
    data = WORK / "plot.dat"
    with data.open("w") as f:
        for name in ("news-index", "raw Xapian loader"):
            f.write(f"# {name}\n")
            for scale, n, rate, rss in plot:
                if n == name:
                    f.write(f"{scale} {rate:.1f} {rss:.1f}\n")
            f.write("\n\n")
    script = f"""set terminal png size 900,420
set output '{RESULTS / "latest.png"}'
set multiplot layout 1,2
set xlabel 'corpus size (x Reuters-21578)'
set logscale x 2
set title 'indexing speed'
set ylabel 'articles/s'
plot '{data}' index 0 using 1:2 with linespoints title 'news-index', '' index 1 using 1:2 with linespoints title 'raw Xapian loader'
set title 'peak memory'
set ylabel 'peak RSS (MB)'
plot '{data}' index 0 using 1:3 with linespoints title 'news-index', '' index 1 using 1:3 with linespoints title 'raw Xapian loader'
unset multiplot
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


def latency_lines(db):
    run = subprocess.run([SEARCH_LATENCY, db, ROOT / "bench" / "search_queries.txt", "20"],
                         capture_output=True, text=True, check=True)
    values = [float(line.split("\t")[1]) for line in run.stdout.splitlines()]
    return ["", f"In-process latency (parse + search + 10 snippets, exact total), mean over 20 runs: "
                f"p50 {percentile(values, 0.5):.0f} µs, p95 {percentile(values, 0.95):.0f} µs."]


def related_section(runs):
    """The counting views on Reuters x4 (86,312 articles) for a query matching half of it:
    the copies of x2-x4 are dated 1988-1990, so date:1987..1988 is x1 and x2."""
    jsonl = corpus.make_scaled(CORPORA / "reuters21578" / "articles.jsonl", WORK, 4)
    db = WORK / "related-x4.db"
    usable = (db / "iamglass").exists() and subprocess.run(
        [NEWS_SEARCH, "--db", db, "--count", "reuter"], capture_output=True).returncode == 0
    if not usable:
        shutil.rmtree(db, ignore_errors=True)
        print(f"indexing {jsonl} into {db} ...", flush=True)
        subprocess.run([NEWS_INDEX, "--db", db, "add", "--quiet", "--max-file-size", "2000", jsonl],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    query = "date:1987..1988"
    half = subprocess.run([NEWS_SEARCH, "--db", db, "--count", query], capture_output=True, text=True)
    total = subprocess.run([NEWS_SEARCH, "--db", db, "--count", "--all-versions", "date:1900..2100"],
                           capture_output=True, text=True)
    cases = [
        ("--count", ["--count"]),
        ("--histogram month", ["--no-hits", "--histogram", "month"]),
        ("--facets", ["--no-hits", "--facets"]),
        ("--related", ["--no-hits", "--related"]),
        ("--related --sample 10000", ["--no-hits", "--related", "--sample", "10000"]),
        ("--related --facets --histogram month (one pass)",
         ["--no-hits", "--related", "--facets", "--histogram", "month"]),
    ]
    lines = [f"### Counting views: Reuters x4, `{query}` ({half.stdout.strip()} of "
             f"{total.stdout.strip()} dated articles match), {runs} runs each", "",
             "| options | p50 ms | p95 ms | vs --count |", "|---|---|---|---|"]
    base = None
    for name, options in cases:
        times = [timed([NEWS_SEARCH, "--db", db, "--color", "never", *options, query])
                 for _ in range(runs)]
        p50 = percentile(times, 0.5)
        base = base or p50
        lines.append(f"| `{name}` | {p50 * 1000:.1f} | {percentile(times, 0.95) * 1000:.1f} | "
                     f"{p50 / base:.2f}x |")
    series = ["oil", "gold", "coffee", "person:reagan"]
    times = [timed([NEWS_SEARCH, "--db", db, "--color", "never", "--timeline", *series])
             for _ in range(runs)]
    lines += ["", f"`--timeline {' '.join(series)}` (month, four searches): "
                  f"p50 {percentile(times, 0.5) * 1000:.1f} ms, p95 {percentile(times, 0.95) * 1000:.1f} ms."]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs of each query per program")
    parser.add_argument("--only", choices=["index", "search", "serve", "shards", "related", "entity-labels",
                                                   "shard-index", "entity-cost", "language-cost"],
                        help="run one section only")
    parser.add_argument("--scales", default="1,2,4,8", help="corpus sizes to index (default 1,2,4,8)")
    parser.add_argument("--no-omindex", action="store_true", help="leave omindex out (it is slow)")
    parser.add_argument("--pairs", type=int, default=5,
                        help="entity-cost and language-cost: pairs of runs, A and B in turn (default 5; "
                             "more for a steadier median on a noisy machine)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)

    report = [f"# Benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
              "", f"Machine: {os.cpu_count()} cores. Command: `scripts/bench {' '.join(sys.argv[1:])}`", ""]
    if args.only in (None, "index"):
        lines, plot = index_section([int(x) for x in args.scales.split(",")], not args.no_omindex)
        report += lines + [""]
        draw_plot(plot)
        report += ["![indexing speed and memory](latest.png)", ""]
    if args.only in (None, "search"):
        report += search_section(args.runs)
    if args.only in (None, "serve"):
        queries = [ours for ours, _ in load_queries()]
        report += [""] + serve_load.serve_section(NEWS_INDEX, NEWS_SEARCH, reuters_database(), WORK,
                                                 CORPORA, queries)
    if args.only in (None, "shards"):
        queries = [ours for ours, _ in load_queries()]
        report += [""] + shards_bench.shards_section(NEWS_INDEX, NEWS_SEARCH, WORK, CORPORA, queries,
                                                     min(args.runs, 3), percentile, corpus.make_scaled)
    if args.only in (None, "related"):
        report += [""] + related_section(args.runs)
    if args.only in (None, "entity-labels"):
        result = eval_reuters_labels.evaluate(eval_reuters_labels.Searcher(NEWS_SEARCH, reuters_database()))
        report += ["", "### Reuters-21578 label search (entity query vs keywords, macro over the "
                       f"{eval_reuters_labels.LABELS_PER_KIND} most frequent labels per kind)", ""]
        report += eval_reuters_labels.report(result)
    if args.only in (None, "shard-index"):
        report += [""] + shard_bench.shard_index_section(NEWS_INDEX, WORK, CORPORA)
    if args.only in (None, "entity-cost"):
        report += [""] + entity_cost.entity_cost_section(NEWS_INDEX, WORK, CORPORA, args.pairs)
    if args.only == "language-cost":  # builds an old revision: never in the default run
        report += language_cost.language_cost_section(ROOT, NEWS_INDEX, WORK, CORPORA, args.pairs)
    text = "\n".join(report) + "\n"
    (RESULTS / "latest.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
