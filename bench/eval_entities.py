#!/usr/bin/env python3
"""Document-level precision, recall and F1 of news-index's entity extraction
on the CoNLL-2003 development split (../shared/corpora/conll2003-dev).

The extractor runs through `news-index inspect --format jsonl`, exactly as at
indexing time; the gold file is read here only, to score. A name counts as
found when it agrees with a gold name after case-folding and punctuation
removal, or when it is a bare surname or a longer form whose last words agree
with a gold name's; the variants of one gold entity ("Clinton", "Bill
Clinton") count once.
"""
import collections
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# NEWS_CONLL_DIR: another split of the same form (a held-out part of the training split).
CONLL = Path(os.environ.get("NEWS_CONLL_DIR", ROOT.parent / "shared" / "corpora" / "conll2003-dev"))
# NEWS_BIN: the build folder whose indexer runs (default build/release).
BUILD = Path(os.environ.get("NEWS_BIN", ROOT / "build" / "release"))
NEWS_INDEX = BUILD / "indexer" / "news-index"
KINDS = ("person", "org", "place")


def norm(name):
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())


def agrees(extracted, gold):
    e, g = norm(extracted), norm(gold)
    return bool(e) and (e == g or g.endswith(" " + e) or e.endswith(" " + g))


def gold_groups(names):
    """Variants of one entity (one name's words end another's) form one group."""
    groups = []
    for name in names:
        for group in groups:
            if any(agrees(name, member) for member in group):
                group.append(name)
                break
        else:
            groups.append([name])
    return groups


def score(extracted_docs, gold_docs):
    counts = {kind: collections.Counter() for kind in KINDS}
    missed = {kind: collections.Counter() for kind in KINDS}
    invented = {kind: collections.Counter() for kind in KINDS}
    for doc_id, gold in gold_docs.items():
        found = extracted_docs.get(doc_id, {})
        for kind in KINDS:
            groups = gold_groups(gold.get(kind, []))
            entities = found.get(kind, [])  # each: canonical name and its mentions
            matched = [any(agrees(form, m) for forms in entities for form in forms for m in group)
                       for group in groups]
            counts[kind]["tp"] += sum(matched)
            counts[kind]["fn"] += len(groups) - sum(matched)
            for group, hit in zip(groups, matched):
                if not hit:
                    missed[kind][group[0]] += 1
            for forms in entities:
                if not any(agrees(form, m) for form in forms for group in groups for m in group):
                    counts[kind]["fp"] += 1
                    invented[kind][forms[0]] += 1
    return counts, missed, invented


def extract(articles, env=None):
    """Each article's entities as news-index extracts them: id -> kind -> [[name, mentions...]]."""
    run = subprocess.run([NEWS_INDEX, "inspect", "--format", "jsonl", articles],
                         capture_output=True, text=True, env=env)
    if run.returncode != 0 and not run.stdout:
        sys.exit(f"eval-entities: {NEWS_INDEX} inspect failed: {run.stderr.strip()}")
    extracted = {}
    for line in run.stdout.splitlines():
        article = json.loads(line)
        # Each canonical name with the words it was found as (`United States`
        # <- `U.S.`): the same entity as a gold name that agrees with any form.
        mentions = article.get("mentions", {})
        extracted[article["id"]] = {
            kind: [[name] + mentions.get(kind, {}).get(name, []) for name in names]
            for kind, names in article["entities"].items()}
    return extracted


def read_gold(path):
    gold = {}
    for line in path.read_text().splitlines():
        doc = json.loads(line)
        gold[doc["id"]] = doc
    return gold


def prf(c):
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return p, r, 2 * p * r / max(1e-9, p + r)


def print_table(counts):
    print("| kind | precision | recall | F1 | found | missed | invented |")
    print("|---|---|---|---|---|---|---|")
    for kind in KINDS:
        c = counts[kind]
        p, r, f = prf(c)
        print(f"| {kind} | {p:.4f} | {r:.4f} | {f:.4f} | {c['tp']} | {c['fn']} | {c['fp']} |")


def main():
    articles = CONLL / "articles.jsonl"
    if not articles.exists():
        sys.exit(f"eval-entities: {articles} is absent")
    extracted = extract(articles)
    gold = read_gold(CONLL / "gold.jsonl")
    counts, missed, invented = score(extracted, gold)
    # The split's folder names it (conll2003-dev, conll2003-train, a fold).
    print(f"Entities on {CONLL.name} ({len(gold)} documents), document level\n")
    print_table(counts)
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    for kind in KINDS:
        print(f"\n{kind}: most often missed: " + ", ".join(f"{n} ({k})" for n, k in missed[kind].most_common(top)))
        print(f"{kind}: most often invented: " + ", ".join(f"{n} ({k})" for n, k in invented[kind].most_common(top)))


if __name__ == "__main__":
    main()
