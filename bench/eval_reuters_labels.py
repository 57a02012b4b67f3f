#!/usr/bin/env python3
"""Reuters-21578 label search: does `person:X`, `org:X`, `place:X` find the
articles the collection's editors labelled X better than the same name as
keywords? And how often does the index give a labelled name the wrong kind?

Protocol (issue 18):
- The labels: the PEOPLE, ORGS and PLACES tags of each article (labels.tsv),
  read here only, to score. For each kind, the LABELS_PER_KIND most frequent
  labels (ties broken by label), whatever they score: chosen by frequency.
- Each label is searched by one name (NAMES below, the mapping written out):
  the name a newswire reader would type for it. The entity query is that name
  under its kind (`person:volcker`, `org:"world bank"`, a name of several words
  quoted: the whole name); the keyword query is the same name as words (a
  name of several words as a phrase). Both with --all-versions and no limit.
- Per label: precision, recall and F1 of the ids each query retrieves against
  the ids labelled; per kind: the macro average over its labels (a label a
  query finds nothing for scores 0).
- Type leakage, per kind: of the labelled articles in which the index has the
  label's name as an entity at all (of any kind), the share in which it has
  it (also) as an entity of another kind: `Lawson` an organisation in an
  article the editors label with the person lawson. "Has the name" means an
  entity whose name, case-folded without punctuation, is the label's query
  name or keyword name, or (people) ends with its surname (`Nigel Lawson`);
  so `Bank of China` is not `China` as an organisation. Read from the JSON entities of the hits of
  `entity:NAME`.

Usage: eval_reuters_labels.py [--db DB] [--bin DIR] [--index] [--json OUT]
  --db     the Reuters index (default build/bench/reuters-x1.db, scripts/bench's)
  --bin    the build folder with indexer/ and searcher/ (default build/release)
  --index  make the index first (news-index add of articles.jsonl) if it is absent
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWS_CORPORA_DIR") or ROOT.parent / "shared" / "corpora")
REUTERS = CORPORA / "reuters21578"
LABELS_PER_KIND = 20
KINDS = {"people": "person", "orgs": "org", "places": "place"}

# Label -> the name searched for it. A label not here is searched as its own
# words (`west-germany` -> "west germany", `reagan` -> reagan). The entries are
# the labels whose spelling is not the name the articles and their readers use:
# country codes, an acronym with a disambiguating suffix, a run-together name.
NAMES = {
    "usa": "united states",
    "uk": "britain",
    "ussr": "soviet union",
    "worldbank": "world bank",
    "ico-coffee": "international coffee organization",
    "adb-asia": "asian development bank",
    "adb-africa": "african development bank",
    "itc": "international tin council",
    "iwc-wheat": "international wheat council",
    "un": "united nations",
    "ec": "european community",
}
# Where the keyword query is not the same name: none. (The keyword search
# takes the name as it is; the entity query's aliases are part of what is measured.)
KEYWORD_NAMES = {}


def name_of(label):
    return NAMES.get(label, label.replace("-", " "))


def entity_query(kind, name):
    return f'{kind}:"{name}"' if " " in name else f"{kind}:{name}"


def keyword_query(name):
    return f'"{name}"' if " " in name else name


def folded(name):
    return " ".join(re.sub(r"[^\w\s]", "", name.lower()).split())


class Searcher:
    def __init__(self, binary, db):
        self.binary, self.db = binary, db

    def run(self, query, *options):
        run = subprocess.run([self.binary, "--db", self.db, "--all-versions", "--limit", "0",
                              *options, query], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"eval_reuters_labels: news-search {query!r} failed: {run.stderr.strip()}")
        return run.stdout

    def ids(self, query):
        return set(self.run(query, "--format", "ids").split())

    def kinds_named(self, query, names, surname=None):
        """For each hit of `query`: the entity kinds under which it names one of `names`
        (or, given a surname, a name ending with it)."""
        out = self.run(query, "--format", "json", "--entities", "--fields", "id,entities")
        found = {}
        for hit in json.loads(out)["hits"] if out.strip() else []:
            kinds = set()
            for kind, entities in (hit.get("entities") or {}).items():
                for entity in entities:
                    entity_name = folded(entity["name"] if isinstance(entity, dict) else entity)
                    if entity_name in names or (surname and entity_name.split()[-1:] == [surname]):
                        kinds.add(kind)
            found[hit["id"]] = kinds
        return found


def f1(precision, recall):
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def scores(found, truth):
    hit = len(found & truth)
    precision = hit / len(found) if found else 0.0
    recall = hit / len(truth) if truth else 0.0
    return precision, recall, f1(precision, recall)


def read_labels():
    labelled = {column: {} for column in KINDS}
    for row in csv.DictReader((REUTERS / "labels.tsv").open(), delimiter="\t"):
        for column in KINDS:
            for label in filter(None, (row[column] or "").split(",")):
                labelled[column].setdefault(label, set()).add(row["id"])
    return labelled


def chosen(labelled):
    """The most frequent labels of a kind: by frequency, never by score."""
    return sorted(labelled, key=lambda label: (-len(labelled[label]), label))[:LABELS_PER_KIND]


def evaluate(searcher):
    labelled = read_labels()
    result = {}
    for column, kind in KINDS.items():
        rows, leaked, tagged = [], 0, 0
        for label in chosen(labelled[column]):
            truth = labelled[column][label]
            name = name_of(label)
            keywords = KEYWORD_NAMES.get(label, name)
            entity = entity_query(kind, name)
            keyword = keyword_query(keywords)
            ours, theirs = scores(searcher.ids(entity), truth), scores(searcher.ids(keyword), truth)
            names = {folded(name), folded(keywords)}
            surname = folded(name).split()[-1] if kind == "person" else None
            kinds = searcher.kinds_named(f"entity:{keyword_query(name)}", names, surname)
            label_tagged = [kinds[i] for i in truth if kinds.get(i)]
            label_leaked = sum(1 for k in label_tagged if k - {kind})
            tagged += len(label_tagged)
            leaked += label_leaked
            rows.append({"label": label, "articles": len(truth), "entity_query": entity,
                         "entity": ours, "keyword_query": keyword, "keyword": theirs,
                         "tagged": len(label_tagged), "leaked": label_leaked})
        macro = lambda side, i: sum(r[side][i] for r in rows) / len(rows)  # noqa: E731
        result[column] = {"rows": rows,
                          "entity": [macro("entity", i) for i in range(3)],
                          "keyword": [macro("keyword", i) for i in range(3)],
                          "leakage": leaked / tagged if tagged else 0.0,
                          "leaked": leaked, "tagged": tagged}
    return result


def report(result):
    lines = ["| kind | labels | entity P | R | F1 | keyword P | R | F1 | leakage |",
             "|---|---|---|---|---|---|---|---|---|"]
    for column, one in result.items():
        e, k = one["entity"], one["keyword"]
        lines.append(f"| {column} | {len(one['rows'])} | {e[0]:.2f} | {e[1]:.2f} | **{e[2]:.2f}** | "
                     f"{k[0]:.2f} | {k[1]:.2f} | **{k[2]:.2f}** | "
                     f"{one['leakage']:.1%} ({one['leaked']}/{one['tagged']}) |")
    lines += ["", "| label | articles | entity query | P | R | F1 | keyword query | P | R | F1 | leaked |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for column, one in result.items():
        for r in one["rows"]:
            e, k = r["entity"], r["keyword"]
            lines.append(f"| {column}:{r['label']} | {r['articles']} | `{r['entity_query']}` | "
                         f"{e[0]:.2f} | {e[1]:.2f} | {e[2]:.2f} | `{r['keyword_query']}` | "
                         f"{k[0]:.2f} | {k[1]:.2f} | {k[2]:.2f} | {r['leaked']}/{r['tagged']} |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=ROOT / "build" / "bench" / "reuters-x1.db")
    parser.add_argument("--bin", type=Path, default=ROOT / "build" / "release")
    parser.add_argument("--index", action="store_true", help="index Reuters into --db if it is absent")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if not (REUTERS / "labels.tsv").exists():
        sys.exit(f"eval_reuters_labels: {REUTERS} is absent (../shared/corpora, or $NEWS_CORPORA_DIR)")
    if not (args.db / "iamglass").exists():
        if not args.index:
            sys.exit(f"eval_reuters_labels: no index at {args.db} (scripts/bench makes it; or --index)")
        subprocess.run([args.bin / "indexer" / "news-index", "--db", args.db, "add", "--quiet",
                        REUTERS / "articles.jsonl"], check=True)
    result = evaluate(Searcher(args.bin / "searcher" / "news-search", args.db))
    print("\n".join(report(result)))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
