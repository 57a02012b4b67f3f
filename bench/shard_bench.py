"""The shard-index section of the benchmark (bench.py --only shard-index):
Reuters-21578 indexed into a sharded index of 1, 2 and 4 local shards
(`news-index init --shards N`, then `add`), and a `sync` after every
article changed (all re-indexed, one writer thread per shard), against one
database written by one writer (`add --jobs 1`, the same sync). Wall and
CPU seconds and articles/s; CPU/wall says how many cores the run kept busy."""
import json
import shutil
import subprocess
import time
from pathlib import Path


def _run(command):
    """Wall and CPU seconds of a command (its children's rusage)."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run([str(c) for c in command], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        raise SystemExit(f"bench: {' '.join(map(str, command))} exited with "
                         f"{completed.returncode}: {completed.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _changed_copy(source, target):
    """Every article's body changed by one word: a sync re-indexes them all."""
    with source.open() as inp, target.open("w") as out:
        for line in inp:
            record = json.loads(line)
            record["body"] = (record.get("body") or "") + " revised"
            out.write(json.dumps(record) + "\n")


def shard_index_section(news_index, work, corpora, shard_counts=(1, 2, 4)):
    source = corpora / "reuters21578" / "articles.jsonl"
    if not source.exists():
        raise SystemExit(f"bench: {source} is absent; the benchmark needs ../shared/corpora")
    articles = sum(1 for _ in source.open())
    folder = work / "shards"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rows = []
    for shards in (None,) + tuple(shard_counts):
        name = "one database, one writer" if shards is None else f"{shards} shard{'s' if shards > 1 else ''}"
        archive = folder / f"archive-{shards or 0}"
        archive.mkdir()
        corpus = archive / "reuters.jsonl"
        shutil.copy(source, corpus)
        if shards is None:
            db = folder / f"single-{shards}"
            add = [news_index, "--db", db, "add", "--quiet", "--jobs", "1", archive]
        else:
            db = folder / f"archive-{shards}.stub"
            _run([news_index, "--db", db, "init", "--shards", shards])
            add = [news_index, "--db", db, "add", "--quiet", archive]
        print(f"shard-index: {name}: add ...", flush=True)
        add_wall, add_cpu = _run(add)
        _changed_copy(source, corpus)
        print(f"shard-index: {name}: sync ...", flush=True)
        sync_wall, sync_cpu = _run([news_index, "--db", db, "sync", "--quiet"])
        rows.append((name, add_wall, add_cpu, sync_wall, sync_cpu))
    lines = [f"### Sharded indexing: Reuters-21578 ({articles:,} articles), local shards", "",
             "| index | add s | add CPU s | add articles/s | sync (all changed) s | sync CPU s | "
             "sync articles/s | sync cores busy |",
             "|---|---|---|---|---|---|---|---|"]
    for name, add_wall, add_cpu, sync_wall, sync_cpu in rows:
        lines.append(f"| {name} | {add_wall:.1f} | {add_cpu:.1f} | {articles / add_wall:,.0f} | "
                     f"{sync_wall:.1f} | {sync_cpu:.1f} | {articles / sync_wall:,.0f} | "
                     f"{sync_cpu / sync_wall:.2f} |")
    return lines
