#!/usr/bin/env python3
"""Whether two builds of news-index extract the same entities: the people,
organisations and places, and the text each was found as, of every article
of a corpus (by default the first 3,000 Reuters articles), as `news-index
inspect --format jsonl` prints them. For changes that must not change what is
extracted (speed, layout, refactoring): run the old build and the new on the
same input.

    python3 bench/same_entities.py OLD/news-index NEW/news-index [--lines N] [PATH...]

Prints the number of articles compared and each one that differs (its id
and both sides); exit status 1 when any differs or the two read different
articles.
"""
import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578" / "articles.jsonl"


def extracted(news_index, paths):
    """(id, entities, mentions) of each article, in the order read."""
    out = subprocess.run([str(news_index), "inspect", "--format", "jsonl", *map(str, paths)],
                         check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        article = json.loads(line)
        rows.append((article["id"], article.get("entities"), article.get("mentions")))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("paths", nargs="*", help=f"files or folders (default: {REUTERS})")
    parser.add_argument("--lines", type=int, default=3000,
                        help="with the default corpus, its first N lines (default 3000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = args.paths
        if not paths:
            if not REUTERS.exists():
                sys.exit(f"same_entities: {REUTERS} is absent; name the files to compare")
            head = Path(tmp) / "articles.jsonl"
            with REUTERS.open() as src, head.open("w") as dst:
                dst.writelines(itertools.islice(src, args.lines))
            paths = [head]
        old, new = extracted(args.old, paths), extracted(args.new, paths)
    if [r[0] for r in old] != [r[0] for r in new]:
        print(f"the two builds read different articles ({len(old)} and {len(new)})")
        return 1
    differ = [(a, b) for a, b in zip(old, new) if a != b]
    for a, b in differ:
        print(f"{a[0]}:\n  old {json.dumps(a[1:])}\n  new {json.dumps(b[1:])}")
    print(f"{len(old)} articles, {len(differ)} with other entities")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
