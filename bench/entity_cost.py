"""The entity-cost section of the benchmark (bench.py --only entity-cost):
what entity extraction costs indexing, measured the way the timings of this
machine allow (they vary by 30-40% from run to run): the same news-index
with and without --no-entities, on the first 5,000 Reuters articles, a fresh
database each run, in turn (A B A B...), the ratio taken pair by pair so
that the machine's drift moves both sides. Two measures:
- CPU (user + system, the children's rusage) with one writer (`--jobs 1`):
  the work extraction adds;
- throughput (articles per wall-clock second) with the default writers (one
  per core): what a user waits for, issue 18's measure (at most 20% lost).
Reported: the median ratio, its min and max."""
import shutil
import statistics
import time

import corpus
from shard_bench import _run

ARTICLES = 5000


def entity_cost_section(news_index, work, corpora, pairs=5):
    source = corpora / "reuters21578" / "articles.jsonl"
    if not source.exists():
        raise SystemExit(f"bench: {source} is absent; the benchmark needs ../shared/corpora")
    articles = corpus.first_articles(source, work, ARTICLES)
    db = work / "entity-cost.db"

    def index(entities, jobs):
        shutil.rmtree(db, ignore_errors=True)
        command = [news_index, "--db", db, "add", "--quiet", "--max-file-size", "2000"]
        command += ["--jobs", "1"] if jobs == 1 else []
        command += [] if entities else ["--no-entities"]
        return _run(command + [articles])  # (wall, cpu)

    index(True, 1)  # warm-up: the file and the libraries in the page cache
    rows = []
    for jobs, measure, pick in ((1, "CPU s, --jobs 1", 1), (None, "wall s, default --jobs", 0)):
        with_, without, ratios = [], [], []
        for _ in range(pairs):
            with_.append(index(True, jobs)[pick])
            without.append(index(False, jobs)[pick])
            ratios.append(with_[-1] / without[-1])
        rows.append((measure, statistics.median(with_), statistics.median(without), ratios))
    shutil.rmtree(db, ignore_errors=True)
    lines = [f"### Entity cost: news-index with and without --no-entities, first {ARTICLES:,} "
             f"Reuters articles, {pairs} pairs each", "",
             "| measure | with entities (median) | --no-entities (median) | ratio median | min | max "
             "| throughput lost (1 - 1/ratio) |", "|---|---|---|---|---|---|---|"]
    for measure, with_median, without_median, ratios in rows:
        ratio = statistics.median(ratios)
        lines.append(f"| {measure} | {with_median:.2f} | {without_median:.2f} | {ratio:.3f} | "
                     f"{min(ratios):.3f} | {max(ratios):.3f} | {1 - 1 / ratio:.0%} |")
    return lines + ["", f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; issue 18's "
                        "goal: at most 20% of the throughput lost (a ratio of at most 1.25)."]
