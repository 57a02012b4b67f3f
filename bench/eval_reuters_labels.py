#!/usr/bin/env python3
"""How well place:/person:/org: searches retrieve the Reuters-21578 articles
that carry a label, against a plain keyword search for the same word.
Uses the benchmark's Reuters index (build/bench/reuters-x1.db, made by
scripts/bench); labels.tsv is read here only, to score."""
import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT.parent / "shared" / "corpora" / "reuters21578" / "labels.tsv"
DB = ROOT / "build" / "bench" / "reuters-x1.db"
NEWS_SEARCH = ROOT / "build" / "release" / "searcher" / "news-search"

# label column, label, entity query, keyword query
CHECKS = [
    ("places", "usa", 'place:"united states"', "u.s."),
    ("places", "uk", 'place:"united kingdom"', "britain"),
    ("places", "canada", "place:canada", "canada"),
    ("places", "japan", "place:japan", "japan"),
    ("places", "west-germany", 'place:"west germany"', '"west germany"'),
    ("places", "france", "place:france", "france"),
    ("places", "brazil", "place:brazil", "brazil"),
    ("people", "reagan", "person:reagan", "reagan"),
    ("people", "james-baker", "person:baker", "baker"),
    ("people", "miyazawa", "person:miyazawa", "miyazawa"),
    ("people", "volcker", "person:volcker", "volcker"),
    ("people", "nakasone", "person:nakasone", "nakasone"),
    ("orgs", "ec", 'org:"european community"', "ec"),
    ("orgs", "opec", "org:opec", "opec"),
    ("orgs", "imf", "org:imf", "imf"),
    ("orgs", "gatt", "org:gatt", "gatt"),
    ("orgs", "worldbank", 'org:"world bank"', '"world bank"'),
]


def ids(query):
    run = subprocess.run([NEWS_SEARCH, "--db", DB, "--all-versions", "--format", "ids", "--limit", "0", query],
                         capture_output=True, text=True)
    return set(run.stdout.split())


def main():
    if not LABELS.exists() or not DB.exists():
        sys.exit("eval-reuters-labels: needs ../shared/corpora/reuters21578 and build/bench/reuters-x1.db (scripts/bench)")
    labelled = {}
    for row in csv.DictReader(LABELS.open(), delimiter="\t"):
        for column in ("places", "people", "orgs"):
            for label in filter(None, (row[column] or "").split(",")):
                labelled.setdefault((column, label), set()).add(row["id"])
    print("| label | articles | entity query | P | R | keyword query | P | R |")
    print("|---|---|---|---|---|---|---|---|")
    for column, label, entity_query, keyword_query in CHECKS:
        truth = labelled.get((column, label), set())
        row = f"| {column}:{label} | {len(truth)} "
        for query in (entity_query, keyword_query):
            found = ids(query)
            hit = len(found & truth)
            row += f"| `{query}` | {hit / max(1, len(found)):.2f} | {hit / max(1, len(truth)):.2f} "
        print(row + "|")


if __name__ == "__main__":
    main()
