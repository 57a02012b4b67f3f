"""The language-cost section of the benchmark (bench.py --only language-cost):
what the language work (detection, per-language stems and stopwords, exact
words) costs indexing, against the program as it was before it. The
revision before the language merges (PRE_LANGUAGE, 1ba9b5c) is built in
Release from this repository's history (git archive, once, under
build/bench/pre-language), and both programs index the first 5,000 Reuters
articles without entities (`add --quiet --jobs 1 --no-entities`, a fresh
database each run), in turn: A B A B... The ratio of CPU seconds (user +
system, the children's rusage) is taken pair by pair, so that the machine's
drift under load moves both sides; reported: median, min and max. Issue 14's
budget: at most 1.15 (15% of throughput).

Not in the default run: building the old revision takes minutes."""
import shutil
import statistics
import subprocess
import time

import corpus
from shard_bench import _run

PRE_LANGUAGE = "1ba9b5c"
ARTICLES = 5000


def pre_language_index(root, work):
    """news-index of PRE_LANGUAGE, built once (Release, the indexer alone)."""
    source = work / "pre-language"
    binary = source / "build" / "release" / "indexer" / "news-index"
    if binary.exists():
        return binary
    shutil.rmtree(source, ignore_errors=True)
    source.mkdir(parents=True)
    print(f"language-cost: building {PRE_LANGUAGE} in {source} ...", flush=True)
    archive = subprocess.run(["git", "-C", root, "archive", PRE_LANGUAGE], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", source], input=archive.stdout, check=True)
    subprocess.run(["cmake", "-S", source, "-B", source / "build" / "release", "-DCMAKE_BUILD_TYPE=Release",
                    "-DBUILD_TESTING=OFF"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", source / "build" / "release", "-j2", "--target", "news-index"],
                   check=True, stdout=subprocess.DEVNULL)
    return binary


def language_cost_section(root, news_index, work, corpora, pairs=5):
    source = corpora / "reuters21578" / "articles.jsonl"
    if not source.exists():
        raise SystemExit(f"bench: {source} is absent; the benchmark needs ../shared/corpora")
    old_index = pre_language_index(root, work)
    articles = corpus.first_articles(source, work, ARTICLES)
    db = work / "language-cost.db"

    def index(program):
        shutil.rmtree(db, ignore_errors=True)
        return _run([program, "--db", db, "add", "--quiet", "--jobs", "1", "--max-file-size", "2000",
                     "--no-entities", articles])[1]

    index(news_index)  # warm-up: the file and the libraries in the page cache
    index(old_index)
    new_cpu, old_cpu, ratios = [], [], []
    for _ in range(pairs):
        new_cpu.append(index(news_index))
        old_cpu.append(index(old_index))
        ratios.append(new_cpu[-1] / old_cpu[-1])
    shutil.rmtree(db, ignore_errors=True)
    return [f"### Language cost: news-index against {PRE_LANGUAGE} (before languages), "
            f"first {ARTICLES:,} Reuters articles, --no-entities --jobs 1, {pairs} pairs", "",
            "| program | CPU s (median) | CPU ratio median | min | max |", "|---|---|---|---|---|",
            f"| {PRE_LANGUAGE} | {statistics.median(old_cpu):.2f} | 1.00 | | |",
            f"| this build | {statistics.median(new_cpu):.2f} | {statistics.median(ratios):.3f} | "
            f"{min(ratios):.3f} | {max(ratios):.3f} |",
            "", f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; issue 14's budget: 1.15."]
